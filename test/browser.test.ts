/**
 * The staff explorer and the reference front end in a real browser (a headless Chromium from npm): they load from
 * the gateway alone; the explorer opens its examples with working variables, runs the dossier query and an assignRole
 * mutation and shows a field's policy in its docs; the front end shows a case worker the dossier in Dutch (euros,
 * dates, what was not disclosed and why), the client's cases with roles and history, a handover to accept in place,
 * the handovers waiting for the organisation right after sign-in (accepted there, before any BSN is entered), and
 * staff the citizen's disclosure log, laid out without overlaps at 1280 and 390 px and with no serious axe-core
 * violations. Screenshots: test/artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { ClientCaseWorkDocument, createClient, DossierDocument, OpenCaseDocument, ProposeHandoverDocument } from '../client';
import { demoBsns } from '../partner-kit';
import { loadPersistedOperations } from '../gateway/src/persisted/manifest';
import { EXPLORER_OUT, WEB_OUT } from '../scripts/build-web';
import {
  accessibilityViolations,
  editorText,
  launchChromium,
  overlappingBoxes,
  recordingPage,
  screenshot,
  setEditorText,
  waitForEditorText,
} from './support/browser';
import { knowClients, oinOf } from './support/chain';
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
    // gemeente opens cases below: its own store knows these clients.
    await knowClients(stack, 'gemeente', demoBsns(3));
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
    expect(JSON.parse(await editorText(page, VARIABLES))).toEqual({ bsn: demoBsn });
    const response = (await run(page)) as {
      data: { client: { bsn: string; uwv: unknown } };
      errors?: { extensions: { code: string }; path: string[] }[];
    };
    expect(response.data.client.bsn).toBe(demoBsn);
    // Staff see who the client is, but no partner content without a role of the intermediary in a case.
    expect(response.data.client.uwv).toBeNull();
    expect(response.errors?.find((e) => e.path.join('.') === 'client.uwv')?.extensions.code).toBe('NOT_DISCLOSED');
    await screenshot(page, 'explorer-dossier');
    expect(onlyFromGateway(requests)).toEqual([]);
    await page.close();
  });

  it('staff run assignRole in the explorer', async () => {
    const gemeente = createClient({
      url: stack.gatewayUrl,
      token: await stack.token({ org: oinOf('gemeente') }),
      activity: 'ketencoordinatie',
    });
    const opened = await gemeente.request(OpenCaseDocument, {
      bsn: demoBsns(3)[2] ?? '',
      model: 'MAIN_CONTRACTOR',
      activity: 'ketencoordinatie',
      reason: 'intake',
    });
    const caseId = opened.data?.openCase.id ?? '';
    expect(caseId).not.toBe('');

    const { page, requests } = await recordingPage(browser);
    await signInToExplorer(page, 'staff', 'ketencoordinatie');
    await page.locator('.graphiql-tab', { hasText: 'AssignRole' }).click();
    await setEditorText(
      page,
      VARIABLES,
      JSON.stringify({ caseId, org: oinOf('uwv'), role: 'SUBCONTRACTOR', reason: 'Re-integratie', expectedVersion: 1 }),
    );
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
    await page
      .locator('.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await page
      .locator('.graphiql-doc-explorer-field-name', { hasText: /^client$/ })
      .first()
      .click();
    await page
      .locator('.graphiql-doc-explorer-type-name', { hasText: /^Client$/ })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer-field-name', { hasText: /^uwv$/ }).first().click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expectText(docs.innerText(), /Disclosed \(ORDINARY\) to: any role/);
    await expectText(docs.innerText(), /schuldhulp-intake \(Wet gemeentelijke schuldhulpverlening art\. 7a\)/);
    await screenshot(page, 'explorer-docs');
    await page.close();
  });

  // The reference front end, as a debt counsellor (schuldhulp: a subcontractor in the demo client's intake case)
  // and as the intermediary's staff.
  const LEAF_BOXES = 'main dt, main dd, main h2, main h3, main h4, main button, main input, main select, main p';
  const DUTCH_DATE = /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/;

  async function openClient(page: Page, identity: string, width = 1280): Promise<void> {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${origin}/app/`);
    await page.getByLabel('Identiteit').selectOption(identity);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByLabel('BSN').fill(demoBsn);
    await page.getByRole('button', { name: 'Dossier tonen' }).click();
    // The status line is written once the dossier, the cases and (for staff) the inquiry are all shown.
    await page.locator('#status', { hasText: 'Dossier van BSN' }).waitFor();
  }

  it('the front end shows a case worker the dossier in Dutch, with euros and dates, and what was not disclosed with why', async () => {
    const { page, requests } = await recordingPage(browser);
    await openClient(page, 'schuldhulp');
    const svb = await page.locator('[data-partner="svb"]').innerText();
    expect(svb).toMatch(/bron: svb/);
    expect(svb).toMatch(/AOW-pensioen/);
    expect(svb).toMatch(/Bedrag per maand\s+€\s\d{1,3}(\.\d{3})*,\d{2}/);
    expect(svb).toMatch(/Opbouwpercentage\s+\d+%/);
    const dossier = await page.locator('#dossier').innerText();
    expect(dossier).toMatch(DUTCH_DATE);
    // No schema field names and no raw enum values: every label and value comes from the label table.
    expect(dossier).not.toMatch(/accrualPercentage|monthlyAmount|rentArrears|startDate|\b[A-Z]+_[A-Z_]+\b|STABILISATION/);
    // Income relations and child benefit go to the lead roles only; a subcontractor sees them refused, with why.
    const refused = page.locator('[data-undisclosed="NO_ROLE"]');
    expect(await refused.count()).toBeGreaterThan(0);
    expect(await refused.first().innerText()).toBe(
      'Niet gedeeld: uw organisatie heeft geen rol in een open zaak van deze cliënt die dit gegeven mag ontvangen',
    );
    expect(await page.locator('[data-partner="uwv"]').innerText()).toMatch(/Inkomstenverhoudingen\s+Niet gedeeld:/);
    await screenshot(page, 'frontend-dossier', true);
    expect(onlyFromGateway(requests)).toEqual([]);
    await page.close();
  });

  it("the front end shows the client's cases with roles and history, and a handover offered is accepted in place", async () => {
    const gemeente = createClient({
      url: stack.gatewayUrl,
      token: await stack.token({ org: oinOf('gemeente') }),
      activity: 'schuldhulp-intake',
    });
    const opened = await gemeente.request(OpenCaseDocument, {
      bsn: demoBsn,
      model: 'RELAY',
      activity: 'schuldhulp-intake',
      reason: 'Warme overdracht',
    });
    const caseId = opened.data?.openCase.id ?? '';
    const proposed = await gemeente.request(ProposeHandoverDocument, {
      caseId,
      toOrg: oinOf('schuldhulp'),
      reason: 'Schuldhulp neemt het over',
      expectedVersion: 1,
    });
    expect(proposed.data?.proposeHandover.pendingHandover?.to.oin).toBe(oinOf('schuldhulp'));

    const { page } = await recordingPage(browser);
    await openClient(page, 'schuldhulp');
    expect(await page.locator('#cases .notice').innerText()).toBe('1 overdracht(en) wachten op uw besluit.');
    const intake = await page.locator('[data-case]', { hasText: 'Hoofdaannemer' }).first().innerText();
    expect(intake).toMatch(/Gemeente Voorbeeldstad \(demo\): Hoofdaannemer/);
    expect(intake).toMatch(/Schuldhulpmaatje Voorbeeldstad \(demo\): Onderaannemer/);
    expect(intake).toMatch(/Zaak geopend/);
    const offered = page.locator(`[data-case="${caseId}"]`);
    const before = await offered.innerText();
    expect(before).toMatch(/Overdracht aangeboden aan uw organisatie/);
    expect(before).toMatch(/Reden\s+Schuldhulp neemt het over/);
    expect(before).toMatch(/Overdracht voorgesteld/);
    await screenshot(page, 'frontend-handover-offered', true);

    await offered.getByRole('button', { name: 'Accepteren' }).click();
    await page.locator('#status', { hasText: 'Overdracht geaccepteerd.' }).waitFor();
    const after = await page.locator(`[data-case="${caseId}"]`).innerText();
    expect(after).toMatch(/Regie bij\s+Schuldhulpmaatje Voorbeeldstad \(demo\) \(Estafettehouder\)/);
    expect(after).toMatch(/Overdracht geaccepteerd/);
    expect(after).not.toMatch(/Overdracht aangeboden aan uw organisatie/);
    const schuldhulp = createClient({
      url: stack.gatewayUrl,
      token: await stack.token({ org: oinOf('schuldhulp') }),
      activity: 'schuldhulp-intake',
    });
    const cases = (await schuldhulp.request(ClientCaseWorkDocument, { bsn: demoBsn })).data?.client.cases ?? [];
    expect(cases.find((c) => c.id === caseId)?.lead?.organisation.oin).toBe(oinOf('schuldhulp'));
    await screenshot(page, 'frontend-handover-accepted', true);
    await page.close();
  });

  it('after sign-in, before any BSN, a case worker sees the handovers waiting for its organisation and accepts one in place', async () => {
    const otherBsn = demoBsns(3)[1] ?? '';
    const gemeente = createClient({
      url: stack.gatewayUrl,
      token: await stack.token({ org: oinOf('gemeente') }),
      activity: 'schuldhulp-intake',
    });
    const opened = await gemeente.request(OpenCaseDocument, {
      bsn: otherBsn,
      model: 'RELAY',
      activity: 'schuldhulp-intake',
      reason: 'Aanmelding',
    });
    const caseId = opened.data?.openCase.id ?? '';
    const proposed = await gemeente.request(ProposeHandoverDocument, {
      caseId,
      toOrg: oinOf('schuldhulp'),
      reason: 'Schulden in beeld',
      expectedVersion: 1,
    });
    expect(proposed.data?.proposeHandover.pendingHandover?.to.oin).toBe(oinOf('schuldhulp'));

    const { page } = await recordingPage(browser, { bypassCSP: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${origin}/app/`);
    await page.getByLabel('Identiteit').selectOption('schuldhulp');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const waiting = page.locator(`#handovers [data-pending-handover="${caseId}"]`);
    await waiting.waitFor();
    expect(await page.getByLabel('BSN').inputValue()).toBe('');
    expect(await page.locator('#handovers h2').innerText()).toBe('Overdrachten voor uw organisatie');
    const text = await waiting.innerText();
    expect(text).toMatch(new RegExp(`BSN\\s+${otherBsn}`));
    expect(text).toMatch(/Van\s+Gemeente Voorbeeldstad \(demo\)/);
    expect(text).toMatch(/Reden\s+Schulden in beeld/);
    expect(text).toMatch(/Verloopt op\s+\d{1,2} [a-z]{3,4}\.? \d{4}/);
    await screenshot(page, 'frontend-handovers-waiting', true);
    // The landing view with an offer in it: no overlaps, no sideways scrolling, nothing serious for axe, at both widths.
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overlappingBoxes(page, LEAF_BOXES)).toEqual([]);
      expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
      expect((await accessibilityViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    }

    await waiting.getByRole('button', { name: 'Accepteren' }).click();
    await page.locator('#status', { hasText: 'Overdracht geaccepteerd.' }).waitFor();
    await waiting.waitFor({ state: 'detached' });
    const schuldhulp = createClient({
      url: stack.gatewayUrl,
      token: await stack.token({ org: oinOf('schuldhulp') }),
      activity: 'schuldhulp-intake',
    });
    const cases = (await schuldhulp.request(ClientCaseWorkDocument, { bsn: otherBsn })).data?.client.cases ?? [];
    expect(cases.find((c) => c.id === caseId)?.lead?.organisation.oin).toBe(oinOf('schuldhulp'));
    await screenshot(page, 'frontend-handovers-accepted', true);
    await page.close();
  });

  it("staff see the citizen's disclosure log", async () => {
    const schuldhulp = createClient({
      url: stack.gatewayUrl,
      token: await stack.token({ org: oinOf('schuldhulp') }),
      activity: 'schuldhulp-intake',
    });
    expect((await schuldhulp.request(DossierDocument, { bsn: demoBsn })).data?.client.svb?.aow).toBeTruthy();
    const { page } = await recordingPage(browser);
    await openClient(page, 'staff');
    const log = await page.locator('#inquiry').innerText();
    expect(log).toMatch(/Inzage: verstrekkingen over deze cliënt/);
    // The debt counsellor's dossier reads are in the partners' logs, with purpose and legal basis.
    expect(log).toMatch(/Ontvanger\s+Schuldhulpmaatje Voorbeeldstad \(demo\)/);
    expect(log).toMatch(/Grondslag\s+Wet gemeentelijke schuldhulpverlening art\. 7a/);
    // Fields by their Dutch labels, and the refused ones apart.
    const svb = await page.locator('[data-inquiry-partner="svb"]').innerText();
    expect(svb).toMatch(/Verstrekte gegevens\s+[^\n]*AOW-pensioen/);
    expect(svb).toMatch(/Geweigerde gegevens\s+[^\n]*Kinderbijslag/);
    await screenshot(page, 'frontend-inquiry', true);
    await page.close();
  });

  it.each([1280, 390])(
    'at %i px wide no label, value or heading overlaps another, nothing scrolls sideways, and axe finds nothing serious',
    async (width) => {
      for (const identity of ['schuldhulp', 'staff']) {
        const { page } = await recordingPage(browser, { bypassCSP: true });
        await openClient(page, identity, width);
        await screenshot(page, `frontend-${identity}-${width}`, true);
        expect(await overlappingBoxes(page, LEAF_BOXES)).toEqual([]);
        expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
        const serious = (await accessibilityViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious).toEqual([]);
        await page.close();
      }
    },
  );
});

async function expectText(text: Promise<string>, pattern: RegExp): Promise<void> {
  expect(await text).toMatch(pattern);
}
