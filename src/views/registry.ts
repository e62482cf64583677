import type { McpUiResourceCsp } from '@modelcontextprotocol/ext-apps';
import type { VodApi } from '../client/index.js';
import { mediaOrigins } from './media-origins.js';

/**
 * MCP Apps views (the io.modelcontextprotocol/ui extension): one self-contained HTML file per view, built from
 * views/<name>/ into dist/views/<name>.html, served as the resource ui://vod/<name>. A tool opts in with one line
 * in its spec (`view: '<name>'`); its text and structured result stay complete for clients without Apps support.
 */
export interface ViewSpec {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** What the view may load, resolved when the resource is read (the account's domains can change). */
  readonly csp: (context: ViewContext) => Promise<McpUiResourceCsp>;
  /** The view draws its own frame (false) or asks the host for one (true). */
  readonly prefersBorder: boolean;
}

export interface ViewContext {
  readonly api: VodApi;
  /** Origins media is served from beyond the account's domains (the embedded sandbox's own URL). */
  /** Read after the account lookup: the embedded sandbox's origin is known once it has started. */
  readonly extraMediaOrigins: () => readonly string[];
}

export const VIEW_URI_PREFIX = 'ui://vod/';

/** Images and video from the account's play/CDN domains and storage buckets; no other network access. */
export const mediaOnly = async (context: ViewContext): Promise<McpUiResourceCsp> => ({ resourceDomains: await mediaOrigins(context) });
/** Media as mediaOnly, and fetch/XHR to the same origins: hls.js loads HLS playlists and segments by XHR (connect-src). */
export const mediaPlayback = async (context: ViewContext): Promise<McpUiResourceCsp> => {
  const origins = await mediaOrigins(context);
  return { resourceDomains: origins, connectDomains: origins };
};
/** Draws only what the tool returned: no network at all. */
export const noNetwork = async (): Promise<McpUiResourceCsp> => ({});

export const VIEWS: readonly ViewSpec[] = [
  {
    name: 'audit-review',
    title: 'Audit review',
    description: "A video's audit on its timeline: flagged frames at their timestamps, other findings, the AI suggestion, and pass/block through create_audit (which asks for confirmation).",
    csp: mediaOnly,
    prefersBorder: true,
  },
  {
    name: 'media-browser',
    title: 'Media browser',
    description: 'Covers, titles, status, duration and size of the media a search returned, paging through search_media, and a player for Normal media (get_play_info: MP4, HLS).',
    csp: mediaPlayback,
    prefersBorder: true,
  },
  {
    name: 'usage',
    title: 'Usage charts',
    description: 'Time-series charts of the usage and CDN statistics a tool returned (traffic, bandwidth, storage, transcode minutes).',
    csp: noNetwork,
    prefersBorder: true,
  },
];

export function viewUri(name: string): string {
  return `${VIEW_URI_PREFIX}${name}`;
}

export function findView(name: string): ViewSpec | undefined {
  return VIEWS.find((view) => view.name === name);
}

/** The view a ui://vod/ URI names, or undefined when the URI is not one of ours. */
export function viewOfUri(uri: string): ViewSpec | undefined {
  return uri.startsWith(VIEW_URI_PREFIX) ? findView(uri.slice(VIEW_URI_PREFIX.length)) : undefined;
}
