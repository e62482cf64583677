import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textOf } from '../helpers/mcp-client.js';

// What a user gets from `npm pack` + `npm i ./<tarball>` and from the MCPB bundle, run through a real MCP client.
// Both install the production dependencies from the npm registry (or npm's cache), so they take a few seconds.
const repo = resolve('.');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = ['--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];

async function listAndCall(command: string, args: string[]): Promise<{ tools: string[]; text: string }> {
  const transport = new StdioClientTransport({ command, args, env: { PATH: process.env.PATH ?? '', HOME: tmpdir() }, stderr: 'pipe' });
  const client = new Client({ name: 'packaging-test', version: '1.0.0' });
  await client.connect(transport);
  try {
    const { tools } = await client.listTools();
    const result = await client.callTool({ name: 'get_categories', arguments: {} });
    return { tools: tools.map((tool) => tool.name), text: textOf(result) };
  } finally {
    await client.close();
  }
}

describe('installed like a user installs it', () => {
  it('the packed tarball installs into an empty folder and its bin serves the sandbox', { timeout: 240_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'vod-mcp-pack-'));
    // dist/ is already built by `npm test`; the prepack build is skipped.
    execFileSync(npm, ['pack', '--ignore-scripts', '--pack-destination', work, ...quiet], { cwd: repo, stdio: 'ignore' });
    const [tarball] = readdirSync(work).filter((file) => file.endsWith('.tgz'));
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'empty', version: '1.0.0', private: true }));
    execFileSync(npm, ['install', join(work, tarball!), ...quiet], { cwd: app, stdio: 'ignore' });
    const { tools, text } = await listAndCall(join(app, 'node_modules', '.bin', 'vod-mcp'), ['--sandbox']);
    expect(tools).toContain('search_media');
    expect(text).toContain('CateName');
  });

  it('the MCPB bundle built by npm run bundle runs its server', { timeout: 240_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'vod-mcp-bundle-'));
    const bundle = execFileSync(process.execPath, ['scripts/bundle.mjs', out], { cwd: repo, encoding: 'utf8' }).trim();
    expect(bundle).toMatch(/alibabacloud-vod-mcp-.*\.mcpb$/);
    const info = execFileSync(join(repo, 'node_modules', '.bin', 'mcpb'), ['info', bundle], { encoding: 'utf8' });
    expect(info).toContain('alibabacloud-vod-mcp');
    const { tools, text } = await listAndCall(process.execPath, [join(out, 'mcpb', 'server', 'dist', 'bundle', 'cli.js'), '--sandbox']);
    expect(tools).toContain('search_media');
    expect(text).toContain('CateName');
  });
});
