import { ProtocolError, ProtocolErrorCode, type ResourceTemplateType, type Server, type ServerContext } from '@modelcontextprotocol/server';
import { VodApiError, type VodApi } from '../client/index.js';
import type { Logger } from '../log.js';
import { PROMPT_ICONS, RESOURCE_ICONS } from '../mcp/icons.js';
import { isServerDefined, renderDocument } from '../mcp/untrusted.js';
import { completeArgument } from './completions.js';
import { listResources } from './listing.js';
import { getPrompt, PROMPTS, type PromptTool } from './prompts.js';
import { readParsed } from './readers.js';
import { MediaSubscriptions, type PollSettings } from './subscriptions.js';
import { parseVodUri } from './uris.js';
import { listViewResources, readViewResource, viewOfUri, type ViewContext } from '../views/index.js';

/** MCP Apps views: read by anyone who asks, listed for clients that declared the ui extension. */
export interface CatalogViews {
  readonly context: ViewContext;
  readonly listedFor: (ctx: ServerContext) => boolean;
}

export const RESOURCE_TEMPLATES: readonly ResourceTemplateType[] = [
  { uriTemplate: 'vod://media/video/{VideoId}', name: 'video', title: 'Video', description: 'A video: info, play info and source file info.', mimeType: 'application/json' },
  { uriTemplate: 'vod://media/audio/{VideoId}', name: 'audio', title: 'Audio', description: 'An audio item: info, play info and source file info.', mimeType: 'application/json' },
  { uriTemplate: 'vod://media/image/{ImageId}', name: 'image', title: 'Image', description: 'An image and its source file.', mimeType: 'application/json' },
  { uriTemplate: 'vod://media/attached/{MediaId}', name: 'attached-media', title: 'Attached media', description: 'An attached (auxiliary) media file.', mimeType: 'application/json' },
  { uriTemplate: 'vod://templates/transcode/{TranscodeTemplateGroupId}', name: 'transcode-template-group', title: 'Transcode template group', description: 'One template group with all its templates.', mimeType: 'application/json' },
  { uriTemplate: 'vod://categories/{CateId}', name: 'category', title: 'Category', description: 'A category and its subtree.', mimeType: 'application/json' },
  {
    uriTemplate: 'vod://search/{SearchType}{?Match,SortBy,PageNo,PageSize}',
    name: 'media-search',
    title: 'Media search',
    description: "SearchMedia results. Match uses the media-search language, e.g. Title = 'launch' and Status in ('Normal').",
    mimeType: 'application/json',
  },
];

/** Resources, resource templates, subscriptions, completions and prompts on one server. */
/** `tools`: what prompts may name: the tools this client is offered, and every tool of the catalog (to say how to enable one). */
export function registerCatalog(server: Server, api: VodApi, logger: Logger, poll: PollSettings, tools: () => Promise<{ offered: readonly PromptTool[]; all: readonly PromptTool[] }>, views?: CatalogViews): MediaSubscriptions {
  const subscriptions = new MediaSubscriptions(api, (uri) => server.sendResourceUpdated({ uri }), logger, poll);
  server.onclose = () => subscriptions.close();

  server.setRequestHandler('resources/list', async (request, ctx) => {
    try {
      const listed = await listResources(api, request.params?.cursor);
      const resources = listed.resources.map((resource) => ({ ...resource, icons: RESOURCE_ICONS }));
      // The views lead the first page only, so paging through the account's media is unchanged.
      const withViews = views && request.params?.cursor === undefined && views.listedFor(ctx) ? [...listViewResources(), ...resources] : resources;
      return { ...listed, resources: withViews };
    } catch (error) {
      throw toMcpError(error);
    }
  });
  server.setRequestHandler('resources/templates/list', async () => ({ resourceTemplates: RESOURCE_TEMPLATES.map((template) => ({ ...template, icons: RESOURCE_ICONS })) }));
  server.setRequestHandler('resources/read', async (request) => {
    const { uri } = request.params;
    const view = views && viewOfUri(uri);
    if (view) return readViewResource(view, views.context);
    const parsed = parseVodUri(uri);
    if (!parsed) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Not a vod:// URI: ${uri}`);
    let document: unknown;
    try {
      document = await readParsed(api, parsed);
    } catch (error) {
      throw toMcpError(error);
    }
    if (document === undefined) throw new ProtocolError(-32002, `Resource not found: ${uri}`);
    return { contents: [{ uri, mimeType: 'application/json', text: renderDocument(document) }] };
  });
  server.setRequestHandler('resources/subscribe', async (request) => {
    try {
      await subscriptions.subscribe(request.params.uri);
    } catch (error) {
      throw toMcpError(error);
    }
    return {};
  });
  server.setRequestHandler('resources/unsubscribe', async (request) => {
    subscriptions.unsubscribe(request.params.uri);
    return {};
  });
  server.setRequestHandler('prompts/list', async () => ({ prompts: PROMPTS.map(({ render: _render, ...prompt }) => ({ ...prompt, icons: PROMPT_ICONS })) }));
  server.setRequestHandler('prompts/get', async (request) => {
    try {
      return getPrompt(request.params.name, request.params.arguments ?? {}, await tools());
    } catch (error) {
      throw new ProtocolError(ProtocolErrorCode.InvalidParams, (error as Error).message);
    }
  });
  server.setRequestHandler('completion/complete', async (request) => {
    const values = await completeArgument(api, request.params.argument.name, request.params.argument.value).catch((error: unknown) => {
      logger.debug(`completion failed: ${(error as Error).message}`);
      return [];
    });
    return { completion: { values: values.filter((value) => isCompletable(request.params.argument.name, value)), hasMore: false } };
  });
  return subscriptions;
}

/**
 * A completion value is inserted as an argument as it is, so it cannot be fenced: only server-defined values and
 * single words (which cannot carry an instruction) are offered; free text with spaces or markup is left out.
 */
function isCompletable(argument: string, value: string): boolean {
  return isServerDefined(argument, value) || /^[\p{L}\p{N}_.-]{1,64}$/u.test(value);
}

function toMcpError(error: unknown): ProtocolError {
  if (error instanceof ProtocolError) return error;
  if (error instanceof VodApiError) {
    const notFound = /NotFound|NotExist/.test(error.code) || error.httpStatus === 404;
    return new ProtocolError(notFound ? -32002 : ProtocolErrorCode.InternalError, `VOD API error ${error.code}: ${error.message}${error.requestId ? ` (RequestId ${error.requestId})` : ''}`);
  }
  return new ProtocolError(ProtocolErrorCode.InvalidParams, (error as Error).message);
}
