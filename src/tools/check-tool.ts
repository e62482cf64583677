import type { Tier } from './define-tool.js';

/** What the check needs of a tool: a tool definition, or its entry in the build-time manifest. */
export interface Checkable {
  readonly name: string;
  readonly action: string;
  readonly tier: Tier;
}

/**
 * After a lost answer to a call that is not safe to repeat: the read tool that shows whether it ran. The rule
 * first (AddWatermark -> ListWatermark, SubmitAIJob -> ListAIJob, SubmitSnapshotJob -> ListSnapshots), this
 * table where the read has another name.
 */
const CHECK_WITH: Readonly<Record<string, string>> = {
  CreateUploadVideo: 'SearchMedia',
  RefreshUploadVideo: 'GetVideoInfo',
  CreateUploadImage: 'SearchMedia',
  CreateUploadAttachedMedia: 'SearchMedia',
  UploadMediaByURL: 'GetURLUploadInfos',
  UploadStreamByURL: 'GetURLUploadInfos',
  SubmitTranscodeJobs: 'ListTranscodeTask',
  SubmitPreprocessJobs: 'ListTranscodeTask',
  SubmitWorkflowJob: 'ListTranscodeTask',
  ProduceEditingProjectVideo: 'SearchMedia',
  SubmitAIImageAuditJob: 'GetMediaAuditResult',
  SubmitAIMediaAuditJob: 'GetMediaAuditResult',
  SubmitAIImageJob: 'ListAIImageInfo',
  CreateAudit: 'GetAuditHistory',
  AddVodDomain: 'DescribeVodUserDomains',
  RefreshVodObjectCaches: 'DescribeVodRefreshTasks',
  PreloadVodObjectCaches: 'DescribeVodRefreshTasks',
  RefreshMediaPlayUrls: 'GetMediaRefreshJobs',
  RestoreMedia: 'BatchGetMediaInfos',
  UpdateMediaStorageClass: 'BatchGetMediaInfos',
  SubmitDigitalWatermarkExtractJob: 'GetDigitalWatermarkExtractResult',
};
const MUTATING_VERB = /^(?:Add|Create|Submit|Produce|Upload|Register|BatchSet|Set|Update|Refresh|Preload)/;

export function checkToolIn<T extends Checkable>(action: string, tools: readonly T[]): T | undefined {
  const reads = new Map(tools.filter((tool) => tool.tier === 'read').map((tool) => [tool.action, tool]));
  const listed = CHECK_WITH[action];
  if (listed) return reads.get(listed);
  const noun = action.replace(MUTATING_VERB, '');
  if (noun === action || noun === '') return undefined;
  const nouns = [noun, noun.replace(/Jobs?$/, '')].filter(Boolean);
  const plural = (word: string) => (word.endsWith('y') ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`);
  for (const base of nouns) {
    // Listing reads first: the ID that a Get would need was in the answer that was lost.
    for (const candidate of [`List${base}`, `List${plural(base)}`, `Search${base}`, `Describe${plural(base)}`, `Describe${base}`, `Get${plural(base)}`]) {
      const tool = reads.get(candidate);
      if (tool) return tool;
    }
  }
  return undefined;
}

