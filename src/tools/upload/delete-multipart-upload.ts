import { z } from 'zod';
import { listOf } from '../../client/index.js';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';

export const deleteMultipartUpload = defineTool({
  action: 'DeleteMultipartUpload',
  title: 'Delete upload fragments',
  toolset: 'upload',
  tier: 'destructive',
  tierReason: 'Discards the already uploaded parts of an unfinished multipart upload.',
  idempotent: true,
  description: 'Delete the parts of an unfinished multipart upload of a video, freeing their storage. The upload must then restart from scratch.',
  input: z.strictObject({
    MediaId: z.string().min(1).describe('Audio/video ID.'),
    MediaType: z.enum(['video']).describe('Media type.'),
  }),
  output: response({}),
  preview: async (args, context) => {
    const answer = await context.api.call('GetUploadDetails', { MediaIds: args.MediaId, MediaType: 'video' }, { idempotent: true, signal: context.signal });
    const [detail] = listOf(answer, 'UploadDetails');
    if (!detail) return { summary: `Delete the unfinished upload parts of media ${args.MediaId} (not found).` };
    return {
      summary: `Delete the unfinished upload parts of media ${args.MediaId} (${String(detail.UploadSize ?? 0)} bytes received, status ${String(detail.UploadStatus ?? 'unknown')}).`,
      items: [{ MediaId: detail.MediaId, Title: detail.Title, UploadSize: detail.UploadSize, UploadRatio: detail.UploadRatio }],
    };
  },
});
