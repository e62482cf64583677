import type { AnyTool } from '../define-tool.js';
import { addVodTemplate } from './add-vod-template.js';
import { deleteVodTemplate } from './delete-vod-template.js';
import { getVodTemplate } from './get-vod-template.js';
import { listVodTemplate } from './list-vod-template.js';
import { updateVodTemplate } from './update-vod-template.js';

export const snapshotTemplatesTools: AnyTool[] = [listVodTemplate, getVodTemplate, addVodTemplate, updateVodTemplate, deleteVodTemplate];
