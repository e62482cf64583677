import { z } from 'zod';
import { defineTaskTool } from '../define-tool.js';
import { MEDIA_LOOKUPS, playInfoOf, type MediaFacts, type MediaKind } from './media-lookup.js';
import { maxWaitSecondsArgument, pollUntilDone, seconds, waitBoundMs } from './poll.js';

/** Media statuses of the manual's appendix (video/audio; images and attached media use a subset). */
const MEDIA_STATUSES = ['Uploading', 'UploadSucc', 'UploadFail', 'Transcoding', 'TranscodeFail', 'ProduceFail', 'Checking', 'checkFail', 'Blocked', 'Normal'] as const;
/** Statuses the media does not leave by itself: waiting longer cannot reach another one. */
const TERMINAL_FAILURES: readonly string[] = ['UploadFail', 'TranscodeFail', 'ProduceFail', 'checkFail', 'Blocked'];

const ID_ARGUMENTS = { VideoId: 'video', ImageId: 'image', MediaId: 'attached' } as const satisfies Record<string, MediaKind>;
type IdArgument = keyof typeof ID_ARGUMENTS;

const mediaId = (description: string) => z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be a media ID').describe(description).optional();

const input = z
  .strictObject({
    VideoId: mediaId('Video or audio ID. Give exactly one of VideoId, ImageId, MediaId.'),
    ImageId: mediaId('Image ID.'),
    MediaId: mediaId('Attached media ID (watermark, subtitle, material file).'),
    Statuses: z
      .array(z.enum(MEDIA_STATUSES))
      .min(1)
      .max(MEDIA_STATUSES.length)
      .optional()
      .describe('Statuses to wait for (default Normal). The wait also ends at UploadFail, TranscodeFail, ProduceFail, checkFail, Blocked, and when the ID is not found.'),
    IncludePlayInfo: z.boolean().optional().describe('For a video that reaches Normal: also check its play streams (GetPlayInfo); no URLs are returned.'),
    MaxWaitSeconds: maxWaitSecondsArgument().optional(),
  })
  .superRefine((args, context) => {
    const given = (Object.keys(ID_ARGUMENTS) as IdArgument[]).filter((key) => args[key] !== undefined);
    if (given.length !== 1) context.addIssue({ code: 'custom', path: [given[1] ?? 'VideoId'], message: 'give exactly one of VideoId, ImageId, MediaId' });
  })
  // The same rule in JSON Schema, as a root if/then/else (several clients refuse a root oneOf).
  .meta({
    if: { required: ['VideoId'] },
    then: { not: { anyOf: [{ required: ['ImageId'] }, { required: ['MediaId'] }] } },
    else: { if: { required: ['ImageId'] }, then: { not: { required: ['MediaId'] } }, else: { required: ['MediaId'] } },
  });

const output = z.object({
  VideoId: z.string().optional(),
  ImageId: z.string().optional(),
  MediaId: z.string().optional(),
  MediaType: z.string().optional(),
  Done: z.boolean().describe('false: still waiting when the bound ran out; call again.'),
  WaitStatus: z.enum(['Reached', 'Failed', 'NotFound', 'StillWaiting']),
  Status: z.string().optional(),
  ElapsedSeconds: z.number(),
  Polls: z.number().int(),
  Title: z.string().optional(),
  Duration: z.number().optional(),
  Size: z.number().optional(),
  CoverURL: z.string().optional(),
  URL: z.string().optional(),
  Width: z.number().optional(),
  Height: z.number().optional(),
  StorageClass: z.string().optional(),
  CreationTime: z.string().optional(),
  PlayInfo: z
    .object({ Available: z.boolean(), Streams: z.number().int(), Definitions: z.array(z.string()), Formats: z.array(z.string()), ErrorCode: z.string().optional() })
    .optional(),
  NextStep: z.string(),
});

type WaitStatus = z.infer<typeof output>['WaitStatus'];

export const waitForMedia = defineTaskTool({
  name: 'wait_for_media',
  title: 'Wait for media',
  toolset: 'tasks',
  tier: 'read',
  tierReason: 'Only reads the media status until it changes.',
  description:
    'Wait until a video/audio (VideoId), image (ImageId) or attached media (MediaId) reaches a status (default Normal), fails (UploadFail, TranscodeFail, Blocked...) or is not found. ' +
    'Polls with backoff up to the server bound (or MaxWaitSeconds); when time runs out it answers Done false: call again with the same arguments. ' +
    'Returns the status and key facts (title, duration, size, cover).',
  input,
  output,
  handler: async (args, context) => {
    const [argument, id] = (Object.entries(ID_ARGUMENTS) as [IdArgument, MediaKind][]).flatMap(([key]) => (args[key] ? [[key, args[key]] as const] : []))[0]!;
    const kind = ID_ARGUMENTS[argument];
    const wanted: readonly string[] = args.Statuses ?? ['Normal'];
    const lookUp = MEDIA_LOOKUPS[kind];
    const waited = await pollUntilDone(
      async () => {
        const facts = await lookUp(context.api, id, context.signal);
        const status = facts?.Status ?? 'NotFound';
        return { done: !facts || wanted.includes(status) || TERMINAL_FAILURES.includes(status), status, state: facts };
      },
      { boundMs: waitBoundMs(context.host, args.MaxWaitSeconds), label: `${kind} ${id}`, signal: context.signal, progress: context.progress },
    );
    const facts: MediaFacts | undefined = waited.state;
    const status = facts?.Status;
    const waitStatus: WaitStatus = !facts ? 'NotFound' : !waited.done ? 'StillWaiting' : wanted.includes(status ?? '') ? 'Reached' : 'Failed';
    const playInfo = args.IncludePlayInfo && kind === 'video' && status === 'Normal' ? await playInfoOf(context.api, id, context.signal) : undefined;
    return {
      [argument]: id,
      ...(facts ?? {}),
      Done: waited.done,
      WaitStatus: waitStatus,
      ElapsedSeconds: seconds(waited.elapsedMs),
      Polls: waited.polls,
      ...(playInfo ? { PlayInfo: playInfo } : {}),
      NextStep: nextStepFor(waitStatus, argument, id, status, playInfo?.Available),
    };
  },
});

function nextStepFor(waitStatus: WaitStatus, argument: IdArgument, id: string, status: string | undefined, playable: boolean | undefined): string {
  switch (waitStatus) {
    case 'StillWaiting':
      return `Still ${status ?? 'in progress'}: call wait_for_media again with the same arguments.`;
    case 'NotFound':
      return `No media with ${argument} ${id} (wrong ID, or deleted): find it with search_media.`;
    case 'Failed':
      return failureStep(argument, id, status);
    case 'Reached':
      if (argument !== 'VideoId' || status !== 'Normal') return `Status ${status} reached.`;
      if (playable === false) return 'Normal, but it has no play stream yet (e.g. only the source file): transcode it (submit_transcode_jobs) or check get_transcode_summary.';
      return 'Playable: get_play_info gives the play URLs, get_video_play_auth a player credential.';
  }
}

function failureStep(argument: IdArgument, id: string, status: string | undefined): string {
  switch (status) {
    case 'UploadFail':
      return 'The upload failed: upload the file again.';
    case 'TranscodeFail':
      return `Transcoding failed: get_transcode_summary (VideoIds ["${id}"]) shows the error; submit_transcode_jobs retries with another template group.`;
    case 'Blocked':
      return `Blocked by a review: review_audit (VideoId ${id}) shows why; only a person can unblock it (create_audit, after confirmation).`;
    case 'checkFail':
      return `The review failed: review_audit (VideoId ${id}) shows the audit.`;
    default:
      return `Status ${status} for ${argument} ${id}: the media will not reach the wanted status by itself.`;
  }
}
