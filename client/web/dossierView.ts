/**
 * Renders a client's dossier: one card per partner (the source of every value in it), and every value that partner
 * did not disclose shown as such, with the reason from its NOT_DISCLOSED error.
 */
import { type ClientError, type DossierQuery } from '../index';

const SECTIONS = ['gemeente', 'uwv', 'svb', 'toeslagen', 'woningcorporatie'] as const;

const REASONS: Record<string, string> = {
  NO_ROLE: 'your organisation holds no role in an open case of this client for this activity',
  PURPOSE: 'this activity does not allow it',
  ROLES_UNAVAILABLE: 'the roles could not be checked just now',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** NOT_DISCLOSED errors by the path of the value they replace, e.g. "client.uwv.benefits.0.disabilityClass". */
function undisclosedByPath(errors: readonly ClientError[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const error of errors) {
    if (error.code !== 'NOT_DISCLOSED' || !error.path) continue;
    const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : '';
    byPath.set(error.path.join('.'), reason);
  }
  return byPath;
}

function undisclosed(reason: string): HTMLElement {
  const node = element('span', `not disclosed${reason ? ` (${reason})` : ''}`, 'undisclosed');
  node.title = REASONS[reason] ?? 'the partner did not disclose this value to your organisation';
  node.dataset.undisclosed = reason;
  return node;
}

function renderValue(value: unknown, path: string, hidden: Map<string, string>): HTMLElement {
  const reason = hidden.get(path);
  if (reason !== undefined) return undisclosed(reason);
  if (value === null || value === undefined) return element('span', '—', 'unknown');
  if (Array.isArray(value)) {
    if (value.length === 0) return element('span', 'none', 'unknown');
    const list = element('ol');
    value.forEach((item, index) => {
      const entry = element('li');
      entry.append(renderValue(item, `${path}.${index}`, hidden));
      list.append(entry);
    });
    return list;
  }
  if (typeof value === 'object') {
    const fields = element('dl');
    for (const [key, inner] of Object.entries(value)) {
      if (key === '__typename') continue;
      const dd = element('dd');
      dd.append(renderValue(inner, `${path}.${key}`, hidden));
      fields.append(element('dt', key), dd);
    }
    return fields;
  }
  return element('span', String(value));
}

export function renderDossier(target: HTMLElement, data: DossierQuery, errors: readonly ClientError[], partnerNames: ReadonlyMap<string, string>): void {
  const hidden = undisclosedByPath(errors);
  target.replaceChildren();
  for (const section of SECTIONS) {
    const card = element('article', undefined, 'partner');
    card.dataset.partner = section;
    const title = element('h2', partnerNames.get(section) ?? section);
    title.append(' ', element('span', `source: ${section}`, 'source'));
    card.append(title);
    const path = `client.${section}`;
    const value = data.client[section];
    if (hidden.has(path)) card.append(undisclosed(hidden.get(path) ?? ''));
    else if (value === null || value === undefined) card.append(element('p', 'This partner does not know the client.', 'unknown'));
    else card.append(renderValue(value, path, hidden));
    target.append(card);
  }
}
