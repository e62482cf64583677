import type { CallToolResult } from '@modelcontextprotocol/server';
import { mediaUri, type MediaKind } from './uris.js';

const MAX_LINKS = 20;
/** IDs are service-generated; anything else (a caller's text in an ID field) gets no link. */
const SERVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const KINDS: readonly string[] = ['video', 'audio', 'image', 'attached'];

type ResourceLink = Extract<CallToolResult['content'][number], { type: 'resource_link' }>;

/** The media items a result names, as vod:// resource links (first MAX_LINKS, each once). */
export function mediaLinksOf(value: unknown): ResourceLink[] {
  const links = new Map<string, ResourceLink>();
  const add = (kind: MediaKind, id: unknown) => {
    if (links.size >= MAX_LINKS || typeof id !== 'string' || !SERVICE_ID.test(id)) return;
    const uri = mediaUri(kind, id);
    if (!links.has(uri)) links.set(uri, { type: 'resource_link', uri, name: `${kind} ${id}`, mimeType: 'application/json' });
  };
  const walk = (node: unknown, depth: number): void => {
    if (links.size >= MAX_LINKS || depth > 8 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const mediaType = typeof record.MediaType === 'string' ? record.MediaType.toLowerCase() : undefined;
    if (mediaType && KINDS.includes(mediaType) && record.MediaId !== undefined) add(mediaType as MediaKind, record.MediaId);
    else if (record.VideoId !== undefined) add(mediaType === 'audio' ? 'audio' : 'video', record.VideoId);
    if (record.ImageId !== undefined) add('image', record.ImageId);
    for (const child of Object.values(record)) walk(child, depth + 1);
  };
  walk(value, 0);
  return [...links.values()];
}

/** A successful tool result with links to the media it names (clients can read or subscribe to them). */
export function withResourceLinks(result: CallToolResult): CallToolResult {
  if (result.isError || !result.structuredContent) return result;
  const links = mediaLinksOf(result.structuredContent);
  return links.length ? { ...result, content: [...result.content, ...links] } : result;
}
