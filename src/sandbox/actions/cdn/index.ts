import type { ActionModule } from '../../action-context.js';
import { preloadVodObjectCaches, refreshVodObjectCaches, describeVodRefreshQuota } from './cache-refresh.js';
import { describeVodCertificateList, describeVodDomainCertificateInfo, setVodDomainCertificate } from './certificates.js';
import { seedDemoCdn } from './demo-seed.js';
import { batchSetVodDomainConfigs, deleteVodSpecificConfig, describeVodDomainConfigs } from './domain-configs.js';
import { describeVodDomainLog } from './domain-logs.js';
import { describeVodDomainDetail, describeVodUserDomains } from './domain-queries.js';
import { addVodDomain, batchStartVodDomain, batchStopVodDomain, deleteVodDomain, updateVodDomain } from './domains.js';
import { getMediaRefreshJobs, refreshMediaPlayUrls } from './media-refresh.js';
import { describeVodDomainMax95BpsData } from './max95.js';
import { describeVodDomainBpsData, describeVodDomainTrafficData } from './monitoring.js';
import { describeVodDomainBpsDataByLayer } from './monitoring-layers.js';
import { describeVodDomainHitRateData, describeVodDomainReqHitRateData, describeVodDomainSrcBpsData, describeVodDomainSrcTrafficData } from './monitoring-origin.js';
import { describeVodDomainQpsData } from './monitoring-qps.js';
import { describeVodRefreshTasks } from './refresh-queries.js';
import { describeVodSSLCertificateList, setVodDomainSSLCertificate } from './ssl-certificates.js';
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
    SetVodDomainSSLCertificate: setVodDomainSSLCertificate,
    DescribeVodSSLCertificateList: describeVodSSLCertificateList,
    PreloadVodObjectCaches: preloadVodObjectCaches,
    RefreshVodObjectCaches: refreshVodObjectCaches,
    DescribeVodRefreshTasks: describeVodRefreshTasks,
    DescribeVodRefreshQuota: describeVodRefreshQuota,
    RefreshMediaPlayUrls: refreshMediaPlayUrls,
    GetMediaRefreshJobs: getMediaRefreshJobs,
    DescribeVodDomainLog: describeVodDomainLog,
    DescribeVodDomainTrafficData: describeVodDomainTrafficData,
    DescribeVodDomainBpsData: describeVodDomainBpsData,
    DescribeVodDomainBpsDataByLayer: describeVodDomainBpsDataByLayer,
    DescribeVodDomainSrcBpsData: describeVodDomainSrcBpsData,
    DescribeVodDomainSrcTrafficData: describeVodDomainSrcTrafficData,
    DescribeVodDomainHitRateData: describeVodDomainHitRateData,
    DescribeVodDomainReqHitRateData: describeVodDomainReqHitRateData,
    DescribeVodDomainQpsData: describeVodDomainQpsData,
    DescribeVodDomainMax95BpsData: describeVodDomainMax95BpsData,
  },
  seed: (env, { demo }) => {
    if (demo) seedDemoCdn(env);
  },
};
