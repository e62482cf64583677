// Cold-start cost of the credential chain (never asserted in tests): a fresh node process that loads the VOD client
// (undici, signing: the server always does), then our chain, or then the official @alicloud/credentials' default chain.
// The official package is not a dependency: to compare, `npm i --no-save @alicloud/credentials` first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const chain = new URL('../dist/client/credentials/chain.js', import.meta.url).href;
const client = new URL('../dist/client/vod-client.js', import.meta.url).href;
const base = `await import('${client}');`;
const runs = Number(process.env.RUNS ?? 21);
const home = mkdtempSync(join(tmpdir(), 'bench-home-'));
mkdirSync(join(home, '.aliyun'));
writeFileSync(join(home, '.aliyun', 'config.json'), JSON.stringify({ current: 'role', profiles: [{ name: 'role', mode: 'RamRoleArn', access_key_id: 'id', access_key_secret: 'secret', ram_role_arn: 'acs:ram::1:role/r' }] }));
const resolve = (options) => `${base} const { resolveCredentialChain } = await import('${chain}'); await resolveCredentialChain(${options});`;
const variants = {
  'VOD client only (reference)': base,
  'VOD client + our chain, environment AccessKey': resolve("{ env: { ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret' } }"),
  'VOD client + our chain, RamRoleArn profile (role modules loaded)': resolve(`{ env: {}, homeDir: ${JSON.stringify(home)}, isEcsInstance: () => false }`),
};
let official = true;
try {
  createRequire(fileURLToPath(import.meta.url)).resolve('@alicloud/credentials');
  variants['VOD client + @alicloud/credentials'] = base + " const m = await import('@alicloud/credentials'); new m.default.default();";
} catch {
  official = false;
}
const times = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, code] of Object.entries(variants)) {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' } });
    times[name].push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const reference = median(times['VOD client only (reference)']);
console.log(`# credential chain cold start, node ${process.version}, median of ${runs} interleaved runs`);
for (const [name, values] of Object.entries(times)) {
  const value = median(values);
  console.log(`${name}: ${value.toFixed(1)} ms (+${(value - reference).toFixed(1)} ms, x${(value / reference).toFixed(2)})`);
}
if (!official) console.log('@alicloud/credentials not installed: `npm i --no-save @alicloud/credentials` to compare');
