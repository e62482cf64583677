import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acs3CanonicalQuery,
  acs3CanonicalRequest,
  acs3Signature,
  acs3StringToSign,
  parseAcs3Authorization,
  sha256Hex,
  signRequestV3,
} from '../../src/signing/index.js';

// Independent implementations: @alicloud/openapi-util signs, @alicloud/openapi-client sends; we recompute.
const require = createRequire(import.meta.url);
const OpenApiUtil = require('@alicloud/openapi-util').default as {
  getAuthorization(request: { pathname: string; method: string; query: Record<string, string>; headers: Record<string, string> }, algorithm: string, payload: string, ak: string, secret: string): string;
};
const OpenApi = require('@alicloud/openapi-client') as {
  default: new (config: unknown) => { callApi(params: unknown, request: unknown, runtime: unknown): Promise<{ body: Record<string, unknown> }> };
  Config: new (config: Record<string, unknown>) => unknown;
  Params: new (params: Record<string, unknown>) => unknown;
  OpenApiRequest: new (request: Record<string, unknown>) => unknown;
};
const { RuntimeOptions } = require('@alicloud/tea-util') as { RuntimeOptions: new (options: Record<string, unknown>) => unknown };

const alphabet = ['a', 'Z', '0', ' ', '*', '~', '-', '_', '.', '+', '/', '=', '&', '%', '!', "'", '(', ')', '阿', '里', '😀', '"', ',', ':'];
function randomValue(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  const length = next() % 12;
  let value = '';
  for (let i = 0; i < length; i++) value += alphabet[next() % alphabet.length];
  return value;
}

describe('ACS3-HMAC-SHA256 cross-check with @alicloud/openapi-util', () => {
  it('produces the same Authorization for randomized queries, headers and payloads', () => {
    for (let i = 0; i < 60; i++) {
      const query: Record<string, string> = { VideoId: randomValue(i * 3 + 1), Title: randomValue(i * 5 + 2), Empty: '' };
      const payload = sha256Hex(randomValue(i * 11 + 7));
      const headers: Record<string, string> = {
        host: 'vod.cn-shanghai.aliyuncs.com',
        'x-acs-action': 'GetVideoInfo',
        'x-acs-version': '2017-03-21',
        'x-acs-date': '2024-01-02T03:04:05Z',
        'x-acs-signature-nonce': `nonce-${i}`,
        'x-acs-content-sha256': payload,
        'content-type': 'application/x-www-form-urlencoded',
      };
      const secret = `secret*${randomValue(i)}`;
      const theirs = OpenApiUtil.getAuthorization({ pathname: '/', method: 'POST', query, headers: { ...headers, 'user-agent': 'x' } }, 'ACS3-HMAC-SHA256', payload, 'ak', secret);
      const signedHeaders = Object.keys(headers);
      const canonical = acs3CanonicalRequest({ method: 'POST', path: '/', query: Object.entries(query), headers, signedHeaders, hashedPayload: payload });
      const parsed = parseAcs3Authorization(theirs)!;
      expect(parsed.signedHeaders).toEqual([...signedHeaders].sort());
      expect(acs3Signature(acs3StringToSign(canonical), secret)).toBe(parsed.signature);
    }
  });

  it('sorts the canonical query by encoded name and keeps empty values', () => {
    expect(acs3CanonicalQuery([['b', '1'], ['B', ' '], ['a', ''], ['a*', '~']])).toBe('B=%20&a=&a%2A=~&b=1');
  });
});

describe('signRequestV3', () => {
  const input = {
    method: 'POST' as const,
    action: 'GetVideoInfo',
    params: { VideoId: 'v1', Title: '中文 标题*~' },
    credentials: { accessKeyId: 'ak', accessKeySecret: 'sk' },
    now: new Date('2024-01-02T03:04:05.678Z'),
    nonce: 'n-1',
    host: '127.0.0.1:9000',
  };

  it('signs every header it sends and hashes the exact body', () => {
    const signed = signRequestV3(input);
    expect(signed.body).toBe('VideoId=v1&Title=%E4%B8%AD%E6%96%87%20%E6%A0%87%E9%A2%98%2A~');
    expect(signed.headers['x-acs-content-sha256']).toBe(sha256Hex(signed.body));
    expect(signed.headers['x-acs-date']).toBe('2024-01-02T03:04:05Z');
    const { authorization, ...rest } = signed.headers;
    const theirs = OpenApiUtil.getAuthorization({ pathname: '/', method: 'POST', query: {}, headers: rest }, 'ACS3-HMAC-SHA256', rest['x-acs-content-sha256']!, 'ak', 'sk');
    expect(authorization).toBe(theirs);
  });

  it('signs the STS token', () => {
    const signed = signRequestV3({ ...input, credentials: { ...input.credentials, securityToken: 'sts' } });
    expect(signed.headers['x-acs-security-token']).toBe('sts');
    expect(parseAcs3Authorization(signed.headers.authorization!)!.signedHeaders).toContain('x-acs-security-token');
  });
});

describe('what @alicloud/openapi-client sends verifies with our functions', () => {
  let server: Server;
  let endpoint = '';
  const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks) });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ RequestId: 'r' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('with its default settings, query and form-body parameters', async () => {
    const client = new OpenApi.default(new OpenApi.Config({ accessKeyId: 'ak', accessKeySecret: 'cross*secret', endpoint, protocol: 'HTTP' }));
    for (let i = 0; i < 20; i++) {
      seen.length = 0;
      const request = new OpenApi.OpenApiRequest({ query: { Title: randomValue(i * 7 + 1) }, body: { Description: randomValue(i * 13 + 5) } });
      const params = new OpenApi.Params({ action: 'UpdateVideoInfo', version: '2017-03-21', protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' });
      await client.callApi(params, request, new RuntimeOptions({}));
      const sent = seen[0]!;
      const url = new URL(sent.url, 'http://x');
      const authorization = parseAcs3Authorization(String(sent.headers.authorization))!;
      const headers = Object.fromEntries(Object.entries(sent.headers).map(([k, v]) => [k, String(v)]));
      const canonical = acs3CanonicalRequest({ method: sent.method, path: url.pathname, query: [...url.searchParams], headers, signedHeaders: authorization.signedHeaders, hashedPayload: sha256Hex(sent.body) });
      expect(headers['x-acs-content-sha256']).toBe(sha256Hex(sent.body));
      expect(acs3Signature(acs3StringToSign(canonical), 'cross*secret')).toBe(authorization.signature);
    }
  });
});
