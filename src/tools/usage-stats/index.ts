import type { AnyTool } from '../define-tool.js';
import { describeVodAIData } from './describe-vod-ai-data.js';
import { describeVodDomainUsageData } from './describe-vod-domain-usage-data.js';
import { describeVodEditingUsageData } from './describe-vod-editing-usage-data.js';
import { describeVodStorageData } from './describe-vod-storage-data.js';
import { describeVodTranscodeData } from './describe-vod-transcode-data.js';

export const usageStatsTools: AnyTool[] = [
  describeVodDomainUsageData, describeVodStorageData, describeVodTranscodeData, describeVodAIData,
  describeVodEditingUsageData,
];
