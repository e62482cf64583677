import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI } from '../helpers/mcp-client.js';

// Each test starts or drives server processes: on a loaded shared machine that alone can take seconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

// The MCP conformance suite (@modelcontextprotocol/conformance), run against our Streamable HTTP server on the
// sandbox. Scenarios that need the reference "everything" server's own tools (image, audio, sampling...) do not apply.
const SCENARIOS = [
  'server-initialize',
  'ping',
  'logging-set-level',
  'completion-complete',
  'tools-list',
  'resources-list',
  'prompts-list',
  'dns-rebinding-protection',
];

const require = createRequire(import.meta.url);
const conformanceCli = join(dirname(require.resolve('@modelcontextprotocol/conformance/package.json')), 'dist', 'index.js');
let child: ChildProcess;
let url = '';

beforeAll(async () => {
  child = spawn(process.execPath, [CLI, '--sandbox', '--transport', 'http', '--port', '0'], { env: { PATH: process.env.PATH, HOME: '/nonexistent' } });
  url = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /MCP Streamable HTTP on http:\/\/127\.0\.0\.1:(\d+)\/mcp/.exec(stderr);
      if (match) resolve(`http://localhost:${match[1]}/mcp`);
    });
    child.on('exit', () => reject(new Error(stderr)));
  });
});
afterAll(() => {
  child?.kill();
});

describe('MCP conformance suite', () => {
  it.each(SCENARIOS)('%s', async (scenario) => {
    const { stdout } = await promisify(execFile)(process.execPath, [conformanceCli, 'server', '--url', url, '--scenario', scenario], { timeout: 60_000 }).catch(
      (error: { stdout?: string; stderr?: string }) => ({ stdout: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
    );
    const plain = stripVTControlCharacters(stdout);
    expect(plain, plain).toMatch(/Passed: (\d+)\/\1, 0 failed/);
  });
});
