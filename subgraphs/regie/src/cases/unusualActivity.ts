/**
 * The staff's view of unusual activity: organisations that opened more cases than a threshold within a window
 * (an organisation collecting roles), and cases closed soon after they were opened (a role taken, used and
 * dropped). Pure over the rows it is given, so the thresholds are easy to test; the settings are in server.ts.
 */
import { type Opening } from '../store/activityRepository';

export interface UnusualActivitySettings {
  /** More openings than this by one organisation within the window is unusual (UNUSUAL_OPENINGS_THRESHOLD). */
  openingsThreshold: number;
  /** The window for counting openings, in minutes (UNUSUAL_OPENINGS_WINDOW_MINUTES). */
  windowMinutes: number;
  /** A case closed within this many minutes of its opening is unusual (UNUSUAL_QUICK_CLOSE_MINUTES). */
  quickCloseMinutes: number;
}

export interface BusyOpener {
  org: string;
  /** The most openings within one window. */
  opened: number;
  /** The first opening of that busiest window. */
  windowStart: string;
  windowMinutes: number;
}

/** Per organisation, the busiest window (two pointers over its openings in time order); listed when above the threshold. */
export function busyOpeners(openings: readonly Opening[], settings: UnusualActivitySettings): BusyOpener[] {
  const windowMs = settings.windowMinutes * 60_000;
  const byOrg = new Map<string, number[]>();
  for (const { org, at } of openings) {
    const times = byOrg.get(org) ?? [];
    times.push(Date.parse(at));
    byOrg.set(org, times);
  }
  const busy: BusyOpener[] = [];
  for (const [org, times] of byOrg) {
    let best = { opened: 0, start: 0 };
    let first = 0;
    for (let last = 0; last < times.length; last += 1) {
      while ((times[last] ?? 0) - (times[first] ?? 0) > windowMs) first += 1;
      if (last - first + 1 > best.opened) best = { opened: last - first + 1, start: times[first] ?? 0 };
    }
    if (best.opened > settings.openingsThreshold)
      busy.push({ org, opened: best.opened, windowStart: new Date(best.start).toISOString(), windowMinutes: settings.windowMinutes });
  }
  return busy.sort((a, b) => b.opened - a.opened || a.org.localeCompare(b.org));
}

export function quickCloseMs(settings: UnusualActivitySettings): number {
  return settings.quickCloseMinutes * 60_000;
}
