import type { ActionHandler } from '../../../action-context.js';
import { accessUrl } from '../url-auth.js';
import { imageView } from './image-view.js';

/** Up to 20 images by ID, URLs signed as GetImageInfo signs them; unknown IDs are listed, not an error. */
export const getImageInfos: ActionHandler = (context) => {
  const ids = [...new Set(context.list('ImageIds', { required: true, max: 20 }))];
  const found = ids.map((id) => context.state.data.images[id]).filter((image) => image !== undefined);
  // OutputType and AuthTimeout are checked even when no image is found.
  if (!found.length) accessUrl(context, { oss: '', cdn: '' });
  return {
    ImageInfo: found.map((image) => imageView(context, image, accessUrl(context, { oss: image.FileURL, cdn: image.URL }).url)),
    NonExistImageIds: ids.filter((id) => !context.state.data.images[id]),
  };
};
