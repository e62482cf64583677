// Load through HAProxy (deploy/haproxy.cfg): 3 replicas sharing Redis, next to the same load on 1 replica (the
// single-process default, no Redis) in the same run. Each client is a 2025-era SDK Client with its own session
// (pinned to its replica by Mcp-Session-Id) making sequential read calls (batch_get_media_infos: one API call,
// no per-account QPS limit, so the limiter does not set the pace). One shared sandbox is the VOD endpoint.
// Prints throughput, p50/p99 latency, errors and each replica's peak RSS (VmHWM). Never asserted in tests.
//   npm run build && node bench/replicas.mjs [clients=100] [calls=200]
// Needs redis-server and haproxy on PATH (apt-get install -y redis-server haproxy).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const HAPROXY_CFG = fileURLToPath(new URL('../deploy/haproxy.cfg', import.meta.url));
const clients = Number(process.argv[2] ?? 100);
const calls = Number(process.argv[3] ?? 200);
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

async function load(url, videoIds) {
  const latencies = [];
  let errors = 0;
  const samples = new Map();
  const sample = (text) => samples.set(text.slice(0, 160), (samples.get(text.slice(0, 160)) ?? 0) + 1);
  const sessions = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new Client({ name: 'bench', version: '1' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`)));
      return client;
    }),
  );
  const started = performance.now();
  await Promise.all(
    sessions.map(async (client, c) => {
      for (let i = 0; i < calls; i++) {
        const at = performance.now();
        try {
          const result = await client.callTool({ name: 'batch_get_media_infos', arguments: { MediaIds: [videoIds[(c + i) % videoIds.length]] } });
          if (result.isError) {
            errors++;
            sample(result.content?.[0]?.text ?? 'isError');
          }
        } catch (error) {
          errors++;
          sample(String(error));
        }
        latencies.push(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(sessions.map((client) => client.close()));
  latencies.sort((a, b) => a - b);
  return { samples, calls: latencies.length, seconds, throughput: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), errors };
}

async function main() {
  const redisPort = await freePort();
  const redis = start('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  await redis.waitFor(/Ready to accept connections/);
  const sandbox = start(process.execPath, [CLI, 'sandbox', '--port', '0']);
  const [, sandboxUrl] = await sandbox.waitFor(/sandbox VOD endpoint listening on (\S+)/);
  const generated = await fetch(`${sandboxUrl}/__sandbox/media/generate`, { method: 'POST', body: JSON.stringify({ count: 50 }) });
  const { VideoIds } = await generated.json();

  const rows = [];
  for (const [label, count, redisUrl] of [
    ['1 replica (in-memory state)', 1, undefined],
    ['3 replicas + Redis', 3, `redis://127.0.0.1:${redisPort}`],
  ]) {
    const replicas = await Promise.all(Array.from({ length: count }, () => replica(sandboxUrl, redisUrl)));
    const lb = await balancer(replicas);
    const result = await load(lb.url, VideoIds);
    rows.push({ label, ...result, rss: replicas.map((r) => peakRss(r.proc.child.pid)) });
    for (const r of [...replicas, lb]) r.proc.child.kill('SIGKILL');
  }
  console.log(`${clients} concurrent clients x ${calls} read calls (batch_get_media_infos) through HAProxy; one sandbox; ${new Date().toISOString()}`);
  console.log('setup                        calls  seconds  calls/s   p50 ms   p99 ms  errors  peak RSS per replica (MiB)');
  for (const row of rows) {
    for (const [text, count] of row.samples) console.error(`${row.label}: ${count} x ${text}`);
  }
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(28)} ${String(row.calls).padStart(6)} ${row.seconds.toFixed(1).padStart(8)} ${row.throughput.toFixed(0).padStart(8)} ${row.p50.toFixed(1).padStart(8)} ${row.p99.toFixed(1).padStart(8)} ${String(row.errors).padStart(7)}  ${row.rss.map((mib) => mib.toFixed(0)).join(', ')}`,
    );
  }
}

try {
  await main();
} finally {
  for (const proc of procs) if (proc.child.exitCode === null) proc.child.kill('SIGKILL');
}
