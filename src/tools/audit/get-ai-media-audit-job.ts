import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { out, response } from '../schema-helpers.js';
import { auditResultOutput } from './audit-schemas.js';

export const getAIMediaAuditJob = defineTool({
  action: 'GetAIMediaAuditJob',
  title: 'Get AI audit job',
  toolset: 'audit',
  tier: 'read',
  tierReason: 'Reads a job.',
  description: 'Get an AI audit job’s status (init, processing, success, fail) and, once done, its result summary.',
  input: z.strictObject({
    JobId: z.string().min(1).describe('Audit job ID.'),
  }),
  output: response({
    MediaAuditJob: out
      .obj({
        JobId: out.str(),
        MediaId: out.str(),
        Type: out.str(),
        Status: out.str(),
        Code: out.str(),
        Message: out.str(),
        CreationTime: out.str(),
        CompleteTime: out.str(),
        Data: auditResultOutput.optional(),
      })
      .optional(),
  }),
});
