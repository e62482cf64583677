import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { idList, out, response } from '../schema-helpers.js';

export const deleteTranscodeTemplateGroup = defineTool({
  action: 'DeleteTranscodeTemplateGroup',
  title: 'Delete transcode templates or group',
  toolset: 'transcode_templates',
  tier: 'destructive',
  tierReason: 'Deletes templates or a whole template group; cannot be undone.',
  idempotent: true,
  description:
    'Delete templates from a transcode template group (TranscodeTemplateIds), or the whole group (ForceDelGroup true, or no IDs). ' +
    'The default group and locked groups cannot be deleted.',
  input: z.strictObject({
    TranscodeTemplateGroupId: z.string().min(1).describe('Group ID.'),
    TranscodeTemplateIds: idList(10, 'Template IDs to delete.').optional(),
    ForceDelGroup: z.enum(['true', 'false']).optional().describe('true deletes the whole group.'),
  }),
  output: response({ NonExistTranscodeTemplateIds: out.list(z.string()) }),
  preview: async ({ TranscodeTemplateGroupId, TranscodeTemplateIds, ForceDelGroup }, context) => {
    const [group] = await lookUpForPreview(context, 'GetTranscodeTemplateGroup', { TranscodeTemplateGroupId }, 'TranscodeTemplateGroup', ['TranscodeTemplateGroupId', 'Name', 'IsDefault', 'Locked', 'TranscodeTemplateList']);
    const templates = Array.isArray(group?.TranscodeTemplateList) ? (group.TranscodeTemplateList as Record<string, unknown>[]) : [];
    const removing = TranscodeTemplateIds?.length && ForceDelGroup !== 'true' ? templates.filter((t) => TranscodeTemplateIds.includes(String(t.TranscodeTemplateId))) : templates;
    return {
      summary: TranscodeTemplateIds?.length && ForceDelGroup !== 'true' ? `Delete ${removing.length} template(s) from group ${TranscodeTemplateGroupId}.` : `Delete template group ${TranscodeTemplateGroupId} with its ${templates.length} template(s).`,
      items: [{ Name: group?.Name, IsDefault: group?.IsDefault, Templates: removing.map((t) => ({ TranscodeTemplateId: t.TranscodeTemplateId, Definition: t.Definition, TemplateName: t.TemplateName })) }],
    };
  },
});
