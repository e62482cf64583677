import type { SandboxEnv } from '../../../action-context.js';
import type { ImageRecord } from '../../../state/records.js';
import { compact } from '../video-view.js';

/** An image as GetImageInfo and GetImageInfos present it, with its access URL already signed. */
export function imageView(env: SandboxEnv, image: ImageRecord, url: string): Record<string, unknown> {
  const category = image.CateId === undefined ? undefined : env.state.data.categories[String(image.CateId)];
  return compact({
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
  });
}
