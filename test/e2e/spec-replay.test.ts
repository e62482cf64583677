import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { apiTools } from '../../src/tools/registry.js';
import { fromApiParams } from '../helpers/from-api-params.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';
import { INVALID_SPEC_EXAMPLES, sameParamValue, SPEC_ACTIONS } from '../helpers/spec-data.js';

// Every request example of the spec, replayed as a tool call through the MCP Client over stdio, must reach the
// sandbox as the same API request (same parameters, values compared as the service reads them).
const COMMON = new Set(['Action', 'Format', 'Version', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'SecurityToken']);
const byAction = new Map(apiTools().map((tool) => [tool.action, tool]));
const examples = SPEC_ACTIONS.filter((entry) => entry.requestExample && byAction.has(entry.action) && !INVALID_SPEC_EXAMPLES[entry.action]);

const statuses = new Map<string, string>();
let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  session = await connectStdio(['--endpoint', sandbox.url, '--toolsets', 'all', '--confirm', 'never', '--i-understand-no-confirmation', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
}, 30_000);
afterAll(async () => {
  process.stderr.write(`spec replay: ${[...statuses.values()].filter((s) => s === '200').length}/${statuses.size} answered 200; the rest refused the examples' masked IDs\n`);
  await session?.close();
  await sandbox?.close();
});

describe('spec request examples replayed as tool calls', () => {
  it('covers at least 130 actions', () => {
    expect(examples.length).toBeGreaterThanOrEqual(130);
  });

  it.each(examples.map((entry) => [entry.action, entry] as const))('%s reaches the sandbox as the spec request', async (action, entry) => {
    const tool = byAction.get(action)!;
    const example = Object.fromEntries(Object.entries(entry.requestExample!).filter(([key]) => key !== 'Action'));
    const before = sandbox.requests.length;
    const result = await session.client.callTool({ name: tool.name, arguments: fromApiParams(tool, example) });
    const reached = sandbox.requests.slice(before).filter((request) => request.action === action);
    expect(reached.length, `${action} did not reach the sandbox: ${textOf(result)}`).toBeGreaterThan(0);
    const last = reached.at(-1)!;
    // The handler ran: it answered, or refused with an error of its own (the examples' IDs are masked, e.g. "****").
    expect(last.status, `${action}: ${last.code}`).toBeLessThan(500);
    expect(last.code).not.toBe('InvalidAction.NotFound');
    expect(last.code, `${action}: the sandbox's reading of the spec wants a parameter the tool did not send`).not.toBe('MissingParameter');
    statuses.set(action, last.code ?? String(last.status));
    // A successful answer of the sandbox also satisfies the tool's output schema.
    if (last.status === 200) expect(result.isError, `${action}: ${textOf(result)}`).toBeFalsy();
    const sent = Object.fromEntries(Object.entries(last.params).filter(([key]) => !COMMON.has(key)));
    expect(Object.keys(sent).sort()).toEqual(Object.keys(example).sort());
    for (const [key, value] of Object.entries(example)) expect(sameParamValue(sent[key]!, value), `${key}: ${sent[key]} vs ${value}`).toBe(true);
  });
});
