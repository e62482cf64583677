import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { httpUrl, out, response } from '../schema-helpers.js';
import { userData } from '../spec-shapes.js';

/** Stream definitions (SDK models: PlayInfo.Definition) and HDR types (metadata). */
const DEFINITIONS = ['FD', 'LD', 'SD', 'HD', 'OD', '2K', '4K', 'SQ', 'HQ', 'AUTO'] as const;
const HDR_TYPES = ['HDR', 'HDR10', 'HLG', 'DolbyVision', 'HDRVivid', 'SDR+'] as const;

export const uploadStreamByUrl = defineTool({
  action: 'UploadStreamByURL',
  title: 'Upload a stream from a URL',
  toolset: 'upload',
  tier: 'write',
  tierReason: 'Creates an asynchronous pull job that adds a transcoded stream to an existing video.',
  description:
    'Pull an already transcoded stream file from a public http(s) URL and attach it to an existing audio/video as a stream of the given definition (async). ' +
    'Track StreamJobId with get_url_upload_infos; stored streams are billed as storage.',
  input: z.strictObject({
    MediaId: z.string().min(1).describe('Audio/video ID the stream belongs to.'),
    Definition: z.enum(DEFINITIONS).describe('Definition of the stream.'),
    StreamURL: httpUrl('Stream file URL, reachable from the Internet (include URL-auth parameters if needed).'),
    FileExtension: z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'an extension without dot').optional().describe('Extension (e.g. mp4, m3u8); needed when StreamURL has none.'),
    HDRType: z.enum(HDR_TYPES).optional().describe('HDR type; omit for SDR streams.'),
    UploadMetadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional().describe('Upload metadata of the stream, sent as one JSON object.'),
    UserData: userData({ upload: true }).optional(),
  }),
  output: response({
    StreamJobId: out.str().describe('Job ID for get_url_upload_infos.'),
    SourceURL: out.str(),
    FileURL: out.str().describe('Where the stream is stored.'),
  }),
});
