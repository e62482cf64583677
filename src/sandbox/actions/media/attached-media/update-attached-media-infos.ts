import type { ActionHandler } from '../../../action-context.js';
import { invalidParameter } from '../../../errors.js';
import { existingCategory, readMetadata, readUpdateContent } from '../field-rules.js';
import type { AttachedMediaWithCategories } from './attached-view.js';

export const updateAttachedMediaInfos: ActionHandler = (context) => {
  const items = readUpdateContent(context, 'MediaId', 20, invalidParameter('UpdateContent', 'At most 20 items.'));
  const updates = items.map((item) => {
    if (item.CateId !== undefined || item.CoverURL !== undefined) throw invalidParameter('UpdateContent', 'Attached media take CateIds, not CateId or CoverURL.');
    const cateIds = item.CateIds === undefined ? undefined : String(item.CateIds).split(',').map((id) => existingCategory(context, id.trim()));
    return { id: item.id, update: readMetadata(context, item), cateIds };
  });
  const missing: string[] = [];
  for (const { id, update, cateIds } of updates) {
    const media: AttachedMediaWithCategories | undefined = context.state.data.attachedMedia[id];
    if (!media) {
      missing.push(id);
      continue;
    }
    Object.assign(media, update);
    if (cateIds) {
      media.CateIds = cateIds;
      media.CateId = cateIds[0];
    }
    media.ModificationTime = context.clock.nowIso();
  }
  return { NonExistMediaIds: missing };
};
