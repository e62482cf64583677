import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderToolReference } from '../../src/docs/tool-reference.js';
import { toSnakeCase } from '../../src/tools/define-tool.js';
import { allTools, apiTools, selectTools, ToolFilterError } from '../../src/tools/registry.js';
import { manualActions } from '../helpers/manual-data.js';
import { specFor } from '../../src/sandbox/spec-table.js';
import { alwaysSent, KEPT_REQUIRED, METADATA, PENDING, shapeOf } from '../helpers/current-api.js';
import { expectResponseExample, expectRoundTrip, INVALID_SPEC_EXAMPLES, SPEC_ACTIONS } from '../helpers/spec-data.js';

const tools = apiTools();
const byAction = new Map(tools.map((tool) => [tool.action, tool]));
const tsvActions = manualActions();


describe('catalog', () => {
  it('has exactly one tool per action of actions.tsv and of the current metadata (less the pending ones)', () => {
    const current = Object.keys(METADATA).filter((action) => !PENDING.includes(action));
    expect(tools.map((tool) => tool.action).sort()).toEqual([...new Set([...tsvActions, ...current])].sort());
    expect(tsvActions.filter((action) => !METADATA[action])).toEqual([]);
    expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
  });

  it('names tools in snake_case of the action', () => {
    expect(toSnakeCase('SearchMedia')).toBe('search_media');
    expect(toSnakeCase('DescribeVodDomainTrafficData')).toBe('describe_vod_domain_traffic_data');
    expect(toSnakeCase('GetURLUploadInfos')).toBe('get_url_upload_infos');
    expect(toSnakeCase('SubmitAIMediaAuditJob')).toBe('submit_ai_media_audit_job');
    for (const tool of tools) expect(tool.name).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
  });

  it('derives annotations from the tier', () => {
    for (const tool of tools) {
      expect(tool.annotations.readOnlyHint, tool.name).toBe(tool.tier === 'read');
      expect(tool.annotations.destructiveHint, tool.name).toBe(tool.tier === 'destructive');
      expect(tool.annotations.openWorldHint).toBe(true);
      expect(tool.annotations.title).toBe(tool.title);
      if (/^(Get|List|Describe|Search)/.test(tool.action)) expect(tool.tier, tool.name).toBe('read');
      if (/^Delete/.test(tool.action)) expect(tool.tier, tool.name).toBe('destructive');
      expect(tool.tierReason.length, tool.name).toBeGreaterThan(10);
    }
  });

  it('marks job submissions as billable', () => {
    for (const tool of tools.filter((t) => /^Submit(?!MediaDNADelete)/.test(t.action) || t.action === 'ProduceEditingProjectVideo')) {
      expect(tool.billable, tool.name).toBe(true);
      expect(tool.description).toContain('Billable');
    }
  });

  it('has strict input objects and output schemas with RequestId', () => {
    for (const tool of tools) {
      expect(tool.input.safeParse({ __unknown__: 1 }).success, tool.name).toBe(false);
      expect(Object.keys((tool.output as unknown as { shape: Record<string, unknown> }).shape), tool.name).toContain('RequestId');
    }
  });

  it('keeps descriptions tight', () => {
    for (const tool of tools) expect(tool.description.length, tool.name).toBeLessThanOrEqual(420);
  });
});

describe('spec examples', () => {
  const withRequest = SPEC_ACTIONS.filter((entry) => entry.requestExample && byAction.has(entry.action));

  it.each(withRequest.filter((entry) => !INVALID_SPEC_EXAMPLES[entry.action]).map((entry) => [entry.action, entry] as const))(
    '%s: the request example validates and serializes back',
    (action, entry) => expectRoundTrip(byAction.get(action)!, entry.requestExample!),
  );

  it.each(SPEC_ACTIONS.filter((entry) => byAction.has(entry.action)).map((entry) => [entry.action] as const))('%s: the JSON response example validates against the output schema', (action) =>
    expectResponseExample(byAction.get(action)!),
  );
});

describe('toolsets and filters', () => {
  it('keeps the default set at or under 40 tools', () => {
    const defaults = selectTools();
    expect(defaults.length).toBeGreaterThan(0);
    expect(defaults.length).toBeLessThanOrEqual(40);
  });

  it('--read-only selects read tools only', () => {
    const readOnly = selectTools({ toolsets: ['all'], readOnly: true });
    expect(readOnly.every((tool) => tool.tier === 'read')).toBe(true);
  });

  it('adds and removes single tools', () => {
    const base = selectTools({ toolsets: ['media'] });
    const plus = selectTools({ toolsets: ['media'], tools: ['get_categories', '-delete_video'] });
    expect(plus.map((t) => t.name)).toContain('get_categories');
    expect(plus.map((t) => t.name)).not.toContain('delete_video');
    expect(plus.length).toBe(base.length);
  });

  it('fails loudly on names that match nothing, naming the valid choices', () => {
    expect(() => selectTools({ toolsets: ['medai'] })).toThrow(ToolFilterError);
    expect(() => selectTools({ toolsets: ['medai'] })).toThrow(/did you mean "media".*Valid: all, default/s);
    expect(() => selectTools({ tools: ['get_vidoe_info'] })).toThrow(/did you mean "get_video_info"/);
    expect(() => selectTools({ toolsets: ['media'], tools: ['-get_video_info', '-delete_video', ...tools.filter((t) => t.toolset === 'media').map((t) => `-${t.name}`)] })).toThrow(/select no tool/);
  });
});

describe('docs', () => {
  it('docs/tools.md is generated from the registry (run `npm run docs`)', () => {
    const committed = readFileSync(new URL('../../docs/tools.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderToolReference(allTools()));
  });
});

describe('tool schemas agree with the sandbox’s own reading of the spec', () => {
  /**
   * The sandbox reads the manual's table with the official metadata's newer parameters merged in (spec-table.ts).
   * Deliberate differences, per parameter, each decided from the spec text.
   */
  const DIFFERENCES: Record<string, string> = {
    'SearchMedia.MatchFilter': 'a tool-side typed alternative to Match, serialized into Match',
    'DeleteAttachedMedia.MediaIds': 'optional in the table, but the call does nothing without it',
    ...KEPT_REQUIRED,
  };

  it.each(tools.map((tool) => [tool.name, tool] as const))('%s: the same parameters and required flags', (_name, tool) => {
    const spec = specFor(tool.action)!;
    const differs = (name: string) => DIFFERENCES[`${tool.action}.${name}`] !== undefined;
    const shape = shapeOf(tool);
    const required = Object.keys(shape).filter((key) => alwaysSent(shape[key]!) && !differs(key));
    expect(required.sort()).toEqual(spec.requestParams.filter((param) => param.required && !differs(param.name)).map((param) => param.name).sort());
    const known = new Set(spec.requestParams.map((param) => param.name));
    expect(Object.keys(shape).filter((key) => !known.has(key) && !differs(key))).toEqual([]);
    expect(spec.requestParams.map((param) => param.name).filter((name) => !(name in shape))).toEqual([]);
  });
});
