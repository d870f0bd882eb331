/**
 * A headless Chromium for browser tests: Debian's package (`apt-get install -y chromium`, as .ci/run does), driven
 * by playwright-core, with no background traffic of its own. Every request a page makes is recorded, so a test can
 * prove that nothing left the machine. Screenshots go to test/artifacts/ (ignored by git, kept by CI).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '..', 'artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** A new page that records the URL of every request it makes. */
export async function recordingPage(browser: Browser): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
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
  await page.$eval(selector, (node, value) => (node as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(value), text);
}
