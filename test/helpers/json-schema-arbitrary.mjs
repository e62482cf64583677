// fast-check arbitraries from a tool's PUBLISHED JSON Schema (what a model sees in tools/list), for the schema-refusal
// bench (bench/schema-refusals.mjs) and the input fuzz test (test/e2e/input-fuzz.test.ts). Covers the subset zod's
// toJSONSchema writes: type, enum, const, anyOf/oneOf/allOf, pattern, format, length, range, items, properties, and
// the object rules the tools publish (if/then/else, dependentRequired, not-required, oneOf branches, contains). Two
// cross-field rules JSON Schema cannot state are read from descriptions, as a model would read them: "after <Field>
// [, within N days]" and "<Field> × <Field> at most N". A rule stated any other way is not followed, so it counts.
import fc from 'fast-check';

/** Characters a model writes in free text: letters, digits, space and common punctuation. */
const TEXT_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.';
const textChar = fc.constantFrom(...TEXT_CHARS);
/** Longest free string generated (a model rarely writes more; maxLength still bounds it). */
const TYPICAL_MAX = 40;

const typeOf = (schema) => (Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type);

function patternsOf(schema) {
  const own = schema.pattern ? [schema.pattern] : [];
  return [...own, ...(schema.allOf ?? []).filter((part) => part.pattern).map((part) => part.pattern)];
}

function compile(pattern) {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return new RegExp(pattern);
  }
}

function withinLength(schema) {
  return (value) =>
    (schema.minLength === undefined || [...value].length >= schema.minLength) && (schema.maxLength === undefined || [...value].length <= schema.maxLength);
}

/** What no model writes into an argument (and what the content rule refuses): control and bidi characters, lone surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are what this rule is about
const UNWRITTEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringArbitrary(schema) {
  const patterns = patternsOf(schema).map(compile);
  const lengthOk = (value) => withinLength(schema)(value) && !UNWRITTEN.test(value);
  const matchesAll = (value) => patterns.every((regex) => regex.test(value));
  if (schema.format === 'uri' || schema.format === 'url') {
    return fc.webUrl({ validSchemes: ['https'] }).filter((value) => lengthOk(value) && matchesAll(value));
  }
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2099-12-31') }).map((date) => date.toISOString());
  if (schema.format === 'email') return fc.emailAddress().filter(lengthOk);
  if (patterns.length) {
    let base;
    try {
      // Lookaheads (`(?=.*[A-Z])`: "with upper case") are left to the filter: fast-check cannot generate from them.
      const generating = patterns[0].source.replace(/\(\?=[^()]*(?:\[[^\]]*\][^()]*)*\)/g, '');
      base = fc.stringMatching(new RegExp(generating, patterns[0].flags));
    } catch {
      base = fc.string({ unit: textChar, maxLength: TYPICAL_MAX });
    }
    return base.filter((value) => lengthOk(value) && matchesAll(value));
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? TYPICAL_MAX, TYPICAL_MAX));
  return fc.string({ unit: textChar, minLength, maxLength });
}

function numberArbitrary(schema, integer) {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON) : 0);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON) : Math.max(min, 0) + 100_000);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** A value valid for `schema` as published. `optionalRate`: how often an optional property is given. */
export function valueArbitrary(schema, options = {}) {
  if (schema === true || schema === undefined || Object.keys(schema).length === 0) return fc.oneof(fc.string({ unit: textChar, maxLength: 8 }), fc.integer({ min: 0, max: 100 }));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (typeOf(schema) === 'object' && schema.properties) return objectArbitrary(schema, options);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => valueArbitrary(choice, options)));
  switch (typeOf(schema)) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 5, 5));
      const alone = schema.if?.contains?.const;
      return fc
        .array(valueArbitrary(schema.items ?? {}, options), { minLength, maxLength })
        .map((items) => (alone !== undefined && items.includes(alone) && items.length > (schema.then?.maxItems ?? Infinity) ? [alone] : items));
    }
    case 'object':
      return objectArbitrary(schema, options);
    default:
      return fc.constant(null);
  }
}

function objectArbitrary(schema, options) {
  const optionalRate = options.optionalRate ?? 0.5;
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(properties).map(([key, property]) => {
    const value = valueArbitrary(property, options);
    const given = required.has(key) ? fc.constant(true) : fc.double({ min: 0, max: 1, noNaN: true }).map((roll) => roll < optionalRate);
    return fc.tuple(fc.constant(key), given, value);
  });
  let extra = fc.constant([]);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object' && Object.keys(properties).length === 0) {
    const names = schema.propertyNames?.enum ? fc.constantFrom(...schema.propertyNames.enum) : valueArbitrary({ type: 'string', minLength: 1, maxLength: 12, ...schema.propertyNames });
    extra = fc.array(fc.tuple(names, valueArbitrary(schema.additionalProperties, options)), { minLength: schema.minProperties ?? 0, maxLength: 3 });
  }
  const picks = fc.array(fc.nat(), { minLength: 16, maxLength: 16 });
  return fc.tuple(fc.tuple(...entries), extra, picks).map(([chosen, more, randoms]) => {
    const values = new Map(chosen.map(([key, , value]) => [key, value]));
    const present = new Set(chosen.filter(([, given]) => given).map(([key]) => key));
    let next = 0;
    const pick = (count) => randoms[next++ % randoms.length] % count;
    applyObjectRules(schema, present, values, pick);
    const result = {};
    for (const key of Object.keys(properties)) if (present.has(key)) result[key] = values.get(key);
    for (const [key, value] of more) result[key] = value;
    return result;
  });
}

// Object-level rules of the published schema, applied to the chosen properties the way a model reading them would:
// required, oneOf/anyOf branches ({required, properties: {X: false | {enum}}}), if/then/else on a const or enum,
// dependentRequired, not {required}. And one rule JSON Schema cannot state, read from the descriptions as a model
// would: an EndTime described "after StartTime[, within N days]" is placed after StartTime, within N days.

function holds(condition, present, values) {
  for (const key of condition.required ?? []) if (!present.has(key)) return false;
  for (const [key, rule] of Object.entries(condition.properties ?? {})) {
    if (!present.has(key)) continue;
    const value = values.get(key);
    if (rule === false) return false;
    if (rule.const !== undefined && value !== rule.const) return false;
    if (rule.enum && !rule.enum.includes(value)) return false;
    if (rule.required && (typeof value !== 'object' || value === null || rule.required.some((inner) => !(inner in value)))) return false;
  }
  return true;
}

function applyBranch(branch, present, values, pick, required) {
  if (!branch || typeof branch !== 'object') return;
  for (const key of branch.required ?? []) present.add(key);
  for (const [key, rule] of Object.entries(branch.properties ?? {})) {
    if (rule === false) {
      if (!required.has(key)) present.delete(key);
    } else if (rule.const !== undefined) values.set(key, rule.const);
    else if (rule.enum && !rule.enum.includes(values.get(key))) values.set(key, rule.enum[pick(rule.enum.length)]);
  }
  if (branch.if) applyBranch(holds(branch.if, present, values) ? branch.then : branch.else, present, values, pick, required);
  for (const part of branch.allOf ?? []) applyBranch(part, present, values, pick, required);
  const choices = branch.oneOf ?? branch.anyOf;
  if (choices) {
    // Prefer a branch the nested values already satisfy (e.g. TemplateType that fits the generated TemplateConfig).
    const fitting = choices.filter((choice) => holds(withoutConsts(choice), present, values));
    const pool = fitting.length ? fitting : choices;
    applyBranch(pool[pick(pool.length)], present, values, pick, required);
  }
  for (const [key, deps] of Object.entries(branch.dependentRequired ?? {})) if (present.has(key)) for (const dep of deps) present.add(dep);
  const forbidden = branch.not?.required;
  if (forbidden && forbidden.every((key) => present.has(key))) {
    const optional = forbidden.filter((key) => !required.has(key));
    if (optional.length) present.delete(optional[pick(optional.length)]);
  }
}

/** A branch's conditions other than the const/enum values applyBranch can set itself. */
function withoutConsts(branch) {
  const properties = Object.fromEntries(Object.entries(branch.properties ?? {}).filter(([, rule]) => rule === false || (rule.const === undefined && !rule.enum)));
  return { required: [], properties };
}

const DAY_MS = 86_400_000;
const utc = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function applyObjectRules(schema, present, values, pick) {
  const required = new Set(schema.required ?? []);
  applyBranch(schema, present, values, pick, required);
  // "<Key> × <Sibling> at most N": keep the product within N (the sibling's default when absent: 10, as descriptions say).
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const product = typeof property.description === 'string' ? /(\w+) × (\w+) at most (\d+)/.exec(property.description) : null;
    if (!product || product[1] !== key || !present.has(key)) continue;
    const factor = present.has(product[2]) ? values.get(product[2]) : Number(/default (\d+)/.exec(schema.properties[product[2]]?.description ?? '')?.[1] ?? 1);
    const limit = Math.max(1, Math.floor(Number(product[3]) / factor));
    if (values.get(key) > limit) values.set(key, 1 + pick(limit));
  }
  // "after <Sibling>[, within N days]" in a property's description: place it after that sibling.
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const after = typeof property.description === 'string' ? /\bafter (\w+)/i.exec(property.description) : null;
    const other = after?.[1];
    if (!other || !schema.properties[other]) continue;
    const before = values.get(other);
    if (typeof before === 'string' && UTC_TIME.test(before)) {
      // "within N days", or "within N minutes" / "under N days" (the real-time CDN windows).
      const within = /(?:within|under) (\d+) (minute|day)s?/i.exec(property.description);
      const start = Date.UTC(2024, 0, 1) + pick(600) * DAY_MS + pick(86_400) * 1000;
      values.set(other, utc(start));
      if (within?.[2].toLowerCase() === 'minute') values.set(key, utc(start + 1000 + pick(Math.max(1, Number(within[1]) - 1)) * 60_000));
      else values.set(key, utc(start + 1000 + pick((within ? Number(within[1]) : 3650) * 24) * 3_600_000));
    } else if (typeof before === 'number') {
      const max = property.maximum ?? Number.MAX_SAFE_INTEGER;
      const start = Math.min(before, max - 1);
      values.set(other, start);
      values.set(key, Math.min(max, start + 1 + pick(100)));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Invalid arguments: a valid set with one change that the published schema (or the content rule every string has:
// no lone surrogates, no NUL) forbids.

/** Every place in `schema` where a violation can be planted, as [path, kind, detail]. */
function violationSites(schema, path = []) {
  const sites = [];
  if (!schema || typeof schema !== 'object') return sites;
  const type = typeOf(schema);
  if (schema.enum) sites.push({ path, kind: 'not-in-enum', schema });
  else if (type === 'string') {
    sites.push({ path, kind: 'wrong-type', schema }, { path, kind: 'lone-surrogate', schema }, { path, kind: 'nul', schema });
    if (schema.maxLength !== undefined) sites.push({ path, kind: 'too-long', schema });
    if (schema.minLength) sites.push({ path, kind: 'too-short', schema });
  } else if (type === 'integer' || type === 'number') {
    sites.push({ path, kind: 'wrong-type', schema });
    if (schema.maximum !== undefined) sites.push({ path, kind: 'too-big', schema });
    if (schema.minimum !== undefined) sites.push({ path, kind: 'too-small', schema });
    if (type === 'integer') sites.push({ path, kind: 'fraction', schema });
  } else if (type === 'boolean') sites.push({ path, kind: 'wrong-type', schema });
  else if (type === 'array') {
    sites.push({ path, kind: 'wrong-type', schema });
    if (schema.maxItems !== undefined) sites.push({ path, kind: 'too-many', schema });
    if (schema.minItems) sites.push({ path, kind: 'too-few', schema });
    if (schema.items) sites.push(...violationSites(schema.items, [...path, 0]));
  } else if (type === 'object') {
    if (path.length) sites.push({ path, kind: 'wrong-type', schema });
    if (schema.additionalProperties === false) sites.push({ path, kind: 'unknown-key', schema }, { path, kind: 'proto-key', schema });
    for (const key of schema.required ?? []) sites.push({ path: [...path, key], kind: 'missing', schema: schema.properties?.[key] ?? {} });
    for (const [key, property] of Object.entries(schema.properties ?? {})) sites.push(...violationSites(property, [...path, key]));
  }
  return sites;
}

/** The valid-for-this-site value the mutation starts from (a fresh one, so nested sites always exist). */
function plant(site, value) {
  const { kind, schema } = site;
  switch (kind) {
    case 'wrong-type':
      return typeOf(schema) === 'string' ? 12345 : typeOf(schema) === 'object' ? 'not an object' : typeOf(schema) === 'array' ? 'not a list' : 'not a number';
    case 'not-in-enum':
      return `${String(schema.enum[0])}_not_a_choice`;
    case 'lone-surrogate':
      return `${typeof value === 'string' ? value : 'x'}\uD800`;
    case 'nul':
      return `${typeof value === 'string' ? value : 'x'}\u0000`;
    case 'too-long':
      return 'a'.repeat(schema.maxLength + 1);
    case 'too-short':
      return '';
    case 'too-big':
      return schema.maximum + 1;
    case 'too-small':
      return schema.minimum - 1;
    case 'fraction':
      return (schema.minimum ?? 0) + 0.5;
    case 'too-many':
      return Array.from({ length: schema.maxItems + 1 }, () => (Array.isArray(value) && value.length ? value[0] : 'x'));
    case 'too-few':
      return [];
    default:
      return value;
  }
}

function setAt(root, path, update) {
  if (!path.length) return update(root);
  const [head, ...rest] = path;
  const container = Array.isArray(root) ? [...root] : { ...(root ?? {}) };
  container[head] = setAt(container[head], rest, update);
  return container;
}

/**
 * An invalid argument set for a tool: a valid set in which every object on the path to the site is given (all
 * optional properties in), and one violation planted there. Values: { args, site } with site.kind naming the rule.
 */
export function invalidArgumentsArbitrary(inputSchema) {
  const sites = violationSites(inputSchema);
  const full = valueArbitrary(inputSchema, { optionalRate: 1 });
  return fc.tuple(fc.constantFrom(...sites), full).map(([site, args]) => {
    let mutated;
    if (site.kind === 'unknown-key' || site.kind === 'proto-key') {
      const key = site.kind === 'unknown-key' ? 'NoSuchParameter' : '__proto__';
      mutated = setAt(args, site.path, (object) => {
        const copy = { ...(object ?? {}) };
        Object.defineProperty(copy, key, { value: { injected: true }, enumerable: true, writable: true, configurable: true });
        return copy;
      });
    } else if (site.kind === 'missing') {
      const parent = site.path.slice(0, -1);
      const key = site.path[site.path.length - 1];
      mutated = setAt(args, parent, (object) => {
        const copy = { ...(object ?? {}) };
        delete copy[key];
        return copy;
      });
    } else {
      mutated = setAt(args, site.path, (value) => plant(site, value));
    }
    return { args: mutated, site: { kind: site.kind, path: site.path.join('.') } };
  });
}
