export const SCHEME = 'vod://';

export type MediaKind = 'video' | 'audio' | 'image' | 'attached';
export const MEDIA_KINDS: readonly MediaKind[] = ['video', 'audio', 'image', 'attached'];

export const mediaUri = (kind: MediaKind, id: string) => `${SCHEME}media/${kind}/${encodeURIComponent(id)}`;
export const transcodeGroupUri = (id: string) => `${SCHEME}templates/transcode/${encodeURIComponent(id)}`;

export type ParsedUri =
  | { kind: 'static'; path: string }
  | { kind: 'media'; media: MediaKind; id: string }
  | { kind: 'transcode-group'; id: string }
  | { kind: 'category'; id: string }
  | { kind: 'search'; searchType: string; query: URLSearchParams };

export function parseVodUri(uri: string): ParsedUri | undefined {
  if (!uri.startsWith(SCHEME)) return undefined;
  const [pathPart = '', queryPart = ''] = uri.slice(SCHEME.length).split('?');
  const segments = pathPart.split('/').map((segment) => decodeURIComponent(segment));
  const [root, second, third] = segments;
  if (root === 'media' && second && third && (MEDIA_KINDS as readonly string[]).includes(second)) return { kind: 'media', media: second as MediaKind, id: third };
  if (root === 'templates' && second === 'transcode' && third) return { kind: 'transcode-group', id: third };
  if (root === 'categories' && second) return { kind: 'category', id: second };
  if (root === 'search' && second) return { kind: 'search', searchType: second, query: new URLSearchParams(queryPart) };
  return { kind: 'static', path: pathPart };
}
