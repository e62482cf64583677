import type { z } from 'zod';

/**
 * A cross-field rule of appendix 17.1, declared once: published as an if/then inside the object's `allOf` (nested,
 * so no client sees a root combinator) and checked at runtime by `holds`, with the same message for both.
 */
export interface CrossFieldRule<T> {
  readonly message: string;
  readonly if: Record<string, unknown>;
  readonly then: Record<string, unknown>;
  readonly holds: (value: T) => boolean;
}

/** Publishes the rules on `schema` and checks them, each as its own issue. */
export function withRules<S extends z.ZodType>(schema: S, rules: readonly CrossFieldRule<z.output<S>>[]): S {
  const published = schema.meta({ allOf: rules.map((rule) => ({ if: rule.if, then: rule.then })) });
  return published.superRefine((value, ctx) => {
    for (const rule of rules) if (!rule.holds(value)) ctx.addIssue({ code: 'custom', message: rule.message });
  }) as unknown as S;
}

/** `{properties: {a: {properties: {b: {const: v}}, required: [b]}}, required: [a]}` for the path a.b = v. */
export function pathEquals(path: readonly string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<Record<string, unknown>>((inner, key) => ({ properties: { [key]: inner }, required: [key] }), { const: value });
}

/** The path a.b exists. */
export function pathPresent(path: readonly string[]): Record<string, unknown> {
  const [last, ...outer] = [...path].reverse();
  return outer.reduce<Record<string, unknown>>((inner, key) => ({ properties: { [key]: inner }, required: [key] }), { required: [last] });
}

/** The path a.b does not exist. */
export function pathAbsent(path: readonly string[]): Record<string, unknown> {
  const [last, ...outer] = [...path].reverse();
  return outer.reduce<Record<string, unknown>>((inner, key) => ({ properties: { [key]: inner } }), { not: { required: [last] } });
}

/** The path a.b, if present, is none of the values. */
export function pathNotIn(path: readonly string[], values: readonly string[]): Record<string, unknown> {
  const [last, ...outer] = [...path].reverse();
  return outer.reduce<Record<string, unknown>>((inner, key) => ({ properties: { [key]: inner } }), { properties: { [last!]: { not: { enum: values } } } });
}

export const allOf = (...parts: readonly Record<string, unknown>[]): Record<string, unknown> => (parts.length === 1 ? parts[0]! : { allOf: parts });
