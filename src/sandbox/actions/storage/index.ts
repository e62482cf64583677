import type { ActionModule } from '../../action-context.js';
import { describeMediaDistribution } from './describe-media-distribution.js';
import { describeVodTieringStorageData } from './describe-vod-tiering-storage-data.js';
import { describeVodTieringStorageRetrievalData } from './describe-vod-tiering-storage-retrieval-data.js';
import { seedStorageDemo } from './demo-seed.js';
import { restoreMedia } from './restore-media.js';
import { resumeStorage } from './storage-state.js';
import { updateMediaStorageClass } from './update-media-storage-class.js';

/** Storage classes, archive restores and tiered-storage usage. */
export const storageActions: ActionModule = {
  handlers: {
    UpdateMediaStorageClass: updateMediaStorageClass,
    RestoreMedia: restoreMedia,
    DescribeVodTieringStorageData: describeVodTieringStorageData,
    DescribeVodTieringStorageRetrievalData: describeVodTieringStorageRetrievalData,
    DescribeMediaDistribution: describeMediaDistribution,
  },
  seedDemo: seedStorageDemo,
  // Timers are not persisted: a restored state re-arms its changes, restores and expirations.
  resume: resumeStorage,
};
