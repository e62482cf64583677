import { describe, expect, it } from 'vitest';
import { DEFAULT_SCOPE_NAMES, ToolScopes } from '../../src/mcp/tool-scopes.js';
import { discoverJwksUri, metadataUrls } from '../../src/transports/oauth/issuer-discovery.js';

describe('issuer metadata discovery', () => {
  it('tries the URLs in the order the MCP authorization spec gives, with and without a path', () => {
    expect(metadataUrls('https://auth.example.com')).toEqual(['https://auth.example.com/.well-known/oauth-authorization-server', 'https://auth.example.com/.well-known/openid-configuration']);
    expect(metadataUrls('https://auth.example.com/tenant1/')).toEqual([
      'https://auth.example.com/.well-known/oauth-authorization-server/tenant1',
      'https://auth.example.com/.well-known/openid-configuration/tenant1',
      'https://auth.example.com/tenant1/.well-known/openid-configuration',
    ]);
  });

  const answering = (documents: Record<string, unknown>): typeof fetch =>
    (async (input: string | URL | Request) => {
      const url = String(input);
      return url in documents ? Response.json(documents[url]) : new Response('no', { status: 404 });
    }) as typeof fetch;

  it('takes jwks_uri from the first document whose issuer is exactly the configured one', async () => {
    const issuer = 'https://auth.example.com/tenant1';
    const fetch = answering({
      'https://auth.example.com/.well-known/oauth-authorization-server/tenant1': { issuer: 'https://auth.example.com/other', jwks_uri: 'https://evil.example/jwks' },
      'https://auth.example.com/tenant1/.well-known/openid-configuration': { issuer, jwks_uri: 'https://auth.example.com/tenant1/keys' },
    });
    expect(await discoverJwksUri(issuer, { fetch })).toBe('https://auth.example.com/tenant1/keys');
  });

  it('names every URL tried and what it answered when none fits', async () => {
    const issuer = 'https://auth.example.com';
    const fetch = answering({ 'https://auth.example.com/.well-known/openid-configuration': { issuer } });
    await expect(discoverJwksUri(issuer, { fetch })).rejects.toThrow(/oauth-authorization-server: HTTP 404; .*openid-configuration: it names no jwks_uri/);
  });
});

describe('scopes by tool tier', () => {
  const tiers: Record<string, 'read' | 'write' | 'destructive'> = { get_video_info: 'read', update_video_info: 'write', delete_video: 'destructive' };
  const scopes = new ToolScopes(DEFAULT_SCOPE_NAMES, (name) => tiers[name]);
  const call = (name: string) => ({ method: 'tools/call', params: { name } });

  it('read tools need the read scope, write and destructive tools the write scope, which implies read', () => {
    expect(scopes.missing(['vod:read'], call('get_video_info'))).toBeUndefined();
    expect(scopes.missing(['vod:read'], call('update_video_info'))).toBe('vod:write');
    expect(scopes.missing(['vod:read'], call('delete_video'))).toBe('vod:write');
    expect(scopes.missing(['vod:write'], call('get_video_info'))).toBeUndefined();
    expect(scopes.missing(['vod:write'], call('delete_video'))).toBeUndefined();
    expect(scopes.missing(['openid'], { method: 'tools/list' })).toBe('vod:read');
    expect(scopes.missing(['vod:read'], { method: 'resources/read', params: { uri: 'vod://x' } })).toBeUndefined();
  });

  it('an unknown tool name needs only the read scope (the server answers that it is unknown)', () => {
    expect(scopes.missing(['vod:read'], call('no_such_tool'))).toBeUndefined();
    expect(scopes.missing(['vod:read'], { method: 'tools/call', params: { name: 42 } })).toBeUndefined();
  });

  it('configured names apply; without OAuth identity nothing is filtered', () => {
    const custom = new ToolScopes({ read: 'media.read', write: 'media.admin' }, (name) => tiers[name]);
    expect(custom.missing(['vod:write'], call('get_video_info'))).toBe('media.read');
    expect(custom.mayUse({ tier: 'destructive' }, undefined)).toBe(true);
    expect(custom.mayUse({ tier: 'destructive' }, { token: 't', clientId: 'c', scopes: ['media.read'] })).toBe(false);
  });
});
