import type { ActionHandler } from '../../../action-context.js';
import { SandboxError } from '../../../errors.js';
import { accessUrl } from '../url-auth.js';
import { imageView } from './image-view.js';

export const noSuchImage = () => new SandboxError('NoSuchResource', 'The specified resource does not exist.', 404);

export const getImageInfo: ActionHandler = (context) => {
  const image = context.state.data.images[context.required('ImageId')];
  if (!image) throw noSuchImage();
  const { url } = accessUrl(context, { oss: image.FileURL, cdn: image.URL });
  return { ImageInfo: imageView(context, image, url) };
};
