import { readFile } from 'node:fs/promises';
import type { McpUiResourceMeta } from '@modelcontextprotocol/ext-apps';
import { RESOURCE_MIME_TYPE } from '@modelcontextprotocol/ext-apps/server';
import { VIEWS, viewUri, type ViewContext, type ViewSpec } from './registry.js';

/** The built views sit beside this module: dist/views/<name>.html (scripts/build-views.mjs). */
const builtView = (name: string) => new URL(`./${name}.html`, import.meta.url);

export interface ViewResourceListing {
  uri: string;
  name: string;
  title: string;
  description: string;
  mimeType: string;
  _meta: { ui: McpUiResourceMeta };
}

/** resources/list entries of the views (static defaults; the CSP is resolved on read). */
export function listViewResources(): ViewResourceListing[] {
  return VIEWS.map((view) => ({
    uri: viewUri(view.name),
    name: view.name,
    title: view.title,
    description: view.description,
    mimeType: RESOURCE_MIME_TYPE,
    _meta: { ui: { prefersBorder: view.prefersBorder } },
  }));
}

/** resources/read of ui://vod/<name>: the self-contained HTML and the CSP domains it needs, resolved now. */
export async function readViewResource(view: ViewSpec, context: ViewContext) {
  const html = await readFile(builtView(view.name), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `The view ${view.name} is not built (dist/views/${view.name}.html): run npm run build.` : error.message);
  });
  const csp = await view.csp(context);
  const ui: McpUiResourceMeta = { csp, prefersBorder: view.prefersBorder };
  return { contents: [{ uri: viewUri(view.name), mimeType: RESOURCE_MIME_TYPE, text: html, _meta: { ui } }] };
}
