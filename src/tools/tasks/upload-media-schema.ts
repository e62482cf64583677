import { z } from 'zod';
import { COMMA_FREE_URL, httpUrl } from '../schema-helpers.js';
import { appId, cateId, description, storageLocation, tags, templateGroupId, title, userData, workflowId } from '../spec-shapes.js';
import { globProblem } from './glob.js';
import { BUSINESS_TYPES } from './media-kinds.js';

export const DEFAULT_MAX_FILES = 20;
export const MAX_FILES = 100;
const FOLDER_ONLY = ['Recursive', 'MaxFiles'] as const;
const FILE_ONLY = ['Pattern', 'Recursive', 'MaxFiles', 'BusinessType'] as const;
const NOT_ATTACHED = ['TemplateGroupId', 'WorkflowId'] as const;

export const uploadMediaInput = z
  .strictObject({
    FilePath: z
      .string()
      .min(1)
      .max(4096)
      .optional()
      .describe('The file to upload (with Pattern: a folder), absolute or relative to the first allowed root. Audio/video, image (png, jpg, jpeg, gif) or subtitle (srt, ass, stl, ttml, vtt).'),
    // Sent in UploadMediaByURL's comma-joined UploadURLs: a comma would split it.
    SourceURL: httpUrl('Instead of FilePath: a public http(s) URL of an audio/video file that VOD pulls (UploadMediaByURL).').check(COMMA_FREE_URL).optional(),
    Pattern: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\]+$/, 'must be a glob on file names, without / or \\')
      .superRefine((pattern, ctx) => {
        const problem = globProblem(pattern);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .describe('Folder mode: a glob on file names (case-insensitive), e.g. *.mp4 or *.{mp4,mov}.'),
    Recursive: z.boolean().optional().describe('Folder mode: also sub-folders (symlinked folders are not followed). Default false.'),
    MaxFiles: z.number().int().min(1).max(MAX_FILES).optional().describe(`Folder mode: files uploaded at most (default ${DEFAULT_MAX_FILES}); the rest are counted in LeftOut.`),
    BusinessType: z.enum(BUSINESS_TYPES).optional().describe('Upload as attached media of this type (e.g. a png watermark); subtitle files are attached by extension. No resume for attached media.'),
    Title: title('Title (default: the file name without extension). Not in folder mode.').optional(),
    Description: description().optional(),
    Tags: tags().optional(),
    CateId: cateId().optional(),
    TemplateGroupId: templateGroupId('Transcode template group for a video (default: the app\'s default group).').optional(),
    WorkflowId: workflowId().optional(),
    StorageLocation: storageLocation().optional(),
    UserData: userData({ upload: true }).optional(),
    AppId: appId().optional(),
  })
  .superRefine((args, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((args.FilePath === undefined) === (args.SourceURL === undefined)) issue(args.FilePath === undefined ? 'FilePath' : 'SourceURL', 'give exactly one of FilePath and SourceURL');
    if (args.SourceURL !== undefined) for (const key of FILE_ONLY) if (args[key] !== undefined) issue(key, 'only with FilePath, not with SourceURL');
    if (args.Pattern === undefined) for (const key of FOLDER_ONLY) if (args[key] !== undefined) issue(key, 'only in folder mode, with Pattern');
    if (args.Pattern !== undefined && args.Title !== undefined) issue('Title', 'not in folder mode: each file is titled by its name');
    if (args.BusinessType !== undefined) for (const key of NOT_ATTACHED) if (args[key] !== undefined) issue(key, 'attached media (BusinessType) are not transcoded');
  })
  // The same rules in JSON Schema, as a root if/then/else plus dependencies (several clients refuse a root oneOf/allOf).
  .meta({
    if: { required: ['SourceURL'] },
    then: { not: { required: ['FilePath'] }, properties: Object.fromEntries(FILE_ONLY.map((key) => [key, false])) },
    else: { required: ['FilePath'], if: { required: ['Pattern'] }, then: { properties: { Title: false } } },
    dependentRequired: Object.fromEntries(FOLDER_ONLY.map((key) => [key, ['Pattern']])),
    dependentSchemas: { BusinessType: { properties: Object.fromEntries(NOT_ATTACHED.map((key) => [key, false])) } },
  });

const MEDIA_TYPE = z.enum(['video', 'image', 'attached']);
const ids = {
  VideoId: z.string().optional(),
  ImageId: z.string().optional(),
  MediaId: z.string().optional().describe('Attached media ID.'),
};

export const uploadItem = z.object({
  FileName: z.string().describe('Path relative to the folder.'),
  MediaType: MEDIA_TYPE.optional(),
  ...ids,
  Status: z.enum(['Uploaded', 'Failed', 'Skipped']).describe('Skipped: not read (outside the allowed roots, not a supported or allowed file, empty).'),
  Method: z.enum(['put', 'multipart']).optional(),
  Bytes: z.number().int().optional(),
  ResumedParts: z.number().int().optional(),
  Code: z.string().optional(),
  Message: z.string().optional(),
});

export const uploadMediaOutput = z.object({
  MediaType: MEDIA_TYPE.optional().describe('Absent in folder mode: see Items.'),
  ...ids,
  MediaURL: z.string().optional(),
  FileURL: z.string().optional(),
  FileName: z.string().describe('The file, the folder (folder mode) or the URL\'s file name.'),
  Status: z
    .enum(['Uploaded', 'AwaitingUpload', 'Pulling', 'PartlyUploaded', 'NotUploaded'])
    .describe('AwaitingUpload: the server cannot read your files; run Command on the machine that has the file. Pulling: VOD is still fetching SourceURL (see JobId).'),
  Method: z.enum(['put', 'multipart', 'ticket', 'url', 'folder']),
  Bytes: z.number().int().optional(),
  Parts: z.number().int().optional(),
  ResumedParts: z.number().int().optional().describe('Parts an earlier, interrupted call had uploaded already.'),
  ImageURL: z.string().optional(),
  Ticket: z.string().optional().describe('Single use; redeemed by Command.'),
  ExpiresAt: z.string().optional(),
  Command: z.string().optional(),
  JobId: z.string().optional().describe('The URL upload job (SourceURL).'),
  Items: z.array(uploadItem).optional().describe('Folder mode: one entry per matching file.'),
  Matched: z.number().int().optional().describe('Folder mode: files whose name matches Pattern.'),
  Uploaded: z.number().int().optional(),
  Failed: z.number().int().optional(),
  Skipped: z.number().int().optional(),
  LeftOut: z.number().int().optional().describe('Folder mode: matches beyond MaxFiles, not uploaded.'),
  LeftOutFiles: z.array(z.string()).optional().describe('The first left-out files (relative paths).'),
  NextStep: z.string(),
});

export type UploadMediaArgs = z.output<typeof uploadMediaInput>;
export type UploadMediaResult = z.input<typeof uploadMediaOutput>;
export type UploadItem = z.input<typeof uploadItem>;
