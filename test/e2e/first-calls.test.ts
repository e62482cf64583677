import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { apiTools } from '../../src/tools/registry.js';
import { FIRST_CALLS } from '../helpers/first-calls.js';
import { fromApiParams } from '../helpers/from-api-params.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// Every action, called once through the real MCP client over stdio with realistic arguments on a fresh demo
// sandbox, succeeds: the demo data lets each one succeed, and each answer passes the tool's output schema (the
// server checks it) in the flat shape the client hands on.

const byAction = new Map(apiTools().map((tool) => [tool.action, tool]));
const results = new Map<string, CallToolResult>();
let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  session = await connectStdio(['--endpoint', sandbox.url, '--toolsets', 'all', '--confirm', 'never', '--i-understand-no-confirmation', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
  const answers = new Map<string, Record<string, unknown>>();
  for (const call of FIRST_CALLS) {
    const tool = byAction.get(call.action);
    if (!tool) continue;
    const result = (await session.client.callTool({ name: tool.name, arguments: fromApiParams(tool, call.params({ sandbox, answers })) })) as CallToolResult;
    results.set(call.action, result);
    if (!result.isError && result.structuredContent) answers.set(call.action, result.structuredContent);
  }
}, 180_000);
afterAll(async () => {
  const succeeded = [...results.values()].filter((result) => !result.isError).length;
  process.stderr.write(`first calls through the MCP client: ${succeeded}/${byAction.size} tools succeeded on a fresh demo sandbox\n`);
  await session?.close();
  await sandbox?.close();
});

describe('the first call of every tool on a fresh demo sandbox', () => {
  it('covers every tool', () => {
    expect(FIRST_CALLS.map((call) => call.action).filter((action) => byAction.has(action)).sort()).toEqual([...byAction.keys()].sort());
  });

  it.each(FIRST_CALLS.filter((call) => byAction.has(call.action)).map((call) => call.action))('%s succeeds', (action) => {
    const result = results.get(action);
    expect(result, `${action} was not called`).toBeDefined();
    expect(result!.isError, `${action}: ${textOf(result)}`).toBeFalsy();
    expect(result!.structuredContent).toBeDefined();
  });
});
