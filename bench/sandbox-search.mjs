// Prints SearchMedia timings of the sandbox at 100,000 media, with the search index and with the scan it replaces
// (same process, interleaved rounds), next to GetVideoInfo as the reference, then the resources/list walk over
// 10,000 media both ways, and the heap used by 100,000 media with and without the index. Never asserted in tests.
// Usage: npm run bench:search [-- --rounds 9 --media 100000 --baseline /path/to/other/checkout/dist]
// --baseline also starts a sandbox from another build (e.g. main before the index) and interleaves its calls.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Agent, request } from 'undici';
import { createServer } from '../dist/server.js';
import { startSandbox } from '../dist/sandbox/index.js';
import { signRequest } from '../dist/signing/index.js';
import { selectTools } from '../dist/tools/registry.js';
import { QPS_PER_ACCOUNT, RateLimiter, VodClient, staticCredentials } from '../dist/client/index.js';
import { Logger } from '../dist/log.js';

// Absent in builds before the index: the bench then measures that build's only path, reported as `index`.
const { setSearchStrategy = () => {} } = await import('../dist/sandbox/actions/media/search-media.js');
const { values: options } = parseArgs({ options: { rounds: { type: 'string', default: '9' }, media: { type: 'string', default: '100000' }, walks: { type: 'string', default: '3' }, baseline: { type: 'string' } } });
const rounds = Number(options.rounds);
const mediaCount = Number(options.media);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const heapUsed = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

console.log('# Sandbox SearchMedia benchmark');
console.log(`node ${process.version}, ${new Date().toISOString()}${globalThis.gc ? '' : ' (run with --expose-gc for exact heap figures)'}\n`);

const dispatcher = new Agent({ connections: 4 });
async function call(sandbox, action, params) {
  const signed = signRequest({ method: 'POST', action, params, credentials: sandbox.credentials, now: new Date(), nonce: randomUUID() });
  const started = performance.now();
  const answer = await request(`${sandbox.url}/`, { method: 'POST', dispatcher, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(signed).toString() });
  const body = await answer.body.json();
  const elapsed = performance.now() - started;
  if (answer.statusCode !== 200) throw new Error(`${action} ${JSON.stringify(params)}: ${answer.statusCode} ${JSON.stringify(body)}`);
  return { elapsed, body };
}

// 1. SearchMedia at 100,000 media.
const heapBefore = heapUsed();
const big = await startSandbox({ enforceQps: false, demo: true });
let started = performance.now();
big.generateMedia(mediaCount);
const generated = performance.now() - started;
const heapMedia = heapUsed();
started = performance.now();
const firstSearch = await call(big, 'SearchMedia', {});
const buildTime = performance.now() - started;
const heapIndexed = heapUsed();
const total = firstSearch.body.Total;

let baseline;
if (options.baseline) {
  const { startSandbox: startBaseline } = await import(new URL(`file://${options.baseline}/sandbox/index.js`).href);
  baseline = await startBaseline({ enforceQps: false, demo: true });
  baseline.generateMedia(mediaCount);
  await call(baseline, 'SearchMedia', {});
}

const cateId = Object.values(big.state.data.categories)[0].CateId;
const videoId = Object.values(big.state.data.videos)[0].VideoId;
const cases = [
  ['default search (no Match, PageSize 10)', {}],
  ["Title = 'x'", { Match: "Title = 'x'" }],
  ["Status in ('Normal') (Status has no `=` in 17.6)", { Match: "Status in ('Normal')" }],
  [`CateId = ${cateId}`, { Match: `CateId = ${cateId}` }],
  ['default search, page 50 of 100', { PageNo: '50', PageSize: '100' }],
  ['SortBy ModificationTime:Desc (the page selected over the sort keys the index keeps)', { SortBy: 'ModificationTime:Desc' }],
];
const timings = new Map(cases.flatMap(([label]) => [[`${label}|index`, []], [`${label}|scan`, []], [`${label}|baseline`, []]]));
const reference = [];
const totals = new Map();
for (let round = 0; round < rounds; round++) {
  for (const [label, params] of cases) {
    for (const strategy of round % 2 ? ['scan', 'index'] : ['index', 'scan']) {
      setSearchStrategy(big, strategy);
      const { elapsed, body } = await call(big, 'SearchMedia', params);
      timings.get(`${label}|${strategy}`).push(elapsed);
      totals.set(label, body.Total);
    }
    if (baseline) timings.get(`${label}|baseline`).push((await call(baseline, 'SearchMedia', params)).elapsed);
    reference.push((await call(big, 'GetVideoInfo', { VideoId: videoId })).elapsed);
  }
}
setSearchStrategy(big, 'index');
const ref = median(reference);
console.log(`## SearchMedia over HTTP at ${total} videos (median and min of ${rounds} interleaved rounds; ratio = median / GetVideoInfo median)`);
console.log(`generateMedia(${mediaCount}): ${ms(generated)}; first search (builds the index): ${ms(buildTime)}`);
console.log(`GetVideoInfo (reference): median ${ms(ref)}, min ${ms(Math.min(...reference))}\n`);
console.log(`| query | Total | index median | index min | ratio | scan median | scan min | ratio | speed-up |${baseline ? ' baseline median | baseline min | speed-up vs baseline |' : ''}`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- |${baseline ? ' --- | --- | --- |' : ''}`);
for (const [label] of cases) {
  const index = timings.get(`${label}|index`);
  const scan = timings.get(`${label}|scan`);
  const [im, sm] = [median(index), median(scan)];
  const base = timings.get(`${label}|baseline`);
  const baseColumns = base.length ? ` ${ms(median(base))} | ${ms(Math.min(...base))} | ${(median(base) / im).toFixed(1)}x |` : '';
  console.log(`| ${label} | ${totals.get(label)} | ${ms(im)} | ${ms(Math.min(...index))} | ${(im / ref).toFixed(1)}x | ${ms(sm)} | ${ms(Math.min(...scan))} | ${(sm / ref).toFixed(1)}x | ${(sm / im).toFixed(1)}x |${baseColumns}`);
}
console.log();
console.log(`## Heap used (after gc): ${mb(heapBefore)} before the sandbox, ${mb(heapMedia)} with ${mediaCount} generated media, ${mb(heapIndexed)} once indexed (index: ${mb(heapIndexed - heapMedia)})\n`);
await big.close();
await baseline?.close();

// 2. resources/list over 10,000 media, as bench/run.mjs section 4.
const small = await startSandbox({ enforceQps: false, demo: true });
small.generateMedia(10_000);
let smallBaseline;
if (options.baseline) {
  const { startSandbox: startBaseline } = await import(new URL(`file://${options.baseline}/sandbox/index.js`).href);
  smallBaseline = await startBaseline({ enforceQps: false, demo: true });
  smallBaseline.generateMedia(10_000);
}
async function walk(strategy) {
  const sandbox = strategy === 'baseline' ? smallBaseline : small;
  if (strategy !== 'baseline') setSearchStrategy(small, strategy);
  const api = new VodClient({ endpoint: sandbox.url, credentials: staticCredentials(sandbox.credentials, 'bench'), rateLimiter: new RateLimiter((action) => QPS_PER_ACCOUNT[action] ?? undefined) });
  const { server, cleanup } = createServer({ api, tools: selectTools({}), logger: new Logger('error') });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(clientSide);
  const begun = performance.now();
  let page = await client.listResources();
  let count = page.resources.length;
  let pages = 1;
  while (page.nextCursor) {
    page = await client.listResources({ cursor: page.nextCursor });
    count += page.resources.length;
    pages++;
  }
  const elapsed = performance.now() - begun;
  await client.close();
  await cleanup?.();
  await api.close();
  return { elapsed, count, pages };
}
const walks = { index: [], scan: [], baseline: [] };
const strategies = smallBaseline ? ['index', 'scan', 'baseline'] : ['index', 'scan'];
let shape = '';
for (let i = 0; i < Number(options.walks); i++) {
  for (const strategy of i % 2 ? [...strategies].reverse() : strategies) {
    const result = await walk(strategy);
    walks[strategy].push(result.elapsed);
    shape = `${result.count} resources in ${result.pages} pages`;
  }
}
console.log(`## resources/list walk over a 10,000-media sandbox (SearchMedia paced at ${QPS_PER_ACCOUNT.SearchMedia} QPS by the client; ${shape}; median of ${walks.index.length})`);
console.log(strategies.map((strategy) => `${strategy}: ${ms(median(walks[strategy]))} (min ${ms(Math.min(...walks[strategy]))})`).join('; '));
await small.close();
await smallBaseline?.close();
await dispatcher.close();
