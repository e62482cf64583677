import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fromEnvironment } from '../../src/client/index.js';
import { buildConfig, ConfigError, helpText, OPTIONS, parseCli } from '../../src/config.js';
import { CLI } from '../helpers/mcp-client.js';

const config = (argv: string[], env: NodeJS.ProcessEnv = {}) => buildConfig(parseCli(argv, env).values);

describe('configuration', () => {
  it('has defaults', () => {
    expect(config([])).toMatchObject({ sandbox: false, region: 'cn-shanghai', transport: 'stdio', readOnly: false, confirm: 'destructive', confirmVia: 'auto', port: 8808 });
  });

  it('reads every flag from its environment variable; flags win', () => {
    const fromEnv = config([], { VOD_MCP_SANDBOX: 'true', VOD_MCP_REGION: 'ap-southeast-1', VOD_MCP_READ_ONLY: '1', VOD_MCP_TOOLSETS: 'media, cdn_refresh', VOD_MCP_TRANSPORT: 'http' });
    expect(fromEnv).toMatchObject({ sandbox: true, region: 'ap-southeast-1', readOnly: true, toolsets: ['media', 'cdn_refresh'], transport: 'http' });
    expect(config(['--region', 'cn-beijing'], { VOD_MCP_REGION: 'ap-southeast-1' }).region).toBe('cn-beijing');
    expect(config([], { ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou' }).region).toBe('cn-hangzhou');
    for (const spec of Object.values(OPTIONS)) expect(helpText()).toContain(spec.help);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--transport', 'ws'], /--transport must be one of stdio, http/],
    [['--region', 'Shanghai!'], /--region/],
    [['--endpoint', 'vod.example.com'], /--endpoint must be an http\(s\) URL/],
    [['--confirm', 'never'], /--i-understand-no-confirmation/],
    [['--port', '99999'], /--port must be an integer/],
    [['--sandbox', '--endpoint', 'http://x'], /exclude each other/],
    [['--transport', 'http', '--host', '0.0.0.0'], /--http-token/],
  ])('rejects %j', (argv, message) => {
    expect(() => config(argv)).toThrow(ConfigError);
    expect(() => config(argv)).toThrow(message);
  });

  it('rejects a bad boolean in the environment', () => {
    expect(() => config([], { VOD_MCP_READ_ONLY: 'maybe' })).toThrow(/VOD_MCP_READ_ONLY must be true or false/);
  });
});

describe('credentials', () => {
  it('reads the standard environment variables', () => {
    expect(fromEnvironment({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's', ALIBABA_CLOUD_SECURITY_TOKEN: 't' })).toEqual({ accessKeyId: 'id', accessKeySecret: 's', securityToken: 't' });
    expect(fromEnvironment({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id' })).toBeUndefined();
  });
});

// Each test spawns the CLI (up to three times); on a loaded 2-core machine one start takes 2-3 s.
describe('cli', { timeout: 30_000 }, () => {
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/nonexistent' } });

  it('--help lists the flags and exits 0', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--sandbox');
    expect(result.stdout).toContain('VOD_MCP_TOOLSETS');
  });

  it('exits 2 with a clear message on an unknown flag, a bad value and an unknown toolset', () => {
    for (const [args, message] of [
      [['--sandbx'], /Unknown option '--sandbx'/],
      [['--transport', 'pigeon'], /--transport must be one of/],
      [['--toolsets', 'medai'], /Unknown toolset "medai" \(did you mean "media"\?\)/],
    ] as const) {
      const result = run([...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('policy prints a RAM policy with exactly the selected actions', () => {
    const result = run(['policy', '--read-only', '--toolsets', 'media']);
    expect(result.status).toBe(0);
    const policy = JSON.parse(result.stdout) as { Statement: { Action: string[] }[] };
    const actions = policy.Statement[0]!.Action;
    expect(actions).toContain('vod:GetVideoInfo');
    expect(actions).not.toContain('vod:DeleteVideo');
    expect(actions.every((action) => action.startsWith('vod:'))).toBe(true);
  });
});
