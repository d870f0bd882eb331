/**
 * The explorer's sign-in state: a token (from development sign-in or pasted), who it speaks for (read from the
 * token's claims, for display and for offering only the activities it grants), and the chosen activity. Kept in
 * sessionStorage, so it ends with the browser tab.
 */
export interface Activity {
  id: string;
  name: string;
  purpose: string;
  legalBasis: string;
}

export interface DevIdentity {
  id: string;
  label: string;
  org: string;
  staff: boolean;
}

export interface Session {
  token: string;
  activity: string;
}

export interface TokenClaims {
  sub: string;
  org: string;
  staff: boolean;
  activities: string[];
}

const KEY = 'ketenregie.explorer.session';

export function loadSession(): Session | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof parsed === 'object' && parsed !== null && 'token' in parsed && 'activity' in parsed) {
      const { token, activity } = parsed as Record<string, unknown>;
      if (typeof token === 'string' && typeof activity === 'string') return { token, activity };
    }
  } catch {
    // an unreadable session is no session
  }
  return null;
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/** The claims of a JWT, read without verifying it (the gateway verifies); null when it is not a JWT. */
export function readClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof claims !== 'object' || claims === null) return null;
    const { sub, org, staff, activities } = claims as Record<string, unknown>;
    return {
      sub: typeof sub === 'string' ? sub : '?',
      org: typeof org === 'string' ? org : '?',
      staff: staff === true,
      activities: Array.isArray(activities) ? activities.filter((a): a is string => typeof a === 'string') : [],
    };
  } catch {
    return null;
  }
}

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

export async function fetchActivities(): Promise<Activity[]> {
  return (await getJson('/explorer/activities')) as Activity[];
}

/** The development identities, or null when this gateway has no development sign-in (production). */
export async function fetchDevIdentities(): Promise<DevIdentity[] | null> {
  try {
    return (await getJson('/explorer/dev/identities')) as DevIdentity[];
  } catch {
    return null;
  }
}

export async function devToken(identity: string): Promise<string> {
  const response = await fetch('/explorer/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity }),
  });
  const body = (await response.json()) as { token?: unknown };
  if (!response.ok || typeof body.token !== 'string') throw new Error(`Development sign-in failed (HTTP ${response.status})`);
  return body.token;
}
