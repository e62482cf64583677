import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeSignature } from '../../src/signing/index.js';

// The official client signs; we recompute from what reached the wire. Any encoding difference shows up.
const require = createRequire(import.meta.url);
const RPCClient = require('@alicloud/pop-core').RPCClient as new (config: Record<string, string>) => {
  request(action: string, params: Record<string, string>, opts?: Record<string, unknown>): Promise<unknown>;
};

let server: Server;
let endpoint = '';
const seen: { method: string; params: Record<string, string> }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const params = Object.fromEntries(req.method === 'POST' ? new URLSearchParams(body) : url.searchParams);
      seen.push({ method: req.method ?? 'GET', params });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ RequestId: 'r' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const alphabet = ['a', 'Z', '0', ' ', '*', '~', '-', '_', '.', '+', '/', '=', '&', '%', '!', "'", '(', ')', '阿', '里', '😀', '"', ',', ':', '\n'];
function randomValue(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const length = next() % 12;
  let value = '';
  for (let i = 0; i < length; i++) value += alphabet[next() % alphabet.length];
  return value;
}

describe('cross-check with @alicloud/pop-core', () => {
  it.each(['GET', 'POST'])('agrees on %s signatures for randomized parameters', async (method) => {
    const secret = 'cross*check~secret';
    const client = new RPCClient({ accessKeyId: 'ak', accessKeySecret: secret, endpoint, apiVersion: '2017-03-21' });
    for (let i = 0; i < 40; i++) {
      seen.length = 0;
      const params: Record<string, string> = { Title: randomValue(i * 7 + 1), Description: randomValue(i * 13 + 5), Empty: '' };
      await client.request('UpdateVideoInfo', params, { method });
      const request = seen[0];
      expect(request?.method).toBe(method);
      const { Signature, ...rest } = request!.params;
      expect(computeSignature(method as 'GET' | 'POST', rest, secret)).toBe(Signature);
    }
  });
});
