import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { integerText, response } from '../schema-helpers.js';
import { spriteSnapshotConfig } from '../snapshot-templates/snapshot-config-schema.js';
import { jobIdOutput } from './job-params.js';
import { exactlyOneOf, templateId, userData, videoOrReferenceId } from '../spec-shapes.js';
import { jsonList } from '../wire-format.js';

const pixels = integerText(8, 4096);

export const submitSnapshotJob = defineTool({
  action: 'SubmitSnapshotJob',
  title: 'Submit snapshot job',
  toolset: 'processing',
  tier: 'write',
  tierReason: 'Takes JPG snapshots of a video; adds images, changes nothing else.',
  billable: true,
  description:
    'Take JPG snapshots of a video, by template (SnapshotTemplateId, other options ignored) or by Count/Interval; sprites with SpriteSnapshotConfig. ' +
    'Asynchronous: list results with list_snapshots.',
  input: exactlyOneOf(
    z
    .strictObject({
      ...videoOrReferenceId('Video ID.'),
      SnapshotTemplateId: templateId('Snapshot template ID.').optional(),
      SpecifiedOffsetTime: z.number().int().min(0).optional().describe('Start, ms (default 0).'),
      SpecifiedOffsetTimes: jsonList(z.array(z.number().int().min(0)).min(1).max(30)).optional().describe('Exact positions, ms; max 30.'),
      Width: pixels.optional().describe('px.'),
      Height: pixels.optional().describe('px.'),
      Count: z.number().int().min(1).optional().describe('Max snapshots (default 1).'),
      Interval: z.number().int().min(0).optional().describe('Seconds (default 1); 0 spreads Count evenly.'),
      SpriteSnapshotConfig: spriteSnapshotConfig.optional(),
      UserData: userData().optional(),
    })
    .refine(
      (args) => args.SnapshotTemplateId !== undefined || args.Count !== undefined || args.Interval !== undefined || args.SpecifiedOffsetTimes !== undefined,
      'Give SnapshotTemplateId, Count, Interval or SpecifiedOffsetTimes',
    ),
    'VideoId',
    'ReferenceId',
  ),
  output: response({ SnapshotJob: jobIdOutput.optional() }),
});
