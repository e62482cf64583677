import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { uploadSlice } from '../../src/sandbox/oss/upload-store.js';
import { ok } from '../helpers/signed-request.js';

// ali-oss, unmodified, configured exactly from CreateUploadVideo's UploadAddress and UploadAuth as Alibaba's upload
// docs show it: new OSS({ accessKeyId, accessKeySecret, stsToken, endpoint, bucket }).
interface OssClient {
  put(name: string, file: Buffer | string, options?: Record<string, unknown>): Promise<{ res: { status: number } }>;
  multipartUpload(name: string, file: string, options?: Record<string, unknown>): Promise<{ res: { status: number } }>;
}
const require = createRequire(import.meta.url);
const OSS = require('ali-oss') as new (options: Record<string, unknown>) => OssClient;

interface UploadAddress {
  Endpoint: string;
  Bucket: string;
  FileName: string;
}
interface UploadAuth {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  Region: string;
}
const decode = <T>(base64: unknown): T => JSON.parse(Buffer.from(String(base64), 'base64').toString('utf8')) as T;

let sandbox: Sandbox;
let dir: string;
let file: string;
const FILE_BYTES = 3 * 1024 * 1024 + 12_345;
const figures: string[] = [];

beforeAll(async () => {
  // ali-oss warns on every client built with an STS token and no refresh callback; the documented setup has none.
  const warn = console.warn.bind(console);
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('refreshSTSToken')) warn(...args);
  });
  sandbox = await startSandbox({ enforceQps: false });
  dir = mkdtempSync(join(tmpdir(), 'vod-ali-oss-'));
  file = join(dir, 'clip.mp4');
  writeFileSync(file, randomBytes(FILE_BYTES));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`ali-oss against the sandbox:\n  ${figures.join('\n  ')}`);
});

async function createUpload(title: string) {
  const created = await ok(sandbox, 'CreateUploadVideo', { Title: title, FileName: 'clip.mp4', FileSize: String(FILE_BYTES) });
  return { videoId: String(created.VideoId), address: decode<UploadAddress>(created.UploadAddress), auth: decode<UploadAuth>(created.UploadAuth) };
}

function documentedClient(upload: Awaited<ReturnType<typeof createUpload>>, extra: Record<string, unknown> = {}): OssClient {
  return new OSS({
    accessKeyId: upload.auth.AccessKeyId,
    accessKeySecret: upload.auth.AccessKeySecret,
    stsToken: upload.auth.SecurityToken,
    endpoint: upload.address.Endpoint,
    bucket: upload.address.Bucket,
    ...extra,
  });
}

async function advanceUntilNormal(videoId: string): Promise<string> {
  let status = '';
  for (let round = 0; round < 20 && status !== 'Normal'; round++) {
    const advanced = await fetch(`${sandbox.url}/__sandbox/clock/advance`, { method: 'POST', body: JSON.stringify({ seconds: 60 }) });
    expect(advanced.status).toBe(200);
    status = String(((await ok(sandbox, 'GetVideoInfo', { VideoId: videoId })).Video as { Status: string }).Status);
  }
  return status;
}

const variants: [string, Record<string, unknown>, 'put' | 'multipartUpload'][] = [
  ['put, documented configuration (V1 signature)', {}, 'put'],
  ['multipartUpload, documented configuration (V1 signature)', {}, 'multipartUpload'],
  ['put, path style (sldEnable)', { sldEnable: true }, 'put'],
  ['multipartUpload, path style (sldEnable)', { sldEnable: true }, 'multipartUpload'],
  ['put, V4 signature (OSS4-HMAC-SHA256)', { authorizationV4: true }, 'put'],
  ['multipartUpload, V4 signature (OSS4-HMAC-SHA256)', { authorizationV4: true }, 'multipartUpload'],
];

describe('ali-oss uploads to the sandbox with the credentials CreateUploadVideo returns', () => {
  it.each(variants)('%s, then the video reaches Normal as the clock advances', async (label, extra, method) => {
    const upload = await createUpload(label);
    // The V4 signature needs the region to sign with; UploadAuth gives it.
    const client = documentedClient(upload, extra.authorizationV4 ? { ...extra, region: `oss-${upload.auth.Region}` } : extra);
    const result =
      method === 'put'
        ? await client.put(upload.address.FileName, file)
        : await client.multipartUpload(upload.address.FileName, file, { partSize: 1024 * 1024, parallel: 2 });
    expect(result.res.status).toBe(200);
    const stored = Object.values(uploadSlice(sandbox).objects);
    expect(stored.find((object) => object.Bucket === upload.address.Bucket && object.Key === upload.address.FileName)?.Size).toBe(FILE_BYTES);
    expect(await advanceUntilNormal(upload.videoId)).toBe('Normal');
    figures.push(`${label}: ${FILE_BYTES} bytes uploaded, video Normal`);
  });

  it('a wrong secret gets OSS SignatureDoesNotMatch with the string to sign, V1 and V4', async () => {
    for (const extra of [{}, { authorizationV4: true }]) {
      const upload = await createUpload('wrong secret');
      const client = documentedClient({ ...upload, auth: { ...upload.auth, AccessKeySecret: 'wrong' } }, extra.authorizationV4 ? { ...extra, region: `oss-${upload.auth.Region}` } : extra);
      const error = (await client.put(upload.address.FileName, Buffer.from('x')).catch((e: unknown) => e)) as { code: string; status: number; params?: unknown };
      expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', status: 403 });
    }
  });

  it('another object than the one the credential was issued for is refused as AccessDenied, not as a signature error', async () => {
    const upload = await createUpload('other object');
    const error = (await documentedClient(upload).put('sv/other/other.mp4', Buffer.from('x')).catch((e: unknown) => e)) as { code: string; status: number };
    expect(error).toMatchObject({ code: 'AccessDenied', status: 403 });
  });

  it.each(['outin-sandbox.localhost', 'outin-sandbox.127.0.0.1'])('virtual-hosted on a loopback subdomain (Host %s:port), signed by ali-oss\'s own V1 signer', async (hostname) => {
    const upload = await createUpload(`virtual host ${hostname}`);
    expect(hostname.startsWith(`${upload.address.Bucket}.`)).toBe(true);
    const signUtils = require('ali-oss/lib/common/signUtils') as {
      buildCanonicalString(method: string, resource: string, request: { headers: Record<string, string> }): string;
      authorization(accessKeyId: string, secret: string, canonical: string): string;
    };
    const body = randomBytes(200_000);
    const headers: Record<string, string> = { 'content-type': 'video/mp4', 'x-oss-date': new Date().toUTCString(), 'x-oss-security-token': upload.auth.SecurityToken };
    const canonical = signUtils.buildCanonicalString('PUT', `/${upload.address.Bucket}/${upload.address.FileName}`, { headers });
    headers.authorization = signUtils.authorization(upload.auth.AccessKeyId, upload.auth.AccessKeySecret, canonical);
    const status = await new Promise<number>((resolve, reject) => {
      const sent = httpRequest(
        { host: '127.0.0.1', port: sandbox.port, method: 'PUT', path: `/${upload.address.FileName}`, headers: { ...headers, host: `${hostname}:${sandbox.port}`, 'content-length': String(body.length) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
    expect(status).toBe(200);
    expect(Object.values(uploadSlice(sandbox).objects).find((object) => object.Key === upload.address.FileName)?.Size).toBe(body.length);
  });

  it('refuses a body past the cap with 413 EntityTooLarge', async () => {
    const small = await startSandbox({ enforceQps: false, ossMaxBodyBytes: 1024 * 1024 });
    try {
      const created = await ok(small, 'CreateUploadVideo', { Title: 'too large', FileName: 'clip.mp4' });
      const address = decode<UploadAddress>(created.UploadAddress);
      const auth = decode<UploadAuth>(created.UploadAuth);
      const client = new OSS({ accessKeyId: auth.AccessKeyId, accessKeySecret: auth.AccessKeySecret, stsToken: auth.SecurityToken, endpoint: address.Endpoint, bucket: address.Bucket });
      const error = (await client.put(address.FileName, file).catch((e: unknown) => e)) as { code?: string; status?: number };
      expect(error.status).toBe(413);
      expect(error.code).toBe('EntityTooLarge');
      // Parts below the cap still go through.
      const result = await client.multipartUpload(address.FileName, file, { partSize: 512 * 1024 });
      expect(result.res.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});
