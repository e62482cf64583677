import type { AnyTool } from '../define-tool.js';
import { batchSetVodDomainConfigs } from './batch-set-vod-domain-configs.js';
import { deleteVodSpecificConfig } from './delete-vod-specific-config.js';
import { describeVodCertificateList } from './describe-vod-certificate-list.js';
import { describeVodDomainCertificateInfo } from './describe-vod-domain-certificate-info.js';
import { describeVodDomainConfigs } from './describe-vod-domain-configs.js';
import { setVodDomainCertificate } from './set-vod-domain-certificate.js';

export const cdnDomainConfigTools: AnyTool[] = [
  batchSetVodDomainConfigs,
  describeVodDomainConfigs,
  deleteVodSpecificConfig,
  setVodDomainCertificate,
  describeVodCertificateList,
  describeVodDomainCertificateInfo,
];
