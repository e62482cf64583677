import type { AnyTool } from '../define-tool.js';
import { deleteDynamicImage } from './delete-dynamic-image.js';
import { listDynamicImage } from './list-dynamic-image.js';
import { submitDynamicImageJob } from './submit-dynamic-image-job.js';

export const dynamicImagesTools: AnyTool[] = [submitDynamicImageJob, listDynamicImage, deleteDynamicImage];
