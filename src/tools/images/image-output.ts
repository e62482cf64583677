import { out } from '../schema-helpers.js';

/** An image as GetImageInfo and GetImageInfos return it. */
export const imageInfoOutput = out.obj({
  ImageId: out.str(),
  Title: out.str(),
  Description: out.str(),
  Tags: out.str(),
  ImageType: out.str(),
  Status: out.str(),
  CateId: out.long(),
  CateName: out.str(),
  AppId: out.str(),
  URL: out.str(),
  StorageLocation: out.str(),
  CreationTime: out.str(),
  Mezzanine: out
    .obj({ FileURL: out.str(), OriginalFileName: out.str(), Width: out.long(), Height: out.long(), FileSize: out.long() })
    .optional(),
});
