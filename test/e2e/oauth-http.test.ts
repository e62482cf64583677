import { spawnSync } from 'node:child_process';
import { isInputRequiredResult, type CallToolResult } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { connectHttp, INITIALIZE, MCP_HEADERS, rawRequest, spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { CLI, textOf } from '../helpers/mcp-client.js';
import { connectModernHttp, type ModernSession } from '../helpers/modern-client.js';
import { startTestIssuer, type MintOptions, type TestIssuer } from '../helpers/test-issuer.js';

// The HTTP transport as an OAuth 2.1 resource server, against a test issuer on loopback (its keys generated for
// this run): metadata, every refusal with its challenge, scopes per tool tier, both eras, and the principal a
// sealed confirmation state is bound to.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let sandbox: Sandbox;
let issuer: TestIssuer;
let server: HttpServerProcess;
let resource = '';
let metadataUrl = '';
const open: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  [sandbox, issuer] = await Promise.all([startSandbox({ enforceQps: false }), startTestIssuer()]);
  server = await spawnHttpServer(['--endpoint', sandbox.url, '--oauth-issuer', issuer.issuer], {
    ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret,
    ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  });
  resource = server.url;
  metadataUrl = `http://127.0.0.1:${server.port}/.well-known/oauth-protected-resource/mcp`;
});
afterAll(async () => {
  await Promise.all(open.map((session) => session.close().catch(() => {})));
  server?.stop();
  await Promise.all([sandbox?.close(), issuer?.close()]);
});

const token = (options: MintOptions = {}) => issuer.mint(resource, options);
const bearer = async (options: MintOptions = {}) => ({ authorization: `Bearer ${await token(options)}` });
const initialize = async (headers: Record<string, string>) => rawRequest(server.port, { headers: { ...MCP_HEADERS, ...headers }, body: INITIALIZE });
const callTool = (name: string, args: unknown) => JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name, arguments: args } });

/** The parameters of a `WWW-Authenticate: Bearer k="v", ...` challenge. */
function challengeOf(header: string | string[] | undefined): Record<string, string> {
  const text = String(header ?? '');
  expect(text).toMatch(/^Bearer /);
  return Object.fromEntries([...text.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((match) => [match[1]!, match[2]!]));
}

describe('Protected Resource Metadata (RFC 9728)', () => {
  it('is served at the path-suffixed and the root well-known URL, naming this resource, the issuer and the scopes', async () => {
    for (const path of ['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource']) {
      const answer = await rawRequest(server.port, { method: 'GET', path });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type']).toMatch(/application\/json/);
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(JSON.parse(answer.text)).toEqual({
        resource,
        authorization_servers: [issuer.issuer],
        scopes_supported: ['vod:read', 'vod:write'],
        bearer_methods_supported: ['header'],
        resource_name: 'Alibaba Cloud VOD MCP server',
      });
    }
    expect((await rawRequest(server.port, { method: 'POST', path: '/.well-known/oauth-protected-resource' })).status).toBe(405);
    expect(issuer.hits.get('/.well-known/oauth-authorization-server')).toBe(1);
  });
});

describe('refused tokens: 401 with the challenge', () => {
  it('no token: resource_metadata and the baseline scope, no error code (RFC 6750 section 3.1)', async () => {
    const answer = await initialize({});
    expect(answer.status).toBe(401);
    const challenge = challengeOf(answer.headers['www-authenticate']);
    expect(challenge).toEqual({ resource_metadata: metadataUrl, scope: 'vod:read' });
  });

  const cases: [string, () => Promise<string>, RegExp][] = [
    ['wrong audience', () => token({ aud: 'https://another-server.example/mcp' }), /not issued for this MCP server/],
    ['expired', () => token({ expiresIn: -120 }), /expired/],
    ['bad signature', () => token({ foreignKey: true }), /signature does not verify/],
    ['wrong issuer', () => token({ iss: 'https://evil.example' }), /another authorization server/],
    ['not a JWT', async () => 'opaque-token-value', /not a well-formed signed JWT/],
  ];
  it.each(cases)('%s: invalid_token with resource_metadata', async (_label, make, reason) => {
    const value = await make();
    const answer = await initialize({ authorization: `Bearer ${value}` });
    expect(answer.status).toBe(401);
    const challenge = challengeOf(answer.headers['www-authenticate']);
    expect(challenge.error).toBe('invalid_token');
    expect(challenge.resource_metadata).toBe(metadataUrl);
    expect(challenge.error_description).toMatch(reason);
    expect(answer.text).not.toContain(value);
    expect(server.stderr()).not.toContain(value);
  });

  it('a valid token without any scope of this server: 403 insufficient_scope naming the read scope', async () => {
    const answer = await initialize(await bearer({ scope: 'openid profile' }));
    expect(answer.status).toBe(403);
    expect(challengeOf(answer.headers['www-authenticate'])).toMatchObject({ error: 'insufficient_scope', scope: 'vod:read', resource_metadata: metadataUrl });
  });
});

describe('scopes per tool tier (SDK 1.32 Client, a 2025 session)', () => {
  it('a read token lists and calls read tools only; a write call gets the scope challenge', async () => {
    const read = await bearer({ scope: 'vod:read' });
    const session = await connectHttp(server.url, read);
    open.push({ close: session.end });
    const { tools } = await session.client.listTools();
    expect(tools.length).toBeGreaterThan(10);
    expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
    expect(tools.map((tool) => tool.name)).toContain('search_media');
    expect(tools.map((tool) => tool.name)).not.toContain('update_video_info');
    const found = await session.client.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 5 } });
    expect(found.isError, textOf(found)).toBeFalsy();
    await expect(session.client.callTool({ name: 'update_video_info', arguments: { VideoId: 'x', Title: 't' } })).rejects.toThrow(/insufficient_scope.*vod:write/);

    const raw = await rawRequest(server.port, { headers: { ...MCP_HEADERS, ...read }, body: callTool('update_video_info', { VideoId: 'x', Title: 't' }) });
    expect(raw.status).toBe(403);
    expect(challengeOf(raw.headers['www-authenticate'])).toMatchObject({ error: 'insufficient_scope', scope: 'vod:write', resource_metadata: metadataUrl });
    expect(sandbox.requests.some((request) => request.action === 'UpdateVideoInfo')).toBe(false);
    // No passthrough: nothing of the token reaches the API's parameters or the logs (the VOD client signs with the
    // server's own credentials; the tool context carries no request headers).
    const accessToken = read.authorization.slice('Bearer '.length);
    expect(sandbox.requests.length).toBeGreaterThan(0);
    expect(JSON.stringify(sandbox.requests)).not.toContain(accessToken);
    expect(JSON.stringify(sandbox.requests)).not.toContain(accessToken.split('.')[1]);
    expect(server.stderr()).not.toContain(accessToken);
  });

  it('a write token (which implies read) lists the write and destructive tools too', async () => {
    const session = await connectHttp(server.url, await bearer({ scope: 'vod:write' }));
    open.push({ close: session.end });
    const names = (await session.client.listTools()).tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['search_media', 'update_video_info', 'delete_video']));
  });

  it('a session answers only the principal that opened it', async () => {
    const opened = await initialize(await bearer({ sub: 'alice' }));
    const sessionId = String(opened.headers['mcp-session-id']);
    expect(sessionId).toMatch(/\S/);
    const list = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} });
    const headers = { ...MCP_HEADERS, 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' };
    const other = await rawRequest(server.port, { headers: { ...headers, ...(await bearer({ sub: 'mallory' })) }, body: list });
    expect(other.status).toBe(404);
    const owner = await rawRequest(server.port, { headers: { ...headers, ...(await bearer({ sub: 'alice' })) }, body: list });
    expect(owner.status).toBe(200);
  });
});

describe('the v2 Client on 2026-07-28 (stateless) with a valid token', () => {
  const ACCEPT = { action: 'accept', content: { confirm: true } };
  async function modern(options: MintOptions): Promise<ModernSession> {
    const session = await connectModernHttp(server.url, await bearer(options), { manual: true });
    open.push(session);
    return session;
  }
  const deleteRound = (session: ModernSession, id: string, retry?: { requestState: string }) =>
    session.client.request(
      { method: 'tools/call', params: { name: 'delete_video', arguments: { VideoIds: [id] }, ...(retry ? { requestState: retry.requestState, inputResponses: { confirm: ACCEPT } } : {}) } },
      { allowInputRequired: true },
    );

  it('lists and calls read tools', async () => {
    const session = await modern({ scope: 'vod:read' });
    expect(session.client.getNegotiatedProtocolVersion()).toBe('2026-07-28');
    const { tools } = await session.client.listTools();
    expect(tools.length).toBeGreaterThan(10);
    expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
    const found = (await session.client.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 5 } })) as CallToolResult;
    expect(found.isError, textOf(found)).toBeFalsy();
  });

  it('a write call with a read token gets the scope challenge', async () => {
    const session = await modern({ scope: 'vod:read' });
    await expect(session.client.callTool({ name: 'update_video_info', arguments: { VideoId: 'x', Title: 't' } })).rejects.toThrow(/insufficient.scope.*vod:write/i);
    expect(sandbox.requests.some((request) => request.action === 'UpdateVideoInfo')).toBe(false);
  });

  it('a sealed confirmation state minted for one principal is refused for another, and redeemed by its own', async () => {
    const id = Object.keys(sandbox.state.data.videos)[0]!;
    const alice = await modern({ sub: 'alice', scope: 'vod:write' });
    const asked = await deleteRound(alice, id);
    if (!isInputRequiredResult(asked)) throw new Error(`expected input_required, got ${JSON.stringify(asked).slice(0, 300)}`);
    const requestState = asked.requestState!;

    const bob = await modern({ sub: 'bob', scope: 'vod:write' });
    const refused = (await deleteRound(bob, id, { requestState })) as CallToolResult;
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(/issued to another principal/);
    expect(Boolean(sandbox.state.data.videos[id])).toBe(true);

    const accepted = (await deleteRound(alice, id, { requestState })) as CallToolResult;
    expect(accepted.isError, textOf(accepted)).toBeFalsy();
    expect(Boolean(sandbox.state.data.videos[id])).toBe(false);
  });
});

describe('--public-url and --oauth-jwks-url', () => {
  it('the canonical resource is PUBLIC_URL/mcp: metadata names it and tokens must be issued for it; no discovery', async () => {
    const discoveries = issuer.hits.get('/.well-known/oauth-authorization-server');
    const proxied = await spawnHttpServer(['--endpoint', sandbox.url, '--public-url', 'https://vod.example.com', '--oauth-issuer', issuer.issuer, '--oauth-jwks-url', issuer.jwksUrl], {
      ALIBABA_CLOUD_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: sandbox.credentials.accessKeySecret,
    });
    try {
      expect(issuer.hits.get('/.well-known/oauth-authorization-server')).toBe(discoveries);
      const metadata = JSON.parse((await rawRequest(proxied.port, { method: 'GET', path: '/.well-known/oauth-protected-resource/mcp' })).text) as { resource: string };
      expect(metadata.resource).toBe('https://vod.example.com/mcp');
      const send = async (aud: string) => rawRequest(proxied.port, { headers: { ...MCP_HEADERS, authorization: `Bearer ${await issuer.mint(aud)}` }, body: INITIALIZE });
      const local = await send(proxied.url);
      expect(local.status).toBe(401);
      expect(challengeOf(local.headers['www-authenticate']).resource_metadata).toBe('https://vod.example.com/.well-known/oauth-protected-resource/mcp');
      expect((await send('https://vod.example.com/mcp')).status).toBe(200);
      expect((await send('https://vod.example.com/mcp/')).status).toBe(200);
    } finally {
      proxied.stop();
    }
  });
});

describe('OAuth flags', () => {
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: '', env: { PATH: process.env.PATH }, timeout: 30_000 });
  it('are in --help with their environment variables; contradictions and bad values exit 2 with a message', () => {
    const help = run(['--help']).stdout;
    for (const flag of ['oauth-issuer VALUE .*VOD_MCP_OAUTH_ISSUER', 'oauth-jwks-url', 'oauth-audience', 'oauth-read-scope VALUE .*vod:read', 'oauth-write-scope VALUE .*vod:write']) expect(help).toMatch(new RegExp(`--${flag}`));
    const cases: [string[], RegExp][] = [
      [['--transport', 'http', '--sandbox', '--oauth-issuer', 'http://auth.example.com'], /must be an https URL \(http only on a loopback host\)/],
      [['--transport', 'http', '--sandbox', '--oauth-issuer', 'https://auth.example.com', '--http-token', 'x'], /exclude each other/],
      [['--sandbox', '--oauth-issuer', 'https://auth.example.com'], /applies to --transport http/],
      [['--transport', 'http', '--sandbox', '--oauth-read-scope', 'a'], /--oauth-read-scope needs --oauth-issuer/],
      [['--transport', 'http', '--sandbox', '--oauth-issuer', 'https://auth.example.com', '--oauth-write-scope', 'two words'], /takes one OAuth scope/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });

  it('an issuer whose metadata cannot be found stops start-up with the URLs tried', async () => {
    const result = run(['--transport', 'http', '--port', '0', '--sandbox', '--oauth-issuer', `http://127.0.0.1:${server.port}/no-issuer`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/found no JWKS for the OAuth issuer .*--oauth-jwks-url.*oauth-authorization-server\/no-issuer: HTTP 404/s);
  });
});
