import { z } from 'zod';
import { clipSchema } from '../transcode-templates/template-schema.js';
import { httpUrl, integerText } from '../schema-helpers.js';

export const videoId = () => z.string().min(1).describe('Video ID.');

const watermarkOverride = z.strictObject({
  WatermarkId: z.string().min(1),
  FileUrl: httpUrl('New image file (same storage as the video).').optional(),
  Content: z.string().min(1).optional().describe('New text.'),
});

const subtitle = z.strictObject({ SubtitleUrl: httpUrl('HTTP OSS URL.'), CharEncode: z.enum(['auto', 'UTF-8', 'GBK', 'BIG5']) });
const scalar = z.union([z.string(), z.number()]);

export const transcodeOverrideParams = z
  .strictObject({
    Watermarks: z.array(watermarkOverride).optional(),
    SubtitleSetting: z.strictObject({ SubtitleList: z.array(subtitle).min(1) }).optional(),
    PackageSubtitleSetting: z
      .strictObject({
        PackageSubtitleList: z.array(z.strictObject({ SubtitlePackageTemplateId: z.string().min(1), Language: z.string().min(1), SubtitleUrl: httpUrl('HTTP OSS URL.') })).min(1),
      })
      .optional(),
    TranscodeTemplateList: z
      .array(
        z.strictObject({
          TranscodeTemplateId: z.string().min(1),
          Video: z.record(z.string(), scalar).optional(),
          Audio: z.record(z.string(), scalar).optional(),
          Clip: clipSchema.optional(),
          Rotate: z.string().optional(),
          TranscodeFileRegular: z.string().optional(),
        }),
      )
      .optional()
      .describe('Per-template overrides (not OD).'),
  })
  .describe('Replace watermark files/text, subtitles or template settings for this job.');

export const encryptConfig = z
  .strictObject({
    CipherText: z.string().min(1).describe('CiphertextBlob from generate_kms_data_key (AES_128).'),
    DecryptKeyUri: httpUrl('Key URL.'),
    KeyServiceType: z.string().min(1).describe('e.g. KMS.'),
  })
  .describe('HLS standard encryption only.');

const dimension = (min: number, max: number) => integerText(min, max);

export const dynamicImageOverrideParams = z
  .strictObject({
    Watermarks: z.array(watermarkOverride).optional(),
    Name: z.string().optional(),
    Video: z.strictObject({ Width: dimension(128, 4096).optional(), Height: dimension(128, 4096).optional(), Fps: dimension(1, 60).optional() }).optional(),
    Container: z.strictObject({ Format: z.enum(['gif', 'webp']) }).optional(),
    Clip: clipSchema.optional(),
    SetDefaultCover: z.enum(['true', 'false']).optional(),
  })
  .describe('Overrides of the template config.');

export const jobIdOutput = z.looseObject({ JobId: z.string().optional() });
