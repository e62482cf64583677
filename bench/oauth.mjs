// What OAuth resource-server mode costs per request: the same 2026-07-28 requests (stateless, so every request is
// authenticated anew) against a server with a static --http-token and one with --oauth-issuer (an ES256 JWT
// verified against a JWKS from a local issuer started here), interleaved in rounds in the same run. Prints p50/p99
// latency of a call answered without the API and of a read tool call per mode and the OAuth/static ratio. Never asserted in tests.
//   npm run build && node bench/oauth.mjs [rounds=10] [calls=50]
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

const CLI = fileURLToPath(new URL('../dist/bundle/cli.js', import.meta.url));
const rounds = Number(process.argv[2] ?? 10);
const calls = Number(process.argv[3] ?? 50);
const children = [];

async function startIssuer() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256' };
  let issuer = '';
  const http = createServer((req, res) => {
    const json = (value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (req.url === '/.well-known/oauth-authorization-server') return json({ issuer, jwks_uri: `${issuer}/jwks`, response_types_supported: ['code'] });
    if (req.url === '/jwks') return json({ keys: [jwk] });
    res.writeHead(404).end();
  });
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${http.address().port}`;
  const mint = (audience) =>
    new SignJWT({ scope: 'vod:read' }).setProtectedHeader({ alg: 'ES256', kid: 'bench' }).setIssuer(issuer).setSubject('bench').setAudience(audience).setExpirationTime('1h').sign(privateKey);
  return { issuer, mint, close: () => http.close() };
}

async function startServer(args) {
  const child = spawn(process.execPath, [CLI, '--transport', 'http', '--port', '0', '--sandbox', ...args], { env: { PATH: process.env.PATH, HOME: '/nonexistent' }, stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /MCP Streamable HTTP on (\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
}

async function connect(url, authorization) {
  const client = new Client({ name: 'bench-oauth', version: '1' }, { versionNegotiation: { mode: 'auto' } });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization } } }));
  if (client.getNegotiatedProtocolVersion() !== '2026-07-28') throw new Error(`negotiated ${client.getNegotiatedProtocolVersion()}`);
  return client;
}

const operations = {
  // No API call: an unknown tool is answered by the server itself, so this is the request path alone. (Lists would
  // not do: the client caches them for their ttlMs.)
  unknown_tool: async (client) => {
    const result = await client.callTool({ name: 'no_such_tool', arguments: {} });
    if (!result.isError) throw new Error('no_such_tool answered without an error');
  },
  search_media: async (client) => {
    const result = await client.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 5 } });
    if (result.isError) throw new Error('search_media failed');
  },
};

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

const issuer = await startIssuer();
try {
  const token = 'bench-static-token';
  const [staticUrl, oauthUrl] = await Promise.all([startServer(['--http-token', token]), startServer(['--oauth-issuer', issuer.issuer])]);
  const modes = { static: await connect(staticUrl, `Bearer ${token}`), oauth: await connect(oauthUrl, `Bearer ${await issuer.mint(oauthUrl)}`) };
  const samples = Object.fromEntries(Object.keys(operations).map((op) => [op, { static: [], oauth: [] }]));
  for (const run of Object.values(operations)) for (const client of Object.values(modes)) for (let i = 0; i < 10; i++) await run(client); // warm-up
  for (let round = 0; round < rounds; round++) {
    // Interleaved: each round runs both modes, in alternating order, so drift in machine load hits both.
    const order = round % 2 ? ['oauth', 'static'] : ['static', 'oauth'];
    for (const [op, run] of Object.entries(operations)) {
      for (const mode of order) {
        for (let i = 0; i < calls; i++) {
          const start = process.hrtime.bigint();
          await run(modes[mode]);
          samples[op][mode].push(Number(process.hrtime.bigint() - start) / 1e6);
        }
      }
    }
  }
  console.log(`node ${process.version}, ${rounds} rounds x ${calls} calls per mode and operation, 2026-07-28 stateless HTTP`);
  for (const [op, bySample] of Object.entries(samples)) {
    const line = (mode) => `${mode} p50 ${quantile(bySample[mode], 0.5).toFixed(2)} ms, p99 ${quantile(bySample[mode], 0.99).toFixed(2)} ms`;
    const ratio = quantile(bySample.oauth, 0.5) / quantile(bySample.static, 0.5);
    console.log(`${op.padEnd(13)} ${line('static')} | ${line('oauth')} | oauth/static p50 ${ratio.toFixed(2)}`);
  }
  await Promise.all(Object.values(modes).map((client) => client.close()));
} finally {
  for (const child of children) child.kill();
  issuer.close();
}
