import { z } from 'zod';
import { utf8String } from '../schema-helpers.js';

/** Shapes shared by the upload tools (and GetPlayInfo), from spec 5.x and appendix 17.2 (UserData). */

const plainHttpUrl = () => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const EMOJI = /\p{Extended_Pictographic}/u;
const noEmoji = (schema: z.ZodString) => schema.refine((value) => !EMOJI.test(value), 'must not contain emoji');

export const title = () => noEmoji(utf8String(128, 'Title.'));
export const description = () => noEmoji(utf8String(1024, 'Description.', { multiline: true }));

/** Comma list in the API: at most 16 tags of at most 32 characters. */
export const tags = () =>
  z
    .array(noEmoji(z.string().min(1).max(32).regex(/^[^,]+$/, 'must not contain commas')))
    .min(1)
    .max(16)
    .describe('Tags, max 16, each max 32 chars.');

/** The same rule inside a JSON metadata object, where Tags stays a comma-separated string. */
export const tagsString = () =>
  noEmoji(z.string())
    .refine((value) => value.split(',').length <= 16 && value.split(',').every((tag) => Buffer.byteLength(tag.trim(), 'utf8') <= 32), 'max 16 comma-separated tags of max 32 bytes')
    .describe('Comma-separated tags, max 16.');

export const cateId = () => z.number().int().positive().describe('Category ID.');
export const storageLocation = () => z.string().min(1).describe('Storage address (bucket host).');
export const appId = () => z.string().min(1).describe('App ID (default app-1000000).');
export const templateGroupId = () => z.string().min(1).describe('Transcode template group ID.');
export const workflowId = () => z.string().min(1).describe('Workflow ID; wins over TemplateGroupId.');

/** Appendix 17.2 UserData: callback override, pass-through fields, upload acceleration. */
export const userData = () =>
  z
    .strictObject({
      MessageCallback: z
        .strictObject({
          CallbackURL: plainHttpUrl(),
          CallbackType: z.enum(['http']).optional(),
        })
        .optional(),
      Extend: z
        .record(z.string(), z.unknown())
        .refine((value) => Buffer.byteLength(JSON.stringify(value), 'utf8') <= 512, 'must be at most 512 bytes as JSON')
        .optional()
        .describe('Echoed in callbacks.'),
      AccelerateConfig: z
        .strictObject({
          Type: z.enum(['oss']),
          Domain: plainHttpUrl(),
        })
        .optional(),
    })
    .describe('Callback override, pass-through data, acceleration.');

/** The credentials pair every CreateUpload* / RefreshUploadVideo answer carries. */
export const uploadCredentialsOutput = {
  UploadAddress: z.string().optional().describe('Base64 JSON {Endpoint, Bucket, FileName}.'),
  UploadAuth: z.string().optional().describe('Base64 JSON STS credentials {AccessKeyId, AccessKeySecret, SecurityToken, Expiration, ...}.'),
};
