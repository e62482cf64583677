import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { atLeastOneOf, httpUrl, idList, out, response } from '../schema-helpers.js';

export const getUrlUploadInfos = defineTool({
  action: 'GetURLUploadInfos',
  title: 'Get URL upload jobs',
  toolset: 'upload',
  tier: 'read',
  tierReason: 'Reads the status of URL pull-upload jobs.',
  description: 'Get the status of URL pull-upload jobs (PENDING, DOWNLOADING, UPLOADING, SUCCESS, *_FAIL), their MediaId and errors, by JobIds or by source URLs (JobIds win).',
  input: z
    .strictObject({
      JobIds: idList(10, 'Job IDs from upload_media_by_url.').optional(),
      UploadURLs: z.array(httpUrl('Source URL.')).min(1).max(10).optional().describe('Source URLs, 1-10.'),
    })
    .meta(atLeastOneOf('JobIds', 'UploadURLs'))
    .refine((args) => args.JobIds !== undefined || args.UploadURLs !== undefined, 'give JobIds or UploadURLs'),
  output: response({
    NonExists: out.list(z.string()),
    URLUploadInfoList: out.list(
      out.obj({
        JobId: out.str(),
        UploadURL: out.str(),
        MediaId: out.str(),
        Status: out.str(),
        CreationTime: out.str(),
        CompleteTime: out.str(),
        FileSize: out.long(),
        UserData: out.str(),
        ErrorCode: out.str(),
        ErrorMessage: out.str(),
      }),
    ),
  }),
});
