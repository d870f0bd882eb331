/**
 * The relay handovers waiting for the signed-in organisation, across all its clients, shown after sign-in before any
 * BSN is entered: per handover the client's BSN, the holder who offers it, the reason and the expiry, with
 * "Accepteren"/"Weigeren" in place. Staff see every pending handover in the chain, and answer none that is not
 * offered to them. The view only draws and reports what the user asks for; the caller sends the mutations and redraws.
 */
import { type PendingHandoversQuery } from '../index';
import { handoverAnswer, type HandoverActions } from './casesView';
import { element, pair } from './dom';
import { formatValue } from './format';
import { labelOf } from './labels';

export type WaitingHandover = PendingHandoversQuery['pendingHandovers'][number];

export interface HandoversViewContext {
  /** The signed-in organisation's OIN. */
  org: string;
  staff: boolean;
  nameOf(oin: string): string;
  actions: HandoverActions;
}

function show(name: string, value: string, context: HandoversViewContext): string {
  return formatValue(value, labelOf(name).format, context.nameOf);
}

function renderHandover(chainCase: WaitingHandover, context: HandoversViewContext): HTMLElement | null {
  const offer = chainCase.pendingHandover;
  if (!offer) return null;
  const forMe = offer.to.oin === context.org;
  const card = element('article', undefined, forMe ? 'card handover for-me' : 'card handover');
  card.dataset.pendingHandover = chainCase.id;
  card.append(element('h3', `Cliënt ${chainCase.client.bsn}`));
  const values = element('dl');
  pair(values, labelOf('bsn').label, chainCase.client.bsn);
  if (chainCase.lead) pair(values, labelOf('from').label, show('from', chainCase.lead.organisation.oin, context));
  if (!forMe) pair(values, labelOf('to').label, show('to', offer.to.oin, context));
  pair(values, labelOf('reason').label, offer.reason);
  pair(values, labelOf('expiresAt').label, show('expiresAt', offer.expiresAt, context));
  card.append(values);
  if (forMe) card.append(...handoverAnswer(chainCase, context.actions));
  return card;
}

export function renderHandovers(target: HTMLElement, waiting: readonly WaitingHandover[], context: HandoversViewContext): void {
  target.replaceChildren(element('h2', context.staff ? 'Openstaande overdrachten in de keten' : 'Overdrachten voor uw organisatie'));
  const list = element('div', undefined, 'cases');
  for (const chainCase of waiting) {
    const card = renderHandover(chainCase, context);
    if (card) list.append(card);
  }
  if (list.childElementCount === 0) {
    list.append(
      element(
        'p',
        context.staff ? 'Er wachten geen overdrachten in de keten.' : 'Er wachten geen overdrachten op uw organisatie.',
        'unknown',
      ),
    );
  }
  target.append(list);
}
