import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { idList, response } from '../schema-helpers.js';
import { exactlyOneOf, videoOrReferenceId } from '../spec-shapes.js';

export const deleteStream = defineTool({
  action: 'DeleteStream',
  title: 'Delete streams',
  toolset: 'media',
  tier: 'destructive',
  tierReason: 'Permanently deletes transcoded streams; they stop playing.',
  idempotent: true,
  description: 'Permanently delete transcoded streams of one video by their transcode JobIds (from get_play_info). Up to 20 jobs of the same video.',
  input: exactlyOneOf(
    z.strictObject({
      ...videoOrReferenceId('Video ID.'),
      JobIds: idList(20, 'Stream job IDs.'),
    }),
    'VideoId',
    'ReferenceId',
  ),
  output: response({}),
});
