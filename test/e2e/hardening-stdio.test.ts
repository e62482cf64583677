import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI, connectStdio, textOf } from '../helpers/mcp-client.js';

// Each test starts or drives server processes: on a loaded shared machine that alone can take seconds.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

// The built server over stdio with the SDK's client: hostile sizes, error wording, the CLI's small edges.
let session: Awaited<ReturnType<typeof connectStdio>>;
beforeAll(async () => {
  session = await connectStdio(['--sandbox'], { env: { HOME: '/nonexistent' } });
}, 30_000);
afterAll(() => session?.close());

describe('stdio: an oversized message', () => {
  it('an 11 MB line is refused with an error for that request, logged, and the server keeps serving', async () => {
    const huge = 'x'.repeat(11 * 1024 * 1024);
    await expect(session.client.callTool({ name: 'get_video_info', arguments: { VideoId: huge } }, undefined, { timeout: 60_000 })).rejects.toThrow(/Message too large: \d+ bytes/);
    expect(session.stderr()).toMatch(/stdio: discarded a \d+-byte message, over the limit of one message; request \d+ was answered with an error; still serving/);
    const { tools } = await session.client.listTools();
    expect(tools.length).toBeGreaterThan(0);
  }, 90_000);

  it('a line that is too long and carries no request id is logged and skipped', async () => {
    const child = spawn(process.execPath, [CLI, '--sandbox'], { env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.write(`{"junk":"${'y'.repeat(11 * 1024 * 1024)}"}\n`);
    child.stdin.write('{"jsonrpc":"2.0","id":7,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}\n');
    for (let i = 0; i < 100 && !stdout.includes('"id":7'); i++) await sleep(200);
    child.kill();
    expect(stdout).toContain('"id":7');
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toMatchObject({ id: 7, result: { serverInfo: { name: expect.any(String) } } });
    expect(stderr).toMatch(/no request id could be read/);
  }, 60_000);
});

describe('bounded echoes of hostile names', () => {
  it('a 3.9 MB unknown tool name gets a short refusal (no suggestion, the name clipped)', async () => {
    const name = `get_video_info${'z'.repeat(3_900_000)}`;
    const result = await session.client.callTool({ name, arguments: {} }, undefined, { timeout: 60_000 });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text.length).toBeLessThan(1_000);
    expect(text).toMatch(/Tool "get_video_infoz+\.\.\. \(3900014 characters\)" is not a tool of this server/);
  }, 60_000);

  it('a near-miss still gets its suggestion', async () => {
    const result = await session.client.callTool({ name: 'get_vdeo_info', arguments: {} });
    expect(textOf(result)).toMatch(/did you mean "get_video_info"/);
  });

  it('a 1 MB unknown argument name is clipped in the error', async () => {
    const result = await session.client.callTool({ name: 'get_video_info', arguments: { VideoId: 'v1', ['K'.repeat(1_000_000)]: 1 } }, undefined, { timeout: 60_000 });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text.length).toBeLessThan(2_000);
    expect(text).toMatch(/Unknown argument "K+\.\.\. \(1000000 characters\)"/);
  }, 60_000);
});

describe('error wording', () => {
  it('a protocol error carries one "MCP error <code>:" prefix, not two', async () => {
    const error = (await session.client.readResource({ uri: 'https://not-vod/x' }).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^MCP error -32602: Not a vod:\/\/ URI/);
    expect(error.message).not.toMatch(/MCP error -?\d+: MCP error/);
  });

  it('without credentials, the error names the action and never reads "from -:"', async () => {
    const bare = await connectStdio(['--endpoint', 'http://127.0.0.1:9'], { env: { HOME: '/nonexistent' } });
    try {
      const text = textOf(await bare.client.callTool({ name: 'get_video_info', arguments: { VideoId: 'v1' } }));
      expect(text).toMatch(/^VOD API error NoCredentials from GetVideoInfo: No Alibaba Cloud credentials are configured/);
      expect(text).not.toContain('from -');
    } finally {
      await bare.close();
    }
  }, 30_000);
});

describe('CLI', () => {
  it('--tools -name (the documented removal form) parses and removes the tool', () => {
    const result = spawnSync(process.execPath, [CLI, 'policy', '--tools', '-search_media'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent' } });
    expect(result.stderr).not.toMatch(/ambiguous/);
    expect(result.status).toBe(0);
    const actions = (JSON.parse(result.stdout) as { Statement: { Action: string[] }[] }).Statement[0]!.Action;
    expect(actions).toContain('vod:GetVideoInfo');
    expect(actions).not.toContain('vod:SearchMedia');
  }, 30_000);

  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('started in a terminal, it says it is an MCP server and gives the Inspector command', async () => {
    // `script` gives the server a pseudo-terminal as stdin, like a person typing the command.
    const child = spawn('script', ['-qfec', `${process.execPath} ${CLI} --sandbox`, '/dev/null'], { env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', TERM: 'dumb' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    for (let i = 0; i < 100 && !output.includes('Ctrl+C'); i++) await sleep(200);
    child.kill('SIGKILL');
    expect(output).toMatch(/This is an MCP server speaking JSON-RPC on stdin\/stdout; it is waiting for an MCP client/);
    expect(output.replace(/\r?\n/g, '')).toContain(`npx @modelcontextprotocol/inspector node ${CLI} --sandbox`);
  }, 30_000);

  it('not in a terminal (a client spawned it), no such hint is printed', () => {
    expect(session.stderr()).not.toContain('waiting for an MCP client');
  });
});
