// Extracts the facts the code and tests need from the official reference material beside the checkout
// (../shared/reference: the API metadata and the generated Node SDK's models) into data/reference/:
//   openapi-params.json   per action: deprecated flag and parameters (name, position, type, required, sub-parameters)
//   response-shapes.json  per action: the response body as the SDK models type it, with wire names and nesting
// Usage: node scripts/extract-reference.mjs [--reference DIR] [--out DIR]
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const REFERENCE = opt('--reference', join(repo, '..', 'shared', 'reference'));
const OUT = opt('--out', join(repo, 'data', 'reference'));

// --- API metadata (en-US carries everything params/ has, plus descriptions we do not copy) ---
const metaDir = join(REFERENCE, 'openapi-meta', 'params');
const params = {};
const slimParam = (p) => ({
  name: p.name,
  position: p.position,
  type: p.type,
  required: Boolean(p.required),
  ...(p.sub_parameters ? { sub: p.sub_parameters.map(slimParam) } : {}),
});
for (const file of readdirSync(metaDir).filter((f) => f.endsWith('.json') && f !== 'version.json').sort()) {
  const doc = JSON.parse(readFileSync(join(metaDir, file), 'utf8'));
  const en = JSON.parse(readFileSync(join(REFERENCE, 'openapi-meta', 'en-US', file), 'utf8'));
  params[doc.name] = { deprecated: Boolean(en.deprecated), parameters: (doc.parameters ?? []).map(slimParam) };
}

// --- SDK response models: `names()` gives wire names, `types()` the nesting ---
const modelsDir = join(REFERENCE, 'vod20170321-sdk', 'src', 'models');
const classes = new Map();
for (const file of readdirSync(modelsDir).filter((f) => f.toLowerCase().endsWith('responsebody.ts'))) {
  const text = readFileSync(join(modelsDir, file), 'utf8');
  for (const match of text.matchAll(/export class (\w+) extends \$dara\.Model \{([\s\S]*?)\n\}\n/g)) {
    const [, name, body] = match;
    const block = (method) => body.match(new RegExp(`static ${method}\\(\\)[\\s\\S]*?return \\{([\\s\\S]*?)\\n    \\};`))?.[1] ?? '';
    const wire = Object.fromEntries([...block('names').matchAll(/^\s+(\w+): '([^']+)',$/gm)].map((m) => [m[1], m[2]]));
    const types = Object.fromEntries([...block('types').matchAll(/^\s+(\w+): (.+),$/gm)].map((m) => [m[1], m[2].trim()]));
    classes.set(name, { wire, types });
  }
}
const typeOf = (expr, seen) => {
  const array = expr.match(/^\{ 'type': 'array', 'itemType': (.+) \}$/);
  if (array) return { array: typeOf(array[1], seen) };
  if (/^\{ 'type': 'map'/.test(expr)) return 'map';
  const scalar = expr.match(/^'(\w+)'$/);
  if (scalar) return scalar[1];
  if (!classes.has(expr)) throw new Error(`unknown type ${expr}`);
  if (seen.has(expr)) throw new Error(`recursive type ${expr}`);
  return objectOf(expr, new Set([...seen, expr]));
};
const objectOf = (name, seen = new Set([name])) => {
  const { wire, types } = classes.get(name);
  const fields = {};
  for (const [key, wireName] of Object.entries(wire)) fields[wireName] = typeOf(types[key], seen);
  return { object: fields };
};
const shapes = {};
for (const action of Object.keys(params)) {
  const candidates = [`${action}ResponseBody`, ...[...classes.keys()].filter((n) => n.toLowerCase() === `${action}ResponseBody`.toLowerCase())];
  const name = candidates.find((n) => classes.has(n));
  if (!name) throw new Error(`no response model for ${action}`);
  shapes[action] = objectOf(name);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'openapi-params.json'), JSON.stringify(params, null, 1) + '\n');
writeFileSync(join(OUT, 'response-shapes.json'), JSON.stringify(shapes, null, 1) + '\n');
if (!args.includes('--quiet')) console.error(`data/reference: ${Object.keys(params).length} actions, ${classes.size} response model classes`);
