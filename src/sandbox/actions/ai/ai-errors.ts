import { SandboxError } from '../../errors.js';

// The spec gives no error table for the AI actions ("see the error center"); these follow the spec's naming
// (Invalid<Thing>.NotFound 404, Forbidden.* 403, *ExceededMax 400) and reuse its codes where one exists.

export const templateNotFound = () => new SandboxError('InvalidAITemplate.NotFound', 'The AI template does not exist.', 404);
export const defaultTemplateForbidden = () => new SandboxError('Forbidden.DefaultTemplate', 'The AI template is default and cannot be deleted.', 403);
export const systemTemplateForbidden = () => new SandboxError('Forbidden.SystemTemplate', 'The system AI template cannot be modified or deleted.', 403);
export const videoNotFound = () => new SandboxError('InvalidVideo.NotFound', 'The video does not exist.', 404);
export const illegalVideoStatus = () => new SandboxError('Forbidden.IllegalStatus', 'Status of the video is illegal.', 400);
export const jobIdsExceededMax = () => new SandboxError('JobIdsExceededMax', 'The JobIds exceeded maximum.', 400);
export const dnaNotInLibrary = () => new SandboxError('InvalidMediaDNA.NotFound', 'The media does not exist in the DNA library.', 404);
export const imageInfoNotFound = () => new SandboxError('InvalidAIImageInfo.NotFound', 'The AI image info does not exist.', 404);
