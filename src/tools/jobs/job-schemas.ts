import { z } from 'zod';
import { out } from '../schema-helpers.js';

/** JobType: the metadata lists transcode, snapshot and ai; the SDK's GetJobDetail adds workflow (its WorkflowTaskDetail). */
export const LISTED_JOB_TYPES = ['transcode', 'snapshot', 'ai'] as const;
export const JOB_TYPES = [...LISTED_JOB_TYPES, 'workflow'] as const;
export const EXTRACT_TYPES = ['TraceMark', 'CopyrightMark'] as const;

/** One video ID (the metadata: "You can specify only one ID"). */
export const singleMediaId = (description: string) => z.string().min(1).max(128).regex(/^[^\s,]+$/, 'must be one ID: no whitespace or commas').describe(description);

export const extractType = () => z.enum(EXTRACT_TYPES).describe('TraceMark: user-tracing watermark; CopyrightMark: copyright watermark.');

const jobTimes = { CreateTime: out.str(), CompleteTime: out.str(), UserId: out.long() };

export const transcodeJobDetail = out.obj({ JobId: out.str(), VideoId: out.str(), TemplateId: out.str(), Definition: out.str(), Status: out.str(), ...jobTimes });
export const snapshotJobDetail = out.obj({ JobId: out.str(), VideoId: out.str(), Status: out.str(), Trigger: out.str(), NormalConfig: out.str(), SpriteConfig: out.str(), ...jobTimes });
export const aiJobDetail = out.obj({ JobId: out.str(), JobType: out.str(), MediaId: out.str(), Status: out.str(), Trigger: out.str(), TemplateConfig: out.str(), ...jobTimes });
export const workflowTaskDetail = out.obj({
  TaskId: out.str(),
  Status: out.str(),
  CreateTime: out.str(),
  FinishTime: out.str(),
  TaskInput: out.str(),
  UserData: out.str(),
  ActivityResults: out.str(),
  Workflow: out
    .obj({ WorkflowId: out.str(), Name: out.str(), AppId: out.str(), Status: out.str(), Type: out.str(), CreateTime: out.str(), ModifiedTime: out.str() })
    .optional(),
});

export const jobInfo = out.obj({ JobId: out.str(), Status: out.str(), ...jobTimes });

export const extractResult = out.obj({ JobId: out.str(), Status: out.str(), WaterMarkText: out.str(), ErrorMessage: out.str(), CreateTime: out.str(), ModifyTime: out.str() });
