import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { response } from '../schema-helpers.js';
import { mediaIds, mediaOutcomes, restoreTier, scope, TARGET_CLASSES } from './storage-schema.js';

const FROZEN = new Set(['Archive', 'ColdArchive']);

export const updateMediaStorageClass = defineTool({
  action: 'UpdateMediaStorageClass',
  title: 'Change storage class',
  toolset: 'storage',
  tier: 'destructive',
  tierReason: 'To Archive/Cold Archive playback stops; reading again needs a paid restore taking up to 12 hours.',
  description:
    'Change the storage class of up to 20 audios/videos: Standard, IA, Archive, ColdArchive (async; StorageClass shows Changing until done). ' +
    'Archive/Cold Archive media cannot play until restored with restore_media (retrieval fees; Archive ~1 min, Cold Archive 1-12 h). ' +
    'Minimum storage before changing again: IA 30, Archive 60, Cold Archive 180 days.',
  input: z.strictObject({
    MediaIds: mediaIds(),
    StorageClass: z.enum(TARGET_CLASSES).describe('Target class.'),
    Scope: scope('changes').optional(),
    RestoreTier: restoreTier().optional(),
    AllowUpdateWithoutTimeLimit: z.boolean().optional().describe('Change media inside the minimum storage duration anyway (early-deletion fees).'),
  }),
  output: response({
    Status: z.string().optional().describe('Processing, or Failed when no media was changed.'),
    ...mediaOutcomes,
  }),
  preview: async ({ MediaIds, StorageClass, Scope }, context) => {
    const items = await lookUpForPreview(context, 'GetVideoInfos', { VideoIds: MediaIds.join(',') }, 'VideoList[]', ['VideoId', 'Title', 'StorageClass', 'RestoreStatus', 'Size']);
    const missing = MediaIds.length - items.length;
    const frozen = FROZEN.has(StorageClass)
      ? ' Playback stops until each is restored with restore_media (retrieval fees; Archive about 1 minute, Cold Archive 1-12 hours).'
      : '';
    return {
      summary: `Change ${items.length} media to ${StorageClass}${Scope === 'SourceFile' ? ' (source files only)' : ''}.${frozen}${missing ? ` ${missing} ID(s) not found.` : ''}`,
      items,
    };
  },
});
