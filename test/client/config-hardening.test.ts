import { describe, expect, it } from 'vitest';
import { buildConfig, ConfigError, parseCli } from '../../src/config.js';
import { allTools, checkToolFor, closest, clip, MAX_SUGGESTED_NAME } from '../../src/tools/registry.js';

const config = (argv: string[], env: NodeJS.ProcessEnv = {}) => buildConfig(parseCli(argv, env).values);

describe('configuration of the hardening options', () => {
  it('--max-sessions defaults to 200 and reads VOD_MCP_MAX_SESSIONS', () => {
    expect(config([]).maxSessions).toBe(200);
    expect(config([], { VOD_MCP_MAX_SESSIONS: '5' }).maxSessions).toBe(5);
    expect(config(['--max-sessions', '7'], { VOD_MCP_MAX_SESSIONS: '5' }).maxSessions).toBe(7);
    expect(() => config(['--max-sessions', '0'])).toThrow(/--max-sessions must be an integer 1-100000/);
  });

  it('--allowed-origins takes origins, --allowed-hosts takes host names (flags and env)', () => {
    expect(config(['--allowed-origins', 'https://app.example.com, http://localhost:6274']).allowedOrigins).toEqual(['https://app.example.com', 'http://localhost:6274']);
    expect(config([], { VOD_MCP_ALLOWED_HOSTS: 'vod.internal,vod.internal:8808' }).allowedHosts).toEqual(['vod.internal', 'vod.internal:8808']);
    expect(() => config(['--allowed-origins', 'app.example.com'])).toThrow(ConfigError);
    expect(() => config(['--allowed-origins', 'https://app.example.com/path'])).toThrow(/scheme, host, optional port/);
  });

  it('a string option takes a value starting with "-" (the --tools removal form)', () => {
    expect(config(['--tools', '-search_media']).tools).toEqual(['-search_media']);
    expect(config(['--tools', '-search_media,+get_play_info', '--read-only']).tools).toEqual(['-search_media', '+get_play_info']);
    expect(() => config(['--tools', '--read-only'])).toThrow(ConfigError);
    expect(() => config(['--port', '-1'])).toThrow(/--port must be an integer/);
  });
});

describe('bounded suggestions', () => {
  it('no suggestion work for names over the limit; near misses still get one', () => {
    expect(closest('x'.repeat(MAX_SUGGESTED_NAME + 1), ['x'.repeat(MAX_SUGGESTED_NAME + 1)])).toBeUndefined();
    expect(closest('search_mdia', ['search_media', 'get_video_info'])).toBe('search_media');
    expect(clip('a'.repeat(1000))).toBe(`${'a'.repeat(80)}... (1000 characters)`);
    expect(clip('short')).toBe('short');
  });
});

describe('the read tool that tells whether a lost call ran', () => {
  it('exists for every tool that is not safe to repeat', () => {
    const unsafe = allTools().filter((tool) => tool.tier !== 'read' && !tool.annotations.idempotentHint);
    expect(unsafe.length).toBeGreaterThan(20);
    for (const tool of unsafe) expect({ action: tool.action, check: checkToolFor(tool.action)?.tier }).toEqual({ action: tool.action, check: 'read' });
    expect(checkToolFor('AddCategory')?.name).toBe('get_categories');
    expect(checkToolFor('AddWatermark')?.name).toBe('list_watermark');
    expect(checkToolFor('SubmitSnapshotJob')?.name).toBe('list_snapshots');
  });
});
