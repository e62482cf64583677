import { z } from 'zod';
import { out } from '../schema-helpers.js';

const snapshots = out.list(z.string());

/** Fields every media type returns. */
const commonFields = {
  Title: out.str(),
  Description: out.str(),
  Tags: out.str(),
  Status: out.str(),
  AppId: out.str(),
  StorageLocation: out.str(),
  CreationTime: out.str(),
  ModificationTime: out.str(),
};

const audioVideoFields = {
  ...commonFields,
  CateId: out.long(),
  CateName: out.str(),
  CoverURL: out.str(),
  Duration: out.num(),
  Size: out.long(),
  MediaSource: out.str(),
  PreprocessStatus: out.str(),
  DownloadSwitch: out.str(),
  TranscodeMode: out.str(),
  Snapshots: snapshots,
  SpriteSnapshots: snapshots,
};

const category = out.obj({ CateId: out.long(), CateName: out.str(), ParentId: out.long(), Level: out.long() });

/** One SearchMedia hit: the common fields plus the object for its MediaType. */
export const searchMediaItem = out.obj({
  MediaType: out.str(),
  MediaId: out.str(),
  CreationTime: out.str(),
  Video: out.obj({ VideoId: out.str(), ...audioVideoFields }).optional(),
  Audio: out.obj({ AudioId: out.str(), ...audioVideoFields }).optional(),
  Image: out
    .obj({
      ImageId: out.str(),
      ...commonFields,
      CateId: out.long(),
      CateName: out.str(),
      URL: out.str(),
    })
    .optional(),
  AttachedMedia: out
    .obj({
      MediaId: out.str(),
      ...commonFields,
      BusinessType: out.str(),
      URL: out.str(),
      Categories: out.list(category),
    })
    .optional(),
});
