import type { AnyTool } from '../define-tool.js';
import { batchSetVodDomainConfigs } from './batch-set-vod-domain-configs.js';
import { deleteVodSpecificConfig } from './delete-vod-specific-config.js';
import { describeVodCertificateList } from './describe-vod-certificate-list.js';
import { describeVodDomainCertificateInfo } from './describe-vod-domain-certificate-info.js';
import { describeVodDomainConfigs } from './describe-vod-domain-configs.js';
import { describeVodSSLCertificateList } from './describe-vod-ssl-certificate-list.js';
import { setVodDomainCertificate } from './set-vod-domain-certificate.js';
import { setVodDomainSSLCertificate } from './set-vod-domain-ssl-certificate.js';

export const cdnDomainConfigTools: AnyTool[] = [
  batchSetVodDomainConfigs,
  describeVodDomainConfigs,
  deleteVodSpecificConfig,
  setVodDomainCertificate,
  describeVodCertificateList,
  describeVodDomainCertificateInfo,
  describeVodSSLCertificateList,
  setVodDomainSSLCertificate,
];
