import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

// A replica group on loopback, as deploy/ describes it: one redis-server, three `vod-mcp --transport http --redis`
// replicas against one shared VOD endpoint (the standalone sandbox), and HAProxy with deploy/haproxy.cfg verbatim.

export const CLI = fileURLToPath(new URL('../../dist/bundle/cli.js', import.meta.url));
export const HAPROXY_CFG = fileURLToPath(new URL('../../deploy/haproxy.cfg', import.meta.url));
export const CONFIRM_KEY = 'replica-group-test-key-0123456789';
export const SANDBOX_KEY = { id: 'sandbox-access-key-id', secret: 'sandbox-access-key-secret' };

export const missingTools = (): string[] => ['redis-server', 'haproxy'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

export interface Proc {
  readonly child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in its output. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export function start(command: string, args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(command, args, { env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const waiter of waiters.splice(0)) waiter();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) return resolve(match);
          if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`${command} exited before ${pattern}: ${output}`));
          waiters.push(check);
        };
        child.once('exit', () => waiters.push(check) && check());
        check();
      }),
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The test Redis's password: it rides in the --redis URL and must never show in any replica's output. */
export const REDIS_PASSWORD = 'redis-pass-never-logged-4f1c';

export async function startRedis(port?: number): Promise<{ proc: Proc; port: number; url: string }> {
  const chosen = port ?? (await freePort());
  const proc = start('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--requirepass', REDIS_PASSWORD]);
  await proc.waitFor(/Ready to accept connections/);
  return { proc, port: chosen, url: `redis://:${REDIS_PASSWORD}@127.0.0.1:${chosen}` };
}

export async function startSandbox(): Promise<{ proc: Proc; url: string }> {
  const proc = start(process.execPath, [CLI, 'sandbox', '--port', '0']);
  const [, url] = await proc.waitFor(/sandbox VOD endpoint listening on (\S+)/);
  return { proc, url: url! };
}

export interface Replica {
  readonly proc: Proc;
  readonly port: number;
  readonly address: string;
}

export async function startReplica(endpoint: string, redisUrl: string | undefined, extra: string[] = []): Promise<Replica> {
  const proc = start(process.execPath, [CLI, '--transport', 'http', '--port', '0', '--endpoint', endpoint, '--toolsets', 'all', ...(redisUrl ? ['--redis', redisUrl] : []), ...extra], {
    ALIBABA_CLOUD_ACCESS_KEY_ID: SANDBOX_KEY.id,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: SANDBOX_KEY.secret,
    VOD_MCP_CONFIRM_KEY: CONFIRM_KEY,
    VOD_MCP_SHUTDOWN_GRACE_MS: '3000',
  });
  const [, url] = await proc.waitFor(/MCP Streamable HTTP on (\S+)/);
  const port = Number(new URL(url!).port);
  return { proc, port, address: `127.0.0.1:${port}` };
}

/** HAProxy with deploy/haproxy.cfg as shipped: only its environment (bind address, replica addresses) is the test's. */
export async function startHaproxy(replicas: readonly Replica[]): Promise<{ proc: Proc; url: string; port: number }> {
  const port = await freePort();
  const env: Record<string, string> = { VOD_MCP_LB_BIND: `127.0.0.1:${port}` };
  replicas.forEach((replica, i) => (env[`VOD_MCP_REPLICA_${i + 1}`] = replica.address));
  const proc = start('haproxy', ['-db', '-f', HAPROXY_CFG], env);
  const url = `http://127.0.0.1:${port}`;
  // Up when every replica answers through it (health checks passed): new sessions round-robin over all three.
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`haproxy exited: ${proc.output()}`);
    const seen = new Set<string>();
    for (let i = 0; i < replicas.length * 2; i++) {
      const answer = await fetch(`${url}/ready`).catch(() => undefined);
      const name = answer?.ok ? answer.headers.get('x-vod-mcp-replica') : null;
      if (name) seen.add(name);
    }
    if (seen.size === replicas.length) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { proc, url, port };
}

export interface Session {
  readonly client: Client;
  readonly transport: StreamableHTTPClientTransport;
  /** The replica (HAProxy server name) that answered this session's initialize. */
  readonly replica: string;
  close(): Promise<void>;
}

/** A 2025-era SDK client through the balancer; the replica that serves it is read from the balancer's response header. */
export async function connect(url: string, capabilities: ConstructorParameters<typeof Client>[1] = {}): Promise<Session> {
  let replica = '';
  const transport = new StreamableHTTPClientTransport(new URL(`${url}/mcp`), {
    fetch: async (input, init) => {
      const answer = await fetch(input, init);
      replica ||= answer.headers.get('x-vod-mcp-replica') ?? '';
      return answer;
    },
  });
  const client = new Client({ name: 'replicas-test', version: '1.0.0' }, capabilities);
  await client.connect(transport);
  return { client, transport, replica, close: () => client.close().catch(() => {}) };
}

/** Sessions until one is pinned to each replica named. */
export async function sessionsOnEach(url: string, names: readonly string[]): Promise<Map<string, Session>> {
  const byReplica = new Map<string, Session>();
  const extra: Session[] = [];
  for (let i = 0; !names.every((name) => byReplica.has(name)) && i < 12; i++) {
    const session = await connect(url);
    if (byReplica.has(session.replica) || !names.includes(session.replica)) extra.push(session);
    else byReplica.set(session.replica, session);
  }
  if (!names.every((name) => byReplica.has(name))) throw new Error(`no session landed on ${names.filter((name) => !byReplica.has(name)).join(', ')}`);
  await Promise.all(extra.map((session) => session.close()));
  return byReplica;
}

export interface SandboxRequest {
  readonly action: string;
  readonly status: number;
  readonly code?: string;
}

export async function sandboxRequests(sandboxUrl: string): Promise<SandboxRequest[]> {
  const answer = await fetch(`${sandboxUrl}/__sandbox/requests`);
  return ((await answer.json()) as { requests: SandboxRequest[] }).requests;
}

export async function sandboxAdmin(sandboxUrl: string, path: string, body?: unknown): Promise<void> {
  const answer = await fetch(`${sandboxUrl}/__sandbox/${path}`, { method: body === undefined ? 'DELETE' : 'POST', body: body === undefined ? undefined : JSON.stringify(body) });
  if (!answer.ok) throw new Error(`sandbox ${path}: ${answer.status} ${await answer.text()}`);
}
