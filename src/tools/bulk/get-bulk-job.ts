import { z } from 'zod';
import { defineTaskTool } from '../define-tool.js';
import { jobIdArgument, reportOf, reportShape } from './bulk-report.js';
import { plansOf } from './plans.js';

const output = z.object({
  ...reportShape,
  Running: z.boolean().describe('A run_bulk_media call is processing the plan now (on this server or another replica).'),
  CreatedAt: z.string(),
  UpdatedAt: z.string().describe('Last saved progress (after every chunk of 20 during a run).'),
});

export const getBulkJob = defineTaskTool({
  name: 'get_bulk_job',
  title: 'Get a bulk job\'s progress',
  toolset: 'bulk',
  tier: 'read',
  tierReason: 'Reads a saved plan and its per-item outcomes; calls no API.',
  description:
    'Where a plan from plan_bulk_media stands: per-state counts, failures, job IDs and whether a run_bulk_media call is running it now. ' +
    'Use it to follow a long run or read its results after a lost answer, instead of running the plan again.',
  input: z.strictObject({ JobId: jobIdArgument }),
  output,
  handler: async ({ JobId }, context) => {
    const plans = plansOf(context);
    const plan = await plans.read(JobId);
    const running = await plans.isHeld(plan.JobId);
    return { ...reportOf(plan, { running }), Running: running, CreatedAt: plan.CreatedAt, UpdatedAt: plan.UpdatedAt } satisfies z.input<typeof output>;
  },
});
