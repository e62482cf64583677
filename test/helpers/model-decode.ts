import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A response type as data/reference/response-shapes.json writes it (from the official SDK's models). */
export type ModelShape = 'string' | 'number' | 'boolean' | 'map' | { object: Record<string, ModelShape> } | { array: ModelShape };

export const MODEL_SHAPES: Readonly<Record<string, ModelShape>> = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/reference/response-shapes.json', import.meta.url)), 'utf8'),
) as Record<string, ModelShape>;

export interface Finding {
  readonly path: string;
  readonly problem: string;
}

export interface Decoded {
  /** What a client typed by the models keeps of the answer. */
  readonly value: unknown;
  /** What it loses (names the model does not have, nesting it does not expect) or reads as another type. */
  readonly findings: Finding[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an answer as a client generated from the official models does: a field survives only under a name its
 * model has, lists only where the model has lists. XML has no lists or numbers of its own: there a lone element is
 * a one-item list where the model says list, an empty element an empty object, and numbers arrive as text.
 */
export function decodeWithModel(shape: ModelShape, value: unknown, format: 'JSON' | 'XML', path = ''): Decoded {
  const findings: Finding[] = [];
  return { value: decode(shape, value, format, path, findings), findings };
}

function decode(shape: ModelShape, value: unknown, format: 'JSON' | 'XML', path: string, findings: Finding[]): unknown {
  if (shape === 'map') return value;
  if (typeof shape === 'string') return scalar(shape, value, format, path, findings);
  if ('array' in shape) {
    const items = Array.isArray(value) ? value : format === 'XML' ? [value] : undefined;
    if (!items) {
      findings.push({ path, problem: `the model has a list here, the answer ${describe(value)}` });
      return [];
    }
    return items.map((item, index) => decode(shape.array, item, format, `${path}[${index}]`, findings));
  }
  if (format === 'XML' && value === '') return {};
  if (!isObject(value)) {
    findings.push({ path, problem: `the model has an object here, the answer ${describe(value)}` });
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(value)) {
    const fieldPath = path ? `${path}.${name}` : name;
    const fieldShape = shape.object[name];
    if (fieldShape === undefined) {
      findings.push({ path: fieldPath, problem: 'not in the model: a client typed by it drops this field' });
      continue;
    }
    out[name] = decode(fieldShape, child, format, fieldPath, findings);
  }
  return out;
}

function scalar(type: 'string' | 'number' | 'boolean', value: unknown, format: 'JSON' | 'XML', path: string, findings: Finding[]): unknown {
  if (format === 'XML') {
    if (typeof value !== 'string') {
      findings.push({ path, problem: `the model has a ${type} here, the answer ${describe(value)}` });
      return value;
    }
    if (type === 'number') {
      if (value === '' || !Number.isFinite(Number(value))) findings.push({ path, problem: `the model has a number here, the answer has "${value}"` });
      return Number(value);
    }
    if (type === 'boolean') {
      if (value !== 'true' && value !== 'false') findings.push({ path, problem: `the model has a boolean here, the answer has "${value}"` });
      return value === 'true';
    }
    return value;
  }
  if (typeof value !== type) findings.push({ path, problem: `the model has a ${type} here, the answer ${describe(value)}` });
  return value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'has a list';
  if (isObject(value)) return `has an object with ${Object.keys(value).slice(0, 4).join(', ') || 'no fields'}`;
  return `has ${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

/**
 * The structure of a decoded answer without its values: field names and list lengths, each leaf a dot. Empty lists
 * and objects are left out (XML cannot tell them from absent ones). Two answers with the same skeleton nest alike.
 */
export function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(skeleton).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (isObject(value)) {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, skeleton(child)] as const)
      .filter(([, child]) => child !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return '.';
}

/**
 * A minimal reader of the service's XML answers (elements and text, no attributes): a repeated child becomes a
 * list, an element with children an object, any other element its text. Written apart from the sandbox's encoder.
 */
export function parseXml(text: string): Record<string, unknown> {
  const source = text.replace(/^<\?xml[^>]*\?>\s*/, '');
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`XML: ${why} at ${at}: ${source.slice(at, at + 40)}`);
  };
  const readElement = (): [string, unknown] => {
    const open = /^<([A-Za-z_][\w.-]*)\s*(\/?)>/.exec(source.slice(at));
    if (!open) return fail('expected an element');
    at += open[0].length;
    const name = open[1]!;
    if (open[2]) return [name, ''];
    const children: [string, unknown][] = [];
    let textContent = '';
    for (;;) {
      if (source.startsWith(`</${name}>`, at)) {
        at += name.length + 3;
        break;
      }
      if (source.startsWith('</', at)) fail(`unexpected closing tag inside <${name}>`);
      if (source[at] === '<') children.push(readElement());
      else {
        const next = source.indexOf('<', at);
        if (next < 0) fail(`unterminated <${name}>`);
        textContent += source.slice(at, next);
        at = next;
      }
    }
    if (!children.length) return [name, unescapeXml(textContent)];
    if (textContent.trim()) fail(`mixed content in <${name}>`);
    const object: Record<string, unknown> = {};
    const repeated = new Set<string>();
    for (const [key, child] of children) {
      if (!(key in object)) object[key] = child;
      else if (repeated.has(key)) (object[key] as unknown[]).push(child);
      else {
        object[key] = [object[key], child];
        repeated.add(key);
      }
    }
    return [name, object];
  };
  const [root, body] = readElement();
  if (source.slice(at).trim()) fail('content after the root element');
  return { [root]: body };
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|apos|quot|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
    if (named[entity]) return named[entity];
    return String.fromCodePoint(entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

/**
 * The manual's response examples come from XML: a one-item list is printed as the lone item (`"List": {...}`,
 * `"NonExistPolicyNames": "a"`). Where the model has a list, such a lone item becomes a one-item list.
 */
export function loneItemsAsLists(shape: ModelShape, value: unknown): unknown {
  if (typeof shape === 'string' || value === undefined || value === null) return value;
  if ('array' in shape) return (Array.isArray(value) ? value : [value]).map((item) => loneItemsAsLists(shape.array, item));
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, shape.object[name] ? loneItemsAsLists(shape.object[name]!, child) : child]));
}
