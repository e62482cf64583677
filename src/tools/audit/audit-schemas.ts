import { z } from 'zod';
import { out } from '../schema-helpers.js';

/** Shapes of the AI audit results (spec 10.2.3-10.2.7). Scores and timestamps arrive as strings or numbers. */

const finding = out.obj({ Label: out.str(), Score: out.long(), Timestamp: out.long(), Url: out.str() });

const sceneResult = out
  .obj({
    Suggestion: out.str(),
    Label: out.str(),
    MaxScore: out.long(),
    AverageScore: out.long(),
    TopList: out.list(finding),
    CounterList: out.list(out.obj({ Label: out.str(), Count: out.long() })),
  })
  .optional();

const scored = out.obj({ Label: out.str(), Suggestion: out.str(), Score: out.long(), Scene: out.str() });

/** GetMediaAuditResult.MediaAuditResult and GetAIMediaAuditJob.MediaAuditJob.Data. */
export const auditResultOutput = out.obj({
  Suggestion: out.str(),
  Label: out.str(),
  AbnormalModules: out.str(),
  ImageResult: out.list(out.obj({ Type: out.str(), Url: out.str(), Suggestion: out.str(), Label: out.str(), Result: out.list(scored) })),
  TextResult: out.list(out.obj({ Type: out.str(), Content: out.str(), Suggestion: out.str(), Label: out.str(), Score: out.long(), Scene: out.str() })),
  AudioResult: out.list(scored),
  VideoResult: out
    .obj({
      Suggestion: out.str(),
      Label: out.str(),
      PornResult: sceneResult,
      TerrorismResult: sceneResult,
      AdResult: sceneResult,
      LiveResult: sceneResult,
      LogoResult: sceneResult,
    })
    .optional(),
});

export const timelinePoint = out.obj({ Label: out.str(), Score: out.long(), Timestamp: out.long() });

export const frameDetail = out.obj({
  Timestamp: out.long(),
  Url: out.str(),
  PornLabel: out.str(),
  PornScore: out.long(),
  TerrorismLabel: out.str(),
  TerrorismScore: out.long(),
  AdLabel: out.str(),
  AdScore: out.long(),
  LiveLabel: out.str(),
  LiveScore: out.long(),
  LogoLabel: out.str(),
  LogoScore: out.long(),
});

/** Only letters, digits and underscores (spec 10.2.1). */
export const mediaAuditConfiguration = () =>
  z
    .strictObject({ ResourceType: z.string().regex(/^\w+$/, 'letters, digits and underscores only').describe('Custom resource type.') })
    .describe('Audit config.');

export const auditTemplateId = () => z.string().min(1).describe('AI audit template ID.');


