import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { readMetadata, readUpdateContent } from './field-rules.js';
import { applyVideoUpdate } from './update-video-info.js';
import { findVideo } from './video-lookup.js';

export const updateVideoInfos: ActionHandler = (context) => {
  const items = readUpdateContent(context, 'VideoId', 20, new SandboxError('CountExceededMax', 'The count of UpdateContent exceeded maximum.', 400));
  // Everything is checked before anything changes, so a bad item leaves all videos untouched.
  const updates = items.map((item) => ({ id: item.id, update: readMetadata(context, item) }));
  const missing: string[] = [];
  for (const { id, update } of updates) {
    const video = findVideo(context, id);
    if (video) applyVideoUpdate(context, video, update);
    else missing.push(id);
  }
  return { NonExistVideoIds: missing, ForbiddenVideoIds: [] };
};
