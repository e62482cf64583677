import { EXTENSION_ID, getUiCapability, RESOURCE_MIME_TYPE, RESOURCE_URI_META_KEY } from '@modelcontextprotocol/ext-apps/server';
import type { ClientCapabilities } from '@modelcontextprotocol/server';
import { findView, viewUri } from './registry.js';

export { EXTENSION_ID };

/** The client declared the io.modelcontextprotocol/ui extension with the MCP Apps HTML profile. */
export function clientSupportsViews(capabilities: ClientCapabilities | null | undefined): boolean {
  return getUiCapability(capabilities)?.mimeTypes?.includes(RESOURCE_MIME_TYPE) ?? false;
}

/**
 * A published tool linked to its view: `_meta.ui.resourceUri`, and the older flat `ui/resourceUri` key that
 * ext-apps' registerAppTool also writes, for hosts of either generation.
 */
export function withViewMeta<T extends { _meta?: Record<string, unknown> | undefined }>(published: T, view: string | undefined): T {
  if (view === undefined) return published;
  if (!findView(view)) throw new Error(`The tool names the view "${view}", which src/views/registry.ts does not define.`);
  const resourceUri = viewUri(view);
  return { ...published, _meta: { ...published._meta, ui: { resourceUri }, [RESOURCE_URI_META_KEY]: resourceUri } };
}
