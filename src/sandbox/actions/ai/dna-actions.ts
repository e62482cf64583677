import type { ActionHandler } from '../../action-context.js';
import { dnaNotInLibrary, videoNotFound } from './ai-errors.js';
import { aiReady } from './ai-ready.js';

export const getMediaDNAResult: ActionHandler = (context) => {
  const slice = aiReady(context);
  const mediaId = context.required('MediaId');
  const result = slice.dnaResults[mediaId];
  if (!result && !context.state.data.videos[mediaId]) throw videoNotFound();
  return { DNAResult: result?.VideoDNA ?? [] };
};

/** Removes the media's fingerprint and DNA result from the library: later DNA jobs no longer match it. */
export const submitMediaDNADeleteJob: ActionHandler = (context) => {
  const slice = aiReady(context);
  const mediaId = context.required('MediaId');
  if (!slice.dnaLibrary[mediaId]) throw dnaNotInLibrary();
  delete slice.dnaLibrary[mediaId];
  delete slice.dnaResults[mediaId];
  return { JobId: context.state.nextId('aiDnaDeleteJob') };
};
