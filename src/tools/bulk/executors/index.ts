import type { BulkOperation } from '../plan-store.js';
import { deleteVideos } from './delete-videos.js';
import type { Executor } from './outcomes.js';
import { refreshPlayUrls } from './refresh-play-urls.js';
import { submitTranscodes } from './submit-transcodes.js';
import { updateVideoInfos } from './update-infos.js';

export type { Executor, Target } from './outcomes.js';
export { LOST_ANSWER_NOTE, NOT_FOUND_CODES, isApiError, settle, settleWithError } from './outcomes.js';

export const EXECUTORS: Readonly<Record<BulkOperation['Type'], Executor>> = {
  Delete: deleteVideos,
  SetCategory: updateVideoInfos,
  AddTags: updateVideoInfos,
  SetTitlePrefix: updateVideoInfos,
  RefreshPlayUrls: refreshPlayUrls,
  SubmitTranscodes: submitTranscodes,
};
