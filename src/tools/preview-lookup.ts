import { listOf } from '../client/index.js';
import type { ToolContext } from './define-tool.js';

/** One read call for a preview; `field` names the object in the answer (`List[]` a list), `keep` the fields shown. */
export async function lookUpForPreview(
  context: ToolContext,
  action: string,
  params: Record<string, string>,
  field: string,
  keep: readonly string[],
): Promise<Record<string, unknown>[]> {
  const answer = await context.api.call(action, params, { idempotent: true, signal: context.signal });
  const items = field.endsWith('[]') ? listOf(answer, field.slice(0, -2)) : answer[field] ? [answer[field] as Record<string, unknown>] : [];
  return items.map((item) => Object.fromEntries(keep.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));
}

export const VIDEO_PREVIEW_FIELDS = ['VideoId', 'Title', 'Status', 'Duration', 'Size'] as const;

/** Videos by ID (20 per GetVideoInfos call), with the fields a person needs to recognise them. */
export async function videosForPreview(ids: readonly string[], context: ToolContext): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < ids.length; i += 20) {
    found.push(...(await lookUpForPreview(context, 'GetVideoInfos', { VideoIds: ids.slice(i, i + 20).join(',') }, 'VideoList[]', VIDEO_PREVIEW_FIELDS)));
  }
  return found;
}

export const megabytes = (items: readonly Record<string, unknown>[]) => (items.reduce((sum, item) => sum + (Number(item.Size) || 0), 0) / 1e6).toFixed(1);
