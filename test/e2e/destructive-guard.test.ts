import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { allTools } from '../../src/tools/registry.js';
import { fromApiParams } from '../helpers/from-api-params.js';
import { connectStdio, textOf } from '../helpers/mcp-client.js';
import { INVALID_SPEC_EXAMPLES, SPEC_ACTIONS } from '../helpers/spec-data.js';

// Under the default policy, no destructive action reaches the API without confirmation, whatever the toolset;
// previews may only read.
const READ_ACTION = /^(Get|List|Describe|Search)/;
const destructive = allTools().filter((tool) => tool.tier === 'destructive');
const exampleFor = (action: string) => {
  const entry = SPEC_ACTIONS.find((candidate) => candidate.action === action);
  return entry?.requestExample && !INVALID_SPEC_EXAMPLES[action] ? Object.fromEntries(Object.entries(entry.requestExample).filter(([key]) => key !== 'Action')) : undefined;
};

let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  session = await connectStdio(['--endpoint', sandbox.url, '--toolsets', 'all', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
}, 30_000);
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
});

describe('destructive tools need confirmation', () => {
  it('there are destructive tools, and each offers the ConfirmationToken argument', async () => {
    expect(destructive.length).toBeGreaterThan(20);
    const { tools } = await session.client.listTools();
    for (const tool of tools.filter((candidate) => candidate.annotations?.destructiveHint)) {
      expect(Object.keys(tool.inputSchema.properties ?? {}), tool.name).toContain('ConfirmationToken');
    }
  });

  it.each(destructive.filter((tool) => exampleFor(tool.action)).map((tool) => [tool.name, tool] as const))('%s does nothing before confirmation', async (_name, tool) => {
    const before = sandbox.requests.length;
    const result = await session.client.callTool({ name: tool.name, arguments: fromApiParams(tool, exampleFor(tool.action)!) });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(textOf(result)).toContain('CONFIRMATION REQUIRED');
    expect((result.structuredContent as { confirmationRequired?: boolean } | undefined)?.confirmationRequired).toBe(true);
    const sent = sandbox.requests.slice(before).map((request) => request.action);
    expect(sent.filter((action) => !READ_ACTION.test(action)), `${tool.name} sent ${sent.join(', ')}`).toEqual([]);
  });
});
