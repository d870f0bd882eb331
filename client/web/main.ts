/**
 * The reference case-worker page for partners: sign in, look up a client's dossier by BSN, open a case and hand it
 * over. It talks to the gateway only through the typed client (client/), as a partner's own front end would.
 */
import { createClient, DossierDocument, OpenCaseDocument, PartnersDocument, ProposeHandoverDocument, type CaseStateFragment, type ClientError } from '../index';
import { renderDossier } from './dossierView';
import { signInForm, type SignedIn } from './signIn';
import './style.css';

const DOSSIER_ACTIVITY = 'schuldhulp-intake';
const CASE_ACTIVITY = 'ketencoordinatie';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = byId<HTMLParagraphElement>('status');
const lookup = byId<HTMLFormElement>('lookup');
const dossier = byId<HTMLElement>('dossier');
const caseSection = byId<HTMLElement>('case');

let user: SignedIn | null = null;
const client = createClient({ url: '/graphql', token: () => user?.token });

function describe(errors: readonly ClientError[] | undefined): string {
  return (errors ?? []).map((error) => `${error.code}: ${error.message}`).join('\n');
}

async function partnerDirectory(): Promise<{ bySubgraph: Map<string, string>; list: { oin: string; name: string }[] }> {
  const result = await client.request(PartnersDocument, {}, { activity: CASE_ACTIVITY });
  const partners = result.data?.partners ?? [];
  return {
    bySubgraph: new Map(partners.flatMap((p) => (p.subgraph ? [[p.subgraph, p.name] as const] : []))),
    list: partners.map(({ oin, name }) => ({ oin, name })),
  };
}

function renderCase(state: CaseStateFragment, partners: { oin: string; name: string }[]): void {
  caseSection.hidden = false;
  const nameOf = (oin: string | undefined) => partners.find((p) => p.oin === oin)?.name ?? oin ?? '—';
  caseSection.innerHTML = '';
  const heading = document.createElement('h2');
  heading.textContent = `Case ${state.id} (${state.model}, ${state.status}, version ${state.version})`;
  const lead = document.createElement('p');
  lead.textContent = `Lead: ${nameOf(state.lead?.organisation.oin)}${state.pendingHandover ? ` · handover proposed to ${nameOf(state.pendingHandover.to.oin)}` : ''}`;
  caseSection.append(heading, lead);
  if (state.model !== 'RELAY' || state.status !== 'OPEN' || state.pendingHandover) return;
  const form = document.createElement('form');
  form.setAttribute('aria-label', 'Hand over');
  const select = document.createElement('select');
  select.setAttribute('aria-label', 'Hand over to');
  for (const partner of partners.filter((p) => p.oin !== user?.org)) select.append(new Option(partner.name, partner.oin));
  const reason = Object.assign(document.createElement('input'), { required: true, placeholder: 'reason' });
  reason.setAttribute('aria-label', 'Reason for the handover');
  const button = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Propose handover' });
  form.append('Hand over to ', select, reason, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void client
      .request(ProposeHandoverDocument, { caseId: state.id, toOrg: select.value, reason: reason.value, expectedVersion: state.version }, { activity: CASE_ACTIVITY })
      .then((result) => (result.data?.proposeHandover ? renderCase(result.data.proposeHandover, partners) : (status.textContent = describe(result.errors))));
  });
  caseSection.append(form);
}

function openCaseForm(bsn: string, partners: { oin: string; name: string }[]): void {
  caseSection.hidden = false;
  caseSection.innerHTML = '';
  const form = document.createElement('form');
  form.setAttribute('aria-label', 'Open a case');
  const reason = Object.assign(document.createElement('input'), { required: true, placeholder: 'reason' });
  reason.setAttribute('aria-label', 'Reason for opening');
  const button = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Open a relay case' });
  form.append(reason, button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void client
      .request(OpenCaseDocument, { bsn, model: 'RELAY', activity: CASE_ACTIVITY, reason: reason.value }, { activity: CASE_ACTIVITY })
      .then((result) => (result.data?.openCase ? renderCase(result.data.openCase, partners) : (status.textContent = describe(result.errors))));
  });
  caseSection.append(form);
}

lookup.addEventListener('submit', (event) => {
  event.preventDefault();
  const bsn = new FormData(lookup).get('bsn')?.toString().trim() ?? '';
  status.textContent = 'Loading…';
  void (async () => {
    const partners = await partnerDirectory();
    const result = await client.request(DossierDocument, { bsn }, { activity: DOSSIER_ACTIVITY });
    if (!result.data) {
      dossier.replaceChildren();
      status.textContent = describe(result.errors);
      return;
    }
    const undisclosed = (result.errors ?? []).filter((error) => error.code === 'NOT_DISCLOSED').length;
    status.textContent = `Dossier of ${result.data.client.bsn}${undisclosed ? `; ${undisclosed} value(s) not disclosed to you` : ''}`;
    renderDossier(dossier, result.data, result.errors ?? [], partners.bySubgraph);
    openCaseForm(bsn, partners.list);
  })().catch((error: unknown) => (status.textContent = error instanceof Error ? error.message : String(error)));
});

signInForm(byId<HTMLFormElement>('signin'), (signedIn) => {
  user = signedIn;
  lookup.hidden = signedIn === null;
  dossier.replaceChildren();
  caseSection.hidden = true;
  status.textContent = signedIn ? `Signed in for OIN ${signedIn.org}` : '';
});
