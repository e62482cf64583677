import type { AnyTool } from '../define-tool.js';
import { deleteAttachedMedia } from './delete-attached-media.js';
import { getAttachedMediaInfo } from './get-attached-media-info.js';
import { updateAttachedMediaInfos } from './update-attached-media-infos.js';

export const attachedMediaTools: AnyTool[] = [getAttachedMediaInfo, updateAttachedMediaInfos, deleteAttachedMedia];
