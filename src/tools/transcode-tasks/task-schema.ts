import { z } from 'zod';
import { out } from '../schema-helpers.js';

const watermarkIdList = out.list(z.string());

export const transcodeTaskOutput = out.obj({
  TranscodeTaskId: out.str(),
  VideoId: out.str(),
  TaskStatus: out.str(),
  Trigger: out.str(),
  TranscodeTemplateGroupId: out.str(),
  CreationTime: out.str(),
  CompleteTime: out.str(),
});

/** What describes an output file, in a job summary and in a job's OutputFile alike. */
const outputFileFields = {
  Width: out.str(),
  Height: out.str(),
  Bitrate: out.str(),
  Fps: out.str(),
  Duration: out.str(),
  Filesize: out.long(),
  Format: out.str(),
  Encryption: out.str(),
  WatermarkIdList: watermarkIdList,
};

/** A job's output as GetTranscodeSummary summarizes it. */
export const jobSummaryOutput = out.obj({
  TranscodeTemplateId: out.str(),
  Definition: out.str(),
  TranscodeJobStatus: out.str(),
  TranscodeProgress: out.long(),
  CreationTime: out.str(),
  CompleteTime: out.str(),
  ErrorCode: out.str(),
  ErrorMessage: out.str(),
  ...outputFileFields,
});

export const jobInfoOutput = out.obj({
  TranscodeJobId: out.str(),
  TranscodeTemplateId: out.str(),
  Definition: out.str(),
  TranscodeJobStatus: out.str(),
  TranscodeProgress: out.long(),
  Priority: out.str(),
  InputFileUrl: out.str(),
  CreationTime: out.str(),
  CompleteTime: out.str(),
  ErrorCode: out.str(),
  ErrorMessage: out.str(),
  OutputFile: out
    .obj({
      OutputFileUrl: out.str(),
      ...outputFileFields,
      VideoStreamList: out.str(),
      AudioStreamList: out.str(),
      SubtitleStreamList: out.str(),
    })
    .optional(),
});
