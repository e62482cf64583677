import { z } from 'zod';
import { out } from '../schema-helpers.js';

export const VIDEO_STATUSES = ['Uploading', 'UploadFail', 'UploadSucc', 'Transcoding', 'TranscodeFail', 'Checking', 'Blocked', 'Normal', 'ProduceFail'] as const;

/** A video as GetVideoInfo / GetVideoInfos / GetVideoList return it. */
export const videoOutput = out.obj({
  VideoId: out.str(),
  Title: out.str(),
  Description: out.str(),
  Duration: out.num(),
  CoverURL: out.str(),
  Status: out.str(),
  CreationTime: out.str(),
  ModificationTime: out.str(),
  Size: out.long(),
  Snapshots: out.list(z.string()),
  CateId: out.long(),
  CateName: out.str(),
  Tags: out.str(),
  TemplateGroupId: out.str(),
  StorageLocation: out.str(),
  RegionId: out.str(),
  AppId: out.str(),
  AuditStatus: out.str(),
  StorageClass: out.str(),
  RestoreStatus: out.str(),
  RestoreExpiration: out.str(),
});
