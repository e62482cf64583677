import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { dateText, MEDIA_REGIONS } from './player-schema.js';

export const getDailyPlayRegionStatis = defineTool({
  action: 'GetDailyPlayRegionStatis',
  title: 'Get a day’s playback export file',
  toolset: 'playback_stats',
  tier: 'read',
  tierReason: 'Reads playback statistics; changes nothing.',
  description:
    'Get the download URL of one day’s playback data CSV for the media of one region (within the last year). A day without plays is listed in EmptyDates, a failed export in FailDates.',
  input: z.strictObject({
    Date: dateText(true, 'Day as yyyy-MM-dd, within the last year.'),
    MediaRegion: z.enum(MEDIA_REGIONS).describe('Media region.'),
  }),
  output: response({
    DailyPlayRegionStatisList: out.list(out.obj({ Date: out.str(), FileUrl: out.str() })),
    EmptyDates: out.list(z.string()),
    FailDates: out.list(z.string()),
  }),
});
