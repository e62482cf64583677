import { mkdir } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Client, type CallToolResult, type ElicitResult, type Tool } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import type { McpUiResourceCsp } from '@modelcontextprotocol/ext-apps';
import { EXTENSION_ID, RESOURCE_MIME_TYPE } from '@modelcontextprotocol/ext-apps/server';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CLI } from '../../helpers/mcp-client.js';
import { launchChromium, type Browser } from '../../helpers/chromium.js';
import type { ConfirmationAnswer, ConfirmationForm, MountRequest } from './host-page.js';
import { SCREENSHOTS } from './screenshots.js';

export { chromiumMissing } from '../../helpers/chromium.js';

/** What a client that supports MCP Apps declares (the ui extension with the HTML profile). */
export const UI_CAPABILITY = { [EXTENSION_ID]: { mimeTypes: [RESOURCE_MIME_TYPE] } };

export interface OpenViewOptions {
  /** The tool whose result the view shows; its published `_meta.ui.resourceUri` names the view. */
  readonly tool: string;
  readonly args: Record<string, unknown>;
  /** When given, the view the tool must link to (checked). */
  readonly view?: string;
  readonly theme?: 'light' | 'dark';
}

export interface OpenedView {
  readonly page: Page;
  /** The view's document (inside the host's iframe). */
  readonly frame: ReturnType<Page['frameLocator']>;
  readonly result: CallToolResult;
  readonly resourceUri: string;
  readonly csp: McpUiResourceCsp;
  /** Tool calls the view made through the host, in order. */
  hostLog(): Promise<string[]>;
}

export interface Harness {
  /** The host's MCP client (declares the ui extension and form elicitation). */
  readonly client: Client;
  openView(options: OpenViewOptions): Promise<OpenedView>;
  close(): Promise<void>;
}

const HOST_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>vod-mcp test host</title>
<style>body{margin:0;font:14px system-ui;background:#eef0f3}[data-theme=dark] body{background:#111}#views iframe{display:block;width:100%;min-height:120px;border:0}dialog .message{white-space:pre-wrap;max-width:640px;max-height:300px;overflow:auto}</style>
</head><body><div id="views"></div><dialog id="confirmation"></dialog><script src="/host.js"></script></body></html>`;

/**
 * A test MCP Apps host: the BUILT server (dist/bundle/cli.js, what users run) on its embedded sandbox over stdio, a real MCP client that
 * declares the ui extension, a host page served over HTTP that embeds views with ext-apps' AppBridge, and headless
 * Chromium. Tool calls a view makes reach the server through this client; the server's confirmation forms are shown
 * in the host page (outside the view) and answered there.
 */
export async function startHarness(serverArgs: readonly string[] = []): Promise<Harness> {
  const hostScript = await bundleHostPage();
  const http = await serveHostPage(hostScript);
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, '--sandbox', '--toolsets', 'all', ...serverArgs],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' },
    stderr: 'ignore',
  });
  const client = new Client(
    { name: 'vod-mcp-test-host', version: '1.0.0' },
    { versionNegotiation: { mode: 'auto' }, capabilities: { elicitation: { form: {} }, extensions: UI_CAPABILITY } },
  );
  let activePage: Page | undefined;
  client.setRequestHandler('elicitation/create', async (request): Promise<ElicitResult> => {
    if (!activePage) return { action: 'cancel' };
    const params = request.params as { message: string; requestedSchema?: { properties?: ConfirmationForm['properties'] } };
    const form: ConfirmationForm = { message: params.message, properties: params.requestedSchema?.properties ?? {} };
    const answer: ConfirmationAnswer = await activePage.evaluate((shown) => window.askConfirmation(shown), form);
    return { ...answer };
  });
  await client.connect(transport);
  const browser: Browser = await launchChromium();
  let tools: Tool[] | undefined;

  return {
    client,
    openView: async (options) => {
      tools ??= (await client.listTools()).tools;
      const tool = tools.find((candidate) => candidate.name === options.tool);
      if (!tool) throw new Error(`the server does not offer ${options.tool}`);
      const resourceUri = (tool._meta?.ui as { resourceUri?: string } | undefined)?.resourceUri;
      if (!resourceUri) throw new Error(`${options.tool} links no view (_meta.ui.resourceUri)`);
      if (options.view && resourceUri !== `ui://vod/${options.view}`) throw new Error(`${options.tool} links ${resourceUri}, not ui://vod/${options.view}`);
      const read = await client.readResource({ uri: resourceUri });
      const content = read.contents[0];
      if (!content || !('text' in content) || content.mimeType !== RESOURCE_MIME_TYPE) throw new Error(`${resourceUri} is not an MCP Apps HTML resource`);
      const csp = ((content._meta?.ui as { csp?: McpUiResourceCsp } | undefined)?.csp ?? {}) as McpUiResourceCsp;
      const result = (await client.callTool({ name: options.tool, arguments: options.args })) as CallToolResult;

      const page = await browser.context.newPage();
      activePage = page;
      await page.exposeFunction('hostCallTool', async (params: { name: string; arguments?: Record<string, unknown> }) =>
        client.callTool({ name: params.name, arguments: params.arguments ?? {} }, { timeout: 120_000 }),
      );
      await page.goto(http.url);
      const request: MountRequest = { html: content.text, csp, toolName: options.tool, args: options.args, result, theme: options.theme ?? 'light' };
      await page.evaluate((mount) => window.mountView(mount), request);
      return { page, frame: page.frameLocator('#views iframe'), result, resourceUri, csp, hostLog: () => page.evaluate(() => window.hostLog) };
    },
    close: async () => {
      await browser.close().catch(() => {});
      await client.close().catch(() => {});
      await new Promise<void>((resolve) => http.server.close(() => resolve()));
    },
  };
}

async function bundleHostPage(): Promise<string> {
  const entry = fileURLToPath(new URL('./host-page.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'es2022', platform: 'browser', logLevel: 'error' });
  return result.outputFiles[0]!.text;
}

async function serveHostPage(script: string): Promise<{ server: HttpServer; url: string }> {
  const server = createServer((request, response) => {
    if (request.url === '/host.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOST_HTML);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/**
 * For a describe block: the harness started (and the screenshot folder made) before its tests, closed after them.
 * Returns a getter, as the harness exists only once the suite has started.
 */
export function useHarness(serverArgs: readonly string[] = []): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(serverArgs);
    await mkdir(SCREENSHOTS, { recursive: true });
  }, 120_000);
  afterAll(async () => harness?.close(), 60_000);
  return () => {
    if (!harness) throw new Error('the view harness has not started');
    return harness;
  };
}
