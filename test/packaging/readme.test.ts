import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildConfig, parseCli } from '../../src/config.js';

// The README's client snippets are copied into users' configuration files: each must parse in its format and start
// the server with options it accepts.
const readme = readFileSync('README.md', 'utf8');
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
const SCRIPT = '/abs/path/to/alibabacloud-vod-mcp/dist/bundle/cli.js';

function expectStartable(command: string, args: readonly string[]): void {
  expect(command).toBe('node');
  expect(args[0]).toBe(SCRIPT);
  expect(() => buildConfig(parseCli(args.slice(1), {}).values)).not.toThrow();
}

describe('README client snippets', () => {
  it('the JSON snippets parse and start the server with valid options', () => {
    const json = blocks('json').map((text) => JSON.parse(text) as Record<string, Record<string, { command: string; args: string[] }>>);
    expect(json.length).toBeGreaterThanOrEqual(2);
    for (const config of json) {
      const servers = config.mcpServers ?? config.servers;
      expect(servers, JSON.stringify(config)).toBeDefined();
      for (const server of Object.values(servers!)) expectStartable(server.command, server.args);
    }
  });

  it('the Codex TOML snippet names a command and valid arguments', () => {
    const [toml] = blocks('toml');
    expect(toml).toMatch(/^\[mcp_servers\.vod\]$/m);
    const command = JSON.parse(toml!.match(/^command = (.+)$/m)![1]!) as string;
    const args = JSON.parse(toml!.match(/^args = (\[.+\])$/m)![1]!) as string[];
    expectStartable(command, args);
  });

  it('the shell one-liners pass valid options', () => {
    const lines = blocks('sh').flatMap((text) => text.split('\n')).filter((line) => line.includes(SCRIPT));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const args = line.slice(line.indexOf(SCRIPT) + SCRIPT.length).trim().split(/\s+/).filter(Boolean);
      expect(() => buildConfig(parseCli(args, {}).values), line).not.toThrow();
    }
  });

  it('names every client it promises, and the npx form only as once published', () => {
    for (const client of ['Claude Code', 'Claude Desktop', 'Cursor', 'VS Code', 'Windsurf', 'Codex', 'Gemini CLI', 'Trae']) expect(readme).toContain(client);
    for (const line of readme.split('\n').filter((text) => text.includes('npx -y alibabacloud-vod-mcp'))) expect(line).toMatch(/once published/i);
  });
});
