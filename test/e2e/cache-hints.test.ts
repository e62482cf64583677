import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connectHttp, spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { connectStdio } from '../helpers/mcp-client.js';
import { connectModernHttp, connectModernStdio, type ModernSession } from '../helpers/modern-client.js';

// Cache hints on 2026-07-28 list and read results (the values src/server.ts gives the SDK), none on the 2025 era,
// and one tool order everywhere: the same on every call, connection, transport and era, so a cached list and a
// fresh one agree.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ENV = { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' };
let http: HttpServerProcess;
const open: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  http = await spawnHttpServer(['--sandbox']);
});
afterAll(async () => {
  await Promise.all(open.map((session) => session.close().catch(() => {})));
  http?.stop();
});

async function modern(transport: 'stdio' | 'http'): Promise<ModernSession> {
  const session = transport === 'stdio' ? await connectModernStdio(['--sandbox'], ENV) : await connectModernHttp(http.url);
  open.push(session);
  expect(session.client.getNegotiatedProtocolVersion()).toBe('2026-07-28');
  return session;
}

const hintOf = (result: Record<string, unknown>) => ({ ttlMs: result.ttlMs, cacheScope: result.cacheScope });
const names = (result: { tools: { name: string }[] }) => result.tools.map((tool) => tool.name);

describe.each(['stdio', 'http'] as const)('2026-07-28 over %s', (transport) => {
  it('lists carry ttlMs and cacheScope: tools private (they depend on the client), prompts and templates public, resources uncached', async () => {
    const { client } = await modern(transport);
    expect(hintOf(await client.listTools())).toEqual({ ttlMs: 300_000, cacheScope: 'private' });
    expect(hintOf(await client.listPrompts())).toEqual({ ttlMs: 300_000, cacheScope: 'public' });
    expect(hintOf(await client.listResourceTemplates())).toEqual({ ttlMs: 300_000, cacheScope: 'public' });
    const resources = await client.listResources();
    expect(hintOf(resources)).toEqual({ ttlMs: 0, cacheScope: 'private' });
    expect(resources.resources.length).toBeGreaterThan(0);
    expect(hintOf(await client.readResource({ uri: resources.resources[0]!.uri }))).toEqual({ ttlMs: 0, cacheScope: 'private' });
  });

  it('the tool order is the same on every call and every connection', async () => {
    const first = await modern(transport);
    const second = await modern(transport);
    const order = names(await first.client.listTools());
    expect(order.length).toBeGreaterThan(10);
    expect(new Set(order).size).toBe(order.length);
    expect(names(await first.client.listTools())).toEqual(order);
    expect(names(await second.client.listTools())).toEqual(order);
  });
});

describe('the 2025 era (SDK 1.32 Client)', () => {
  it('lists carry no cache hints, and the tools come in the same order as on 2026-07-28, over stdio and HTTP', async () => {
    const stdio = await connectStdio(['--sandbox'], { env: ENV });
    open.push(stdio);
    const session = await connectHttp(http.url);
    open.push({ close: session.end });
    const reference = names(await (await modern('stdio')).client.listTools());
    for (const client of [stdio.client, session.client]) {
      const tools = await client.listTools();
      expect(Object.keys(tools)).not.toContain('ttlMs');
      expect(Object.keys(tools)).not.toContain('cacheScope');
      expect(Object.keys(await client.listPrompts())).not.toContain('ttlMs');
      expect(Object.keys(await client.listResources())).not.toContain('ttlMs');
      expect(names(tools)).toEqual(reference);
    }
  });
});
