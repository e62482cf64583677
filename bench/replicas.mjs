// Load through HAProxy (deploy/haproxy.cfg): 3 replicas sharing Redis, next to the same load on 1 replica (the
// single-process default, no Redis) in the same run, interleaved A B B A (rounds=2) so drift of the shared machine
// falls on both. Mixed eras: even clients are 2025-11-25 sessions (@modelcontextprotocol/sdk 1.32 Client, pinned to
// their replica by Mcp-Session-Id), odd ones 2026-07-28 (@modelcontextprotocol/client v2, no session: each request
// may reach any replica). Each client makes sequential read calls.
// Limits: the read is batch_get_media_infos (BatchGetMediaInfos has no per-account QPS in the spec's table), so neither
// the server's account-wide limiter nor the sandbox's throttle sets the pace: the bench measures the server. The
// sandbox still enforces every published limit (a limited read such as GetVideoInfo, 100 QPS, would cap both setups
// at 100 calls/s: that measures the limit, not the server).
// Prints throughput, p50/p99 latency (all and per era), errors and each replica's peak RSS (VmHWM). Never asserted.
//   npm run build && node bench/replicas.mjs [clients=100] [calls=200] [rounds=2]
// Needs redis-server and haproxy on PATH (apt-get install -y redis-server haproxy).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Client as ModernClient, StreamableHTTPClientTransport as ModernTransport } from '@modelcontextprotocol/client';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const CLI = fileURLToPath(new URL('../dist/bundle/cli.js', import.meta.url));
const HAPROXY_CFG = fileURLToPath(new URL('../deploy/haproxy.cfg', import.meta.url));
const clients = Number(process.argv[2] ?? 100);
const calls = Number(process.argv[3] ?? 200);
const rounds = Number(process.argv[4] ?? 2);
const procs = [];

function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { PATH: process.env.PATH, HOME: '/nonexistent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const proc = {
    child,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const timer = setInterval(() => {
          const match = pattern.exec(output);
          if (match) return clearInterval(timer), resolve(match);
          if (child.exitCode !== null) return clearInterval(timer), reject(new Error(`${command} exited: ${output}`));
        }, 20);
      }),
  };
  procs.push(proc);
  return proc;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function replica(endpoint, redis) {
  const proc = start(process.execPath, [CLI, '--transport', 'http', '--port', '0', '--endpoint', endpoint, '--toolsets', 'all', '--max-sessions', '1000', ...(redis ? ['--redis', redis] : [])], {
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'sandbox-access-key-id',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'sandbox-access-key-secret',
    VOD_MCP_CONFIRM_KEY: 'bench-replica-group-key-0123456789',
  });
  const [, url] = await proc.waitFor(/MCP Streamable HTTP on (\S+)/);
  const port = new URL(url).port;
  for (;;) {
    const answer = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => undefined);
    if (answer?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { proc, address: `127.0.0.1:${port}` };
}

async function balancer(replicas) {
  const port = await freePort();
  const env = { VOD_MCP_LB_BIND: `127.0.0.1:${port}` };
  // One replica: all three server lines point at it, so both runs go through the same balancer configuration.
  for (let i = 0; i < 3; i++) env[`VOD_MCP_REPLICA_${i + 1}`] = replicas[i % replicas.length].address;
  const proc = start('haproxy', ['-db', '-f', HAPROXY_CFG], env);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    const answer = await fetch(`${url}/ready`).catch(() => undefined);
    if (answer?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 4_500)); // every server's checks have risen
  return { proc, url };
}

const peakRss = (pid) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** A client of the era its index gives: even 2025-11-25 (SDK 1.32), odd 2026-07-28 (SDK v2). */
async function connect(url, index) {
  if (index % 2 === 0) {
    const client = new Client({ name: 'bench-2025', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
    return { era: '2025-11-25', client };
  }
  const client = new ModernClient({ name: 'bench-2026', version: '1' }, { versionNegotiation: { mode: 'auto' } });
  await client.connect(new ModernTransport(new URL(`${url}/mcp`)));
  const era = client.getNegotiatedProtocolVersion();
  if (era !== '2026-07-28') throw new Error(`the v2 client negotiated ${era}, not 2026-07-28`);
  return { era, client };
}

const summary = (latencies, seconds, errors) => {
  latencies.sort((a, b) => a - b);
  return { calls: latencies.length, seconds, throughput: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), errors };
};

async function load(url, videoIds, calls) {
  const latencies = { all: [], '2025-11-25': [], '2026-07-28': [] };
  const errors = { all: 0, '2025-11-25': 0, '2026-07-28': 0 };
  const samples = new Map();
  const sample = (text) => samples.set(text.slice(0, 160), (samples.get(text.slice(0, 160)) ?? 0) + 1);
  const sessions = await Promise.all(Array.from({ length: clients }, (_, index) => connect(url, index)));
  const started = performance.now();
  await Promise.all(
    sessions.map(async ({ client, era }, c) => {
      for (let i = 0; i < calls; i++) {
        const at = performance.now();
        try {
          const result = await client.callTool({ name: 'batch_get_media_infos', arguments: { MediaIds: [videoIds[(c + i) % videoIds.length]] } });
          if (result.isError) {
            errors.all++;
            errors[era]++;
            sample(result.content?.[0]?.text ?? 'isError');
          }
        } catch (error) {
          errors.all++;
          errors[era]++;
          sample(String(error));
        }
        const took = performance.now() - at;
        latencies.all.push(took);
        latencies[era].push(took);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(sessions.map(({ client }) => client.close()));
  return { samples, all: summary(latencies.all, seconds, errors.all), eras: Object.fromEntries(['2025-11-25', '2026-07-28'].map((era) => [era, summary(latencies[era], seconds, errors[era])])) };
}

async function main() {
  const redisPort = await freePort();
  const redis = start('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  await redis.waitFor(/Ready to accept connections/);
  const sandbox = start(process.execPath, [CLI, 'sandbox', '--port', '0']);
  const [, sandboxUrl] = await sandbox.waitFor(/sandbox VOD endpoint listening on (\S+)/);
  const generated = await fetch(`${sandboxUrl}/__sandbox/media/generate`, { method: 'POST', body: JSON.stringify({ count: 50 }) });
  const { VideoIds } = await generated.json();

  // Both groups stay up for the whole run; only the one under load works.
  const groups = [];
  for (const [label, count, redisUrl] of [
    ['1 replica (in-memory state)', 1, undefined],
    ['3 replicas + Redis', 3, `redis://127.0.0.1:${redisPort}`],
  ]) {
    const replicas = await Promise.all(Array.from({ length: count }, () => replica(sandboxUrl, redisUrl)));
    groups.push({ label, replicas, lb: await balancer(replicas), runs: [] });
  }
  // Warm-up (not counted): the first load on a fresh process pays for JIT, schema building and connection setup.
  const warmup = Math.min(20, calls);
  for (const group of groups) await load(group.lb.url, VideoIds, warmup);
  const order = Array.from({ length: rounds }, (_, round) => (round % 2 === 0 ? [0, 1] : [1, 0])).flat();
  for (const index of order) {
    const group = groups[index];
    const result = await load(group.lb.url, VideoIds, calls);
    group.runs.push(result);
    console.error(`${group.label}: ${result.all.throughput.toFixed(0)} calls/s, p50 ${result.all.p50.toFixed(1)} ms, p99 ${result.all.p99.toFixed(1)} ms, ${result.all.errors} errors`);
    for (const [text, count] of result.samples) console.error(`  ${count} x ${text}`);
  }
  const rss = groups.map((group) => group.replicas.map((r) => peakRss(r.proc.child.pid)));
  const redisRss = peakRss(redis.child.pid);

  console.log(`${clients} concurrent clients x ${calls} read calls (batch_get_media_infos), half 2025-11-25 (SDK 1.32) and half 2026-07-28 (SDK v2), through HAProxy; one sandbox; a warm-up of ${warmup} calls per client per setup (not counted), then runs ${order.map((i) => 'AB'[i]).join(' ')}; ${new Date().toISOString()}`);
  console.log('Limits: BatchGetMediaInfos has no per-account QPS in the spec, so the account-wide limiter and the sandbox throttle (on, as for every test) do not pace it.');
  console.log('setup                         era         calls  seconds  calls/s   p50 ms   p99 ms  errors  peak RSS per replica (MiB)');
  const line = (label, era, row, rssText) =>
    console.log(`${label.padEnd(29)} ${era.padEnd(10)} ${String(row.calls).padStart(6)} ${row.seconds.toFixed(1).padStart(8)} ${row.throughput.toFixed(0).padStart(8)} ${row.p50.toFixed(1).padStart(8)} ${row.p99.toFixed(1).padStart(8)} ${String(row.errors).padStart(7)}  ${rssText}`);
  groups.forEach((group, g) => {
    group.runs.forEach((run, r) => {
      const label = `${group.label} #${r + 1}`;
      line(label, 'both', run.all, rss[g].map((mib) => mib.toFixed(0)).join(', '));
      for (const [era, row] of Object.entries(run.eras)) line('', era, row, '');
    });
  });
  const mean = (group, field) => group.runs.reduce((sum, run) => sum + run.all[field], 0) / group.runs.length;
  console.log(
    `3 replicas / 1 replica (mean of ${rounds} runs each): throughput ${(mean(groups[1], 'throughput') / mean(groups[0], 'throughput')).toFixed(2)}x, ` +
      `p50 ${(mean(groups[1], 'p50') / mean(groups[0], 'p50')).toFixed(2)}x, p99 ${(mean(groups[1], 'p99') / mean(groups[0], 'p99')).toFixed(2)}x; Redis peak RSS ${redisRss.toFixed(0)} MiB; load average before the end ${loadavg().map((n) => n.toFixed(1)).join(' ')} on ${cpus().length} cores`,
  );
}
try {
  await main();
} finally {
  for (const proc of procs) if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
}
