import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { uploadCredentialsOutput } from './upload-schemas.js';
import { videoOrReferenceId } from '../spec-shapes.js';
import { exactlyOneOf } from '../spec-shapes.js';

export const refreshUploadVideo = defineTool({
  action: 'RefreshUploadVideo',
  title: 'Refresh video upload credentials',
  toolset: 'upload',
  tier: 'write',
  tierReason: 'Issues new temporary upload credentials for an existing video.',
  description: 'Issue fresh upload credentials (UploadAuth) for a video created by create_upload_video when the old ones expired; the UploadAddress stays the same.',
  input: exactlyOneOf(
    z.strictObject({
      ...videoOrReferenceId(),
    }),
    'VideoId',
    'ReferenceId',
  ),
  output: response({ VideoId: out.str(), ...uploadCredentialsOutput }),
});
