import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { toMcpTool } from '../../src/mcp/tool-runtime.js';
import { allTools } from '../../src/tools/registry.js';

// Appendix 17.1's rules for transcode templates: each one refused by the runtime and by the published JSON Schema
// (read by a 2020-12 validator, as a client would), and the valid neighbours accepted by both.
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default as new (options: Record<string, unknown>) => { compile(schema: unknown): (value: unknown) => boolean };

const tool = allTools().find((candidate) => candidate.action === 'AddTranscodeTemplateGroup')!;
const published = new Ajv2020({ strict: false, allErrors: true }).compile(toMcpTool(tool).inputSchema);

const video = { Codec: 'H.264', Bitrate: '900', Width: '960', Remove: 'false' };
const audio = { Codec: 'AAC', Bitrate: '128', Samplerate: '44100' };
const base = { TemplateName: 't', Definition: 'SD', Container: { Format: 'mp4' }, Video: video, Audio: audio };
const args = (...templates: Record<string, unknown>[]) => ({ Name: 'group', TranscodeTemplateList: templates });

function verdicts(value: Record<string, unknown>) {
  const runtime = tool.input.safeParse(value);
  return { runtime: runtime.success, published: published(value), issues: runtime.success ? '' : JSON.stringify(runtime.error.issues.map((issue) => issue.message)) };
}

const VALID: Record<string, Record<string, unknown>> = {
  'the manual’s VideoPackage example': {
    ...base,
    Type: 'VideoPackage',
    Container: { Format: 'm3u8' },
    MuxConfig: { Segment: { Duration: '6' } },
    EncryptSetting: { EncryptType: 'AliyunVoDEncryption' },
    PackageSetting: { PackageType: 'HLSPackage', PackageConfig: { BandWidth: '900000' } },
  },
  'H.264 tuning fields': { ...base, Video: { ...video, Gop: '250', LongShortMode: 'true', Preset: 'slow', ScanMode: 'progressive', Bufsize: '6000', Maxrate: '3000', PixFmt: 'yuv420p', Profile: 'main' } },
  'H.265 with the fields it takes': { ...base, Video: { Codec: 'H.265', Gop: '100', Bufsize: '6000', Maxrate: '3000', ScanMode: 'interlaced' } },
  'dynamic loudness': { ...base, Audio: { ...audio, Volume: { Method: 'dynamic', IntegratedLoudnessTarget: '-6', TruePeak: '-1', LoudnessRangeTarget: '8' } } },
  'linear volume without targets': { ...base, Audio: { ...audio, Volume: { Method: 'linear' } } },
  'MP3 in flv at 44100 Hz, stereo': { ...base, Container: { Format: 'flv' }, Audio: { Codec: 'MP3', Bitrate: '128', Samplerate: '44100', Channels: '2' } },
  'a SubtitlePackage template': {
    ...base,
    Type: 'SubtitlePackage',
    Container: { Format: 'm3u8' },
    MuxConfig: { Segment: { Duration: '6' } },
    PackageSetting: { PackageType: 'HLSPackage', SubtitleExtractConfigList: [{ SubtitleUrlList: ['http://outin-1.oss-cn-shanghai.aliyuncs.com/subtitles/en.vtt'], Language: 'en-US', Format: 'vtt', Name: 'English' }] },
  },
  'burned-in subtitles': { ...base, SubtitleList: [{ SubtitleUrl: 'http://outin-1.oss-cn-shanghai.aliyuncs.com/subtitles/cn.ass', CharEncode: 'UTF-8' }] },
  'a clip with End': { ...base, Clip: { TimeSpan: { Seek: '5', End: '10' } } },
};

const INVALID: Record<string, Record<string, unknown>> = {
  'Profile on H.265': { ...base, Video: { Codec: 'H.265', Profile: 'main' } },
  'Preset on H.265': { ...base, Video: { Codec: 'H.265', Preset: 'fast' } },
  'Gop out of range': { ...base, Video: { ...video, Gop: '0' } },
  'Bufsize below 1000 kb': { ...base, Video: { ...video, Bufsize: '999' } },
  'Maxrate above 50000': { ...base, Video: { ...video, Maxrate: '50001' } },
  'an unknown Preset': { ...base, Video: { ...video, Preset: 'ultrafast' } },
  'loudness target without Method dynamic': { ...base, Audio: { ...audio, Volume: { Method: 'linear', TruePeak: '-1' } } },
  'loudness target out of range': { ...base, Audio: { ...audio, Volume: { Method: 'dynamic', IntegratedLoudnessTarget: '-4' } } },
  'the manual example’s IntegratedLoudnessTarget "auto" (its table says a number)': { ...base, Audio: { ...audio, Volume: { Method: 'dynamic', IntegratedLoudnessTarget: 'auto' } } },
  'MP3 with 6 channels': { ...base, Audio: { Codec: 'MP3', Bitrate: '128', Samplerate: '44100', Channels: '6' } },
  'MP3 at 96000 Hz': { ...base, Audio: { Codec: 'MP3', Bitrate: '128', Samplerate: '96000' } },
  'an AAC Profile on MP3': { ...base, Audio: { Codec: 'MP3', Bitrate: '128', Samplerate: '44100', Profile: 'aac_low' } },
  'flv with H.265': { ...base, Container: { Format: 'flv' }, Video: { Codec: 'H.265' } },
  'flv with MP3 at 48000 Hz': { ...base, Container: { Format: 'flv' }, Audio: { Codec: 'MP3', Bitrate: '128', Samplerate: '48000' } },
  'the mp3 container with AAC': { ...base, Container: { Format: 'mp3' } },
  'PackageSetting on a Normal template': { ...base, PackageSetting: { PackageType: 'HLSPackage', PackageConfig: { BandWidth: '900000' } } },
  'VideoPackage without PackageConfig': { ...base, Type: 'VideoPackage', Container: { Format: 'm3u8' }, MuxConfig: { Segment: { Duration: '6' } }, PackageSetting: { PackageType: 'HLSPackage' } },
  'SubtitlePackage without its subtitle list': { ...base, Type: 'SubtitlePackage', Container: { Format: 'm3u8' }, MuxConfig: { Segment: { Duration: '6' } }, PackageSetting: { PackageType: 'HLSPackage' } },
  'a subtitle list on a VideoPackage': {
    ...base,
    Type: 'VideoPackage',
    Container: { Format: 'm3u8' },
    MuxConfig: { Segment: { Duration: '6' } },
    PackageSetting: { PackageType: 'HLSPackage', PackageConfig: { BandWidth: '900000' }, SubtitleExtractConfigList: [{ SubtitleUrlList: ['http://a.example.com/en.vtt'], Language: 'en', Format: 'vtt', Name: 'English' }] },
  },
  'an HTTPS subtitle URL': { ...base, SubtitleList: [{ SubtitleUrl: 'https://outin-1.oss-cn-shanghai.aliyuncs.com/subtitles/cn.ass' }] },
  'an unknown subtitle encoding': { ...base, SubtitleList: [{ SubtitleUrl: 'http://outin-1.oss-cn-shanghai.aliyuncs.com/subtitles/cn.srt', CharEncode: 'latin1' }] },
  'AliyunVoDEncryption on mp4': { ...base, EncryptSetting: { EncryptType: 'AliyunVoDEncryption' } },
  'a clip with Duration and End': { ...base, Clip: { TimeSpan: { Seek: '5', Duration: '3', End: '10' } } },
};

describe('transcode templates follow appendix 17.1, at runtime and in the published schema', () => {
  it.each(Object.entries(VALID))('accepts %s', (_name, template) => {
    expect(verdicts(args(template))).toMatchObject({ runtime: true, published: true });
  });

  it.each(Object.entries(INVALID))('refuses %s', (_name, template) => {
    const verdict = verdicts(args(template));
    expect(verdict.runtime, 'runtime').toBe(false);
    expect(verdict.published, 'published schema').toBe(false);
  });

  it('names the broken rule', () => {
    expect(verdicts(args(INVALID['flv with H.265']!)).issues).toContain('flv cannot carry H.265 video');
    expect(verdicts(args(INVALID['loudness target without Method dynamic']!)).issues).toContain('need Method dynamic');
  });

  it('takes at most one SubtitlePackage template per group', () => {
    const subtitle = VALID['a SubtitlePackage template']!;
    expect(verdicts(args(VALID['the manual’s VideoPackage example']!, subtitle))).toMatchObject({ runtime: true, published: true });
    expect(verdicts(args(VALID['the manual’s VideoPackage example']!, subtitle, subtitle))).toMatchObject({ runtime: false, published: false });
  });
});
