import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, out, response, ifChain, whenEquals } from '../schema-helpers.js';
import { uploadCredentialsOutput } from './upload-schemas.js';
import { appId, description, storageLocation, tags, title, userData } from '../spec-shapes.js';

/** Allowed extensions per business type (spec 5.4, MediaExt). */
export const ATTACHED_MEDIA_EXTENSIONS = {
  watermark: ['png', 'gif', 'apng', 'mov'],
  subtitle: ['srt', 'ass', 'stl', 'ttml', 'vtt'],
  material: ['jpg', 'gif', 'png', 'mp4', 'mat', 'zip'],
} as const;

const ALL_EXTENSIONS = ['png', 'gif', 'apng', 'mov', 'srt', 'ass', 'stl', 'ttml', 'vtt', 'jpg', 'mp4', 'mat', 'zip'] as const;

export const createUploadAttachedMedia = defineTool({
  action: 'CreateUploadAttachedMedia',
  title: 'Create attached media upload',
  toolset: 'upload',
  tier: 'write',
  tierReason: 'Creates an attached-media record (watermark, subtitle, material) and issues upload credentials.',
  description: 'Register an upload of a watermark, subtitle or material file: returns MediaId, MediaURL and base64 UploadAddress/UploadAuth for an OSS upload.',
  input: z
    .strictObject({
      BusinessType: z.enum(['watermark', 'subtitle', 'material']).describe('Business type.'),
      MediaExt: z.enum(ALL_EXTENSIONS).optional().describe('Extension; must suit BusinessType.'),
      FileName: z.string().min(1).optional().describe('Source file name.'),
      FileSize: z.number().int().min(0).optional().describe('File size in bytes.'),
      Title: title().optional(),
      Tags: tags().optional(),
      StorageLocation: storageLocation().optional(),
      Description: description().optional(),
      UserData: userData({ upload: true }).optional(),
      CateIds: idList(5, 'Category IDs.').optional(),
      AppId: appId().optional(),
    })
    .meta(ifChain(Object.entries(ATTACHED_MEDIA_EXTENSIONS).map(([type, extensions]) => whenEquals('BusinessType', type, { properties: { MediaExt: { enum: extensions } } }))))
    .superRefine((args, ctx) => {
      const allowed: readonly string[] = ATTACHED_MEDIA_EXTENSIONS[args.BusinessType];
      if (args.MediaExt && !allowed.includes(args.MediaExt)) {
        ctx.addIssue({ code: 'custom', path: ['MediaExt'], message: `${args.BusinessType} takes ${allowed.join(', ')}` });
      }
    }),
  output: response({ MediaId: out.str(), MediaURL: out.str(), FileURL: out.str(), ...uploadCredentialsOutput }),
});
