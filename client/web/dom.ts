/** The few DOM helpers the views share: an element with text, and a label/value pair for a definition list. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Appends one `<dt>label</dt><dd>value</dd>` pair to a definition list. */
export function pair(list: HTMLDListElement, label: string, value: string | Node): void {
  const dd = element('dd');
  dd.append(value);
  list.append(element('dt', label), dd);
}

export function button(text: string, onClick: () => void, className?: string): HTMLButtonElement {
  const node = element('button', text, className);
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}
