import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { response } from '../schema-helpers.js';
import { videoOutput } from './video-schema.js';
import { exactlyOneOf, videoOrReferenceId } from '../spec-shapes.js';

export const getVideoInfo = defineTool({
  action: 'GetVideoInfo',
  title: 'Get video info',
  toolset: 'media',
  tier: 'read',
  tierReason: 'Reads one video’s metadata.',
  view: 'media-browser',
  description:
    'Get one audio/video’s metadata: title, description, duration, cover, status, size, category, tags, snapshots. ' +
    'Use get_video_infos for up to 20 at once and get_play_info for play URLs.',
  input: exactlyOneOf(
    z.strictObject({
      ...videoOrReferenceId(),
    }),
    'VideoId',
    'ReferenceId',
  ),
  output: response({ Video: videoOutput }),
});
