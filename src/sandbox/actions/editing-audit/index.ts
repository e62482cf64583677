import type { ActionModule } from '../../action-context.js';
import { addEditingProjectMaterials } from './add-editing-project-materials.js';
import { deleteEditingProjectMaterials } from './delete-editing-project-materials.js';
import { describeVodEditingUsageData } from './describe-vod-editing-usage-data.js';
import { getAIMediaAuditJob, submitAIImageAuditJob, submitAIMediaAuditJob } from './audit-jobs.js';
import { getMediaAuditAudioResultDetail, getMediaAuditResult, getMediaAuditResultDetail, getMediaAuditResultTimeline } from './audit-results.js';
import { seedEditingAuditDemo, seedFromDemoVideos } from './demo-seed.js';
import { getEditingProjectMaterials, setEditingProjectMaterials } from './editing-materials.js';
import { addEditingProject, deleteEditingProject, getEditingProject, searchEditingProject, updateEditingProject } from './editing-projects.js';
import { createAudit, getAuditHistory } from './manual-audit.js';
import { produceEditingProjectVideo } from './produce-editing-project-video.js';
import { listAuditSecurityIp, setAuditSecurityIp } from './security-ips.js';

export const editingAuditActions: ActionModule = {
  handlers: {
    ProduceEditingProjectVideo: produceEditingProjectVideo,
    AddEditingProject: addEditingProject,
    UpdateEditingProject: updateEditingProject,
    DeleteEditingProject: deleteEditingProject,
    GetEditingProject: getEditingProject,
    SearchEditingProject: searchEditingProject,
    SetEditingProjectMaterials: setEditingProjectMaterials,
    GetEditingProjectMaterials: getEditingProjectMaterials,
    AddEditingProjectMaterials: addEditingProjectMaterials,
    DeleteEditingProjectMaterials: deleteEditingProjectMaterials,
    DescribeVodEditingUsageData: describeVodEditingUsageData,
    SubmitAIMediaAuditJob: submitAIMediaAuditJob,
    SubmitAIImageAuditJob: submitAIImageAuditJob,
    GetAIMediaAuditJob: getAIMediaAuditJob,
    GetMediaAuditResult: getMediaAuditResult,
    GetMediaAuditResultDetail: getMediaAuditResultDetail,
    GetMediaAuditResultTimeline: getMediaAuditResultTimeline,
    GetMediaAuditAudioResultDetail: getMediaAuditAudioResultDetail,
    CreateAudit: createAudit,
    GetAuditHistory: getAuditHistory,
    SetAuditSecurityIp: setAuditSecurityIp,
    ListAuditSecurityIp: listAuditSecurityIp,
  },
  seed: (env, { demo }) => {
    if (demo) seedEditingAuditDemo(env);
  },
  seedDemo: seedFromDemoVideos,
};
