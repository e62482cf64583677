// Upload throughput and peak memory against the sandbox's OSS endpoint (a separate process), never asserted in
// tests. Each upload runs in its own child process, which reports its wall time and peak RSS; runs interleave the
// modes; the reference is one signed PUT streamed with node:http (no client library), and ali-oss (the official
// OSS client, its default multipart settings but our part size) runs beside it.
//   npm run build && node bench/upload.mjs [MiB=192] [rounds=3]
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const self = fileURLToPath(import.meta.url);
const MiB = 1024 * 1024;
const decode = (base64) => JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));

if (process.argv[2] === '--one') {
  const [, , , mode, file, size, address, auth] = process.argv;
  const target = decode(address);
  const credentials = decode(auth);
  const started = performance.now();
  if (mode === 'plain http PUT') {
    // The reference the issue names: one signed PUT streamed from disk with node:http, no client library.
    const { request } = await import('node:http');
    const { createReadStream } = await import('node:fs');
    const { ossAuthorization } = await import('../dist/signing/oss-signature.js');
    const { decodeUploadAddress, decodeUploadAuth } = await import('../dist/client/oss/upload-credentials.js');
    const to = decodeUploadAddress(address);
    const creds = decodeUploadAuth(auth);
    const headers = { 'content-type': 'application/octet-stream', 'x-oss-security-token': creds.securityToken };
    const date = new Date().toUTCString();
    const authorization = ossAuthorization({ method: 'PUT', bucket: to.bucket, key: to.key, headers, accessKeyId: creds.accessKeyId, accessKeySecret: creds.accessKeySecret, date });
    const url = new URL(`/${to.bucket}/${to.key}`, to.endpoint);
    await new Promise((resolve, reject) => {
      const req = request(url, { method: 'PUT', headers: { ...headers, date, authorization, 'content-length': size } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`PUT answered ${res.statusCode}`))));
      });
      req.on('error', reject);
      createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(req);
    });
  } else if (mode.startsWith('ali-oss')) {
    const OSS = createRequire(import.meta.url)('ali-oss');
    const client = new OSS({ accessKeyId: credentials.AccessKeyId, accessKeySecret: credentials.AccessKeySecret, stsToken: credentials.SecurityToken, endpoint: target.Endpoint, bucket: target.Bucket });
    if (mode === 'ali-oss put') await client.put(target.FileName, file);
    else await client.multipartUpload(target.FileName, file, { partSize: 5 * MiB });
  } else {
    const { uploadFile } = await import('../dist/client/upload/upload-file.js');
    const { decodeUploadAddress, decodeUploadAuth } = await import('../dist/client/oss/upload-credentials.js');
    const concurrency = Number(/c=(\d+)/.exec(mode)?.[1] ?? 4);
    await uploadFile({ path: file, size: Number(size), target: decodeUploadAddress(address), credentials: decodeUploadAuth(auth), multipartThreshold: mode === 'ours put' ? Infinity : 0, concurrency });
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, rssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const sizeMiB = Number(process.argv[2] ?? 192);
const rounds = Number(process.argv[3] ?? 3);
const { VodClient, staticCredentials } = await import('../dist/client/index.js');
const { DEFAULT_SANDBOX_CREDENTIALS } = await import('../dist/sandbox/index.js');
const cli = fileURLToPath(new URL('../dist/bundle/cli.js', import.meta.url));
const port = 20_000 + Math.floor(Math.random() * 20_000);
const sandbox = spawn(process.execPath, [cli, 'sandbox', '--port', String(port), '--host', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
await new Promise((resolve) => sandbox.stderr.on('data', (chunk) => String(chunk).includes(String(port)) && resolve()));
sandbox.stderr.pipe(process.stderr);
const url = `http://127.0.0.1:${port}`;
const api = new VodClient({ endpoint: url, credentials: staticCredentials(DEFAULT_SANDBOX_CREDENTIALS, 'bench') });

const dir = await mkdtemp(join(tmpdir(), 'vod-bench-upload-'));
const file = join(dir, 'bench.mp4');
const handle = await open(file, 'w');
for (let written = 0; written < sizeMiB; written += 16) await handle.write(randomBytes(16 * MiB));
await handle.close();
const size = sizeMiB * MiB;

const ALL_MODES = ['plain http PUT', 'ali-oss put', 'ours put', 'ali-oss multipart', 'ours multipart c=4', 'ours multipart c=1'];
// BENCH_MODES="ours put,plain http PUT" runs a subset (the reference is always included).
const modes = process.env.BENCH_MODES ? ALL_MODES.filter((mode) => mode === 'plain http PUT' || process.env.BENCH_MODES.split(',').includes(mode)) : ALL_MODES;
const results = Object.fromEntries(modes.map((mode) => [mode, []]));
const run = promisify(execFile);
const failures = [];
for (let round = 0; round < rounds; round++) {
  for (const mode of modes) {
    const created = await api.call('CreateUploadVideo', { Title: `bench ${mode}`, FileName: 'bench.mp4' }, { idempotent: false });
    try {
      const { stdout } = await run(process.execPath, [self, '--one', mode, file, String(size), created.UploadAddress, created.UploadAuth], { maxBuffer: 1 << 20 });
      results[mode].push(JSON.parse(stdout));
    } catch (error) {
      // A failed upload is reported, not hidden in the medians.
      failures.push(`${mode}, round ${round + 1}: ${String(error.stderr ?? error).split('\n').find((line) => /Error/.test(line)) ?? 'failed'}`);
    }
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const reference = median(results['plain http PUT'].map((r) => r.ms));
console.log(`## upload of ${sizeMiB} MiB to the sandbox OSS endpoint (loopback), median of ${rounds} interleaved rounds`);
console.log('| mode | time | MiB/s | speed vs plain http PUT (>1 is faster) | peak RSS of the uploading process |');
console.log('| --- | --- | --- | --- | --- |');
for (const mode of modes) {
  if (results[mode].length === 0) continue;
  const ms = median(results[mode].map((r) => r.ms));
  const rss = median(results[mode].map((r) => r.rssMiB));
  console.log(`| ${mode} | ${ms.toFixed(0)} ms | ${(sizeMiB / (ms / 1000)).toFixed(0)} | ${(reference / ms).toFixed(2)}x | ${rss.toFixed(0)} MiB |`);
}
if (failures.length) console.log(`\nfailed uploads: ${failures.join('; ')}`);
await api.close?.();
sandbox.kill();
await rm(dir, { recursive: true, force: true });
process.exit(0);
