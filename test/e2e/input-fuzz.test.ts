import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { invalidArgumentsArbitrary, type JsonSchema } from '../helpers/json-schema-arbitrary.mjs';
import { connectStdio, textOf } from '../helpers/mcp-client.js';

// Property-based fuzz over every tool's PUBLISHED input schema, through the built server and a real client: an
// argument set with one violation of the published schema (or of the content rule every string has) is refused
// before anything reaches the API, and the server stays up. Bounded: FUZZ_RUNS cases per tool (CI default 4).

const RUNS_PER_TOOL = Number(process.env.FUZZ_RUNS ?? 4);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

let sandbox: Sandbox;
let session: Awaited<ReturnType<typeof connectStdio>>;

const requestCount = async () => ((await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as { requests: unknown[] }).requests.length;

beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
  // --confirm never: destructive tools would run at once if their arguments got through, so nothing hides behind a preview.
  session = await connectStdio(['--endpoint', sandbox.url, '--toolsets', 'all', '--confirm', 'never', '--i-understand-no-confirmation', '--log-level', 'error'], {
    env: { ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret },
  });
}, 30_000);
afterAll(async () => {
  await session?.close();
  await sandbox?.close();
});

describe('input fuzz', () => {
  it('refuses every invalid argument set before any request, for every tool, and stays up', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.length).toBeGreaterThan(100);
    expect(await requestCount()).toBe(0);
    let cases = 0;
    for (const tool of tools) {
      await fc.assert(
        fc.asyncProperty(invalidArgumentsArbitrary(tool.inputSchema as JsonSchema), async ({ args, site }) => {
          cases++;
          const result = await session.client.callTool({ name: tool.name, arguments: args });
          const text = textOf(result);
          expect(result.isError, `${tool.name} accepted a ${site.kind} violation at ${site.path}: ${text.slice(0, 300)}`).toBe(true);
          expect(text, `${tool.name} ${site.kind} at ${site.path}`).toContain('nothing was sent to the API');
          expect(await requestCount(), `${tool.name} sent a request for a ${site.kind} violation at ${site.path}`).toBe(0);
        }),
        { numRuns: RUNS_PER_TOOL, seed: SEED, endOnFailure: true },
      );
    }
    expect(cases).toBeGreaterThanOrEqual(tools.length * RUNS_PER_TOOL);
    // Still serving, and nothing reached the API.
    expect((await session.client.listTools()).tools.length).toBe(tools.length);
    expect(await requestCount()).toBe(0);
  }, 60_000);
});
