import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response } from '../schema-helpers.js';

export const getUploadDetails = defineTool({
  action: 'GetUploadDetails',
  title: 'Get upload details',
  toolset: 'upload',
  tier: 'read',
  tierReason: 'Reads upload progress and source of videos.',
  description: 'Get upload progress of up to 20 audio/videos: uploaded bytes and ratio, upload status, source, IP and completion time.',
  input: z.strictObject({
    MediaIds: idList(20, 'Audio/video IDs.'),
    MediaType: z.enum(['video']).optional().describe('Media type.'),
  }),
  output: response({
    ForbiddenMediaIds: out.list(z.string()),
    NonExistMediaIds: out.list(z.string()),
    UploadDetails: out.list(
      out.obj({
        MediaId: out.str(),
        Title: out.str(),
        Status: out.str(),
        FileSize: out.long(),
        UploadSize: out.long(),
        UploadRatio: out.num(),
        UploadStatus: out.str(),
        UploadSource: out.str(),
        UploadIP: out.str(),
        DeviceModel: out.str(),
        CreationTime: out.str(),
        ModificationTime: out.str(),
        CompletionTime: out.str(),
      }),
    ),
  }),
});
