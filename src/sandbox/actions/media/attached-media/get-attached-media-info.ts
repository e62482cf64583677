import type { ActionHandler } from '../../../action-context.js';
import { SandboxError } from '../../../errors.js';
import { specError } from '../../../spec-table.js';
import { accessUrl } from '../url-auth.js';
import { attachedView } from './attached-view.js';

export const getAttachedMediaInfo: ActionHandler = (context) => {
  const limit = specError('GetAttachedMediaInfo', 'ExceededMax');
  const ids = context.list('MediaIds', {
    required: true,
    max: 20,
    tooMany: new SandboxError('ExceededMax', limit?.message ?? 'The input parameter “MediaIds” Exceed the limit.', limit?.httpStatus ?? 400),
  });
  const found = ids.map((id) => context.state.data.attachedMedia[id]).filter((media) => media !== undefined);
  return {
    AttachedMediaList: found.map((media) => attachedView(context, media, accessUrl(context, { oss: media.FileURL, cdn: media.URL }).url)),
    NonExistMediaIds: ids.filter((id) => !context.state.data.attachedMedia[id]),
  };
};
