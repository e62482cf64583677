import type { ActionHandler } from '../../action-context.js';
import type { ImageRecord } from '../../state/records.js';
import { DEFAULT_APP_ID } from '../../state/sandbox-state.js';
import { uploadCredentialsView } from './upload-credentials-view.js';
import { bucketOf, checkCategory, checkMediaText, resolveStorage, userDataParam } from './upload-rules.js';

export const createUploadImage: ActionHandler = (context) => {
  const imageType = context.oneOf('ImageType', ['default', 'cover'] as const);
  const ext = context.oneOf('ImageExt', ['png', 'jpg', 'jpeg', 'gif'] as const, 'png') ?? 'png';
  const title = context.str('Title');
  const description = context.str('Description');
  const tags = context.str('Tags');
  checkMediaText({ Title: title, Description: description, Tags: tags });
  const cateId = context.int('CateId');
  checkCategory(context, cateId);
  userDataParam(context);
  const location = resolveStorage(context);
  const bucket = bucketOf(location);
  const id = context.state.nextId('image');
  const key = `${imageType === 'cover' ? 'cover' : 'image/default'}/${id.toUpperCase()}.${ext}`;
  const url = `${context.baseUrl}/${bucket}/${key}`;
  const image: ImageRecord = {
    ImageId: id,
    Title: title ?? '',
    Description: description,
    Tags: tags,
    CateId: cateId,
    ImageType: imageType ?? 'default',
    URL: url,
    FileURL: url,
    StorageLocation: location,
    Status: 'Uploading',
    CreationTime: context.clock.nowIso(),
    AppId: context.str('AppId') ?? DEFAULT_APP_ID,
    RegionId: context.region,
    StorageClass: 'Standard',
    Ext: ext,
    FileName: `${id.toUpperCase()}.${ext}`,
  };
  context.state.data.images[id] = image;
  return {
    ImageId: id,
    ImageURL: url,
    FileURL: url,
    ...uploadCredentialsView(context, { Kind: 'image', MediaId: id, Bucket: bucket, ObjectKey: key }),
  };
};
