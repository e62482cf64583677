import type { AnyTool } from '../define-tool.js';
import { describeVodDomainLog } from './describe-vod-domain-log.js';

export const cdnLogsTools: AnyTool[] = [describeVodDomainLog];
