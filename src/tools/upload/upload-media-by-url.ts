import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { httpUrl, out, response } from '../schema-helpers.js';
import { appId, cateId, coverUrl, description, sessionId, storageLocation, tagsString, templateGroupId, title, userData, workflowId } from '../spec-shapes.js';

const uploadMetadata = z.strictObject({
  SourceURL: httpUrl('URL this metadata applies to.'),
  Title: title(),
  FileSize: z.number().int().min(0).optional().describe('Bytes.'),
  Description: description().optional(),
  CoverURL: coverUrl().optional(),
  CateId: cateId().optional(),
  Tags: tagsString().optional(),
  TemplateGroupId: templateGroupId().optional(),
  WorkflowId: workflowId().optional(),
  FileExtension: z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'an extension without dot').optional().describe('Extension when the URL has none.'),
});

export const uploadMediaByUrl = defineTool({
  action: 'UploadMediaByURL',
  title: 'Upload media from URLs',
  toolset: 'upload',
  tier: 'write',
  tierReason: 'Creates asynchronous pull-upload jobs that add new videos.',
  description:
    'Pull audio/video files from public http(s) URLs into VOD as asynchronous jobs (queued, then downloaded). Returns a JobId per URL; ' +
    'track with get_url_upload_infos, cancel queued jobs with cancel_url_upload_jobs.',
  input: z.strictObject({
    UploadURLs: z.array(httpUrl('Source URL.')).min(1).max(20).describe('Source file URLs, 1-20.'),
    UploadMetadatas: z.array(uploadMetadata).min(1).max(20).optional().describe('Per-URL metadata, matched by SourceURL.'),
    TemplateGroupId: templateGroupId().optional(),
    WorkflowId: workflowId().optional(),
    StorageLocation: storageLocation().optional(),
    UserData: userData({ upload: true }).optional(),
    AppId: appId().optional(),
    SessionId: sessionId('10 minutes').optional(),
  }),
  output: response({
    UploadJobs: out.list(out.obj({ SourceURL: out.str(), JobId: out.str() })),
  }),
});
