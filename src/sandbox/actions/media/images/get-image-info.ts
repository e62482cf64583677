import type { ActionHandler } from '../../../action-context.js';
import { SandboxError } from '../../../errors.js';
import { accessUrl } from '../url-auth.js';
import { compact } from '../video-view.js';

export const noSuchImage = () => new SandboxError('NoSuchResource', 'The specified resource does not exist.', 404);

export const getImageInfo: ActionHandler = (context) => {
  const image = context.state.data.images[context.required('ImageId')];
  if (!image) throw noSuchImage();
  const { url } = accessUrl(context, { oss: image.FileURL, cdn: image.URL });
  const category = image.CateId === undefined ? undefined : context.state.data.categories[String(image.CateId)];
  return {
    ImageInfo: compact({
      ImageId: image.ImageId,
      Title: image.Title,
      Description: image.Description,
      Tags: image.Tags,
      ImageType: image.ImageType,
      Status: image.Status,
      CateId: image.CateId,
      CateName: category?.CateName,
      AppId: image.AppId,
      URL: url,
      StorageLocation: image.StorageLocation,
      CreationTime: image.CreationTime,
      Mezzanine: compact({
        FileURL: image.FileURL,
        OriginalFileName: image.FileName,
        Width: image.Width,
        Height: image.Height,
        FileSize: image.Size === undefined ? undefined : String(image.Size),
      }),
    }),
  };
};
