import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';

export const deleteVideo: ActionHandler = (context) => {
  const ids = context.list('VideoIds', {
    required: true,
    max: 20,
    tooMany: new SandboxError('VideoIdsExceededMax', 'The VideoIds exceeded maximum.', 400),
  });
  const missing = ids.filter((id) => !context.state.data.videos[id]);
  if (missing.length === ids.length) throw new SandboxError('InvalidVideo.NotFound', 'The video does not exist.', 404);
  for (const id of ids) {
    if (!context.state.data.videos[id]) continue;
    delete context.state.data.videos[id];
    context.events.emit({ EventType: 'DeleteMediaComplete', EventTime: context.clock.nowIso(), MediaId: id, MediaType: 'video', Status: 'success', DeleteMediaType: 'video' });
  }
  return { NonExistVideoIds: missing, ForbiddenVideoIds: [] };
};
