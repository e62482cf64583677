import { spawn, type ChildProcess } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers/mcp-client.js';

let child: ChildProcess;
let url = '';
const TOKEN = 'bot-token-123';

beforeAll(async () => {
  child = spawn(process.execPath, [CLI, '--sandbox', '--transport', 'http', '--port', '0', '--http-token', TOKEN], { env: { PATH: process.env.PATH, HOME: '/nonexistent' } });
  url = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /MCP Streamable HTTP on (\S+)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.on('exit', () => reject(new Error(stderr)));
  });
});
afterAll(() => {
  child?.kill();
});

describe('Streamable HTTP transport', () => {
  it('refuses requests without the bearer token', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: '{}' });
    expect(response.status).toBe(401);
  });

  it('serves tools to an SDK client with the token, one session each', async () => {
    const connect = async () => {
      const client = new Client({ name: 'bot', version: '1' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${TOKEN}` } } }));
      return client;
    };
    const [a, b] = await Promise.all([connect(), connect()]);
    const { tools } = await a.listTools();
    expect(tools.some((tool) => tool.name === 'get_video_info')).toBe(true);
    const result = await b.callTool({ name: 'get_video_info', arguments: { VideoId: 'missing' } });
    expect(result.isError).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });
});
