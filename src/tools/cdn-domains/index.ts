import type { AnyTool } from '../define-tool.js';
import { addVodDomain } from './add-vod-domain.js';
import { batchStartVodDomain } from './batch-start-vod-domain.js';
import { batchStopVodDomain } from './batch-stop-vod-domain.js';
import { deleteVodDomain } from './delete-vod-domain.js';
import { describeVodDomainDetail } from './describe-vod-domain-detail.js';
import { describeVodUserDomains } from './describe-vod-user-domains.js';
import { describeVodVerifyContent } from './describe-vod-verify-content.js';
import { updateVodDomain } from './update-vod-domain.js';
import { verifyVodDomainOwner } from './verify-vod-domain-owner.js';

export const cdnDomainsTools: AnyTool[] = [
  addVodDomain,
  updateVodDomain,
  deleteVodDomain,
  batchStartVodDomain,
  batchStopVodDomain,
  describeVodUserDomains,
  describeVodDomainDetail,
  describeVodVerifyContent,
  verifyVodDomainOwner,
];
