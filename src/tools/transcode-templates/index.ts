import type { AnyTool } from '../define-tool.js';
import { addTranscodeTemplateGroup } from './add-transcode-template-group.js';
import { deleteTranscodeTemplateGroup } from './delete-transcode-template-group.js';
import { getTranscodeTemplateGroup } from './get-transcode-template-group.js';
import { listTranscodeTemplateGroup } from './list-transcode-template-group.js';
import { setDefaultTranscodeTemplateGroup } from './set-default-transcode-template-group.js';
import { updateTranscodeTemplateGroup } from './update-transcode-template-group.js';

export const transcodeTemplatesTools: AnyTool[] = [
  listTranscodeTemplateGroup,
  getTranscodeTemplateGroup,
  addTranscodeTemplateGroup,
  updateTranscodeTemplateGroup,
  setDefaultTranscodeTemplateGroup,
  deleteTranscodeTemplateGroup,
];
