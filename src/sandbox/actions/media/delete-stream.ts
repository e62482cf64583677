import type { ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import { requireVideo, videoIdOf } from './video-lookup.js';

export const deleteStream: ActionHandler = (context) => {
  const jobIds = context.list('JobIds', {
    required: true,
    max: 20,
    tooMany: new SandboxError('JobIdsExceededMax', 'The JobIds exceeded maximum.', 400),
  });
  const video = requireVideo(context, videoIdOf(context));
  if (jobIds.some((jobId) => !video.Streams.some((stream) => stream.JobId === jobId))) {
    throw new SandboxError('InvalidStream.NotFound', 'The stream does not exist.', 404);
  }
  video.Streams = video.Streams.filter((stream) => !jobIds.includes(stream.JobId));
  video.ModificationTime = context.clock.nowIso();
  return {};
};
