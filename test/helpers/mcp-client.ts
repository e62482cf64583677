import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { fileURLToPath } from 'node:url';

/** What users run (package.json bin): the bundle of the server (scripts/build-bundle.mjs), so every e2e test drives it. */
export const CLI = fileURLToPath(new URL('../../dist/bundle/cli.js', import.meta.url));
/** The tsc build's entry (dist/cli.js, ~200 modules): for tests that compare both layouts. */
export const TSC_CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Spawns the built server (the bundle, or options.cli) over stdio and connects the SDK's Client to it. */
export async function connectStdio(args: string[], options: { env?: Record<string, string>; capabilities?: ConstructorParameters<typeof Client>[1]; cli?: string } = {}): Promise<{ client: Client; stderr: () => string; pid: () => number | null; close: () => Promise<void> }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [options.cli ?? CLI, ...args],
    // The metadata-service step stays off even on an ECS host: tests never reach 100.100.100.200.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ...options.env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const client = new Client({ name: 'vod-mcp-test', version: '1.0.0' }, options.capabilities ?? {});
  await client.connect(transport);
  return { client, stderr: () => stderr, pid: () => transport.pid, close: () => client.close() };
}

export function textOf(result: unknown): string {
  const content = (result as CallToolResult).content ?? [];
  return content.map((item) => (item.type === 'text' ? item.text : '')).join('\n');
}
