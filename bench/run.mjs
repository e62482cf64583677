// Prints benchmark figures (never asserted in tests). Every comparison runs its variants interleaved (A,B,A,B...,
// the first variant rotating each round) against a reference started in the same run, and prints median and min:
//   1. cold start, spawn -> first tools/list answer, vs a minimal one-tool server on the same SDK/zod/Node;
//   2. warm tools/list over stdio; 3. get_video_info over stdio vs a direct signed call to the same sandbox;
//   4. sandbox signed reads/s vs bare node:http, fresh and after a long run; 5. tools/list sizes;
//   6. the largest realistic results; 7. resources/list over 10,000 media.
// Timing is done with a bare JSON-RPC client (bench/stdio-rpc.mjs): the server's answer, not a client SDK's work.
// ROUNDS (default 9) sets the cold-start rounds; BENCH_BEFORE=/path/to/other/dist/cli.js adds that build as a variant.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { z } from 'zod';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { createServer } from '../dist/server.js';
import { startSandbox } from '../dist/sandbox/index.js';
import { signRequest } from '../dist/signing/index.js';
import { selectTools } from '../dist/tools/registry.js';
import { QPS_PER_ACCOUNT, RateLimiter, VodClient, staticCredentials } from '../dist/client/index.js';
import { Logger } from '../dist/log.js';
import { BENCH_ENV, spawnRpc } from './stdio-rpc.mjs';

const only = process.argv.slice(2);
const wants = (section) => only.length === 0 || only.includes(section);
const ROUNDS = Math.max(7, Number(process.env.ROUNDS) || 9);
// What users run (package.json bin): the bundle. BENCH_BEFORE=dist/cli.js compares the tsc build's ~200 modules.
const cli = fileURLToPath(new URL('../dist/bundle/cli.js', import.meta.url));
const minimal = fileURLToPath(new URL('./minimal-server.mjs', import.meta.url));
const child = fileURLToPath(new URL('./http-child.mjs', import.meta.url));
const before = process.env.BENCH_BEFORE;
const SANDBOX_CREDENTIALS = { accessKeyId: 'sandbox-access-key-id', accessKeySecret: 'sandbox-access-key-secret' };
const REAL_ENV = { ...BENCH_ENV, ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIbenchbenchbench', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'bench-secret-bench-secret' };

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const min = (values) => sorted(values)[0];
const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const ratio = (value, reference) => `${(value / reference).toFixed(2)}x`;

/** Runs each variant once per round, in an order rotated by one every round. */
async function interleaved(variants, rounds, measure) {
  const names = Object.keys(variants);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length];
      times[name].push(await measure(variants[name], name));
    }
  }
  return times;
}

function table(title, times, reference, unit = ms) {
  const ref = median(times[reference]);
  console.log(`## ${title}`);
  console.log('| variant | median | min | median / reference |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, values] of Object.entries(times)) console.log(`| ${name} | ${unit(median(values))} | ${unit(min(values))} | ${ratio(median(values), ref)} |`);
  console.log();
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

/** The figures against their goals, printed last: [figure, measured, reference, ratio, goal, met]. */
const goals = [];
function goal(figure, value, reference, { atMost, atLeast }, unit = ms) {
  const share = value / reference;
  const met = atMost !== undefined ? share <= atMost : share >= atLeast;
  goals.push([figure, unit(value), unit(reference), `${share.toFixed(2)}x`, atMost !== undefined ? `<= ${atMost}x` : `>= ${atLeast}x`, met ? 'yes' : 'no']);
}

console.log('# vod-mcp benchmarks');
console.log(`node ${process.version}, ${new Date().toISOString()}, load average ${(await import('node:os')).loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);

// 1. Cold start: spawn -> initialize -> first tools/list answer.
const REFERENCE = 'minimal one-tool SDK v2 server';
const starts = {
  [REFERENCE]: { args: [minimal] },
  '--sandbox': { args: [cli, '--sandbox'] },
  'real credentials (no sandbox)': { args: [cli, '--endpoint', 'http://127.0.0.1:9'], env: REAL_ENV },
  '--sandbox --toolsets all': { args: [cli, '--sandbox', '--toolsets', 'all'] },
};
if (before) {
  starts['before: --sandbox'] = { args: [before, '--sandbox'] };
  starts['before: real credentials'] = { args: [before, '--endpoint', 'http://127.0.0.1:9'], env: REAL_ENV };
  starts['before: --sandbox --toolsets all'] = { args: [before, '--sandbox', '--toolsets', 'all'] };
}
if (wants('start')) {
  const times = await interleaved(starts, ROUNDS, async ({ args, env }) => {
    const started = performance.now();
    const rpc = spawnRpc(args, { env });
    await rpc.initialize();
    const { tools } = await rpc.request('tools/list');
    const elapsed = performance.now() - started;
    if (!tools.length) throw new Error('no tools listed');
    await rpc.close();
    return elapsed;
  });
  const medians = table(`Cold start: spawn -> first tools/list answer (${ROUNDS} interleaved rounds)`, times, REFERENCE);
  goal('cold start, --sandbox', medians['--sandbox'], medians[REFERENCE], { atMost: 1.1 });
  goal('cold start, real credentials', medians['real credentials (no sandbox)'], medians[REFERENCE], { atMost: 1.1 });
  goal('cold start, --toolsets all', medians['--sandbox --toolsets all'], medians[REFERENCE], { atMost: 1.25 });
}

// 2. Warm tools/list over stdio, every server started once, requests interleaved.
if (wants('list')) {
  const lists = { [REFERENCE]: [minimal], 'default toolsets': [cli, '--sandbox'], '--toolsets all': [cli, '--sandbox', '--toolsets', 'all'] };
  if (before) Object.assign(lists, { 'before: default': [before, '--sandbox'], 'before: all': [before, '--sandbox', '--toolsets', 'all'] });
  const servers = Object.fromEntries(await Promise.all(Object.entries(lists).map(async ([name, args]) => {
    const rpc = spawnRpc(args);
    await rpc.initialize();
    await rpc.request('tools/list');
    return [name, rpc];
  })));
  // The floor: the same bytes, pre-serialized, from a process with no MCP server (pipe + client parsing only).
  const replay = join(mkdtempSync(join(tmpdir(), 'bench-list-')), 'all.json');
  writeFileSync(replay, JSON.stringify(await servers['--toolsets all'].request('tools/list')));
  servers['floor: the --toolsets all answer replayed'] = spawnRpc([fileURLToPath(new URL('./replay-server.mjs', import.meta.url)), replay]);
  await servers['floor: the --toolsets all answer replayed'].initialize();
  const parsed = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
  const times = await interleaved(servers, 200, async (rpc, name) => {
    const started = performance.now();
    await rpc.request('tools/list');
    parsed[name].push(performance.now() - started);
    return rpc.answeredAt - started;
  });
  const medians = table("tools/list warm over stdio, request -> the answer's last byte (200 interleaved requests after the first)", times, REFERENCE);
  goal('warm tools/list, default (last byte)', medians['default toolsets'], medians[REFERENCE], { atMost: 1.5 });
  goal('warm tools/list, all (last byte)', medians['--toolsets all'], medians[REFERENCE], { atMost: 3 });
  table('the same requests, until the client has also decoded and parsed the answer (client work on ~0.5 MB)', parsed, REFERENCE);
  await Promise.all(Object.values(servers).map((rpc) => rpc.close()));
}

async function startChild(args) {
  const process_ = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  process_.stdout.setEncoding('utf8');
  const [line] = await once(process_.stdout, 'data');
  return { url: line.trim(), stop: () => process_.kill() };
}

// 3. get_video_info through the server vs the same signed call made directly to the same sandbox, twice: with the
// server's embedded sandbox (one process does the MCP work, the HTTP client's and the sandbox's), and with a sandbox
// in a process of its own that both reach over loopback, as a server reaches the real API.
async function compareCall(label, { args, env, sandboxUrl, relay }) {
  let stderr = '';
  const rpc = spawnRpc([cli, ...args], { env, onStderr: (text) => (stderr += text) });
  await rpc.initialize();
  await rpc.request('tools/list');
  // The embedded sandbox starts once the first tools/list is answered: its address is in the log.
  const url = sandboxUrl ?? (await loggedSandboxUrl(() => stderr, "the server's"));
  let directRetries = 0;
  const direct = new VodClient({ endpoint: url, credentials: staticCredentials(SANDBOX_CREDENTIALS, 'bench'), onRetry: () => directRetries++ });
  const { MediaList } = await direct.call('SearchMedia', { SearchType: 'video', PageSize: '1' }, {});
  const VideoId = MediaList[0].Video.VideoId;
  const calls = {
    'direct signed HTTP call (VodClient)': () => direct.call('GetVideoInfo', { VideoId }, { idempotent: true }),
    'get_video_info over stdio': async () => {
      const result = await rpc.request('tools/call', { name: 'get_video_info', arguments: { VideoId } });
      if (result.isError) throw new Error(result.content[0].text);
    },
  };
  const relayRpc = relay && spawnRpc([fileURLToPath(new URL('./relay-server.mjs', import.meta.url)), url, SANDBOX_CREDENTIALS.accessKeyId, SANDBOX_CREDENTIALS.accessKeySecret]);
  if (relayRpc) calls['floor: a stdio relay of the same call (no MCP)'] = () => relayRpc.request('tools/call', { name: 'get_video_info', arguments: { VideoId } });
  // The smallest SDK v2 server making the same call: what the SDK and the pipe cost, whatever the tool does. Embedded,
  // it calls a sandbox of its own in its own process, as --sandbox does.
  const floor = await oneCallServer(sandboxUrl);
  calls['floor: a one-tool SDK v2 server making the same call'] = async () => {
    const result = await floor.rpc.request('tools/call', { name: 'get_video_info', arguments: { VideoId: floor.VideoId ?? VideoId } });
    if (result.isError) throw new Error(result.content[0].text);
  };
  for (const call of Object.values(calls)) await call(); // first calls load their code: not what is compared
  // Both variants sign with the sandbox's one AccessKey, whose GetVideoInfo limit (100 QPS, as the service's) they share,
  // and the server paces its own calls at 90% of it (src/client/rate-limiter.ts). Back to back they would measure
  // Throttling.User retries and the server's pacing waits, not the call: each call starts 12.5 ms after the one before
  // (80 calls/s in all). CALL_SPACING_MS=0 measures back to back.
  const spacing = Number(process.env.CALL_SPACING_MS ?? 12.5);
  const times = await interleaved(calls, 300, async (call) => {
    const started = performance.now();
    await call();
    const elapsed = performance.now() - started;
    if (spacing > elapsed) await new Promise((resolve) => setTimeout(resolve, spacing - elapsed));
    return elapsed;
  });
  const serverRetries = (stderr.match(/retrying GetVideoInfo/g) ?? []).length;
  const medians = table(`GetVideoInfo, ${label}: tools/call over stdio vs a direct signed call to the same sandbox (300 interleaved rounds, ${spacing} ms apart; retries after throttling: direct ${directRetries}, server ${serverRetries})`, times, 'direct signed HTTP call (VodClient)');
  goal(`get_video_info vs direct call, ${label}`, medians['get_video_info over stdio'], medians['direct signed HTTP call (VodClient)'], { atMost: 1.3 });
  // What this server adds to what any SDK v2 stdio server pays for the same call (not a figure of the table).
  goal(`get_video_info vs a one-tool SDK v2 server, ${label}`, medians['get_video_info over stdio'], medians['floor: a one-tool SDK v2 server making the same call'], { atMost: 1.15 });
  await direct.close();
  await rpc.close();
  await relayRpc?.close();
  await floor.rpc.close();
}

async function oneCallServer(sandboxUrl) {
  const script = fileURLToPath(new URL('./one-call-server.mjs', import.meta.url));
  if (sandboxUrl) return { rpc: await initialized(spawnRpc([script, sandboxUrl, SANDBOX_CREDENTIALS.accessKeyId, SANDBOX_CREDENTIALS.accessKeySecret])) };
  let stderr = '';
  const rpc = await initialized(spawnRpc([script, 'sandbox'], { onStderr: (text) => (stderr += text) }));
  const url = await loggedSandboxUrl(() => stderr, "the floor server's");
  const probe = new VodClient({ endpoint: url, credentials: staticCredentials(SANDBOX_CREDENTIALS, 'bench') });
  const { MediaList } = await probe.call('SearchMedia', { SearchType: 'video', PageSize: '1' }, {});
  await probe.close();
  return { rpc, VideoId: MediaList[0].Video.VideoId };
}

/** The embedded sandbox's address, from a server's log (`sandbox VOD endpoint at <url>`), waited for up to 10 s. */
async function loggedSandboxUrl(log, whose) {
  const waitUntil = performance.now() + 10_000;
  let found;
  while (!(found = /sandbox VOD endpoint at (http:\/\/\S+)/.exec(log())) && performance.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!found) throw new Error(`no sandbox URL in ${whose} log: ${log()}`);
  return found[1];
}

async function initialized(rpc) {
  await rpc.initialize();
  return rpc;
}
if (wants('call')) {
  await compareCall('embedded sandbox (--sandbox)', { args: ['--sandbox'] });
  const sandbox = await startChild(['sandbox']);
  const env = { ...BENCH_ENV, ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_CREDENTIALS.accessKeySecret };
  await compareCall('sandbox in its own process (--endpoint)', { args: ['--endpoint', sandbox.url], env, sandboxUrl: sandbox.url, relay: true });
  sandbox.stop();
}

// 4. Sandbox throughput: signed GetVideoInfo reads over loopback vs bare node:http with a body of the same size.
if (wants('throughput')) {
  const sandbox = await startChild(['sandbox']);
  const dispatcher = new Agent({ connections: 32 });
  const signedBody = (VideoId) => new URLSearchParams(signRequest({ method: 'POST', action: 'GetVideoInfo', params: { VideoId }, credentials: SANDBOX_CREDENTIALS, now: new Date(), nonce: randomUUID() })).toString();
  const post = async (url, body) => {
    const answer = await request(`${url}/`, { method: 'POST', dispatcher, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const text = await answer.body.text();
    return { ok: answer.statusCode === 200, text };
  };
  const probe = new VodClient({ endpoint: sandbox.url, credentials: staticCredentials(SANDBOX_CREDENTIALS, 'bench') });
  const VideoId = (await probe.call('SearchMedia', { SearchType: 'video', PageSize: '1' }, {})).MediaList[0].Video.VideoId;
  await probe.close();
  const sample = (await post(sandbox.url, signedBody(VideoId))).text;
  const bare = await startChild(['bare', sample]);
  let sandboxRequests = 0;
  /**
   * Requests/s over `durationMs` at concurrency 16. Every request is signed with a fresh nonce, signed before the
   * clock starts (signing is the client's work, not the server's); the same bodies go to both servers.
   */
  const load = async (url, durationMs) => {
    const bodies = Array.from({ length: Math.ceil(durationMs * 12) }, () => signedBody(VideoId));
    let done = 0;
    const deadline = performance.now() + durationMs;
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (performance.now() < deadline) {
        const { ok } = await post(url, bodies.pop() ?? signedBody(VideoId));
        if (!ok) throw new Error('a signed read failed');
        done++;
      }
    }));
    if (url === sandbox.url) sandboxRequests += done;
    return done / (durationMs / 1000);
  };
  const targets = { 'bare node:http (reference)': bare.url, 'sandbox GetVideoInfo': sandbox.url };
  const perSecond = (value) => `${Math.round(value)} req/s`;
  /** The same short warm-up for both (JIT compilation of the request path), so "fresh" measures a fresh sandbox, not V8 tiering. */
  const WARM_UP = 3000;
  const warmUp = async (url) => {
    const bodies = Array.from({ length: WARM_UP }, () => signedBody(VideoId));
    await Promise.all(Array.from({ length: 16 }, async () => {
      for (let body = bodies.pop(); body; body = bodies.pop()) if (!(await post(url, body)).ok) throw new Error('a signed read failed');
    }));
    if (url === sandbox.url) sandboxRequests += WARM_UP;
  };
  for (const url of Object.values(targets)) await warmUp(url);
  // Short runs, so that "fresh" stays a sandbox that has served few requests (the nonce store's old cliff was 10,000).
  const fresh = await interleaved(targets, ROUNDS, (url) => load(url, 300));
  const freshMedians = table(`Sandbox throughput, fresh (both warmed up with ${WARM_UP} requests, then ${ROUNDS} interleaved 0.3 s runs; the sandbox had served ${sandboxRequests} requests by the end)`, fresh, 'bare node:http (reference)', perSecond);
  goal('sandbox reads/s, fresh', freshMedians['sandbox GetVideoInfo'], freshMedians['bare node:http (reference)'], { atLeast: 0.8 }, perSecond);
  while (sandboxRequests < 50_000) await load(sandbox.url, 2000);
  const served = sandboxRequests;
  const later = await interleaved(targets, 7, (url) => load(url, 1000));
  const laterMedians = table(`Sandbox throughput after ${served} requests (7 interleaved 1 s runs)`, later, 'bare node:http (reference)', perSecond);
  goal(`sandbox reads/s after ${served} requests, vs fresh (no decay)`, laterMedians['sandbox GetVideoInfo'], freshMedians['sandbox GetVideoInfo'], { atLeast: 0.9 }, perSecond);
  console.log(`sandbox after / fresh: ${(median(later['sandbox GetVideoInfo']) / median(fresh['sandbox GetVideoInfo'])).toFixed(2)}x (1.00x = no decay)\n`);
  await dispatcher.close();
  sandbox.stop();
  bare.stop();
}

// 5-7 run in this process against an in-process sandbox.
const needsSandbox = ['sizes', 'results', 'resources'].some(wants);
const sandbox = needsSandbox ? await startSandbox({ enforceQps: false, demo: true }) : undefined;
const api = sandbox && new VodClient({ endpoint: sandbox.url, credentials: staticCredentials(sandbox.credentials, 'bench') });
const encoder = new Tiktoken(o200k);
const tokensOf = (text) => encoder.encode(text).length;
const passThrough = z.object({ tools: z.array(z.any()) }).passthrough();

async function inProcess(tools, api, extra = {}) {
  const { server } = createServer({ api, tools, logger: new Logger('error'), ...extra });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(clientSide);
  return { client, close: () => client.close() };
}

if (wants('sizes')) {
  console.log('## tools/list size (model-visible part: name + description + input schema; tokens counted with o200k_base)');
  console.log('| selection | tools | bytes | tokens |');
  console.log('| --- | --- | --- | --- |');
  for (const [label, filter] of [['default', {}], ['--read-only', { readOnly: true }], ['all', { toolsets: ['all'] }]]) {
    const { client, close } = await inProcess(selectTools(filter), api);
    const { tools: listed } = await client.request({ method: 'tools/list', params: {} }, passThrough);
    const visible = listed.map((tool) => tool.name + (tool.description ?? '') + JSON.stringify(tool.inputSchema)).join('');
    console.log(`| ${label} | ${listed.length} | ${Buffer.byteLength(visible)} | ${tokensOf(visible)} |`);
    await close();
  }
  console.log();
}

// The largest realistic results, without a budget (as before issue 14) and with the default one.
if (wants('results')) {
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

// resources/list over 10,000 media.
if (wants('resources')) {
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
  goals.push(['resources/list walk over 10,000 media', ms(walk), '', '', '<= 2000 ms', walk <= 2000 ? 'yes' : 'no']);
  console.log('(SearchMedia at 100,000 media: npm run bench:search)');
  await client.close();
  await fast.close();
}
await api?.close();
await sandbox?.close();

if (goals.length) {
  console.log('\n## Goals (issue 15)');
  console.log('| figure | measured | reference | ratio | goal | met |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const row of goals) console.log(`| ${row.join(' | ')} |`);
  console.log('SearchMedia at 100,000 media (goal <= 50 ms per query): npm run bench:search');
}
