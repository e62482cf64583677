import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { monitoringInput, point } from './monitoring-input.js';

export const describeVodDomainTrafficData = defineTool({
  action: 'DescribeVodDomainTrafficData',
  title: 'Get CDN traffic',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  description: 'Get CDN traffic (bytes) per interval for domains, split domestic/overseas and HTTPS, with the total. Default the last 24 hours; up to 90 days.',
  input: monitoringInput,
  output: response({
    DomainName: out.str(),
    StartTime: out.str(),
    EndTime: out.str(),
    DataInterval: out.long(),
    TotalTraffic: out.long(),
    TrafficDataPerInterval: z.union([z.array(point), out.obj({ DataModule: z.array(point).optional() })]).optional(),
  }),
});
