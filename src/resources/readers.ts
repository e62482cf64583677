import { VodApiError, type ApiResponse, type VodApi } from '../client/index.js';
import { parseMatch } from '../search/index.js';
import { listOf, str } from '../client/response-shapes.js';
import type { MediaKind, ParsedUri } from './uris.js';

type Read = (api: VodApi) => Promise<unknown>;

const call = (api: VodApi, action: string, params: Record<string, string> = {}): Promise<ApiResponse> => api.call(action, params, { idempotent: true });

/** A call whose failure becomes part of the document instead of failing the whole read. */
async function optional(api: VodApi, action: string, params: Record<string, string>): Promise<unknown> {
  try {
    const { RequestId: _requestId, ...rest } = await call(api, action, params);
    return rest;
  } catch (error) {
    if (error instanceof VodApiError) return { Error: { Code: error.code, Message: error.message } };
    throw error;
  }
}

export interface StaticResource {
  readonly uri: string;
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly read: Read;
}

async function categoryTree(api: VodApi, cateId: string, depth = 0): Promise<Record<string, unknown>[]> {
  const children: Record<string, unknown>[] = [];
  for (let page = 1; page <= 10; page++) {
    const answer = await call(api, 'GetCategories', { CateId: cateId, PageNo: String(page), PageSize: '100' });
    const batch = listOf(answer, 'SubCategories');
    children.push(...batch);
    if (batch.length < 100) break;
  }
  if (depth >= 2) return children;
  return Promise.all(children.map(async (child) => ({ ...child, SubCategories: await categoryTree(api, str(child.CateId) ?? '', depth + 1) })));
}

export const STATIC_RESOURCES: readonly StaticResource[] = [
  {
    uri: 'vod://templates/transcode',
    name: 'transcode-template-groups',
    title: 'Transcode template groups',
    description: 'All transcode template groups; IsDefault marks the default one.',
    read: async (api) => ({ TranscodeTemplateGroupList: listOf(await call(api, 'ListTranscodeTemplateGroup'), 'TranscodeTemplateGroupList') }),
  },
  {
    uri: 'vod://templates/snapshot',
    name: 'snapshot-templates',
    title: 'Snapshot templates',
    description: 'Snapshot templates with their configuration; IsDefault marks the default.',
    read: async (api) => ({ VodTemplateInfoList: listOf(await call(api, 'ListVodTemplate', { TemplateType: 'Snapshot' }), 'VodTemplateInfoList') }),
  },
  {
    uri: 'vod://templates/watermark',
    name: 'watermarks',
    title: 'Watermarks',
    description: 'Image and text watermarks; IsDefault marks the default.',
    read: async (api) => ({ WatermarkInfos: listOf(await call(api, 'ListWatermark'), 'WatermarkInfos') }),
  },
  {
    uri: 'vod://templates/ai',
    name: 'ai-templates',
    title: 'AI templates',
    description: 'AI templates (media audit and others); IsDefault marks the default.',
    read: async (api) => ({ TemplateInfoList: listOf(await call(api, 'ListAITemplate', { TemplateType: 'AIMediaAudit' }), 'TemplateInfoList') }),
  },
  {
    uri: 'vod://categories',
    name: 'categories',
    title: 'Category tree',
    description: 'Media categories as a tree (up to three levels).',
    read: async (api) => ({ Categories: await categoryTree(api, '-1') }),
  },
  {
    uri: 'vod://account/domains',
    name: 'domains',
    title: 'CDN domains',
    description: 'Accelerated domains with status and CNAME.',
    read: async (api) => ({ Domains: listOf(await call(api, 'DescribeVodUserDomains', { PageSize: '50' }), 'Domains') }),
  },
  {
    uri: 'vod://account/apps',
    name: 'apps',
    title: 'Applications',
    description: 'VOD applications (multi-app resource isolation).',
    read: async (api) => ({ AppInfoList: listOf(await call(api, 'ListAppInfo', { PageSize: '100' }), 'AppInfoList') }),
  },
  {
    uri: 'vod://account/callback',
    name: 'message-callback',
    title: 'Event callback settings',
    description: 'Where media events are delivered (HTTP or MNS) and which ones.',
    read: async (api) => {
      const answer = await optional(api, 'GetMessageCallback', {});
      return redactCallback(answer);
    },
  },
];

/** AuthKey is a secret: the overview shows whether it is set, never its value. */
function redactCallback(answer: unknown): unknown {
  const callback = (answer as { MessageCallback?: Record<string, unknown> }).MessageCallback;
  if (!callback || typeof callback.AuthKey !== 'string') return answer;
  return { ...(answer as object), MessageCallback: { ...callback, AuthKey: callback.AuthKey ? '(set)' : '' } };
}

export async function readMedia(api: VodApi, kind: MediaKind, id: string): Promise<unknown> {
  switch (kind) {
    case 'video':
    case 'audio': {
      const info = await call(api, 'GetVideoInfo', { VideoId: id });
      const [playInfo, mezzanine] = await Promise.all([optional(api, 'GetPlayInfo', { VideoId: id }), optional(api, 'GetMezzanineInfo', { VideoId: id })]);
      return { Video: info.Video, PlayInfo: playInfo, SourceFile: mezzanine };
    }
    case 'image':
      return { ImageInfo: (await call(api, 'GetImageInfo', { ImageId: id })).ImageInfo };
    case 'attached': {
      const answer = await call(api, 'GetAttachedMediaInfo', { MediaIds: id });
      const [media] = listOf(answer, 'AttachedMediaList');
      if (!media) throw new VodApiError({ code: 'InvalidMedia.NotFound', message: `Attached media ${id} does not exist.`, action: 'GetAttachedMediaInfo' });
      return { AttachedMedia: media };
    }
  }
}

/** The status a subscription watches for changes. */
export async function mediaStatus(api: VodApi, kind: MediaKind, id: string): Promise<string> {
  const media = (await readMedia(api, kind, id)) as Record<string, Record<string, unknown> | undefined>;
  const record = media.Video ?? media.ImageInfo ?? media.AttachedMedia ?? {};
  return `${str(record.Status) ?? ''}/${str(record.AuditStatus) ?? ''}/${str(record.ModificationTime) ?? ''}`;
}

export async function readParsed(api: VodApi, parsed: ParsedUri): Promise<unknown> {
  switch (parsed.kind) {
    case 'media':
      return readMedia(api, parsed.media, parsed.id);
    case 'transcode-group': {
      const { RequestId: _r, ...rest } = await call(api, 'GetTranscodeTemplateGroup', { TranscodeTemplateGroupId: parsed.id });
      return rest;
    }
    case 'category': {
      const answer = await call(api, 'GetCategories', { CateId: parsed.id, PageSize: '100' });
      return { Category: answer.Category, SubCategories: await categoryTree(api, parsed.id, 1) };
    }
    case 'search': {
      const match = parsed.query.get('Match') ?? undefined;
      if (match) {
        const check = parseMatch(match, parsed.searchType as 'video');
        if (!check.ok) throw new VodApiError({ code: check.error.code, message: check.error.detail, action: 'SearchMedia' });
      }
      const params: Record<string, string> = { SearchType: parsed.searchType };
      for (const key of ['Match', 'SortBy', 'PageNo', 'PageSize', 'ScrollToken', 'Fields']) {
        const value = parsed.query.get(key);
        if (value) params[key] = value;
      }
      const { RequestId: _r, ...rest } = await call(api, 'SearchMedia', params);
      return rest;
    }
    case 'static': {
      const resource = STATIC_RESOURCES.find((candidate) => candidate.uri === `vod://${parsed.path}`);
      if (!resource) return undefined;
      return resource.read(api);
    }
  }
}
