import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import { FUNCTION_ARGS } from '../../src/tools/cdn-domain-config/function-args.js';
import { SETTABLE_FUNCTIONS } from '../../src/tools/cdn-domain-config/function-names.js';
import { allTools } from '../../src/tools/registry.js';

// batch_set_vod_domain_configs types every function's arguments from the manual's function table (13.4.1), at
// runtime and in the published schema alike.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default as new (options: Record<string, unknown>) => { compile(schema: unknown): (value: unknown) => boolean };
const tool = allTools().find((candidate) => candidate.action === 'BatchSetVodDomainConfigs')!;
const published = new Ajv2020({ strict: false }).compile(toMcpTool(tool).inputSchema);

const call = (functionName: string, args: Record<string, string>, configId?: number) => ({
  DomainNames: ['video.example.com'],
  Functions: [{ functionArgs: Object.entries(args).map(([argName, argValue]) => ({ argName, argValue })), functionName, ...(configId ? { configId } : {}) }],
});
const both = (value: unknown) => ({ runtime: tool.input.safeParse(value).success, published: published(value) });

describe('batch_set_vod_domain_configs function arguments', () => {
  it('covers every settable function', () => {
    expect(Object.keys(FUNCTION_ARGS).sort()).toEqual([...SETTABLE_FUNCTIONS].sort());
  });

  it.each([
    ['the manual’s example', 'set_req_host_header', { domain_name: 'www.example.com' }],
    ['a file-type TTL at the top weight 199', 'filetype_based_ttl_set', { file_type: 'jpg,png', ttl: '18', weight: '199' }],
    ['a path TTL', 'path_based_ttl_set', { path: '/videos', ttl: '3600', weight: '99' }],
    ['an IP blacklist with CIDRs', 'ip_black_list_set', { ip_list: '192.168.0.1,10.0.0.0/8' }],
    ['URL auth type A', 'aliauth', { auth_type: 'type_a', auth_key1: 'k1' }],
    ['a CORS header', 'set_resp_header', { key: 'Access-Control-Allow-Origin', value: '*' }],
    ['range forced', 'range', { enable: 'force' }],
    ['an empty hashkey set (no required args)', 'set_hashkey_args', { disable: 'on' }],
  ])('accepts %s', (_name, functionName, args) => {
    expect(both(call(functionName, args))).toEqual({ runtime: true, published: true });
  });

  it.each([
    ['weight 200 on a file-type TTL', 'filetype_based_ttl_set', { file_type: 'jpg', ttl: '18', weight: '200' }],
    ['weight 100 on a path TTL (1-99)', 'path_based_ttl_set', { path: '/videos', ttl: '60', weight: '100' }],
    ['a missing required argument', 'filetype_based_ttl_set', { file_type: 'jpg' }],
    ['an argument of another function', 'https_force', { enable: 'on', ttl: '5' }],
    ['a bad switch value', 'https_force', { enable: 'yes' }],
    ['a path without a leading slash', 'path_based_ttl_set', { path: 'videos', ttl: '60' }],
    ['a malformed IP list', 'ip_allow_list_set', { ip_list: '300.1.1.1' }],
    ['an unknown response header', 'set_resp_header', { key: 'X-Custom', value: '1' }],
    ['a tmd interval under 10 s', 'tmd_signature', { name: 'r', path: '/a', pathType: '0', interval: '9', count: '10', action: '0', ttl: '60' }],
  ])('refuses %s', (_name, functionName, args) => {
    expect(both(call(functionName, args))).toEqual({ runtime: false, published: false });
  });

  it('refuses the same argument twice (a runtime rule; JSON Schema cannot say it)', () => {
    const twice = { DomainNames: ['video.example.com'], Functions: [{ functionArgs: [{ argName: 'enable', argValue: 'on' }, { argName: 'enable', argValue: 'off' }], functionName: 'video_seek' }] };
    expect(tool.input.safeParse(twice).success).toBe(false);
  });

  it('sends the functions as one JSON text in the manual’s key order', () => {
    const args = tool.input.parse(call('filetype_based_ttl_set', { file_type: 'jpg', ttl: '18', weight: '30' }, 5068995));
    expect(tool.toParams(args).Functions).toBe('[{"functionArgs":[{"argName":"file_type","argValue":"jpg"},{"argName":"ttl","argValue":"18"},{"argName":"weight","argValue":"30"}],"functionName":"filetype_based_ttl_set","configId":5068995}]');
  });
});
