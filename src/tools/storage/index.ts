import type { AnyTool } from '../define-tool.js';
import { describeMediaDistribution } from './describe-media-distribution.js';
import { describeVodTieringStorageData } from './describe-vod-tiering-storage-data.js';
import { describeVodTieringStorageRetrievalData } from './describe-vod-tiering-storage-retrieval-data.js';
import { restoreMedia } from './restore-media.js';
import { updateMediaStorageClass } from './update-media-storage-class.js';

export const storageTools: AnyTool[] = [
  describeVodTieringStorageData,
  describeVodTieringStorageRetrievalData,
  describeMediaDistribution,
  restoreMedia,
  updateMediaStorageClass,
];
