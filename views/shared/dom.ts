/**
 * The only way views put content on the page: elements built with textContent, never HTML strings, so text an
 * uploader or API user wrote (titles, labels, transcripts, comments) is shown as text and can never become markup.
 */
export interface ElementOptions {
  readonly className?: string;
  readonly text?: string | number | undefined;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly title?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: readonly (Node | null | undefined)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = String(options.text);
  if (options.title) node.title = options.title;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

const OPEN = '<untrusted-data>';
const CLOSE = '</untrusted-data>';

/**
 * Text from the account (uploader or user written), shown as text in a marked span. A value that arrives fenced
 * (the server's untrusted-data delimiters) is shown without the delimiters: the span is the fence here.
 */
export function untrusted(value: unknown, className = 'untrusted'): HTMLSpanElement {
  let text = typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
  if (text.startsWith(OPEN) && text.endsWith(CLOSE)) text = text.slice(OPEN.length, -CLOSE.length);
  return el('span', { className, text, attrs: { 'data-untrusted': '' } });
}

/** Replaces an element's content. */
export function show(parent: Element, ...children: (Node | null | undefined)[]): void {
  parent.replaceChildren(...children.filter((child): child is Node => Boolean(child)));
}

/** http(s) URLs only (a view never follows javascript: or data: links from data). */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
