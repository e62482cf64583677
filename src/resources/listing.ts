import type { Resource } from '@modelcontextprotocol/server';
import type { VodApi } from '../client/index.js';
import { listOf, str } from '../client/response-shapes.js';
import { fenceString, isServerDefined } from '../mcp/untrusted.js';
import { STATIC_RESOURCES } from './readers.js';
import { MEDIA_KINDS, mediaUri, type MediaKind } from './uris.js';

export const MEDIA_PAGE_SIZE = 100;

interface Cursor {
  readonly kind: MediaKind;
  readonly page: number;
  readonly scroll?: string | undefined;
}

const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decode(text: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if ((MEDIA_KINDS as readonly string[]).includes(cursor.kind) && Number.isInteger(cursor.page) && cursor.page >= 1) return cursor;
  } catch {
    // fall through
  }
  throw new Error('Invalid cursor: pass back the nextCursor of the previous resources/list answer.');
}

const ID_FIELD: Record<MediaKind, string> = { video: 'VideoId', audio: 'AudioId', image: 'ImageId', attached: 'MediaId' };
const BODY_FIELD: Record<MediaKind, string> = { video: 'Video', audio: 'Audio', image: 'Image', attached: 'AttachedMedia' };

/**
 * One page of resources/list: the static catalog first, then media, one SearchMedia page per list page
 * (ScrollToken for video/audio so deep pages stay cheap), so a 10,000-item catalog is walked in bounded calls.
 */
export async function listResources(api: VodApi, cursorText: string | undefined): Promise<{ resources: Resource[]; nextCursor?: string }> {
  const resources: Resource[] = [];
  let cursor: Cursor = cursorText ? decode(cursorText) : { kind: 'video', page: 1 };
  if (!cursorText) {
    resources.push(...STATIC_RESOURCES.map(({ uri, name, title, description }) => ({ uri, name, title, description, mimeType: 'application/json' })));
  }
  for (;;) {
    const scrollable = cursor.kind === 'video' || cursor.kind === 'audio';
    const params: Record<string, string> = {
      SearchType: cursor.kind,
      PageSize: String(MEDIA_PAGE_SIZE),
      PageNo: String(cursor.page),
      Fields: 'Title,Status',
      SortBy: 'CreationTime:Desc',
    };
    if (scrollable && cursor.scroll) params.ScrollToken = cursor.scroll;
    const answer = await api.call('SearchMedia', params, { idempotent: true });
    const items = listOf(answer, 'MediaList');
    for (const item of items) {
      const body = (item[BODY_FIELD[cursor.kind]] ?? {}) as Record<string, unknown>;
      const id = str(item.MediaId) ?? str(body[ID_FIELD[cursor.kind]]);
      if (!id) continue;
      const status = str(body.Status);
      resources.push({
        uri: mediaUri(cursor.kind, id),
        name: isServerDefined(ID_FIELD[cursor.kind], id) ? id : fenceString(id),
        title: fenceString(str(body.Title) ?? ''),
        description: `${cursor.kind} ${status && isServerDefined('Status', status) ? status : ''}`.trim(),
        mimeType: 'application/json',
      });
    }
    const total = Number(answer.Total ?? 0);
    const more = items.length === MEDIA_PAGE_SIZE && cursor.page * MEDIA_PAGE_SIZE < total && (scrollable ? Boolean(answer.ScrollToken) : cursor.page * MEDIA_PAGE_SIZE < 5000);
    if (more) return { resources, nextCursor: encode({ kind: cursor.kind, page: cursor.page + 1, scroll: str(answer.ScrollToken) }) };
    const nextKind = MEDIA_KINDS[MEDIA_KINDS.indexOf(cursor.kind) + 1];
    if (!nextKind) return { resources };
    cursor = { kind: nextKind, page: 1 };
    if (resources.length >= MEDIA_PAGE_SIZE) return { resources, nextCursor: encode(cursor) };
  }
}
