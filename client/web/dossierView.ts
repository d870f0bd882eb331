/**
 * Renders a client's dossier: one card per partner (the source of every value in it), Dutch labels and formats from
 * the label table, and every value a partner did not disclose shown as such, with the reason from its NOT_DISCLOSED
 * error. Plain values go in a definition list; nested records and lists become sub-sections below it, so no label
 * ever shares a box with another record's values.
 */
import { type ClientError, type DossierQuery } from '../index';
import { element, pair } from './dom';
import { formatValue } from './format';
import { SECTION_NAMES as SECTIONS } from './__generated__/partners';
import { byTableOrder, labelOf, UNDISCLOSED_REASONS } from './labels';

interface Refusal {
  reason: string;
  message: string;
}

/** NOT_DISCLOSED errors by the path of the value they replace, e.g. "client.uwv.benefits.0.disabilityClass". */
function refusalsByPath(errors: readonly ClientError[]): Map<string, Refusal> {
  const byPath = new Map<string, Refusal>();
  for (const error of errors) {
    if (error.code !== 'NOT_DISCLOSED' || !error.path) continue;
    const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : '';
    byPath.set(error.path.join('.'), { reason, message: error.message });
  }
  return byPath;
}

function undisclosed(refusal: Refusal): HTMLElement {
  const node = element('span', `Niet gedeeld: ${UNDISCLOSED_REASONS[refusal.reason] ?? refusal.message}`, 'undisclosed');
  node.title = refusal.message;
  node.dataset.undisclosed = refusal.reason;
  return node;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlain = (value: unknown): value is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof value);

function group(name: string, depth: number): HTMLElement {
  const section = element('section', undefined, 'group');
  section.append(element(depth === 0 ? 'h3' : 'h4', labelOf(name).label));
  return section;
}

function renderList(items: readonly unknown[], path: string, refusals: Map<string, Refusal>, depth: number): HTMLElement {
  if (items.length === 0) return element('p', 'Geen', 'unknown');
  const list = element('ul', undefined, 'records');
  items.forEach((item, index) => {
    const entry = element('li');
    if (isRecord(item)) entry.append(renderRecord(item, `${path}.${index}`, refusals, depth));
    else entry.textContent = String(item);
    list.append(entry);
  });
  return list;
}

/** A record: its plain values as label/value pairs, then one sub-section per nested record or list. */
function renderRecord(record: Record<string, unknown>, path: string, refusals: Map<string, Refusal>, depth: number): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const values = element('dl');
  const nested: HTMLElement[] = [];
  for (const [name, value] of Object.entries(record).sort(([a], [b]) => byTableOrder(a, b))) {
    if (name === '__typename') continue;
    const at = `${path}.${name}`;
    const refusal = refusals.get(at);
    const { label, format } = labelOf(name);
    if (refusal) pair(values, label, undisclosed(refusal));
    else if (value === null || value === undefined) pair(values, label, element('span', 'Geen gegevens', 'unknown'));
    else if (isPlain(value))
      pair(
        values,
        label,
        formatValue(value, format, (oin) => oin),
      );
    else {
      const section = group(name, depth);
      section.append(
        Array.isArray(value)
          ? renderList(value, at, refusals, depth + 1)
          : isRecord(value)
            ? renderRecord(value, at, refusals, depth + 1)
            : '',
      );
      nested.push(section);
    }
  }
  if (values.childElementCount > 0) fragment.append(values);
  fragment.append(...nested);
  return fragment;
}

export function renderDossier(
  target: HTMLElement,
  data: DossierQuery,
  errors: readonly ClientError[],
  partnerNames: ReadonlyMap<string, string>,
): void {
  const refusals = refusalsByPath(errors);
  target.replaceChildren();
  for (const section of SECTIONS) {
    const card = element('article', undefined, 'card partner');
    card.dataset.partner = section;
    const title = element('h2', partnerNames.get(section) ?? labelOf(section).label);
    title.append(' ', element('span', `bron: ${section}`, 'source'));
    card.append(title);
    const path = `client.${section}`;
    const value = data.client[section];
    const refusal = refusals.get(path);
    if (refusal) card.append(undisclosed(refusal));
    else if (!isRecord(value)) card.append(element('p', 'Deze partner kent de cliënt niet.', 'unknown'));
    else card.append(renderRecord(value, path, refusals, 0));
    target.append(card);
  }
}
