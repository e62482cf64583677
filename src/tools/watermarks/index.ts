import type { AnyTool } from '../define-tool.js';
import { addWatermark } from './add-watermark.js';
import { deleteWatermark } from './delete-watermark.js';
import { getWatermark } from './get-watermark.js';
import { listWatermark } from './list-watermark.js';
import { setDefaultWatermark } from './set-default-watermark.js';
import { updateWatermark } from './update-watermark.js';

export const watermarksTools: AnyTool[] = [listWatermark, getWatermark, addWatermark, updateWatermark, setDefaultWatermark, deleteWatermark];
