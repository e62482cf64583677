import { Client, StreamableHTTPClientTransport, type CallToolResult, type Tool } from '@modelcontextprotocol/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHttp, spawnHttpServer, type HttpServerProcess } from '../helpers/http-server.js';
import { UI_CAPABILITY } from './harness/index.js';

/**
 * MCP Apps views are an addition: a client that does not declare the ui extension gets the same tools, the same
 * results and the same resources as before, without any view link; one that does gets the links and nothing else more.
 * One server (HTTP, embedded sandbox), so both clients see the same account.
 */
let server: HttpServerProcess;
let plain: Client;
let apps: Client;
let legacy: Awaited<ReturnType<typeof connectHttp>>;

async function connect(capabilities: ConstructorParameters<typeof Client>[1]): Promise<Client> {
  const client = new Client({ name: 'views-compat-test', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' }, ...capabilities });
  await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
  return client;
}

beforeAll(async () => {
  server = await spawnHttpServer(['--sandbox', '--toolsets', 'all']);
  plain = await connect({ capabilities: { elicitation: { form: {} } } });
  apps = await connect({ capabilities: { elicitation: { form: {} }, extensions: UI_CAPABILITY } });
  // The 2025-era SDK client, which knows nothing of extensions.
  legacy = await connectHttp(server.url, {}, { elicitation: { form: {} } });
}, 60_000);

afterAll(async () => {
  await Promise.allSettled([plain?.close(), apps?.close(), legacy?.end()]);
  server?.stop();
});

/** RequestIds are new on every call; everything else of a result must be the same (the era's envelope _meta aside). */
function comparable(result: unknown): unknown {
  const { content, structuredContent, isError } = result as CallToolResult;
  return JSON.parse(JSON.stringify({ content, structuredContent, isError: isError ?? false }).replace(/(RequestId\\?":\\?")[0-9A-F-]{36}/g, '$1<id>').replace(/RequestId: [0-9A-F-]{36}/g, 'RequestId: <id>'));
}

const withoutMeta = (tools: Tool[]) => tools.map(({ _meta, ...tool }) => ({ ...tool, ...(_meta && Object.keys(_meta).some((key) => key !== 'ui' && key !== 'ui/resourceUri') ? { _meta } : {}) }));

describe('clients without MCP Apps support', () => {
  it('list the same tools, with no view link; a client with the extension gets only the links more', async () => {
    const [plainTools, appsTools, legacyTools] = await Promise.all([plain.listTools(), apps.listTools(), legacy.client.listTools()]);
    const linked = <T extends { name: string; _meta?: Record<string, unknown> }>(tools: T[]) => tools.filter((tool) => tool._meta?.ui !== undefined || tool._meta?.['ui/resourceUri'] !== undefined);
    expect(linked(plainTools.tools)).toEqual([]);
    expect(linked(legacyTools.tools)).toEqual([]);
    expect(linked(appsTools.tools).map((tool) => [tool.name, (tool._meta?.ui as { resourceUri: string }).resourceUri])).toEqual(
      expect.arrayContaining([
        ['review_audit', 'ui://vod/audit-review'],
        ['describe_vod_domain_traffic_data', 'ui://vod/usage'],
        ['describe_vod_storage_data', 'ui://vod/usage'],
        ['describe_vod_transcode_data', 'ui://vod/usage'],
      ]),
    );
    expect(withoutMeta(appsTools.tools)).toEqual(plainTools.tools);
    expect(legacyTools.tools.map((tool) => tool.name)).toEqual(plainTools.tools.map((tool) => tool.name));
  }, 60_000);

  it('get identical results from the tools that have a view', async () => {
    const found = (await plain.callTool({ name: 'search_media', arguments: { SearchType: 'video', Match: "Title = 'Reported clip'" } })) as CallToolResult;
    const videoId = (found.structuredContent as { MediaList: { MediaId: string }[] }).MediaList[0]!.MediaId;
    const end = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000);
    const window = { StartTime: `${new Date(end.getTime() - 2 * 86_400_000).toISOString().slice(0, 19)}Z`, EndTime: `${end.toISOString().slice(0, 19)}Z` };
    for (const [name, args] of [
      ['review_audit', { VideoId: videoId }],
      ['describe_vod_domain_traffic_data', window],
      ['describe_vod_storage_data', window],
    ] as const) {
      const [a, b, c] = await Promise.all([plain.callTool({ name, arguments: args }), apps.callTool({ name, arguments: args }), legacy.client.callTool({ name, arguments: args })]);
      expect((a as CallToolResult).isError, name).toBeFalsy();
      expect(comparable(b), name).toEqual(comparable(a));
      expect(comparable(c), name).toEqual(comparable(a));
    }
  }, 60_000);

  it('see the same resources; the views are listed only for the extension, and readable by either', async () => {
    const [plainList, appsList] = await Promise.all([plain.listResources(), apps.listResources()]);
    expect(plainList.resources.filter((resource) => resource.uri.startsWith('ui://'))).toEqual([]);
    const views = appsList.resources.filter((resource) => resource.uri.startsWith('ui://'));
    expect(views.map((resource) => [resource.uri, resource.mimeType])).toEqual([
      ['ui://vod/audit-review', 'text/html;profile=mcp-app'],
      ['ui://vod/media-browser', 'text/html;profile=mcp-app'],
      ['ui://vod/usage', 'text/html;profile=mcp-app'],
    ]);
    expect(appsList.resources.filter((resource) => !resource.uri.startsWith('ui://'))).toEqual(plainList.resources);
    const read = await plain.readResource({ uri: 'ui://vod/usage' });
    expect(read.contents[0]).toMatchObject({ uri: 'ui://vod/usage', mimeType: 'text/html;profile=mcp-app' });
    expect((read.contents[0] as { text: string }).text).toMatch(/^<!doctype html>/i);
  }, 60_000);
});
