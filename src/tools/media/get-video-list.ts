import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, pageNo, pageSize, response, utcTime } from '../schema-helpers.js';
import { videoOutput } from './video-schema.js';
import { cateId, referenceIds, storageLocation } from '../spec-shapes.js';

export const LISTABLE_STATUSES = ['Uploading', 'UploadFail', 'UploadSucc', 'Transcoding', 'TranscodeFail', 'Blocked', 'Normal'] as const;

export const getVideoList = defineTool({
  action: 'GetVideoList',
  title: 'List videos',
  toolset: 'media',
  tier: 'read',
  tierReason: 'Lists video metadata.',
  description:
    'List audios/videos filtered by status, category, creation time window and storage, paged. Reaches only the first 5000 matches; use search_media for more.',
  input: z
    .strictObject({
      CateId: cateId().optional(),
      ReferenceIds: referenceIds(20).optional(),
      Status: z.array(z.enum(LISTABLE_STATUSES)).min(1).describe('Statuses to include.').optional(),
      PageNo: pageNo().max(5000).describe('Page number, from 1; PageNo × PageSize at most 5000.').optional(),
      PageSize: pageSize(100, 10).optional(),
      SortBy: z.enum(['CreationTime:Desc', 'CreationTime:Asc']).describe('Sort order.').optional(),
      StartTime: utcTime('Created at or after (UTC).').optional(),
      EndTime: utcTime('Created before (UTC), after StartTime.').optional(),
      StorageLocation: storageLocation().optional(),
    })
    .superRefine((args, ctx) => {
      if (args.StartTime && args.EndTime && Date.parse(args.EndTime) <= Date.parse(args.StartTime)) {
        ctx.addIssue({ code: 'custom', path: ['EndTime'], message: 'must be later than StartTime' });
      }
      if ((args.PageNo ?? 1) * (args.PageSize ?? 10) > 5000) {
        ctx.addIssue({ code: 'custom', path: ['PageNo'], message: 'only the first 5000 videos can be listed' });
      }
    }),
  output: response({
    Total: out.long(),
    VideoList: out.list(videoOutput),
  }),
});
