import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allTools } from '../../src/tools/registry.js';
import { hardenInput, MULTI_LINE, schemaHasCheck, schemaHasMaxLength, SINGLE_LINE, stringsOf, utcTime } from '../../src/tools/schema-helpers.js';

describe('every input string is capped and content-checked', () => {
  const strings = allTools().flatMap((tool) => stringsOf(tool.input).map((entry) => ({ tool: tool.name, ...entry })));

  it('finds the strings of every tool', () => {
    expect(strings.length).toBeGreaterThan(400);
  });

  it('gives each a maximum length and exactly one content kind', () => {
    const problems = strings.filter(
      ({ schema }) => !schemaHasMaxLength(schema) || schemaHasCheck(schema, SINGLE_LINE) === schemaHasCheck(schema, MULTI_LINE),
    );
    expect(problems.map(({ tool, path }) => `${tool} ${path}`)).toEqual([]);
  });

  it('keeps multi-line text to descriptions, notes, PEM and XML', () => {
    const multi = [...new Set(strings.filter(({ schema }) => schemaHasCheck(schema, MULTI_LINE)).map(({ path }) => path.split('.').pop()))].sort();
    expect(multi).toEqual(['Comment', 'Content', 'Description', 'SSLPri', 'SSLPub']);
  });
});

describe('hardenInput', () => {
  const input = hardenInput(
    z
      .strictObject({
        Name: z.string().describe('A name.'),
        Ids: z.array(z.string()).optional(),
        Nested: z.strictObject({ Items: z.array(z.string()) }).optional(),
      })
      .refine((args) => args.Name !== 'forbidden', { message: 'no', path: ['Name'] }),
  );

  it('keeps descriptions and object refinements', () => {
    expect(z.toJSONSchema(input).properties?.Name).toMatchObject({ description: 'A name.', maxLength: 1024 });
    expect(input.safeParse({ Name: 'forbidden' }).success).toBe(false);
    expect(input.safeParse({ Name: 'fine' }).success).toBe(true);
  });

  it('refuses commas in top-level lists only (nested lists go out as JSON)', () => {
    expect(input.safeParse({ Name: 'n', Ids: ['a,b'] }).success).toBe(false);
    expect(input.safeParse({ Name: 'n', Nested: { Items: ['a,b'] } }).success).toBe(true);
  });

  it('refuses impossible dates', () => {
    const time = utcTime('t');
    expect(time.safeParse('2024-02-29T23:59:59Z').success).toBe(true);
    for (const bad of ['2026-99-99T99:99:99Z', '2025-02-29T00:00:00Z', '2026-01-01T00:60:00Z', '2026-1-01T00:00:00Z']) expect(time.safeParse(bad).success, bad).toBe(false);
  });
});
