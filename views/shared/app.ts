import { App, PostMessageTransport, type McpUiHostContext } from '@modelcontextprotocol/ext-apps';
import type { CallToolResult } from '@modelcontextprotocol/client';
import { applyHostTheme } from './theme.js';

export interface ViewHandlers {
  /** The tool's result, as the host hands it over (structuredContent is what the view draws). */
  onResult(result: CallToolResult): void;
  /** The arguments the tool was called with (arrive before the result). */
  onInput?(args: Record<string, unknown>): void;
}

/**
 * Connects a view to its host (ext-apps App over postMessage): follows the host's theme and hands the tool's
 * input and result to the view. Handlers are set before connecting, so the first notifications are not missed.
 */
export async function connectView(name: string, handlers: ViewHandlers): Promise<App> {
  const app = new App({ name: `vod-mcp-${name}`, version: '0.1.0' }, {}, { autoResize: true });
  app.ontoolinput = (params) => handlers.onInput?.(params.arguments ?? {});
  app.ontoolresult = (params) => handlers.onResult(params);
  app.onhostcontextchanged = (context) => applyHostTheme(context);
  app.onteardown = async () => ({});
  await app.connect(new PostMessageTransport(window.parent, window.parent));
  applyHostTheme(app.getHostContext() ?? ({} as McpUiHostContext));
  return app;
}

/** The structured result as an object, or undefined (an error result, or a host that passed text only). */
export function structuredOf(result: CallToolResult): Record<string, unknown> | undefined {
  const structured = result.structuredContent;
  return !result.isError && structured && typeof structured === 'object' && !Array.isArray(structured) ? (structured as Record<string, unknown>) : undefined;
}
