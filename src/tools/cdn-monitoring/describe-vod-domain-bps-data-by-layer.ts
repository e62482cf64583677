import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { domainNames, interval, ispNameEn, locationNameEn, seriesInput } from './series-inputs.js';

export const describeVodDomainBpsDataByLayer = defineTool({
  action: 'DescribeVodDomainBpsDataByLayer',
  title: 'Get CDN bandwidth by protocol',
  toolset: 'cdn_monitoring',
  tier: 'read',
  tierReason: 'Reads monitoring data; changes nothing.',
  view: 'usage',
  description: 'Get CDN bandwidth (bit/s) and traffic (bytes) per interval on one protocol layer: IPv4/IPv6 (network), http/https/quic (application) or all; optional ISP/region filter. Default the last 24 hours; up to 90 days.',
  input: seriesInput(90, {
    DomainName: domainNames(),
    Interval: interval(),
    IspNameEn: ispNameEn(),
    LocationNameEn: locationNameEn(),
    Layer: z.enum(['all', 'IPv4', 'IPv6', 'http', 'https', 'quic']).optional().describe('Protocol layer; default all.'),
  }),
  output: response({
    DataInterval: out.long(),
    BpsDataInterval: out.list(out.obj({ TimeStamp: out.str(), Value: out.num(), TrafficValue: out.num() })),
  }),
});
