/**
 * Renders a client's cases for the signed-in organisation: per case its model, status, lead, roles and history, and a
 * handover offered to this organisation with "Accepteren"/"Weigeren" in place. The holder of an open relay case can
 * propose a handover; without a case the page offers to open one. The view only draws and reports what the user asks
 * for; the caller sends the mutations and redraws.
 */
import { type ClientCaseWorkQuery } from '../index';
import { button, element, pair } from './dom';
import { formatValue } from './format';
import { labelOf } from './labels';

export type ClientCase = NonNullable<ClientCaseWorkQuery['client']['cases']>[number];

/** What an answer to a handover needs of the case: which one, and the version it was offered at. */
export type CaseRef = Pick<ClientCase, 'id' | 'version'>;

/** Answering a handover offered to the signed-in organisation: here and in the list of waiting handovers. */
export interface HandoverActions {
  accept(chainCase: CaseRef): void;
  reject(chainCase: CaseRef, reason: string): void;
}

export interface CaseActions extends HandoverActions {
  propose(chainCase: ClientCase, toOrg: string, reason: string): void;
  open(reason: string): void;
}

export interface CaseViewContext {
  /** The signed-in organisation's OIN. */
  org: string;
  partners: readonly { oin: string; name: string }[];
  actions: CaseActions;
}

function show(name: string, value: string | number | boolean, context: CaseViewContext): string {
  return formatValue(value, labelOf(name).format, (oin) => context.partners.find((p) => p.oin === oin)?.name ?? oin);
}

/** A one-line form: a reason (required) and a submit button, plus whatever fields come before them. */
export function reasonForm(name: string, submit: string, onSubmit: (reason: string) => void, ...before: HTMLElement[]): HTMLFormElement {
  const form = element('form', undefined, 'inline-form');
  form.setAttribute('aria-label', name);
  const reason = Object.assign(element('input'), { required: true, name: 'reason', placeholder: 'Reden' });
  reason.setAttribute('aria-label', `Reden: ${name.toLowerCase()}`);
  form.append(...before, reason, Object.assign(element('button', submit), { type: 'submit' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(reason.value.trim());
  });
  return form;
}

function handoverOffer(chainCase: ClientCase, context: CaseViewContext): HTMLElement | null {
  const offer = chainCase.pendingHandover;
  if (!offer) return null;
  const box = element('section', undefined, 'handover');
  box.dataset.handover = chainCase.id;
  const values = element('dl');
  pair(values, labelOf('to').label, show('to', offer.to.oin, context));
  pair(values, labelOf('reason').label, offer.reason);
  pair(values, labelOf('expiresAt').label, show('expiresAt', offer.expiresAt, context));
  if (offer.to.oin !== context.org) {
    box.append(element('h4', 'Overdracht voorgesteld'), values);
    return box;
  }
  box.classList.add('for-me');
  box.append(element('h4', 'Overdracht aangeboden aan uw organisatie'), values, ...handoverAnswer(chainCase, context.actions));
  return box;
}

/** "Accepteren", and "Weigeren" with a reason: the answers to a handover offered to the signed-in organisation. */
export function handoverAnswer(chainCase: CaseRef, actions: HandoverActions): HTMLElement[] {
  return [
    button('Accepteren', () => actions.accept(chainCase), 'primary'),
    reasonForm('Overdracht weigeren', 'Weigeren', (reason) => actions.reject(chainCase, reason)),
  ];
}

function proposeForm(chainCase: ClientCase, context: CaseViewContext): HTMLElement | null {
  const holds = chainCase.lead?.organisation.oin === context.org;
  if (chainCase.model !== 'RELAY' || chainCase.status !== 'OPEN' || chainCase.pendingHandover || !holds) return null;
  const select = element('select');
  select.setAttribute('aria-label', 'Overdragen aan');
  for (const partner of context.partners.filter((p) => p.oin !== context.org)) select.append(new Option(partner.name, partner.oin));
  return reasonForm(
    'Overdracht voorstellen',
    'Overdracht voorstellen',
    (reason) => context.actions.propose(chainCase, select.value, reason),
    select,
  );
}

function rolesList(chainCase: ClientCase, context: CaseViewContext): HTMLElement {
  const section = element('section', undefined, 'group');
  section.append(element('h4', labelOf('roles').label));
  const list = element('ul', undefined, 'plain');
  for (const role of chainCase.roles) {
    const until = role.validUntil ? ` (${labelOf('validUntil').label.toLowerCase()} ${show('validUntil', role.validUntil, context)})` : '';
    list.append(element('li', `${show('actor', role.organisation.oin, context)}: ${show('role', role.role, context)}${until}`));
  }
  if (chainCase.roles.length === 0) list.append(element('li', 'Geen rollen', 'unknown'));
  section.append(list);
  return section;
}

function historyList(chainCase: ClientCase, context: CaseViewContext): HTMLElement {
  const section = element('section', undefined, 'group');
  section.append(element('h4', labelOf('history').label));
  const list = element('ol', undefined, 'history');
  for (const event of chainCase.history) {
    const entry = element('li');
    entry.append(element('span', show('at', event.at, context), 'when'), element('strong', show('kind', event.kind, context)));
    const values = element('dl');
    pair(values, labelOf('actor').label, show('actor', event.actor.oin, context));
    if (event.subject) pair(values, labelOf('subject').label, show('subject', event.subject.oin, context));
    if (event.role) pair(values, labelOf('role').label, show('role', event.role, context));
    if (event.reason) pair(values, labelOf('reason').label, event.reason);
    entry.append(values);
    list.append(entry);
  }
  section.append(list);
  return section;
}

function renderCase(chainCase: ClientCase, context: CaseViewContext): HTMLElement {
  const card = element('article', undefined, 'card case');
  card.dataset.case = chainCase.id;
  card.append(element('h3', `Zaak ${chainCase.id.slice(0, 8)}: ${show('model', chainCase.model, context)}`));
  const values = element('dl');
  pair(values, labelOf('status').label, show('status', chainCase.status, context));
  pair(
    values,
    labelOf('lead').label,
    chainCase.lead ? `${show('lead', chainCase.lead.organisation.oin, context)} (${show('role', chainCase.lead.role, context)})` : '—',
  );
  pair(values, labelOf('activity').label, chainCase.activity);
  pair(values, labelOf('openedAt').label, show('openedAt', chainCase.openedAt, context));
  pair(values, labelOf('openedBy').label, show('openedBy', chainCase.openedBy.oin, context));
  pair(values, labelOf('version').label, show('version', chainCase.version, context));
  card.append(values);
  for (const part of [
    handoverOffer(chainCase, context),
    proposeForm(chainCase, context),
    rolesList(chainCase, context),
    historyList(chainCase, context),
  ]) {
    if (part) card.append(part);
  }
  return card;
}

export function renderCases(target: HTMLElement, cases: readonly ClientCase[], context: CaseViewContext): void {
  target.replaceChildren(element('h2', 'Zaken'));
  const offered = cases.filter((c) => c.pendingHandover?.to.oin === context.org);
  if (offered.length > 0) target.append(element('p', `${offered.length} overdracht(en) wachten op uw besluit.`, 'notice'));
  // Offers to this organisation first, then open cases, then closed ones.
  const rank = (c: ClientCase) => (c.pendingHandover?.to.oin === context.org ? 0 : c.status === 'OPEN' ? 1 : 2);
  const list = element('div', undefined, 'cases');
  for (const chainCase of [...cases].sort((a, b) => rank(a) - rank(b))) list.append(renderCase(chainCase, context));
  if (cases.length === 0) list.append(element('p', 'U ziet geen zaken van deze cliënt.', 'unknown'));
  target.append(
    list,
    reasonForm('Estafettezaak openen', 'Estafettezaak openen', (reason) => context.actions.open(reason)),
  );
}
