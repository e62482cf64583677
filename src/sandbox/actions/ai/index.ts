import type { ActionModule } from '../../action-context.js';
import { deleteAIImageInfos, getAIImageJobs, listAIImageInfo, submitAIImageJob } from './ai-image-actions.js';
import { getAIVideoTagResult, listAIJob, submitAIJob } from './ai-job-actions.js';
import { aiReady } from './ai-ready.js';
import { seedAI } from './ai-seed.js';
import { getMediaDNAResult, submitMediaDNADeleteJob } from './dna-actions.js';
import { addAITemplate, deleteAITemplate, getAITemplate, getDefaultAITemplate, listAITemplate, setDefaultAITemplate, updateAITemplate } from './template-actions.js';

export const aiActions: ActionModule = {
  handlers: {
    AddAITemplate: addAITemplate,
    DeleteAITemplate: deleteAITemplate,
    UpdateAITemplate: updateAITemplate,
    GetAITemplate: getAITemplate,
    ListAITemplate: listAITemplate,
    SetDefaultAITemplate: setDefaultAITemplate,
    GetDefaultAITemplate: getDefaultAITemplate,
    SubmitAIJob: submitAIJob,
    ListAIJob: listAIJob,
    GetMediaDNAResult: getMediaDNAResult,
    SubmitMediaDNADeleteJob: submitMediaDNADeleteJob,
    GetAIVideoTagResult: getAIVideoTagResult,
    SubmitAIImageJob: submitAIImageJob,
    GetAIImageJobs: getAIImageJobs,
    ListAIImageInfo: listAIImageInfo,
    DeleteAIImageInfos: deleteAIImageInfos,
  },
  seed: seedAI,
  seedDemo: (env) => void aiReady(env),
  attach: (env) => void aiReady(env),
};
