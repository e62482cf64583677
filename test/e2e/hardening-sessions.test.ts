import { Server } from '@modelcontextprotocol/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Logger } from '../../src/log.js';
import { serveHttp } from '../../src/transports/http.js';
import { connectHttp } from '../helpers/http-server.js';

// The HTTP transport in process, so that "idle" can be short: at the cap, the session idle longest makes room.
const lines: string[] = [];
let served: Awaited<ReturnType<typeof serveHttp>>;

beforeAll(async () => {
  served = await serveHttp({
    host: '127.0.0.1',
    port: 0,
    token: undefined,
    logger: new Logger('info', (line) => lines.push(line)),
    maxSessions: 2,
    evictAfterIdleMs: 0,
    newServer: () => {
      const server = new Server({ name: 'eviction-test', version: '1.0.0' }, { capabilities: { tools: {} } });
      server.setRequestHandler('tools/list', async () => ({ tools: [] }));
      return { server, close: () => server.close() };
    },
  });
});
afterAll(() => served?.close());

describe('session eviction at the cap', () => {
  it('closes the session idle longest to admit a new one, and logs it with the counts', async () => {
    const oldest = await connectHttp(served.url);
    const recent = await connectHttp(served.url);
    await recent.client.listTools();
    const newcomer = await connectHttp(served.url);
    expect(lines.some((line) => /evicted MCP session .* to admit a new one .*"sessions":1,"maxSessions":2,"refusedSessions":0,"evictedSessions":1/.test(line))).toBe(true);
    await expect(oldest.client.listTools()).rejects.toThrow();
    await expect(recent.client.listTools()).resolves.toBeDefined();
    await expect(newcomer.client.listTools()).resolves.toBeDefined();
    await Promise.all([recent.end(), newcomer.end()]);
  }, 30_000);
});
