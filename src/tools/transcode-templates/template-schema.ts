import { z } from 'zod';
import { absent, integerRangePattern, out, URL_MAX_LENGTH, utf8String } from '../schema-helpers.js';
import { allOf, pathAbsent, pathEquals, pathNotIn, pathPresent, withRules, type CrossFieldRule } from './template-rules.js';

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

/** A negative whole number -max..-min carried as a string. */
const negative = (min: number, max: number) => z.string().max(String(max).length + 1).regex(new RegExp(`^-(?:${integerRangePattern(min, max).slice(1, -1)})$`), `must be a whole number -${max} to -${min}`);

const timeText = z.string().max(16).regex(/^(\d{1,5}(\.\d{1,3})?|\d{2}:\d{2}:\d{2}(\.\d{1,3})?)$/, 'must be sssss[.SSS] or hh:mm:ss[.SSS]');

export const clipSchema = z.strictObject({
  TimeSpan: z.strictObject({ Seek: timeText, Duration: timeText.optional(), End: timeText.optional() }).describe('Times as sssss[.SSS] or hh:mm:ss[.SSS].'),
});

const H264_ONLY = ['Profile', 'Preset'] as const;

/** Video stream settings (appendix 17.1 Video); loose, as GetTranscodeTemplateGroup answers may carry more. */
export const videoSchema = withRules(
  z.looseObject({
    Codec: z.enum(['H.264', 'H.265']),
    Remove: flag().optional(),
    Bitrate: numeric(10, 50000, 'Kbps').optional(),
    Width: numeric(128, 4096, 'px', { even: true }).optional(),
    Height: numeric(128, 4096, 'px', { even: true }).optional(),
    Fps: numeric(1, 60).optional(),
    Gop: numeric(1, 100000, 'frames between key frames').optional(),
    LongShortMode: flag().optional().describe('Width follows the long side (portrait sources); default true.'),
    Crf: numeric(0, 51).optional(),
    Profile: z.enum(['baseline', 'main', 'high']).optional().describe('H.264 only.'),
    Preset: z.enum(['veryfast', 'fast', 'medium', 'slow', 'slower']).optional().describe('H.264 only; default medium.'),
    ScanMode: z.enum(['interlaced', 'progressive']).optional(),
    Bufsize: numeric(1000, 128000, 'kb').optional(),
    Maxrate: numeric(1000, 50000, 'Kbps peak').optional(),
    PixFmt: z.string().max(32).regex(/^[a-z0-9_]+$/, 'must be a pixel format name such as yuv420p').optional().describe('e.g. yuv420p, yuvj420p.'),
  }),
  [
    {
      message: 'Profile and Preset apply to H.264 only',
      if: pathEquals(['Codec'], 'H.265'),
      then: absent(...H264_ONLY),
      holds: (video) => video.Codec !== 'H.265' || H264_ONLY.every((key) => video[key] === undefined),
    },
  ],
);

const DYNAMIC_ONLY = ['IntegratedLoudnessTarget', 'TruePeak', 'LoudnessRangeTarget'] as const;

/** Loudness settings (appendix 17.1 Volume); the three targets need Method dynamic. */
const volumeSchema = withRules(
  z.strictObject({
    Method: z.enum(['auto', 'dynamic', 'linear']).optional(),
    IntegratedLoudnessTarget: negative(5, 70).optional().describe('Target loudness, -70 to -5; default -6.'),
    TruePeak: z.string().regex(/^(?:0|-[1-9])$/, 'must be a whole number -9 to 0').optional().describe('-9 to 0; default -1.'),
    LoudnessRangeTarget: numeric(1, 20).optional().describe('Default 8.'),
  }),
  [
    {
      message: 'IntegratedLoudnessTarget, TruePeak and LoudnessRangeTarget need Method dynamic',
      if: { not: pathEquals(['Method'], 'dynamic') },
      then: absent(...DYNAMIC_ONLY),
      holds: (volume) => volume.Method === 'dynamic' || DYNAMIC_ONLY.every((key) => volume[key] === undefined),
    },
  ],
);

const AAC_CHANNELS = ['1', '2', '4', '5', '6', '8'] as const;

/** Audio stream settings (appendix 17.1 Audio). */
export const audioSchema = withRules(
  z.strictObject({
    Codec: z.enum(['AAC', 'MP3']),
    Bitrate: numeric(8, 1000, 'Kbps'),
    Samplerate: z.enum(['22050', '32000', '44100', '48000', '96000']),
    Remove: flag().optional(),
    Channels: z.enum(AAC_CHANNELS).optional().describe('MP3: 1 or 2.'),
    Profile: z.enum(['aac_low', 'aac_he', 'aac_he_v2', 'aac_ld', 'aac_eld']).optional().describe('AAC only.'),
    Volume: volumeSchema.optional(),
  }),
  [
    {
      message: 'MP3 takes 1 or 2 channels and no 96000 Hz sample rate',
      if: pathEquals(['Codec'], 'MP3'),
      then: { properties: { Channels: { enum: ['1', '2'] }, Samplerate: { not: { const: '96000' } } } },
      holds: (audio) => audio.Codec !== 'MP3' || ((audio.Channels === undefined || ['1', '2'].includes(audio.Channels)) && audio.Samplerate !== '96000'),
    },
    {
      message: 'Profile applies to AAC only',
      if: pathEquals(['Codec'], 'MP3'),
      then: absent('Profile'),
      holds: (audio) => audio.Codec !== 'MP3' || audio.Profile === undefined,
    },
  ],
);

/** Subtitle tracks packed into HLS (SubtitlePackage templates): one HTTP (not HTTPS) OSS URL of a vtt file each. */
const subtitleExtractConfig = z.strictObject({
  SubtitleUrlList: z
    .array(z.string().max(URL_MAX_LENGTH).regex(/^http:\/\/\S+$/, 'must be an HTTP (not HTTPS) OSS URL'))
    .length(1)
    .describe('One HTTP OSS URL in the VOD system bucket.'),
  Language: z.string().min(1).max(35).regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, 'must be an RFC 5646 tag such as en-US').describe('RFC 5646, e.g. en-US.'),
  Format: z.literal('vtt'),
  Name: utf8String(64, 'Track name shown by players.').min(1),
});

const packageSetting = z.strictObject({
  PackageType: z.literal('HLSPackage'),
  PackageConfig: z.strictObject({ BandWidth: numeric(1, 2_000_000_000, 'bps') }).optional().describe('Required for VideoPackage.'),
  SubtitleExtractConfigList: z.array(subtitleExtractConfig).min(1).optional().describe('Required for SubtitlePackage, only there.'),
});

/** Burned-in subtitles (SubtitleConfig); the wire name CharEncode is the manual's example's and the SDK's. */
const subtitleConfig = z.strictObject({
  SubtitleUrl: z.string().max(URL_MAX_LENGTH).regex(/^http:\/\/\S+\.(?:srt|ass)$/i, 'must be an HTTP (not HTTPS) OSS URL of an srt or ass file').describe('HTTP OSS URL (srt, ass), same region and bucket as the source.'),
  CharEncode: z.enum(['auto', 'UTF-8', 'GBK', 'BIG5']).optional().describe('Default UTF-8.'),
});

type Template = {
  Type?: string;
  Container: { Format: string };
  Video?: { Codec: string };
  Audio?: { Codec: string; Samplerate: string };
  EncryptSetting?: { EncryptType: string };
  PackageSetting?: { PackageConfig?: unknown; SubtitleExtractConfigList?: unknown };
  Clip?: { TimeSpan: { Duration?: string; End?: string } };
};

/** The appendix's rules across a template's parts: types and packaging, container and codecs, encryption, clips. */
const TEMPLATE_RULES: readonly CrossFieldRule<Template>[] = [
  {
    message: 'Normal templates take no PackageSetting',
    if: { anyOf: [{ not: { required: ['Type'] } }, pathEquals(['Type'], 'Normal')] },
    then: absent('PackageSetting'),
    holds: (template) => (template.Type ?? 'Normal') !== 'Normal' || template.PackageSetting === undefined,
  },
  {
    message: 'VideoPackage templates need PackageSetting.PackageConfig',
    if: pathEquals(['Type'], 'VideoPackage'),
    then: pathPresent(['PackageSetting', 'PackageConfig']),
    holds: (template) => template.Type !== 'VideoPackage' || template.PackageSetting?.PackageConfig !== undefined,
  },
  {
    message: 'SubtitlePackage templates need PackageSetting.SubtitleExtractConfigList',
    if: pathEquals(['Type'], 'SubtitlePackage'),
    then: pathPresent(['PackageSetting', 'SubtitleExtractConfigList']),
    holds: (template) => template.Type !== 'SubtitlePackage' || template.PackageSetting?.SubtitleExtractConfigList !== undefined,
  },
  {
    message: 'Only SubtitlePackage templates take SubtitleExtractConfigList',
    if: { not: pathEquals(['Type'], 'SubtitlePackage') },
    then: pathAbsent(['PackageSetting', 'SubtitleExtractConfigList']),
    holds: (template) => template.Type === 'SubtitlePackage' || template.PackageSetting?.SubtitleExtractConfigList === undefined,
  },
  {
    message: 'flv cannot carry H.265 video',
    if: pathEquals(['Container', 'Format'], 'flv'),
    then: pathNotIn(['Video', 'Codec'], ['H.265']),
    holds: (template) => template.Container.Format !== 'flv' || template.Video?.Codec !== 'H.265',
  },
  {
    message: 'flv with MP3 audio takes no 32000, 48000 or 96000 Hz sample rate',
    if: allOf(pathEquals(['Container', 'Format'], 'flv'), pathEquals(['Audio', 'Codec'], 'MP3')),
    then: pathNotIn(['Audio', 'Samplerate'], ['32000', '48000', '96000']),
    holds: (template) => template.Container.Format !== 'flv' || template.Audio?.Codec !== 'MP3' || !['32000', '48000', '96000'].includes(template.Audio.Samplerate),
  },
  {
    message: 'The mp3 container carries MP3 audio only',
    if: pathEquals(['Container', 'Format'], 'mp3'),
    then: pathNotIn(['Audio', 'Codec'], ['AAC']),
    holds: (template) => template.Container.Format !== 'mp3' || template.Audio?.Codec !== 'AAC',
  },
  {
    message: 'AliyunVoDEncryption applies to m3u8 (HLS) only',
    if: pathEquals(['EncryptSetting', 'EncryptType'], 'AliyunVoDEncryption'),
    then: pathEquals(['Container', 'Format'], 'm3u8'),
    holds: (template) => template.EncryptSetting?.EncryptType !== 'AliyunVoDEncryption' || template.Container.Format === 'm3u8',
  },
  {
    message: 'Clip.TimeSpan takes Duration or End, not both',
    if: pathPresent(['Clip', 'TimeSpan', 'End']),
    then: pathAbsent(['Clip', 'TimeSpan', 'Duration']),
    holds: (template) => template.Clip?.TimeSpan.End === undefined || template.Clip.TimeSpan.Duration === undefined,
  },
];

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
    SubtitleList: z.array(subtitleConfig).min(1).optional().describe('Subtitles burned into the video.'),
    WatermarkIds: z.array(z.string().min(1)).max(4).optional().describe('USER_DEFAULT_WATERMARK = the default watermark.'),
  })
  .meta({ anyOf: [{ properties: { Definition: { const: 'OD' } } }, { required: ['Video', 'Audio'] }] })
  .refine((template) => template.Definition === 'OD' || (template.Video !== undefined && template.Audio !== undefined), 'Video and Audio are required except for OD')
  .refine((template) => template.Container.Format !== 'm3u8' || template.MuxConfig?.Segment !== undefined, 'MuxConfig.Segment is required for m3u8');

const ruledTemplate = withRules(transcodeTemplateSchema, TEMPLATE_RULES);

const IS_SUBTITLE_PACKAGE = { properties: { Type: { const: 'SubtitlePackage' } }, required: ['Type'] };

/** A group's templates: at most 20, at most one SubtitlePackage (which goes with a VideoPackage of the group). */
export const templateList = (description: string) =>
  z
    .array(ruledTemplate)
    .min(1)
    .max(20)
    .meta({ contains: IS_SUBTITLE_PACKAGE, minContains: 0, maxContains: 1 })
    .refine((templates) => templates.filter((template) => template.Type === 'SubtitlePackage').length <= 1, 'A group takes at most one SubtitlePackage template')
    .describe(description);

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
