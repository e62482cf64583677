import type { ActionModule } from '../../action-context.js';
import { addCategory, deleteCategory, getCategories, updateCategory } from './categories.js';
import { resumeProcessingJobs } from './resume.js';
import { seedDefaults, seedDemo } from './seed.js';
import { submitDynamicImageJob } from './submit-dynamic-image.js';
import { submitSnapshotJob } from './submit-snapshot.js';
import { submitPreprocessJobs, submitTranscodeJobs, submitWorkflowJob } from './submit-transcode.js';
import { getTranscodeSummary, getTranscodeTask, listTranscodeTask } from './transcode-tasks.js';
import {
  addTranscodeTemplateGroup,
  deleteTranscodeTemplateGroup,
  getTranscodeTemplateGroup,
  listTranscodeTemplateGroup,
  setDefaultTranscodeTemplateGroup,
  updateTranscodeTemplateGroup,
} from './transcode-template-groups.js';
import { addVodTemplate, deleteVodTemplate, getVodTemplate, listVodTemplate, updateVodTemplate } from './vod-templates.js';
import { addWatermark, deleteWatermark, getWatermark, listWatermark, setDefaultWatermark, updateWatermark } from './watermarks.js';

export const templatesProcessingActions: ActionModule = {
  handlers: {
    AddCategory: addCategory,
    UpdateCategory: updateCategory,
    DeleteCategory: deleteCategory,
    GetCategories: getCategories,
    SubmitTranscodeJobs: submitTranscodeJobs,
    SubmitSnapshotJob: submitSnapshotJob,
    SubmitPreprocessJobs: submitPreprocessJobs,
    SubmitDynamicImageJob: submitDynamicImageJob,
    SubmitWorkflowJob: submitWorkflowJob,
    AddTranscodeTemplateGroup: addTranscodeTemplateGroup,
    UpdateTranscodeTemplateGroup: updateTranscodeTemplateGroup,
    DeleteTranscodeTemplateGroup: deleteTranscodeTemplateGroup,
    ListTranscodeTemplateGroup: listTranscodeTemplateGroup,
    GetTranscodeTemplateGroup: getTranscodeTemplateGroup,
    SetDefaultTranscodeTemplateGroup: setDefaultTranscodeTemplateGroup,
    AddVodTemplate: addVodTemplate,
    DeleteVodTemplate: deleteVodTemplate,
    GetVodTemplate: getVodTemplate,
    ListVodTemplate: listVodTemplate,
    UpdateVodTemplate: updateVodTemplate,
    AddWatermark: addWatermark,
    UpdateWatermark: updateWatermark,
    DeleteWatermark: deleteWatermark,
    SetDefaultWatermark: setDefaultWatermark,
    GetWatermark: getWatermark,
    ListWatermark: listWatermark,
    GetTranscodeSummary: getTranscodeSummary,
    ListTranscodeTask: listTranscodeTask,
    GetTranscodeTask: getTranscodeTask,
  },
  seed(env, { demo }) {
    seedDefaults(env);
    if (demo) seedDemo(env);
  },
  resume: resumeProcessingJobs,
};
