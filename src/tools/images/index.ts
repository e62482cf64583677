import type { AnyTool } from '../define-tool.js';
import { deleteImage } from './delete-image.js';
import { getImageInfo } from './get-image-info.js';
import { getImageInfos } from './get-image-infos.js';
import { listSnapshots } from './list-snapshots.js';
import { updateImageInfos } from './update-image-infos.js';

export const imagesTools: AnyTool[] = [getImageInfo, getImageInfos, updateImageInfos, deleteImage, listSnapshots];
