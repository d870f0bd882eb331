/**
 * The staff explorer and the reference front end in a real browser (Debian's Chromium, headless): they load from the
 * gateway alone, the explorer runs the dossier query and an assignRole mutation and shows a field's policy in its
 * docs, and the front end shows a dossier with an undisclosed value marked. Screenshots: test/artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { createClient, OpenCaseDocument } from '../client';
import { demoBsns } from '../common/seed/population';
import { loadPersistedOperations } from '../gateway/src/persisted/manifest';
import { EXPLORER_OUT, WEB_OUT } from '../scripts/build-web';
import { launchChromium, waitForEditorText, recordingPage, screenshot, setEditorText } from './support/browser';
import { oinOf } from './support/chain';
import { startStack, type TestStack } from './support/stack';

jest.setTimeout(180_000);

const RESPONSE = '.result-window .CodeMirror';
const VARIABLES = '.graphiql-editor-tool .CodeMirror';

describe('in a browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let origin: string;
  const [demoBsn = ''] = demoBsns(1);

  beforeAll(async () => {
    // In its own process: Vite is ES modules only, which jest's module system does not load.
    execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'scripts', 'build-web.ts')], { stdio: 'pipe' });
    stack = await startStack({
      seedClients: 50,
      gateway: {
        clientAccess: {
          persistedOperations: { operations: loadPersistedOperations(), only: true },
          introspection: 'staff',
          explorerDir: EXPLORER_OUT,
          webAppDir: WEB_OUT,
        },
        devSignIn: true,
      },
    });
    origin = new URL(stack.gatewayUrl).origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  function onlyFromGateway(requests: string[]): string[] {
    return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
  }

  async function signInToExplorer(page: Page, identity: string, activity: string): Promise<void> {
    await page.goto(`${origin}/explorer`);
    await page.getByLabel('Development identity').selectOption(identity);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Processing activity').selectOption(activity);
    await page.waitForSelector('.graphiql-container');
  }

  /** Runs the current tab and returns the response the explorer shows. */
  async function run(page: Page): Promise<unknown> {
    await page.locator('.graphiql-execute-button').click();
    return JSON.parse(await waitForEditorText(page, RESPONSE));
  }

  // The gateway runs as in production: persisted operations only for partners, so the explorer is for staff.
  it('the explorer loads from the gateway alone and runs the dossier query', async () => {
    const { page, requests } = await recordingPage(browser);
    await signInToExplorer(page, 'staff', 'schuldhulp-intake');
    await page.locator('.graphiql-tab', { hasText: 'ClientDossier' }).click();
    const response = (await run(page)) as { data: { client: { bsn: string; uwv: unknown } }; errors?: { extensions: { code: string }; path: string[] }[] };
    expect(response.data.client.bsn).toBe(demoBsn);
    // Staff see who the client is, but no partner content without a role of the intermediary in a case.
    expect(response.data.client.uwv).toBeNull();
    expect(response.errors?.find((e) => e.path.join('.') === 'client.uwv')?.extensions.code).toBe('NOT_DISCLOSED');
    await screenshot(page, 'explorer-dossier');
    expect(onlyFromGateway(requests)).toEqual([]);
    await page.close();
  });

  it('staff run assignRole in the explorer', async () => {
    const gemeente = createClient({ url: stack.gatewayUrl, token: await stack.token({ org: oinOf('gemeente') }), activity: 'ketencoordinatie' });
    const opened = await gemeente.request(OpenCaseDocument, { bsn: demoBsns(3)[2] ?? '', model: 'MAIN_CONTRACTOR', activity: 'ketencoordinatie', reason: 'intake' });
    const caseId = opened.data?.openCase.id ?? '';
    expect(caseId).not.toBe('');

    const { page, requests } = await recordingPage(browser);
    await signInToExplorer(page, 'staff', 'ketencoordinatie');
    await page.locator('.graphiql-tab', { hasText: 'AssignRole' }).click();
    await setEditorText(page, VARIABLES, JSON.stringify({ caseId, org: oinOf('uwv'), role: 'SUBCONTRACTOR', reason: 'Re-integratie', expectedVersion: 1 }));
    const response = (await run(page)) as { data: { assignRole: { version: number; roles: { role: string }[] } } };
    expect(response.data.assignRole.version).toBe(2);
    expect(response.data.assignRole.roles.map((r) => r.role)).toContain('SUBCONTRACTOR');
    await screenshot(page, 'explorer-assign-role');
    expect(onlyFromGateway(requests)).toEqual([]);
    await page.close();
  });

  it("the explorer's docs show who may receive a field, for which activities, on which legal basis", async () => {
    const { page } = await recordingPage(browser);
    await signInToExplorer(page, 'staff', 'ketencoordinatie');
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await page.locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
    await page.locator('.graphiql-doc-explorer-field-name', { hasText: /^client$/ }).first().click();
    await page.locator('.graphiql-doc-explorer-type-name', { hasText: /^Client$/ }).first().click();
    await page.locator('.graphiql-doc-explorer-field-name', { hasText: /^uwv$/ }).first().click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expectText(docs.innerText(), /Disclosed \(ORDINARY\) to: any role/);
    await expectText(docs.innerText(), /schuldhulp-intake \(Wet gemeentelijke schuldhulpverlening art\. 7a\)/);
    await screenshot(page, 'explorer-docs');
    await page.close();
  });

  it('the reference front end shows a dossier and marks what was not disclosed', async () => {
    const { page, requests } = await recordingPage(browser);
    await page.goto(`${origin}/app/`);
    await page.getByLabel('Identity').selectOption('svb');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('BSN').fill(demoBsn);
    await page.getByRole('button', { name: 'Show dossier' }).click();
    await page.waitForSelector('[data-undisclosed]');
    expect(await page.locator('[data-partner="svb"]').innerText()).toMatch(/source: svb/);
    expect(await page.locator('[data-undisclosed]').count()).toBeGreaterThan(0);
    await screenshot(page, 'frontend-dossier');
    expect(onlyFromGateway(requests)).toEqual([]);
    await page.close();
  });
});

async function expectText(text: Promise<string>, pattern: RegExp): Promise<void> {
  expect(await text).toMatch(pattern);
}
