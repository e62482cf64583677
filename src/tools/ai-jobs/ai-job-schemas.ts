import { z } from 'zod';
import { idList, out } from '../schema-helpers.js';

export const AI_JOB_TYPES = ['AIVideoTag', 'AIMediaDNA'] as const;
const ANALYSE_TYPE = '(Face|ASR|OCR|Category|Annotation)';

/** Config of SubmitAIJob, keyed by job type. */
export const aiJobConfig = z
  .strictObject({
    AIVideoTag: z
      .strictObject({
        AnalyseTypes: z
          .string()
          .regex(new RegExp(`^${ANALYSE_TYPE}(,${ANALYSE_TYPE})*$`), 'comma list of Face, ASR, OCR, Category, Annotation')
          .optional()
          .describe('Comma list: Face,ASR,OCR,Category,Annotation (all in cn-shanghai; Face only in cn-beijing).'),
        OrigASRData: z.boolean().optional().describe('Also return raw ASR text (with ASR).'),
      })
      .optional(),
    AIMediaDNA: z.record(z.string(), z.unknown()).optional().describe('DNA settings, passed through.'),
  })
  .describe('Per-type job settings.');

export const mediaId = () => z.string().min(1).describe('Video ID.');
export const jobIds = (description: string) => idList(10, description);

const tagItem = out.obj({ Tag: out.str(), Times: out.list(z.string()), FaceUrl: out.str() });

export const videoTagResultOutput = out.obj({
  Person: out.list(tagItem),
  Keyword: out.list(tagItem),
  Location: out.list(tagItem),
  Time: out.list(tagItem),
  Category: out.list(tagItem),
  OrigASRData: out.any(),
});

const dnaSpan = out.obj({ Start: out.long(), Duration: out.long() }).optional();

export const dnaResultOutput = out.list(
  out.obj({
    PrimaryKey: out.str(),
    Similarity: out.long(),
    Detail: out.list(out.obj({ Input: dnaSpan, Duplication: dnaSpan })),
  }),
);

export const aiJobOutput = out.obj({
  JobId: out.str(),
  Type: out.str(),
  MediaId: out.str(),
  Status: out.str(),
  CreationTime: out.str(),
  CompleteTime: out.str(),
  Code: out.str(),
  Message: out.str(),
  Data: out.str(),
});

/** Some responses wrap lists as in XML ({"AIJob": [...]}, {"String": [...]}); accept both forms. */
