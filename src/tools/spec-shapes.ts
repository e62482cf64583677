import { z } from 'zod';
import { httpUrl, idList, utf8String } from './schema-helpers.js';

/**
 * The spec's shared argument shapes, one home each: every tool that takes a Title, Tags, UserData, AppId... imports
 * the rule from here, so one spec fact is one rule. Sources are in docs/spec-decisions.md ("Shared shapes").
 */

export const TITLE_MAX_BYTES = 128;
export const DESCRIPTION_MAX_BYTES = 1024;
export const MAX_TAGS = 16;
export const MAX_TAG_BYTES = 32;
export const EXTEND_MAX_BYTES = 512;

const EMOJI = /\p{Extended_Pictographic}/u;
const byteLength = (value: string) => Buffer.byteLength(value, 'utf8');

/** The manual refuses emoji in Title, Description and Tags (CreateUploadVideo errors, UploadMetadata, UpdateImageInfos). */
export const withoutEmoji = <T extends z.ZodType<string>>(schema: T) => schema.refine((value) => !EMOJI.test(value), 'must not contain emoji');

export const title = (description = 'Title.') => withoutEmoji(utf8String(TITLE_MAX_BYTES, description));
export const description = (text = 'Description.') => withoutEmoji(utf8String(DESCRIPTION_MAX_BYTES, text, { multiline: true }));
export const coverUrl = (description = 'Cover image URL.') => httpUrl(description);

const tag = () =>
  withoutEmoji(
    z
      .string()
      .min(1)
      .regex(/^[^,]+$/, 'must not contain commas')
      .refine((value) => byteLength(value) <= MAX_TAG_BYTES, `each tag at most ${MAX_TAG_BYTES} bytes in UTF-8`),
  );

/** Tags as a tool argument: an array, which the API receives comma-joined. */
export const tags = () => z.array(tag()).min(1).max(MAX_TAGS).describe(`Tags, max ${MAX_TAGS}, each max ${MAX_TAG_BYTES} bytes.`);

export function tagsWithinLimits(value: string): boolean {
  const list = value.split(',').map((item) => item.trim()).filter(Boolean);
  return list.length <= MAX_TAGS && list.every((item) => byteLength(item) <= MAX_TAG_BYTES);
}

/** The same rule where Tags stays one comma-separated string (inside UpdateContent, UploadMetadata, MediaMetadata JSON). */
export const tagsString = () =>
  withoutEmoji(z.string())
    .refine(tagsWithinLimits, `at most ${MAX_TAGS} comma-separated tags of at most ${MAX_TAG_BYTES} bytes each`)
    .describe(`Comma-separated tags, max ${MAX_TAGS}, each max ${MAX_TAG_BYTES} bytes.`);

/**
 * Chinese characters as explicit BMP ranges (CJK Unified Ideographs, Extension A, Compatibility Ideographs) for the
 * manual's "中文" name rules: `\p{Script=Han}` in a published JSON Schema pattern is refused or misread by many
 * clients' regex engines; these ranges mean the same in every engine, and the runtime uses the same pattern.
 */
export const HAN_RANGES = '\\u2e80-\\u2fdf\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303b\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** A media category (CateId of videos, images, attached media); GetCategories' -1 is its own rule. */
export const cateId = () => z.number().int().positive().describe('Category ID.');

export const appId = (description = 'App ID (default app-1000000).') => z.string().min(1).describe(description);
export const storageLocation = () => z.string().min(1).describe('Storage address (bucket host).');
export const templateGroupId = (description = 'Transcode template group ID.') => z.string().min(1).describe(description);
export const templateId = (description: string) => z.string().min(1).describe(description);
export const workflowId = () => z.string().min(1).describe('Workflow ID; wins over TemplateGroupId.');
export const resourceGroupId = () => z.string().min(1).describe('Resource group ID.');

/** A deduplication key (SessionId of UploadMediaByURL, SubmitTranscodeJobs): a repeat within `window` is refused. */
export const sessionId = (window: string) =>
  z.string().regex(/^[A-Za-z0-9_-]{1,50}$/, 'must be 1-50 letters, digits, - or _').describe(`Deduplication key; a repeat within ${window} is refused.`);

/** The customer's own media ID (SDK models: letters, digits, '-', '_', 6-64 characters, unique per account). */
export const REFERENCE_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;
export const referenceId = (description = 'Your own ID of the media, instead of VideoId.') =>
  z.string().regex(REFERENCE_ID_PATTERN, 'must be 6-64 letters, digits, - or _').describe(description);
/** One medium by VideoId or by the caller's ReferenceId; wrap the object in `exactlyOneOf(..., 'VideoId', 'ReferenceId')`. */
export const videoOrReferenceId = (videoDescription = 'Audio/video ID.') => ({
  VideoId: z.string().min(1).describe(videoDescription).optional(),
  ReferenceId: referenceId().optional(),
});
export const referenceIds = (max = 20) => idList(max, 'Your own media IDs, instead of VideoIds.', referenceId());

/**
 * Appendix 17.2 UserData: a per-request HTTP callback override (only HTTP: "暂时只支持HTTP方式的回调覆盖设置"),
 * Extend echoed back in callbacks (max 512 bytes), and for uploads AccelerateConfig.
 */
export const userData = (options: { upload?: boolean; maxBytes?: number } = {}) => {
  const shape = {
    MessageCallback: z
      .strictObject({ CallbackURL: httpUrl('Callback URL.'), CallbackType: z.enum(['http']).optional().describe('Only http.') })
      .optional()
      .describe('Callback for this request instead of the global one.'),
    Extend: z
      .record(z.string(), z.unknown())
      .refine((value) => byteLength(JSON.stringify(value)) <= EXTEND_MAX_BYTES, `must be at most ${EXTEND_MAX_BYTES} bytes as JSON`)
      .optional()
      .describe(`Echoed in callbacks; max ${EXTEND_MAX_BYTES} bytes.`),
  };
  const accelerate = {
    AccelerateConfig: z
      .strictObject({ Type: z.enum(['oss']), Domain: httpUrl('Acceleration domain.') })
      .optional()
      .describe('Upload acceleration (must be enabled first).'),
  };
  const { maxBytes } = options;
  return z
    .strictObject(options.upload ? { ...shape, ...accelerate } : shape)
    .refine((value) => Object.keys(value).length > 0, 'give MessageCallback, Extend' + (options.upload ? ' or AccelerateConfig' : ''))
    .refine((value) => maxBytes === undefined || byteLength(JSON.stringify(value)) <= maxBytes, `must be at most ${maxBytes} bytes as JSON`)
    .describe(`Callback override and pass-through data${maxBytes ? `; max ${maxBytes} bytes as JSON` : ''}.`);
};

/**
 * Exactly one of two arguments (VideoId or ReferenceId...). The runtime refines; the published JSON Schema states the
 * same rule with a root if/then/else, since several clients (the Anthropic API among them) refuse a root oneOf/anyOf.
 */
export function exactlyOneOf<T extends z.ZodObject<z.ZodRawShape>>(schema: T, first: string, second: string): T {
  return schema
    .superRefine((args: Record<string, unknown>, context) => {
      const given = [first, second].filter((key) => args[key] !== undefined);
      if (given.length !== 1) {
        context.addIssue({ code: 'custom', path: [given.length ? second : first], message: `give exactly one of ${first} and ${second}` });
      }
    })
    .meta({ if: { required: [first] }, then: { not: { required: [second] } }, else: { required: [second] } }) as T;
}
