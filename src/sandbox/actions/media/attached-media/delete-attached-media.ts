import type { ActionHandler } from '../../../action-context.js';

export const deleteAttachedMedia: ActionHandler = (context) => {
  const ids = context.list('MediaIds', { required: true, max: 20 });
  const missing: string[] = [];
  for (const id of ids) {
    if (!context.state.data.attachedMedia[id]) {
      missing.push(id);
      continue;
    }
    delete context.state.data.attachedMedia[id];
    context.events.emit({ EventType: 'DeleteMediaComplete', EventTime: context.clock.nowIso(), MediaId: id, MediaType: 'attached', Status: 'success', DeleteMediaType: 'attached' });
  }
  return { NonExistMediaIds: missing };
};
