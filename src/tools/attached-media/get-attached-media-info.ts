import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { authTimeout, checkOssTimeout, outputType } from '../media/media-fields.js';
import { idList, out, response } from '../schema-helpers.js';

export const attachedMediaOutput = out.obj({
  MediaId: out.str(),
  Title: out.str(),
  Description: out.str(),
  Tags: out.str(),
  Type: out.str(),
  Status: out.str(),
  URL: out.str(),
  AppId: out.str(),
  StorageLocation: out.str(),
  CreationTime: out.str(),
  ModificationTime: out.str(),
  Categories: out.list(out.obj({ CateId: out.long(), CateName: out.str(), ParentId: out.long(), Level: out.long() })),
});

export const getAttachedMediaInfo = defineTool({
  action: 'GetAttachedMediaInfo',
  title: 'Get attached media',
  toolset: 'attached_media',
  tier: 'read',
  tierReason: 'Reads attached media metadata.',
  description: 'Get up to 20 attached media files (watermarks, subtitles, materials): URL, type, categories, status. Unknown IDs come back in NonExistMediaIds.',
  input: z
    .strictObject({
      MediaIds: idList(20, 'Attached media IDs.'),
      AuthTimeout: authTimeout().optional(),
      OutputType: outputType().optional(),
    })
    .superRefine(checkOssTimeout),
  output: response({
    AttachedMediaList: out.list(attachedMediaOutput),
    NonExistMediaIds: out.list(z.string()),
  }),
});
