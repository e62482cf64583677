import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CLI } from '../helpers/mcp-client.js';

/**
 * A client that exits without a word (an IDE killed, a crashed bench) closes its ends of the server's pipes. The
 * server must then end on its own: not linger, and not spin on write errors it cannot report (the sandbox starting
 * right after the first tools/list logs to the stderr nobody reads any more).
 */
function start(): { child: ChildProcessWithoutNullStreams; request(method: string): Promise<void> } {
  const child = spawn(process.execPath, [CLI, '--sandbox'], { env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' } });
  let buffered = '';
  const waiting: (() => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    buffered += text;
    for (let at = buffered.indexOf('\n'); at >= 0; at = buffered.indexOf('\n')) {
      buffered = buffered.slice(at + 1);
      waiting.shift()?.();
    }
  });
  child.stderr.resume();
  let id = 0;
  const request = (method: string) =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      const params = method === 'initialize' ? { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'gone', version: '1' } } : {};
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params })}\n`);
    });
  return { child, request };
}

/** Resolves with the exit code, or 'still running' if the server has not ended within 20 s (a hang, not a speed). */
async function ended(child: ChildProcessWithoutNullStreams): Promise<number | string | null> {
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  clearTimeout(timer);
  return signal === 'SIGKILL' ? 'still running' : code;
}

describe('stdio server whose client is gone', () => {
  it('ends when the client closes every pipe right after the first tools/list', { timeout: 60_000 }, async () => {
    const { child, request } = start();
    await request('initialize');
    await request('tools/list');
    child.stdout.destroy();
    child.stderr.destroy();
    child.stdin.end();
    expect(await ended(child)).toBe(0);
  });

  it('ends when its answers can no longer be written, though stdin stays open', { timeout: 60_000 }, async () => {
    const { child, request } = start();
    await request('initialize');
    await request('tools/list');
    child.stdout.destroy();
    child.stderr.destroy();
    for (let i = 0; i < 5; i++) child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 100 + i, method: 'tools/list', params: {} })}\n`);
    expect(await ended(child)).toBe(0);
  });
});
