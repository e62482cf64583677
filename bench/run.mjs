// Prints benchmark figures (never asserted in tests): cold start vs a minimal SDK server, tools/list size and
// time per tool selection, sandbox throughput, and resources/list over a 10,000-media catalog.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { createServer } from '../dist/server.js';
import { startSandbox } from '../dist/sandbox/index.js';
import { signRequest } from '../dist/signing/index.js';
import { selectTools } from '../dist/tools/registry.js';
import { QPS_PER_ACCOUNT, RateLimiter, VodClient, staticCredentials } from '../dist/client/index.js';
import { Logger } from '../dist/log.js';

import { z } from 'zod';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';

const encoder = new Tiktoken(o200k);
const tokensOf = (text) => encoder.encode(text).length;

const passThrough = z.object({ tools: z.array(z.any()) }).passthrough();
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const minimal = fileURLToPath(new URL('./minimal-server.mjs', import.meta.url));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

async function coldStart(args, runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const client = new Client({ name: 'bench', version: '1' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args, stderr: 'ignore', env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' } }));
    await client.listTools();
    times.push(performance.now() - started);
    await client.close();
  }
  return median(times);
}

async function inProcess(tools, api, extra = {}) {
  const { server } = createServer({ api, tools, logger: new Logger('error'), ...extra });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(clientSide);
  return { client, close: () => client.close() };
}

console.log('# vod-mcp benchmarks');
console.log(`node ${process.version}, ${new Date().toISOString()}\n`);

// 1. Cold start: spawn to first tools/list answer.
const ours = await coldStart([cli, '--endpoint', 'http://127.0.0.1:9']);
const oursAll = await coldStart([cli, '--endpoint', 'http://127.0.0.1:9', '--toolsets', 'all']);
const baseline = await coldStart([minimal]);
console.log('## Cold start (spawn -> first tools/list answer, median of 7)');
console.log(`minimal one-tool SDK server: ${ms(baseline)}`);
console.log(`vod-mcp (default toolsets):  ${ms(ours)}  ratio ${(ours / baseline).toFixed(2)}x`);
console.log(`vod-mcp (--toolsets all):    ${ms(oursAll)}  ratio ${(oursAll / baseline).toFixed(2)}x\n`);

// 2. tools/list size and time.
const sandbox = await startSandbox({ enforceQps: false, demo: true });
const api = new VodClient({ endpoint: sandbox.url, credentials: staticCredentials(sandbox.credentials, 'bench') });
console.log('## tools/list (model-visible part: name + description + input schema; tokens counted with o200k_base)');
console.log('| selection | tools | bytes | tokens | first call (converts zod once) | median of next 200, incl. JSON serialization |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [label, filter] of [['default', {}], ['--read-only', { readOnly: true }], ['all', { toolsets: ['all'] }]]) {
  const tools = selectTools(filter);
  const { client, close } = await inProcess(tools, api);
  // A raw request with a pass-through result schema: measures the server's answer, not the SDK client's
  // validation of 141 schemas that listTools() does on its side.
  const list = () => client.request({ method: 'tools/list', params: {} }, passThrough);
  let started = performance.now();
  const { tools: listed } = await list();
  const first = performance.now() - started;
  const times = [];
  for (let i = 0; i < 200; i++) {
    started = performance.now();
    JSON.stringify(await list()); // what a wire transport adds: serializing the answer
    times.push(performance.now() - started);
  }
  const visible = listed.map((tool) => tool.name + (tool.description ?? '') + JSON.stringify(tool.inputSchema)).join('');
  const bytes = Buffer.byteLength(visible);
  console.log(`| ${label} | ${listed.length} | ${bytes} | ${tokensOf(visible)} | ${ms(first)} | ${ms(median(times))} |`);
  await close();
}
console.log();

// 2b. The largest realistic results, without a budget (as before issue 14) and with the default one.
{
  const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const days = (count) => ({ StartTime: iso(sandbox.clock.now() - count * 86_400_000), EndTime: iso(sandbox.clock.now()) });
  const fields = ['Title', 'CoverURL', 'Status', 'Description', 'Tags', 'CateName', 'Size', 'Duration', 'CreationTime', 'ModificationTime', 'StorageLocation', 'AppId', 'Snapshots', 'SpriteSnapshots'];
  const cases = [
    ['cdn_logs', 'describe_vod_domain_log', { DomainName: 'video.example.com', ...days(30), PageSize: 1000 }],
    ['cdn_monitoring', 'describe_vod_domain_traffic_data', { DomainName: ['video.example.com'], ...days(30) }],
    ['cdn_monitoring', 'describe_vod_domain_bps_data', { DomainName: ['video.example.com'], ...days(2), Interval: '300' }],
    ['cdn_monitoring', 'describe_vod_domain_real_time_bps_data', { DomainName: ['video.example.com'], ...days(0.04) }],
    ['media', 'search_media', { SearchType: 'video', PageSize: 100, Fields: fields }],
    ['usage_stats', 'describe_vod_storage_data', { ...days(30) }],
  ];
  const tools = selectTools({ toolsets: ['all'] });
  const unbounded = await inProcess(tools, api, { maxResultTokens: 100_000_000 });
  const bounded = await inProcess(tools, api);
  console.log('## Largest realistic results (tokens of all text blocks, o200k_base)');
  console.log('| toolset | tool | no budget | default budget (20000) | shortened |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [toolset, name, args] of cases) {
    const size = async (client) => {
      const result = await client.callTool({ name, arguments: args });
      if (result.isError) return { tokens: `error: ${result.content[0].text.slice(0, 80)}`, shortened: false };
      return { tokens: result.content.filter((block) => block.type === 'text').reduce((sum, block) => sum + tokensOf(block.text), 0), shortened: Boolean(result.structuredContent?.ResultNotice) };
    };
    const before = await size(unbounded.client);
    const after = await size(bounded.client);
    console.log(`| ${toolset} | ${name} | ${before.tokens} | ${after.tokens} | ${after.shortened ? 'yes' : 'no'} |`);
  }
  await unbounded.close();
  await bounded.close();
  console.log();
}

// 3. Sandbox throughput for a read action over loopback.
const videoId = Object.values(sandbox.state.data.videos)[0].VideoId;
const dispatcher = new Agent({ connections: 32 });
const concurrency = 16;
const durationMs = 3000;
let done = 0;
const deadline = performance.now() + durationMs;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      const signed = signRequest({ method: 'POST', action: 'GetVideoInfo', params: { VideoId: videoId }, credentials: sandbox.credentials, now: new Date(), nonce: randomUUID() });
      const answer = await request(`${sandbox.url}/`, { method: 'POST', dispatcher, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(signed).toString() });
      await answer.body.text();
      if (answer.statusCode === 200) done++;
    }
  }),
);
console.log('## Sandbox throughput (signed GetVideoInfo over loopback)');
console.log(`${Math.round(done / (durationMs / 1000))} requests/s at concurrency ${concurrency} (${done} in ${durationMs / 1000} s)\n`);
await dispatcher.close();

// 4. resources/list over 10,000 media.
sandbox.generateMedia(10_000);
const fast = new VodClient({ endpoint: sandbox.url, credentials: staticCredentials(sandbox.credentials, 'bench'), rateLimiter: new RateLimiter((action) => QPS_PER_ACCOUNT[action] ?? undefined) });
const { client } = await inProcess(selectTools({}), fast);
let started = performance.now();
let page = await client.listResources();
const firstPage = performance.now() - started;
let count = page.resources.length;
let pages = 1;
started = performance.now();
while (page.nextCursor) {
  page = await client.listResources({ cursor: page.nextCursor });
  count += page.resources.length;
  pages++;
}
const walk = performance.now() - started + firstPage;
console.log('## resources/list over a 10,000-media sandbox catalog (SearchMedia QPS limit paced by the client)');
console.log(`first page: ${ms(firstPage)}; full walk: ${count} resources in ${pages} pages, ${ms(walk)}`);
await client.close();
await fast.close();
await api.close();
await sandbox.close();
