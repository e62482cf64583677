import { z } from 'zod';
import { out } from '../schema-helpers.js';

/** One media of BatchGetMediaInfos (SDK model BatchGetMediaInfosResponseBodyMediaInfos), lists unwrapped. */
const streamInfo = out.obj({
  Index: out.str(),
  CodecName: out.str(),
  CodecLongName: out.str(),
  Bitrate: out.str(),
  Duration: out.str(),
});

export const mediaInfoOutput = out.obj({
  MediaId: out.str(),
  MediaInfo: out
    .obj({
      MediaId: out.str(),
      Title: out.str(),
      Description: out.str(),
      CoverURL: out.str(),
      Status: out.str(),
      CreationTime: out.str(),
      ModificationTime: out.str(),
      CateId: out.long(),
      CateName: out.str(),
      Tags: out.str(),
      Snapshots: out.list(z.string()),
      TemplateGroupId: out.str(),
      StorageLocation: out.str(),
      AppId: out.str(),
      ReferenceId: out.str(),
      UserData: out.str(),
      StorageClass: out.str().describe('Standard, IA, Archive, ColdArchive, Source* (source only) or (Source)Changing.'),
      RestoreStatus: out.str().describe('Processing, Success or Failed.'),
      RestoreExpiration: out.str(),
    })
    .optional(),
  MezzanineInfo: out
    .obj({
      FileName: out.str(),
      FileURL: out.str(),
      Status: out.str(),
      Size: out.long(),
      Duration: out.str(),
      Width: out.long(),
      Height: out.long(),
      Fps: out.str(),
      Bitrate: out.str(),
      AudioStreamList: out.list(streamInfo),
      VideoStreamList: out.list(streamInfo),
    })
    .optional(),
  PlayInfoList: out.list(
    out.obj({
      JobId: out.str(),
      Definition: out.str(),
      Format: out.str(),
      StreamType: out.str(),
      PlayURL: out.str(),
      Bitrate: out.str(),
      Width: out.long(),
      Height: out.long(),
      Duration: out.str(),
      Size: out.long(),
      HDRType: out.str(),
      Status: out.str(),
    }),
  ),
});
