import { z } from 'zod';
import { httpUrl, integerRangePattern, out } from '../schema-helpers.js';

/** Definition marks of normal and Narrowband HD 1.0 templates (appendix TranscodeTemplate). */
export const DEFINITIONS = ['LD', 'SD', 'HD', 'FHD', 'OD', '2K', '4K', 'SQ', 'HQ', 'LD-NBV1', 'SD-NBV1', 'HD-NBV1', 'FHD-NBV1', '2K-NBV1', '4K-NBV1'] as const;
export const CONTAINER_FORMATS = ['mp4', 'flv', 'm3u8', 'mp3'] as const;

const flag = () => z.enum(['true', 'false']);

/** A whole number carried as a string, as the template JSON does; `''` leaves it unset. Published as a pattern. */
const numeric = (min: number, max: number, unit = '', options: { even?: boolean } = {}) => {
  const range = integerRangePattern(min, max).slice(1, -1);
  const text = z.string().max(String(max).length).regex(new RegExp(`^(?:${range})?$`), `must be a whole number ${min}-${max}`);
  return (options.even ? text.regex(/^(\d*[02468])?$/, 'must be even') : text).describe(`${unit ? unit + ', ' : ''}${min}-${max}${options.even ? ', even' : ''}.`);
};

const timeText = z.string().max(16).regex(/^(\d{1,5}(\.\d{1,3})?|\d{2}:\d{2}:\d{2}(\.\d{1,3})?)$/, 'must be sssss[.SSS] or hh:mm:ss[.SSS]');

export const clipSchema = z.strictObject({
  TimeSpan: z.strictObject({ Seek: timeText, Duration: timeText.optional(), End: timeText.optional() }).describe('Times as sssss[.SSS] or hh:mm:ss[.SSS].'),
});

/** The common video settings typed; the appendix's tuning fields (Gop, Preset, ScanMode, Bufsize, Maxrate, PixFmt...) pass through. */
export const videoSchema = z.looseObject({
  Codec: z.enum(['H.264', 'H.265']),
  Remove: flag().optional(),
  Bitrate: numeric(10, 50000, 'Kbps').optional(),
  Width: numeric(128, 4096, 'px', { even: true }).optional(),
  Height: numeric(128, 4096, 'px', { even: true }).optional(),
  Fps: numeric(1, 60).optional(),
  Crf: numeric(0, 51).optional(),
  Profile: z.enum(['baseline', 'main', 'high']).optional(),
});

export const audioSchema = z.strictObject({
  Codec: z.enum(['AAC', 'MP3']),
  Bitrate: numeric(8, 1000, 'Kbps'),
  Samplerate: z.enum(['22050', '32000', '44100', '48000', '96000']),
  Remove: flag().optional(),
  Channels: z.enum(['1', '2', '4', '5', '6', '8']).optional(),
  Profile: z.enum(['aac_low', 'aac_he', 'aac_he_v2', 'aac_ld', 'aac_eld']).optional(),
});

const packageSetting = z.strictObject({
  PackageType: z.literal('HLSPackage'),
  PackageConfig: z.strictObject({ BandWidth: z.string().describe('bps.') }).optional(),
  SubtitleExtractConfigList: z.array(z.record(z.string(), z.unknown())).optional().describe('SubtitlePackage only: {SubtitleUrlList,Language,Format:vtt,Name}.'),
});

/**
 * One transcode template (appendix 17.1 TranscodeTemplate). Loose at the top level: the service returns and
 * accepts more fields (TailSlateList, OpeningList...) than the appendix documents.
 */
export const transcodeTemplateSchema = z
  .looseObject({
    TranscodeTemplateId: z.string().min(1).optional().describe('Required to modify an existing template.'),
    TemplateName: z.string().min(1).max(128).optional().describe('Required when adding.'),
    Type: z.enum(['Normal', 'VideoPackage', 'SubtitlePackage']).optional(),
    Definition: z.enum(DEFINITIONS),
    Container: z.strictObject({ Format: z.enum(CONTAINER_FORMATS) }),
    Video: videoSchema.optional().describe('Required except for OD.'),
    Audio: audioSchema.optional().describe('Required except for OD.'),
    MuxConfig: z.strictObject({ Segment: z.strictObject({ Duration: numeric(1, 60, 's') }).optional() }).optional().describe('HLS segments; required for m3u8.'),
    TransConfig: z
      .strictObject({
        TransMode: z.enum(['onepass', 'twopass', 'CBR']).optional(),
        IsCheckReso: flag().optional(),
        IsCheckResoFail: flag().optional(),
        IsCheckVideoBitrate: flag().optional(),
        IsCheckVideoBitrateFail: flag().optional(),
        IsCheckAudioBitrate: flag().optional(),
        IsCheckAudioBitrateFail: flag().optional(),
      })
      .optional()
      .describe('Conditional transcoding checks.'),
    TranscodeFileRegular: z.string().max(128).regex(/^\{MediaId\}[\w{}/-]*$/, 'must start with {MediaId}; letters, digits, {}/-_ only').optional().describe('Output path, e.g. {MediaId}/{JobId}.'),
    Clip: clipSchema.optional(),
    Rotate: numeric(0, 360, 'degrees').optional(),
    EncryptSetting: z.strictObject({ EncryptType: z.enum(['AliyunVoDEncryption', 'Private']) }).optional(),
    PackageSetting: packageSetting.optional(),
    SubtitleList: z.array(z.strictObject({ SubtitleUrl: httpUrl('HTTP OSS URL.'), CharEncode: z.string().min(1) })).optional(),
    WatermarkIds: z.array(z.string().min(1)).max(4).optional().describe('USER_DEFAULT_WATERMARK = the default watermark.'),
  })
  .meta({ anyOf: [{ properties: { Definition: { const: 'OD' } } }, { required: ['Video', 'Audio'] }] })
  .refine((template) => template.Definition === 'OD' || (template.Video !== undefined && template.Audio !== undefined), 'Video and Audio are required except for OD')
  .refine((template) => template.Container.Format !== 'm3u8' || template.MuxConfig?.Segment !== undefined, 'MuxConfig.Segment is required for m3u8');

export const templateList = (description: string) => z.array(transcodeTemplateSchema).min(1).max(20).describe(description);

/** Templates as GetTranscodeTemplateGroup returns them: nested configs are JSON strings. */
const jsonField = () => z.union([z.string(), z.record(z.string(), z.unknown())]).optional();

export const transcodeTemplateOutput = out.obj({
  TranscodeTemplateId: out.str(),
  TemplateName: out.str(),
  Definition: out.str(),
  Type: out.str(),
  Container: jsonField(),
  Video: jsonField(),
  Audio: jsonField(),
  MuxConfig: jsonField(),
  TransConfig: jsonField(),
  Clip: jsonField(),
  Rotate: out.str(),
  EncryptSetting: jsonField(),
  PackageSetting: jsonField(),
  SubtitleList: out.str(),
  TranscodeFileRegular: out.str(),
  WatermarkIds: out.list(z.string()),
});

export const templateGroupOutput = out.obj({
  TranscodeTemplateGroupId: out.str(),
  Name: out.str(),
  IsDefault: out.str(),
  Locked: out.str(),
  AppId: out.str(),
  TranscodeMode: out.str(),
  CreationTime: out.str(),
  ModifyTime: out.str(),
  TranscodeTemplateList: out.list(transcodeTemplateOutput),
});
