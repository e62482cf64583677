import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { httpUrl, out, response, utf8String } from '../schema-helpers.js';
import { cateId, description, tagsString, templateGroupId, title, userData, workflowId } from '../spec-shapes.js';

const registerMetadata = z.strictObject({
  FileURL: httpUrl('OSS file URL.').refine((url) => Buffer.byteLength(url, 'utf8') <= 1024, 'must be at most 1024 bytes'),
  Title: title(),
  Description: description().optional(),
  Tags: tagsString().optional(),
  CoverURL: utf8String(1024, 'Cover URL.').optional(),
  CateId: cateId().optional(),
});

export const registerMedia = defineTool({
  action: 'RegisterMedia',
  title: 'Register OSS files as media',
  toolset: 'upload',
  tier: 'write',
  tierReason: 'Creates media records for files already in a VOD-attached OSS bucket.',
  idempotent: true,
  description:
    'Register up to 10 files already stored in a VOD storage bucket (same bucket) as media, returning a MediaId each; re-registering returns the existing ID. ' +
    'Transcodes only when TemplateGroupId or WorkflowId is given.',
  input: z.strictObject({
    RegisterMetadatas: z.array(registerMetadata).min(1).max(10).describe('Files to register, 1-10.'),
    TemplateGroupId: templateGroupId().optional(),
    WorkflowId: workflowId().optional(),
    UserData: userData({ upload: true }).optional(),
  }),
  output: response({
    RegisteredMediaList: out.list(out.obj({ MediaId: out.str(), FileURL: out.str(), NewRegister: out.bool() })),
    FailedFileURLs: out.list(z.string()),
  }),
});
