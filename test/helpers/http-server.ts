import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { ClientCapabilities } from '@modelcontextprotocol/sdk/types.js';
import { CLI } from './mcp-client.js';

export interface HttpServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  readonly port: number;
  stderr(): string;
  stop(): void;
}

/** Spawns the built server with `--transport http --port 0` and waits for the URL it logs. */
export async function spawnHttpServer(args: string[], env: Record<string, string> = {}): Promise<HttpServerProcess> {
  const child = spawn(process.execPath, [CLI, '--transport', 'http', '--port', '0', ...args], { env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ...env } });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /MCP Streamable HTTP on (\S+)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  return { child, url, port: Number(new URL(url).port), stderr: () => stderr, stop: () => void child.kill() };
}

/** A real SDK client over Streamable HTTP; `end` deletes the session (DELETE /mcp) and closes. */
export async function connectHttp(url: string, headers: Record<string, string> = {}, capabilities: ClientCapabilities = {}): Promise<{ client: Client; end(): Promise<void> }> {
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
  const client = new Client({ name: 'hardening-test', version: '1.0.0' }, { capabilities });
  await client.connect(transport);
  return {
    client,
    end: async () => {
      await transport.terminateSession();
      await client.close();
    },
  };
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

/** A raw HTTP/1.1 request with any headers (Host and Origin included), for the cases about HTTP itself. */
export function rawRequest(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/mcp', headers: options.headers ?? {} }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});

export const MCP_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
