import type { ActionModule } from '../../action-context.js';
import { preloadVodObjectCaches, refreshVodObjectCaches, describeVodRefreshQuota } from './cache-refresh.js';
import { describeVodCertificateList, describeVodDomainCertificateInfo, setVodDomainCertificate } from './certificates.js';
import { seedDemoCdn } from './demo-seed.js';
import { batchSetVodDomainConfigs, deleteVodSpecificConfig, describeVodDomainConfigs } from './domain-configs.js';
import { describeVodDomainLog } from './domain-logs.js';
import { describeVodDomainDetail, describeVodUserDomains } from './domain-queries.js';
import { addVodDomain, batchStartVodDomain, batchStopVodDomain, deleteVodDomain, updateVodDomain } from './domains.js';
import { getMediaRefreshJobs, refreshMediaPlayUrls } from './media-refresh.js';
import { describeVodDomainBpsData, describeVodDomainTrafficData } from './monitoring.js';
import { describeVodRefreshTasks } from './refresh-queries.js';
import { describeVodVerifyContent, verifyVodDomainOwner } from './verification.js';

export const cdnActions: ActionModule = {
  handlers: {
    AddVodDomain: addVodDomain,
    UpdateVodDomain: updateVodDomain,
    DeleteVodDomain: deleteVodDomain,
    BatchStartVodDomain: batchStartVodDomain,
    BatchStopVodDomain: batchStopVodDomain,
    DescribeVodUserDomains: describeVodUserDomains,
    DescribeVodDomainDetail: describeVodDomainDetail,
    VerifyVodDomainOwner: verifyVodDomainOwner,
    DescribeVodVerifyContent: describeVodVerifyContent,
    BatchSetVodDomainConfigs: batchSetVodDomainConfigs,
    DescribeVodDomainConfigs: describeVodDomainConfigs,
    DeleteVodSpecificConfig: deleteVodSpecificConfig,
    SetVodDomainCertificate: setVodDomainCertificate,
    DescribeVodCertificateList: describeVodCertificateList,
    DescribeVodDomainCertificateInfo: describeVodDomainCertificateInfo,
    PreloadVodObjectCaches: preloadVodObjectCaches,
    RefreshVodObjectCaches: refreshVodObjectCaches,
    DescribeVodRefreshTasks: describeVodRefreshTasks,
    DescribeVodRefreshQuota: describeVodRefreshQuota,
    RefreshMediaPlayUrls: refreshMediaPlayUrls,
    GetMediaRefreshJobs: getMediaRefreshJobs,
    DescribeVodDomainLog: describeVodDomainLog,
    DescribeVodDomainTrafficData: describeVodDomainTrafficData,
    DescribeVodDomainBpsData: describeVodDomainBpsData,
  },
  seed: (env, { demo }) => {
    if (demo) seedDemoCdn(env);
  },
};
