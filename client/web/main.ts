/**
 * The reference case-worker page for partners: sign in and see the handovers waiting for your organisation (accept
 * or reject them in place), open a client's dossier by BSN, see and work the client's cases (accept or reject a
 * handover offered to you, propose one, open a case), and, for the intermediary's staff, the citizen's disclosure log. It talks to the gateway only through the typed client (client/), as a partner's own
 * front end would, declaring per request the processing activity it serves.
 */
import {
  AcceptHandoverDocument,
  ClientCaseWorkDocument,
  createClient,
  DisclosureInquiryDocument,
  DossierDocument,
  OpenCaseDocument,
  PartnersDocument,
  PendingHandoversDocument,
  ProposeHandoverDocument,
  RejectHandoverDocument,
  type ClientError,
  type ClientResult,
} from '../index';
import { renderCases, type CaseActions, type HandoverActions } from './casesView';
import { element } from './dom';
import { renderDossier } from './dossierView';
import { renderHandovers } from './handoversView';
import { renderInquiry } from './inquiryView';
import { UNDISCLOSED_REASONS } from './labels';
import { signInForm, type SignedIn } from './signIn';
import './style.css';

/** The activity a debt counsellor's intake serves: the dossier, the client's cases and the work on them. */
const WORK_ACTIVITY = 'schuldhulp-intake';
const WORK = { activity: WORK_ACTIVITY };
/** The partner directory (organisation names) is coordination data. */
const DIRECTORY_ACTIVITY = 'ketencoordinatie';
const INQUIRY_ACTIVITY = 'inzage-betrokkene';
/** The most recent disclosures shown per partner. */
const INQUIRY_PAGE = 10;
/** The waiting handovers listed after sign-in, soonest expiry first. */
const HANDOVERS_LISTED = 50;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = byId<HTMLParagraphElement>('status');
const who = byId<HTMLParagraphElement>('who');
const lookup = byId<HTMLFormElement>('lookup');
const handovers = byId<HTMLElement>('handovers');
const dossier = byId<HTMLElement>('dossier');
const cases = byId<HTMLElement>('cases');
const inquiry = byId<HTMLElement>('inquiry');

interface Directory {
  bySubgraph: Map<string, string>;
  list: { oin: string; name: string }[];
  nameOf(oin: string): string;
}

let user: SignedIn | null = null;
let directory: Directory | null = null;
/** The client whose dossier is shown, if any. */
let shownBsn: string | null = null;
const client = createClient({ url: '/graphql', token: () => user?.token });

const showFailure = (error: unknown) => (status.textContent = `Niet gelukt: ${error instanceof Error ? error.message : String(error)}`);

function describe(errors: readonly ClientError[] | undefined): string {
  return (errors ?? []).map((error) => error.message).join(' ');
}

/** The reason a whole part was refused, in Dutch where we know the reason. */
function refusal(errors: readonly ClientError[] | undefined): string {
  const error = errors?.[0];
  if (!error) return 'Niet beschikbaar.';
  const reason = typeof error.extensions.reason === 'string' ? UNDISCLOSED_REASONS[error.extensions.reason] : undefined;
  return `Niet gedeeld: ${reason ?? error.message}`;
}

async function partnerDirectory(): Promise<Directory> {
  if (directory) return directory;
  const result = await client.request(PartnersDocument, {}, { activity: DIRECTORY_ACTIVITY });
  const list = (result.data?.partners ?? []).map(({ oin, name, subgraph }) => ({ oin, name, subgraph }));
  directory = {
    bySubgraph: new Map(list.flatMap((p) => (p.subgraph ? [[p.subgraph, p.name] as const] : []))),
    list: list.map(({ oin, name }) => ({ oin, name })),
    nameOf: (oin) => list.find((p) => p.oin === oin)?.name ?? oin,
  };
  return directory;
}

/** Shows the dossier and returns a line for the status: whose it is and how much was not disclosed. */
async function showDossier(bsn: string, partners: Directory): Promise<string> {
  const result = await client.request(DossierDocument, { bsn }, WORK);
  dossier.hidden = false;
  if (!result.data) {
    dossier.replaceChildren(element('p', describe(result.errors), 'error'));
    return 'Het dossier kon niet worden getoond.';
  }
  renderDossier(dossier, result.data, result.errors ?? [], partners.bySubgraph);
  const refused = (result.errors ?? []).filter((error) => error.code === 'NOT_DISCLOSED').length;
  return `Dossier van BSN ${result.data.client.bsn}${refused ? `: ${refused} gegeven(s) niet met u gedeeld` : ''}.`;
}

/** Everything about one client: dossier, cases, and (staff) the disclosure log; the status says when it is all there. */
async function showClient(bsn: string, done?: string): Promise<void> {
  shownBsn = bsn;
  const partners = await partnerDirectory();
  const [summary] = await Promise.all([showDossier(bsn, partners), showCases(bsn, partners), showInquiry(bsn, partners)]);
  status.textContent = done ? `${done} ${summary}` : summary;
}

/** After a case mutation: report the outcome, then redraw the waiting handovers and the shown client (access may have changed). */
async function afterChange(result: ClientResult<unknown>, done: string): Promise<void> {
  if (!result.data) {
    status.textContent = `Niet gelukt: ${describe(result.errors)}`;
    return;
  }
  const redraws = [showHandovers()];
  if (shownBsn) redraws.push(showClient(shownBsn, done));
  else status.textContent = done;
  await Promise.all(redraws);
}

function run(send: () => Promise<ClientResult<unknown>>, done: string): void {
  status.textContent = 'Bezig…';
  void send()
    .then((result) => afterChange(result, done))
    .catch(showFailure);
}

/** Answering a handover, from the list of waiting handovers or from the client's cases. */
const handoverActions: HandoverActions = {
  accept: (c) =>
    run(() => client.request(AcceptHandoverDocument, { caseId: c.id, expectedVersion: c.version }, WORK), 'Overdracht geaccepteerd.'),
  reject: (c, reason) =>
    run(() => client.request(RejectHandoverDocument, { caseId: c.id, reason, expectedVersion: c.version }, WORK), 'Overdracht geweigerd.'),
};

function caseActions(bsn: string): CaseActions {
  return {
    ...handoverActions,
    propose: (c, toOrg, reason) =>
      run(
        () => client.request(ProposeHandoverDocument, { caseId: c.id, toOrg, reason, expectedVersion: c.version }, WORK),
        'Overdracht voorgesteld.',
      ),
    open: (reason) =>
      run(() => client.request(OpenCaseDocument, { bsn, model: 'RELAY', activity: WORK_ACTIVITY, reason }, WORK), 'Zaak geopend.'),
  };
}

/** The handovers waiting for the signed-in organisation (staff: all in the chain), across its clients. */
async function showHandovers(): Promise<void> {
  const signedIn = user;
  if (!signedIn) return;
  const [result, partners] = await Promise.all([
    client.request(PendingHandoversDocument, { first: HANDOVERS_LISTED }, WORK),
    partnerDirectory(),
  ]);
  handovers.hidden = false;
  if (!result.data) {
    handovers.replaceChildren(element('h2', 'Overdrachten voor uw organisatie'), element('p', refusal(result.errors), 'undisclosed'));
    return;
  }
  renderHandovers(handovers, result.data.pendingHandovers, {
    org: signedIn.org,
    staff: signedIn.staff,
    nameOf: partners.nameOf,
    actions: handoverActions,
  });
}

async function showCases(bsn: string, partners: Directory): Promise<void> {
  const result = await client.request(ClientCaseWorkDocument, { bsn }, WORK);
  cases.hidden = false;
  const found = result.data?.client.cases;
  if (!found) {
    cases.replaceChildren(element('h2', 'Zaken'), element('p', refusal(result.errors), 'undisclosed'));
    return;
  }
  renderCases(cases, found, { org: user?.org ?? '', partners: partners.list, actions: caseActions(bsn) });
}

async function showInquiry(bsn: string, partners: Directory): Promise<void> {
  inquiry.hidden = !user?.staff;
  if (!user?.staff) return;
  const result = await client.request(DisclosureInquiryDocument, { bsn, limit: INQUIRY_PAGE }, { activity: INQUIRY_ACTIVITY });
  if (!result.data) inquiry.replaceChildren(element('h2', 'Inzage'), element('p', describe(result.errors), 'error'));
  else renderInquiry(inquiry, result.data.disclosureInquiry, partners.bySubgraph, partners.nameOf);
}

lookup.addEventListener('submit', (event) => {
  event.preventDefault();
  const bsn = new FormData(lookup).get('bsn')?.toString().trim() ?? '';
  status.textContent = 'Bezig met laden…';
  void showClient(bsn).catch(showFailure);
});

signInForm(byId<HTMLFormElement>('signin'), (signedIn) => {
  user = signedIn;
  directory = null;
  shownBsn = null;
  lookup.hidden = signedIn === null;
  for (const section of [handovers, dossier, cases, inquiry]) {
    section.replaceChildren();
    section.hidden = true;
  }
  who.textContent = '';
  status.textContent = signedIn ? '' : 'Inloggen is mislukt.';
  if (signedIn) {
    void partnerDirectory().then((partners) => {
      who.textContent = `Ingelogd voor ${partners.nameOf(signedIn.org)}${signedIn.staff ? ' (medewerker ketenbureau)' : ''}`;
    });
    void showHandovers().catch(showFailure);
  }
});
