import type { ActionHandler } from '../../../action-context.js';
import { invalidParameter } from '../../../errors.js';
import { readMetadata, readUpdateContent } from '../field-rules.js';

export const updateImageInfos: ActionHandler = (context) => {
  const items = readUpdateContent(context, 'ImageId', 20, invalidParameter('UpdateContent', 'At most 20 items.'));
  const updates = items.map((item) => {
    if (item.CoverURL !== undefined) throw invalidParameter('UpdateContent', 'Images have no CoverURL.');
    return { id: item.id, update: readMetadata(context, item, { noEmoji: true }) };
  });
  const missing: string[] = [];
  for (const { id, update } of updates) {
    const image = context.state.data.images[id];
    if (!image) {
      missing.push(id);
      continue;
    }
    Object.assign(image, update);
    image.ModificationTime = context.clock.nowIso();
  }
  return { NonExistImageIds: missing };
};
