import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { uploadCredentialsOutput } from './upload-schemas.js';
import { appId, cateId, description, storageLocation, tags, title, userData } from '../spec-shapes.js';

export const createUploadImage = defineTool({
  action: 'CreateUploadImage',
  title: 'Create image upload',
  toolset: 'upload',
  tier: 'write',
  tierReason: 'Creates an image record in Uploading state and issues upload credentials.',
  description: 'Register an image upload: returns ImageId, ImageURL and base64 UploadAddress/UploadAuth for an OSS upload of the file. The image becomes Normal once the object is uploaded.',
  input: z.strictObject({
    ImageType: z.enum(['default', 'cover']).describe('Image type.'),
    ImageExt: z.enum(['png', 'jpg', 'jpeg', 'gif']).optional().describe('File extension (default png).'),
    Title: title().optional(),
    Tags: tags().optional(),
    StorageLocation: storageLocation().optional(),
    CateId: cateId().optional(),
    UserData: userData({ upload: true }).optional(),
    Description: description().optional(),
    AppId: appId().optional(),
    OriginalFileName: z.string().min(1).max(1024).optional().describe('Source file name; ImageExt wins over its extension.'),
  }),
  output: response({ ImageId: out.str(), ImageURL: out.str(), FileURL: out.str(), ...uploadCredentialsOutput }),
});
