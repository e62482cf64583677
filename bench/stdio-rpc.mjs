// A bare JSON-RPC client over a child's stdio (newline-delimited): times the server's answers, with no client SDK
// work (schema validation, validator compilation) in the measured time. `answeredAt` is the time the latest
// answer's last byte arrived, before the client decoded and parsed it.
import { spawn } from 'node:child_process';

export const BENCH_ENV = { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' };

export function spawnRpc(args, { env = BENCH_ENV, onStderr } = {}) {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', onStderr ? 'pipe' : 'ignore'], env });
  const pending = new Map();
  let nextId = 1;
  let pieces = [];
  const rpc = { answeredAt: 0 };
  child.stdout.on('data', (chunk) => {
    let start = 0;
    let newline;
    // Only the new chunk is searched: a long line arrives in many chunks.
    while ((newline = chunk.indexOf(0x0a, start)) >= 0) {
      // The answer's last byte is here: the server's part is done; decoding and parsing below are the client's.
      rpc.answeredAt = performance.now();
      pieces.push(chunk.subarray(start, newline));
      start = newline + 1;
      const line = Buffer.concat(pieces).toString('utf8');
      pieces = [];
      if (!line.trim()) continue;
      const message = JSON.parse(line);
      const waiter = message.id !== undefined && pending.get(message.id);
      if (!waiter) continue;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiter.resolve(message.result);
    }
    if (start < chunk.length) pieces.push(chunk.subarray(start));
  });
  if (onStderr) {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', onStderr);
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const send = (message) => child.stdin.write(JSON.stringify(message) + '\n');
  return Object.assign(rpc, {
    child,
    request(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ jsonrpc: '2.0', id, method, params });
      });
    },
    notify(method, params = {}) {
      send({ jsonrpc: '2.0', method, params });
    },
    async initialize() {
      const result = await this.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } });
      this.notify('notifications/initialized');
      return result;
    },
    async close() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  });
}
