import { z } from 'zod';
import { listOf } from '../../client/index.js';
import { defineTool, type ToolContext } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { idList, response } from '../schema-helpers.js';
import { MATERIAL_TYPES } from './editing-schemas.js';

/** The tool's cap per call; the metadata states none for deleting (10 for adding). */
const MAX_IDS = 100;

type MaterialType = (typeof MATERIAL_TYPES)[number];

/** The project, then the given materials that are on its list (GetEditingProjectMaterials, filtered by type). */
async function affected(args: { ProjectId: string; MaterialIds: string[]; MaterialType: MaterialType }, context: ToolContext) {
  const project = await lookUpForPreview(context, 'GetEditingProject', { ProjectId: args.ProjectId }, 'Project', ['ProjectId', 'Title', 'Status']);
  const type = args.MaterialType === 'audio' ? 'audio' : 'video';
  const answer = await context.api.call('GetEditingProjectMaterials', { ProjectId: args.ProjectId, Type: type, MaterialType: args.MaterialType }, { idempotent: true, signal: context.signal });
  const keep = ['MaterialId', 'Title', 'MaterialType', 'Duration'];
  const materials = listOf(answer, 'MaterialList')
    .filter((material) => args.MaterialIds.includes(String(material.MaterialId)))
    .map((material) => Object.fromEntries(keep.filter((key) => material[key] !== undefined).map((key) => [key, material[key]])));
  return { project, materials };
}

export const deleteEditingProjectMaterials = defineTool({
  action: 'DeleteEditingProjectMaterials',
  title: 'Remove editing project materials',
  toolset: 'editing',
  tier: 'destructive',
  tierReason: 'Removes materials from a project’s list; the media themselves are kept.',
  idempotent: true,
  description: 'Remove materials of one type from an editing project’s material list. The media themselves are not deleted; timelines that use them are not changed.',
  input: z.strictObject({
    ProjectId: z.string().min(1).describe('Project ID.'),
    MaterialIds: idList(MAX_IDS, 'Media IDs to remove, all of MaterialType.'),
    MaterialType: z.enum(MATERIAL_TYPES).describe('Type of every material given.'),
  }),
  output: response({}),
  preview: async (args, context) => {
    const { project, materials } = await affected(args, context);
    const missing = args.MaterialIds.length - materials.length;
    return {
      summary: `Remove ${materials.length} ${args.MaterialType} material(s) from editing project ${args.ProjectId}${missing ? `; ${missing} ID(s) are not on its ${args.MaterialType} list` : ''}. The media are kept.`,
      items: [...project, ...materials],
    };
  },
});
