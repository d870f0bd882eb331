/**
 * Renders a citizen's disclosure log (the inquiry, activity inzage-betrokkene; staff only): per partner, who received
 * which of the citizen's data, when, for which purpose and on which legal basis, as each partner's own log answers.
 */
import { type DisclosureInquiryQuery, type PartnerDisclosuresPartsFragment } from '../index';
import { element, pair } from './dom';
import { formatValue } from './format';
import { SUBGRAPH_NAMES as PARTNERS } from './__generated__/partners';
import { labelOf } from './labels';

/** The log names fields by schema coordinate ("SvbRecord.aow"); a case worker reads their labels ("AOW-pensioen"). */
function fieldLabels(coordinates: readonly string[]): string {
  return [...new Set(coordinates.map((coordinate) => labelOf(coordinate.split('.').pop() ?? coordinate).label))].join(', ') || '—';
}

function partnerLog(log: PartnerDisclosuresPartsFragment, title: string, nameOf: (oin: string) => string): HTMLElement {
  const section = element('section', undefined, 'card inquiry-partner');
  section.dataset.inquiryPartner = log.partner;
  section.append(element('h3', title));
  if (log.disclosures.length === 0) {
    section.append(element('p', 'Geen verstrekkingen.', 'unknown'));
    return section;
  }
  const list = element('ol', undefined, 'records');
  for (const disclosure of log.disclosures) {
    const values = element('dl');
    pair(values, labelOf('at').label, formatValue(disclosure.at, 'dateTime', nameOf));
    pair(values, labelOf('recipient').label, nameOf(disclosure.recipient));
    pair(values, labelOf('purpose').label, disclosure.purpose);
    pair(values, labelOf('legalBasis').label, disclosure.legalBasis);
    pair(values, labelOf('fields').label, fieldLabels(disclosure.fields));
    if (disclosure.refusedFields.length > 0) pair(values, labelOf('refusedFields').label, fieldLabels(disclosure.refusedFields));
    const entry = element('li');
    entry.append(values);
    list.append(entry);
  }
  section.append(list);
  if (log.truncated) section.append(element('p', 'Alleen de meest recente verstrekkingen zijn getoond.', 'unknown'));
  return section;
}

export function renderInquiry(
  target: HTMLElement,
  inquiry: DisclosureInquiryQuery['disclosureInquiry'],
  partnerNames: ReadonlyMap<string, string>,
  nameOf: (oin: string) => string,
): void {
  target.replaceChildren(element('h2', 'Inzage: verstrekkingen over deze cliënt'));
  const grid = element('div', undefined, 'inquiry');
  for (const partner of PARTNERS) grid.append(partnerLog(inquiry[partner], partnerNames.get(partner) ?? labelOf(partner).label, nameOf));
  target.append(grid);
}
