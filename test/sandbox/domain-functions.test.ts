import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { expectError, ok } from '../helpers/signed-request.js';

// The sandbox's own reading of the function table (13.4.1): file-type TTL weights run 1-199, path TTL weights 1-99.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ enforceQps: false });
});
afterAll(async () => {
  await sandbox?.close();
});

const ttl = (functionName: string, target: [string, string], weight: string) =>
  JSON.stringify([{ functionArgs: [{ argName: target[0], argValue: target[1] }, { argName: 'ttl', argValue: '60' }, { argName: 'weight', argValue: weight }], functionName }]);

describe('BatchSetVodDomainConfigs TTL weights', () => {
  it('takes file-type weights up to 199 and stores them', async () => {
    await ok(sandbox, 'BatchSetVodDomainConfigs', { DomainNames: 'video.example.com', Functions: ttl('filetype_based_ttl_set', ['file_type', 'mp4'], '199') });
    const configs = await ok(sandbox, 'DescribeVodDomainConfigs', { DomainName: 'video.example.com', FunctionNames: 'filetype_based_ttl_set' });
    expect(JSON.stringify(configs)).toContain('"ArgValue":"199"');
  });

  it('refuses a file-type weight of 200 and a path weight of 100', async () => {
    await expectError(sandbox, 'BatchSetVodDomainConfigs', { DomainNames: 'video.example.com', Functions: ttl('filetype_based_ttl_set', ['file_type', 'mp4'], '200') }, 'InvalidArgValue.Malformed', 400);
    await expectError(sandbox, 'BatchSetVodDomainConfigs', { DomainNames: 'video.example.com', Functions: ttl('path_based_ttl_set', ['path', '/a'], '100') }, 'InvalidArgValue.Malformed', 400);
  });
});
