import type { ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { mediaProgress } from '../../oss/upload-store.js';
import { videoByReferenceId } from '../media/video-lookup.js';
import { createVideo } from '../../state/media-lifecycle.js';
import { uploadCredentialsView, videoUploadTarget } from './upload-credentials-view.js';
import { checkCategory, checkMediaText, checkTemplateGroup, extensionOf, MEDIA_EXTENSIONS, resolveStorage, specFailure, userDataParam } from './upload-rules.js';

export const createUploadVideo: ActionHandler = (context) => {
  const title = context.required('Title');
  const fileName = context.required('FileName');
  const extension = extensionOf(fileName);
  if (!extension || !MEDIA_EXTENSIONS.has(extension)) {
    throw specFailure('CreateUploadVideo', 'InvalidFileName.Extension', 'The specified FileName’s extension is illegal.', 400);
  }
  const description = context.str('Description');
  const tags = context.str('Tags');
  checkMediaText({ Title: title, Description: description, Tags: tags });
  const cateId = context.int('CateId');
  checkCategory(context, cateId);
  const templateGroupId = context.str('TemplateGroupId');
  checkTemplateGroup(context, templateGroupId);
  const fileSize = context.int('FileSize', { min: 0 });
  const referenceId = context.str('ReferenceId');
  if (referenceId !== undefined) {
    // SDK models: 6-64 letters, digits, '-' or '_', unique per account.
    if (!/^[A-Za-z0-9_-]{6,64}$/.test(referenceId)) throw invalidParameter('ReferenceId', 'It must be 6-64 letters, digits, - or _.');
    if (videoByReferenceId(context, referenceId)) throw invalidParameter('ReferenceId', 'The ReferenceId is already used by another video.');
  }
  const video = createVideo(context, {
    Title: title,
    FileName: fileName,
    Description: description,
    Tags: tags,
    CateId: cateId,
    CoverURL: context.str('CoverURL'),
    TemplateGroupId: templateGroupId,
    WorkflowId: context.str('WorkflowId'),
    AppId: context.str('AppId'),
    UserData: userDataParam(context),
    StorageLocation: resolveStorage(context),
  });
  if (referenceId !== undefined) video.ReferenceId = referenceId;
  if (fileSize !== undefined) mediaProgress(context, video.VideoId).FileSize = fileSize;
  return { VideoId: video.VideoId, ...uploadCredentialsView(context, videoUploadTarget(context, video)) };
};
