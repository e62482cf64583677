import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { uploadCredentialsOutput } from './upload-schemas.js';
import { appId, cateId, coverUrl, description, referenceId, storageLocation, tags, templateGroupId, title, userData, workflowId } from '../spec-shapes.js';

export const createUploadVideo = defineTool({
  action: 'CreateUploadVideo',
  title: 'Create video upload',
  toolset: 'upload',
  tier: 'write',
  tierReason: 'Creates a video record in Uploading state and issues upload credentials.',
  description:
    'Register an audio/video upload: returns VideoId plus base64 JSON UploadAddress (Endpoint, Bucket, FileName) and UploadAuth (STS keys, 3000 s) for an OSS PUT/multipart upload. ' +
    'Renew with refresh_upload_video.',
  input: z.strictObject({
    Title: title(),
    FileName: z.string().min(1).regex(/\.[A-Za-z0-9]+$/, 'must end with a file extension').describe('Source file name with extension.'),
    FileSize: z.number().int().min(0).optional().describe('File size in bytes.'),
    Description: description().optional(),
    CoverURL: coverUrl().optional(),
    CateId: cateId().optional(),
    Tags: tags().optional(),
    TemplateGroupId: templateGroupId().optional(),
    WorkflowId: workflowId().optional(),
    StorageLocation: storageLocation().optional(),
    UserData: userData({ upload: true }).optional(),
    AppId: appId().optional(),
    ReferenceId: referenceId('Your own unique ID for the video.').optional(),
  }),
  output: response({ VideoId: out.str(), ...uploadCredentialsOutput }),
});
