/**
 * A headless Chromium for browser tests, from npm: `@sparticuz/chromium` carries the binary and unpacks it on first
 * use, so a plain `npm ci` is all the set-up (`CHROMIUM_PATH` picks another Chromium instead). playwright-core drives
 * it, with no background traffic of its own. Every request a page makes is recorded, so a test can prove that nothing
 * left the machine. Screenshots go to test/artifacts/ (ignored by git, kept by CI). Two page checks: boxes that
 * overlap, and axe-core's accessibility rules run in the page.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = join(__dirname, '..', 'artifacts');

/** Flags of ours on top of the package's: no background traffic, so the recorded requests are the page's own. */
const QUIET = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'];
/**
 * The package's flags are made for one page per Lambda call. Two do not suit a test run: `--single-process` makes the
 * whole browser exit when a test closes its page, and `--disable-web-security` would test the pages without the
 * same-origin policy every real browser applies.
 */
const UNSUITED = new Set(['--single-process', '--disable-web-security']);

// @sparticuz/chromium is ES modules only, which jest's module system cannot require; Node's own require can (its
// export is `.default`), so a short child process unpacks the binary and reports where it is and how to start it.
const UNPACK =
  "const c = require('@sparticuz/chromium').default; c.executablePath().then((path) => process.stdout.write(JSON.stringify({ path, args: c.args })))";

async function packagedChromium(): Promise<{ path: string; args: string[] }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', UNPACK], { cwd: join(__dirname, '..', '..') });
  return JSON.parse(stdout) as { path: string; args: string[] };
}

export async function launchChromium(): Promise<Browser> {
  const configured = process.env.CHROMIUM_PATH;
  const { path, args } = configured ? { path: configured, args: ['--no-sandbox', '--disable-gpu'] } : await packagedChromium();
  return chromium.launch({ executablePath: path, args: [...args.filter((arg) => !UNSUITED.has(arg)), ...QUIET], headless: true });
}

/**
 * A new page that records the URL of every request it makes. `bypassCSP` lets a test inject a script of its own (the
 * accessibility check), which the gateway's Content-Security-Policy otherwise blocks, as it should.
 */
export async function recordingPage(browser: Browser, { bypassCSP = false } = {}): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, bypassCSP });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Every pair of visible elements matched by `selector` whose boxes overlap by more than a pixel, as "text × text".
 * Meant for leaf boxes (labels, values, headings): a box inside another is an overlap too.
 */
export function overlappingBoxes(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((nodes) => {
    const boxes = (nodes as unknown as { textContent: string | null; getBoundingClientRect(): Rect & { width: number; height: number } }[])
      .map((node) => ({ text: (node.textContent ?? '').trim().slice(0, 40), rect: node.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const overlap = (a: Rect, b: Rect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    return boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => overlap(a.rect, b.rect))
        .map((b) => `${a.text} × ${b.text}`),
    );
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = join(dirname(require.resolve('axe-core')), 'axe.min.js');

/** Runs axe-core (from npm, injected into a page opened with `bypassCSP`) on the page as it is now; returns what it found. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: readFileSync(AXE_SOURCE, 'utf8') });
  return page.evaluate<AxeViolation[]>(
    'axe.run().then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) })))',
  );
}

/** The text of a CodeMirror 5 editor (GraphiQL's editors) matched by a CSS selector. */
export function editorText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (node) => (node as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());
}

/** Waits until the editor shows something (e.g. GraphiQL's response after a run) and returns it. */
export async function waitForEditorText(page: Page, selector: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await editorText(page, selector).catch(() => '');
    if (text.trim() !== '') return text;
    if (Date.now() > deadline) throw new Error(`${selector} stayed empty for ${timeoutMs} ms`);
    await page.waitForTimeout(200);
  }
}

export async function setEditorText(page: Page, selector: string, text: string): Promise<void> {
  await page.$eval(
    selector,
    (node, value) => (node as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(value),
    text,
  );
}
