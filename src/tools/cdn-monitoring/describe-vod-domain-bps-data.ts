import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { monitoringInput, point } from './monitoring-input.js';

export const describeVodDomainBpsData = defineTool({
  action: 'DescribeVodDomainBpsData',
  title: 'Get CDN bandwidth',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description: 'Get CDN bandwidth (bit/s) per interval for domains, split domestic/overseas and HTTPS; optional ISP/region filter. Default the last 24 hours; up to 90 days.',
  input: monitoringInput,
  output: response({
    DomainName: out.str(),
    StartTime: out.str(),
    EndTime: out.str(),
    DataInterval: out.long(),
    IspNameEn: out.str(),
    LocationNameEn: out.str(),
    BpsDataPerInterval: z.union([z.array(point), out.obj({ DataModule: z.array(point).optional() })]).optional(),
  }),
});
