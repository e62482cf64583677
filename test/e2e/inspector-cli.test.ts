import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { CLI } from '../helpers/mcp-client.js';

// The MCP Inspector's CLI mode (@modelcontextprotocol/inspector-cli 1.0.3, a dev dependency) against the built
// server, over stdio and Streamable HTTP: the client many people try a server with first.
const run = promisify(execFile);
const TIMEOUT = 60_000;
const HTTP_TOKEN = 'inspector-test-token';

function inspectorBin(): { bin: string; dir: string } | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector-cli/package.json');
    const { bin, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string>; version: string };
    if (version !== '1.0.3') return undefined;
    const path = join(dirname(manifest), bin['mcp-inspector-cli']!);
    return { bin: path, dir: dirname(path) };
  } catch {
    return undefined;
  }
}

const inspector = inspectorBin();
if (!inspector) console.warn('skipping the MCP Inspector CLI tests: @modelcontextprotocol/inspector-cli 1.0.3 is not installed (npm ci installs it)');

/**
 * One Inspector CLI call; its JSON answer. The working directory is the CLI's own build directory: 1.0.3 checks
 * for "../package.json" relative to the working directory but imports it relative to its module, so it fails to
 * start from most other directories (an upstream quirk).
 */
async function inspect(target: string[], method: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, [inspector!.bin, '--cli', ...target, ...method], {
    cwd: inspector!.dir,
    timeout: TIMEOUT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
  });
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as Record<string, unknown>;
}

const stdioTarget = ['-e', 'ALIBABA_CLOUD_ECS_METADATA_DISABLED=true', process.execPath, CLI, '--sandbox'];

describe.skipIf(!inspector)('MCP Inspector CLI 1.0.3', () => {
  let http: HttpServerProcess;
  beforeAll(async () => {
    http = await spawnHttpServer(['--sandbox', '--http-token', HTTP_TOKEN]);
  }, TIMEOUT);
  afterAll(() => http?.stop());

  const targets: [string, () => string[]][] = [
    ['stdio', () => stdioTarget],
    ['Streamable HTTP', () => [http.url, '--transport', 'http', '--header', `Authorization: Bearer ${HTTP_TOKEN}`]],
  ];

  describe.each(targets)('over %s', (_label, target) => {
    it('tools/list names the tools with their input schemas', async () => {
      const { tools } = (await inspect(target(), ['--method', 'tools/list'])) as { tools: { name: string; inputSchema?: { type?: string } }[] };
      expect(tools.length).toBeGreaterThan(10);
      expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['search_media', 'get_video_info']));
      expect(tools.every((tool) => tool.inputSchema?.type === 'object')).toBe(true);
    }, TIMEOUT);

    it('tools/call runs a read tool with --tool-arg values', async () => {
      const result = (await inspect(target(), ['--method', 'tools/call', '--tool-name', 'search_media', '--tool-arg', 'SearchType=video', 'PageSize=2'])) as {
        isError?: boolean;
        content: { type: string; text?: string }[];
        structuredContent?: { MediaList?: unknown[] };
      };
      expect(result.isError, JSON.stringify(result).slice(0, 500)).toBeFalsy();
      expect(result.structuredContent?.MediaList).toHaveLength(2);
      expect(result.content[0]?.text).toContain('<untrusted-data>');
    }, TIMEOUT);

    it('resources/list and prompts/list answer', async () => {
      const { resources } = (await inspect(target(), ['--method', 'resources/list'])) as { resources: { uri: string }[] };
      expect(resources.length).toBeGreaterThan(0);
      expect(resources.every((resource) => /^[a-z][\w+.-]*:/.test(resource.uri))).toBe(true);
      const { prompts } = (await inspect(target(), ['--method', 'prompts/list'])) as { prompts: { name: string }[] };
      expect(prompts.map((prompt) => prompt.name)).toContain('publish_video');
    }, TIMEOUT);
  });

  it('a wrong bearer token over HTTP fails the Inspector call (exit status not 0)', async () => {
    await expect(inspect([http.url, '--transport', 'http', '--header', 'Authorization: Bearer wrong'], ['--method', 'tools/list'])).rejects.toThrow(/Missing or wrong bearer token/);
  }, TIMEOUT);
});
