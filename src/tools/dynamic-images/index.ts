import type { AnyTool } from '../define-tool.js';
import { deleteDynamicImage } from './delete-dynamic-image.js';
import { listDynamicImage } from './list-dynamic-image.js';

export const dynamicImagesTools: AnyTool[] = [listDynamicImage, deleteDynamicImage];
