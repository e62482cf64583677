import type { ActionModule } from '../../action-context.js';
import { addVodStorageForApp } from './add-vod-storage-for-app.js';
import { recordAiUsage, describeVodAIData } from './ai-usage.js';
import { attachAppPolicyToIdentity, detachAppPolicyFromIdentity, listAppPoliciesForIdentity } from './app-policies.js';
import { createAppInfo, deleteAppInfo, getAppInfos, listAppInfo, updateAppInfo } from './apps.js';
import { deliverEvent } from './callback-delivery.js';
import { changeResourceGroup } from './change-resource-group.js';
import { setCrossdomainContent } from './crossdomain.js';
import { ensureDemoBackfill } from './demo-backfill.js';
import { describeVodDomainUsageData } from './domain-usage.js';
import { getAppPlayKey } from './get-app-play-key.js';
import { listLiveRecordVideo } from './live-record.js';
import { deleteMessageCallback, getMessageCallback, setMessageCallback } from './message-callback.js';
import { moveAppResource } from './move-app-resource.js';
import { setAppPlayKey } from './set-app-play-key.js';
import { describePlayTopVideos, describePlayUserAvg, describePlayUserTotal, describePlayVideoStatis } from './playback-stats.js';
import { accountSlice } from './slice.js';
import { describeVodStorageData } from './storage-usage.js';
import { describeVodTranscodeData } from './transcode-usage.js';

export const accountActions: ActionModule = {
  handlers: {
    DescribeVodDomainUsageData: describeVodDomainUsageData,
    DescribeVodStorageData: describeVodStorageData,
    DescribeVodTranscodeData: describeVodTranscodeData,
    DescribeVodAIData: describeVodAIData,
    DescribePlayTopVideos: describePlayTopVideos,
    DescribePlayUserAvg: describePlayUserAvg,
    DescribePlayUserTotal: describePlayUserTotal,
    DescribePlayVideoStatis: describePlayVideoStatis,
    SetMessageCallback: setMessageCallback,
    GetMessageCallback: getMessageCallback,
    DeleteMessageCallback: deleteMessageCallback,
    SetCrossdomainContent: setCrossdomainContent,
    ListLiveRecordVideo: listLiveRecordVideo,
    CreateAppInfo: createAppInfo,
    GetAppInfos: getAppInfos,
    ListAppInfo: listAppInfo,
    UpdateAppInfo: updateAppInfo,
    DeleteAppInfo: deleteAppInfo,
    AttachAppPolicyToIdentity: attachAppPolicyToIdentity,
    DetachAppPolicyFromIdentity: detachAppPolicyFromIdentity,
    ListAppPoliciesForIdentity: listAppPoliciesForIdentity,
    MoveAppResource: moveAppResource,
    GetAppPlayKey: getAppPlayKey,
    SetAppPlayKey: setAppPlayKey,
    AddVodStorageForApp: addVodStorageForApp,
    ChangeResourceGroup: changeResourceGroup,
  },
  seed: (env, { demo }) => {
    // Live recordings and playback history point at the demo catalog: filled in by seedDemo, or lazily after a reset.
    accountSlice(env).demoBackfillPending = demo;
  },
  seedDemo: ensureDemoBackfill,
  attach: (env) => {
    ensureDemoBackfill(env);
    env.events.on((event) => {
      // A notification problem must never fail the action that emitted the event.
      try {
        recordAiUsage(env, event);
        deliverEvent(env, event);
      } catch {
        // deliveries log their own failures; nothing else to report here
      }
    });
  },
};
