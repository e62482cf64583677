import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, TSC_CLI, connectStdio, textOf } from '../helpers/mcp-client.js';

// The bundle (scripts/build-bundle.mjs) is what `vod-mcp` runs; the tsc build (dist/cli.js) is its source of truth.
// Every import.meta.url site of src/ must find its files from the bundle's chunks as from dist/: the tool manifest
// (src/mcp/tool-catalog.ts), the icons (src/mcp/icons.ts), the views' HTML (src/views/resources.ts), the sandbox's
// media files (src/sandbox/media/sample-files.ts); the sandbox's spec JSON is inlined by the bundler.
const BUNDLE_DIR = pathToFileURL(join(fileURLToPath(new URL('../../dist/bundle/', import.meta.url)), '/')).href;
type Connected = Awaited<ReturnType<typeof connectStdio>>;

/** A play URL of the first sandbox video, fetched: exercises the tool loader, the sandbox chunk and its media files. */
async function playedBytes(server: Connected): Promise<Buffer> {
  const search = textOf(await server.client.callTool({ name: 'search_media', arguments: { SearchType: 'video', PageSize: 1, Match: "Status in ('Normal')" } }));
  const videoId = /"VideoId":\s*"([^"]+)"/.exec(search)?.[1];
  expect(videoId, search).toBeDefined();
  const play = textOf(await server.client.callTool({ name: 'get_play_info', arguments: { VideoId: videoId } }));
  const url = /http:\/\/127\.0\.0\.1:\d+\/[^\s"'<>\\]+/.exec(play)?.[0];
  expect(url, play).toBeDefined();
  const response = await fetch(url!);
  expect(response.status, url).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the bundle answers as the tsc build does', () => {
  let bundle: Connected;
  let tsc: Connected;
  let loadLog: string;

  beforeAll(async () => {
    // A module hook in the bundle's process records every file it loads as an ES module.
    const dir = mkdtempSync(join(tmpdir(), 'vod-mcp-bundle-'));
    loadLog = join(dir, 'loaded.txt');
    writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.LOAD_LOG, url + '\\n'); return next(url, context); }\n");
    writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
    const args = ['--sandbox', '--toolsets', 'all'];
    [bundle, tsc] = await Promise.all([
      connectStdio(args, { env: { NODE_OPTIONS: `--import=${pathToFileURL(join(dir, 'register.mjs')).href}`, LOAD_LOG: loadLog } }),
      connectStdio(args, { cli: TSC_CLI }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([bundle?.close(), tsc?.close()]);
  });

  it('publishes the same tool list, server identity and icons', async () => {
    const [fromBundle, fromTsc] = await Promise.all([bundle.client.listTools(), tsc.client.listTools()]);
    expect(fromBundle.tools.length).toBeGreaterThan(150);
    expect(JSON.stringify(fromBundle)).toBe(JSON.stringify(fromTsc));
    const identity = bundle.client.getServerVersion();
    expect(identity?.icons?.[0]?.src).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(identity).toEqual(tsc.client.getServerVersion());
  }, 60_000);

  it('serves every view from dist/views/', async () => {
    const views = readdirSync(new URL('../../dist/views/', import.meta.url)).filter((file) => file.endsWith('.html'));
    expect(views.length).toBeGreaterThan(0);
    for (const file of views) {
      const uri = `ui://vod/${file.replace(/\.html$/, '')}`;
      const [read] = (await bundle.client.readResource({ uri })).contents;
      expect(read && 'text' in read ? read.text : undefined, uri).toBe(readFileSync(new URL(`../../dist/views/${file}`, import.meta.url), 'utf8'));
    }
  }, 60_000);

  it('runs tools from their chunks and plays the sandbox media files, loading nothing outside dist/bundle/', async () => {
    const [fromBundle, fromTsc] = await Promise.all([playedBytes(bundle), playedBytes(tsc)]);
    expect(fromBundle.length).toBeGreaterThan(1000);
    expect(fromBundle.equals(fromTsc)).toBe(true);
    const files = readFileSync(loadLog, 'utf8').trim().split('\n').filter((url) => url.startsWith('file:'));
    expect(files).toContain(`${BUNDLE_DIR}cli.js`);
    // The entry, the chunks it needs, search_media's and get_play_info's own chunks, the sandbox's.
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((url) => !url.startsWith(BUNDLE_DIR))).toEqual([]);
  }, 60_000);
});

describe('the bundle\'s source maps', () => {
  it('map the entry back to src/cli.ts, line for line', () => {
    const code = readFileSync(CLI, 'utf8');
    expect(code).toMatch(/\/\/# sourceMappingURL=cli\.js\.map\n?$/);
    const map = new SourceMap(JSON.parse(readFileSync(`${CLI}.map`, 'utf8')));
    const source = readFileSync(new URL('../../src/cli.ts', import.meta.url), 'utf8');
    for (const needle of ['async function main(', 'function terminalHint(', 'async function runUpload(']) {
      const offset = code.indexOf(needle);
      expect(offset, needle).toBeGreaterThan(0);
      const line = code.slice(0, offset).split('\n').length - 1;
      const column = offset - code.lastIndexOf('\n', offset) - 1;
      const entry = map.findEntry(line, column);
      expect(entry && 'originalSource' in entry ? entry.originalSource : undefined).toMatch(/\/src\/cli\.ts$/);
      expect(entry && 'originalLine' in entry ? entry.originalLine : undefined, needle).toBe(source.slice(0, source.indexOf(needle)).split('\n').length - 1);
    }
  });
});
