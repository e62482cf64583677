/**
 * JSON -> the service's XML shape: arrays repeat their element name, the root is `<Action>Response`. Lists arrive
 * here already wrapped where the service wraps them (src/sandbox/wrap-lists.ts), so `VideoList: { Video: [a, b] }`
 * is `<VideoList><Video>a</Video><Video>b</Video></VideoList>`. Undefined fields are left out, as in JSON.
 */
export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value)}`;
}

function element(name: string, value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (value !== null && typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([key, child]) => element(key, child))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  if (value === null) return `<${name}/>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);
}
