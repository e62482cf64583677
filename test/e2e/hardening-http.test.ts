import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHttp, INITIALIZE, MCP_HEADERS, rawRequest, spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';

// The built server over Streamable HTTP, probed with raw HTTP where the case is about HTTP itself.
let server: HttpServerProcess;
beforeAll(async () => {
  server = await spawnHttpServer(['--sandbox', '--max-sessions', '2']);
}, 30_000);
afterAll(() => server?.stop());

/** Sends the head of a POST that promises 100000 bytes, one byte of body, then closes (or resets) the socket. */
async function abortBody(port: number, reset: boolean): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', resolve));
  socket.write(`POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: 100000\r\n\r\n{`);
  await sleep(100);
  if (reset) socket.resetAndDestroy();
  else socket.destroy();
  await sleep(300);
}

describe('HTTP request bodies', () => {
  it('an aborted body ends that request only: the process keeps serving MCP clients', async () => {
    await abortBody(server.port, false);
    await abortBody(server.port, true);
    expect(server.child.exitCode).toBeNull();
    const session = await connectHttp(server.url);
    expect((await session.client.listTools()).tools.length).toBeGreaterThan(0);
    await session.end();
    expect(server.stderr()).not.toMatch(/ECONNRESET[\s\S]*at /);
  }, 30_000);

  it('refuses a body over the limit with 413 and a JSON-RPC error, declared or streamed', async () => {
    const declared = await rawRequest(server.port, { headers: { ...MCP_HEADERS, 'content-length': String(5 * 1024 * 1024) }, body: '' });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text)).toMatchObject({ jsonrpc: '2.0', id: null, error: { message: expect.stringMatching(/too large/) } });
    const streamed = await rawRequest(server.port, { headers: MCP_HEADERS, body: Buffer.alloc(5 * 1024 * 1024, 0x20) }).catch((error: Error) => error);
    // The server answers 413 and closes; the client may see the answer or the closed socket, never a dead server.
    if (!(streamed instanceof Error)) expect(streamed.status).toBe(413);
    expect(server.child.exitCode).toBeNull();
    expect((await rawRequest(server.port, { method: 'GET', path: '/health' })).status).toBe(200);
  }, 30_000);

  it('says what is wrong with a body that is not JSON (not "start with an initialize request")', async () => {
    const answer = await rawRequest(server.port, { headers: MCP_HEADERS, body: '{"jsonrpc": "2.0", "method": ' });
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.text) as { error: { code: number; message: string } };
    expect(body.error.code).toBe(-32700);
    expect(body.error.message).toMatch(/^Parse error: the request body is not valid JSON/);
    expect(body.error.message).not.toMatch(/initialize/);
    const empty = await rawRequest(server.port, { headers: MCP_HEADERS, body: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/body is empty/);
  });
});

describe('Origin and Host on a loopback host (defaults)', () => {
  it('refuses a foreign Origin or Host with 403 before anything else, and accepts loopback ones', async () => {
    const foreignOrigin = await rawRequest(server.port, { headers: { ...MCP_HEADERS, origin: 'https://evil.example' }, body: INITIALIZE });
    expect(foreignOrigin.status).toBe(403);
    expect((JSON.parse(foreignOrigin.text) as { error: { message: string } }).error.message).toMatch(/^Origin "https:\/\/evil.example" is not allowed/);
    const foreignHost = await rawRequest(server.port, { headers: { ...MCP_HEADERS, host: `rebound.example:${server.port}` }, body: INITIALIZE });
    expect(foreignHost.status).toBe(403);
    const local = await rawRequest(server.port, { headers: { ...MCP_HEADERS, origin: `http://localhost:${server.port}` }, body: INITIALIZE });
    expect(local.status).toBe(200);
    const id = local.headers['mcp-session-id'] as string;
    expect((await rawRequest(server.port, { method: 'DELETE', headers: { ...MCP_HEADERS, 'mcp-session-id': id, 'mcp-protocol-version': '2025-06-18' } })).status).toBe(200);
  });
});

describe('session cap', () => {
  it('at the cap a new session gets 503 with Retry-After and the counts are logged; closing one makes room', async () => {
    const first = await connectHttp(server.url);
    const second = await connectHttp(server.url);
    const refused = await rawRequest(server.port, { headers: MCP_HEADERS, body: INITIALIZE });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { message: expect.stringMatching(/Too many open MCP sessions/) } });
    expect(server.stderr()).toMatch(/refused a new MCP session: the cap of 2 sessions is reached .*"sessions":2,"maxSessions":2,"refusedSessions":1/);
    // The sessions that exist are not disturbed.
    expect((await first.client.listTools()).tools.length).toBeGreaterThan(0);
    await first.end();
    const third = await connectHttp(server.url);
    expect((await third.client.listTools()).tools.length).toBeGreaterThan(0);
    await Promise.all([second.end(), third.end()]);
  }, 30_000);
});

describe('Origin and Host off loopback', () => {
  let open: HttpServerProcess;
  const TOKEN = 'hardening-token-1234';
  beforeAll(async () => {
    open = await spawnHttpServer(['--sandbox', '--host', '0.0.0.0', '--http-token', TOKEN, '--allowed-origins', 'https://app.example.com', '--allowed-hosts', 'vod.internal']);
  }, 30_000);
  afterAll(() => open?.stop());

  it('validates Origin on every host: unlisted origins are refused, listed ones and origin-less clients pass', async () => {
    const auth = { ...MCP_HEADERS, authorization: `Bearer ${TOKEN}`, host: `vod.internal:${open.port}` };
    const evil = await rawRequest(open.port, { headers: { ...auth, origin: 'https://evil.example' }, body: INITIALIZE });
    expect(evil.status).toBe(403);
    const listed = await rawRequest(open.port, { headers: { ...auth, origin: 'https://app.example.com' }, body: INITIALIZE });
    expect(listed.status).toBe(200);
    const noOrigin = await rawRequest(open.port, { headers: auth, body: INITIALIZE });
    expect(noOrigin.status).toBe(200);
  });

  it('with --allowed-hosts, another Host header is refused (403), even with the right token', async () => {
    const wrongHost = await rawRequest(open.port, { headers: { ...MCP_HEADERS, authorization: `Bearer ${TOKEN}`, host: `127.0.0.1:${open.port}` }, body: INITIALIZE });
    expect(wrongHost.status).toBe(403);
    expect(wrongHost.text).toMatch(/--allowed-hosts/);
  });
});
