import type { AnyTool } from '../define-tool.js';
import { addAITemplate } from './add-ai-template.js';
import { deleteAITemplate } from './delete-ai-template.js';
import { getAITemplate } from './get-ai-template.js';
import { getDefaultAITemplate } from './get-default-ai-template.js';
import { listAITemplate } from './list-ai-template.js';
import { setDefaultAITemplate } from './set-default-ai-template.js';
import { updateAITemplate } from './update-ai-template.js';

export const aiTemplatesTools: AnyTool[] = [addAITemplate, updateAITemplate, deleteAITemplate, getAITemplate, listAITemplate, setDefaultAITemplate, getDefaultAITemplate];
