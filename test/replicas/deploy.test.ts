import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPTIONS } from '../../src/config.js';

// What of deploy/ can be checked without running it: HAProxy parses its file (the replica test runs it), systemd
// parses the unit, and every VOD_MCP_* variable the files set is one the server reads. compose.yaml is only
// documented (no container runtime here): this checks its variable names and the file it mounts.
const file = (name: string) => fileURLToPath(new URL(`../../deploy/${name}`, import.meta.url));
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const DEPLOY_ONLY = new Set(['VOD_MCP_LB_BIND', 'VOD_MCP_REPLICA_1', 'VOD_MCP_REPLICA_2', 'VOD_MCP_REPLICA_3', 'VOD_MCP_CONFIRM_KEY', 'VOD_MCP_PUBLIC_HOST']);

describe('deploy/', () => {
  it.skipIf(!has('haproxy'))('haproxy.cfg is valid HAProxy configuration', () => {
    const env = { PATH: process.env.PATH ?? '', VOD_MCP_LB_BIND: '127.0.0.1:1', VOD_MCP_REPLICA_1: '127.0.0.1:2', VOD_MCP_REPLICA_2: '127.0.0.1:3', VOD_MCP_REPLICA_3: '127.0.0.1:4' };
    const check = spawnSync('haproxy', ['-c', '-f', file('haproxy.cfg')], { encoding: 'utf8', env });
    expect(check.status, check.stderr + check.stdout).toBe(0);
  });

  it.skipIf(!has('systemd-analyze'))('the systemd unit parses without warnings', () => {
    const check = spawnSync('systemd-analyze', ['verify', file('vod-mcp@.service')], { encoding: 'utf8' });
    expect(check.stderr.split('\n').filter((line) => line.includes('vod-mcp@'))).toEqual([]);
  });

  it('every VOD_MCP_* variable the files set is one the server reads', () => {
    const known = new Set<string>(Object.values(OPTIONS).flatMap((spec) => [...spec.env]));
    for (const name of ['haproxy.cfg', 'vod-mcp@.service', 'compose.yaml', 'env.example']) {
      const used = [...readFileSync(file(name), 'utf8').matchAll(/\b(VOD_MCP_[A-Z0-9_]+)\b/g)].map((match) => match[1]!);
      expect(used.filter((variable) => !known.has(variable) && !DEPLOY_ONLY.has(variable)), name).toEqual([]);
    }
    expect(readFileSync(file('compose.yaml'), 'utf8')).toContain('./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg');
  });
});
