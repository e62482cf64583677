import type { ActionContext } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { requireMaterials, timelineMediaIds, type Timeline } from './editing-store.js';

/** The Timeline parameter: a JSON object whose clips all reference existing media. */
export function readTimeline(context: ActionContext): Timeline | undefined {
  const timeline = context.json<unknown>('Timeline');
  if (timeline === undefined) return undefined;
  if (typeof timeline !== 'object' || timeline === null || Array.isArray(timeline)) throw invalidParameter('Timeline', 'It must be a JSON object.');
  const record = timeline as Timeline;
  for (const key of ['VideoTracks', 'AudioTracks', 'SubtitleTracks']) {
    if (record[key] !== undefined && !Array.isArray(record[key])) throw invalidParameter('Timeline', `${key} must be an array.`);
  }
  requireMaterials(context, timelineMediaIds(record));
  return record;
}
