import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { absent, aloneInList, httpUrl, response, ifChain, whenEquals } from '../schema-helpers.js';

export const VIDEO_IMAGE_TYPES = ['CoverSnapshot', 'NormalSnapshot', 'SpriteSnapshot', 'SpriteOriginSnapshot', 'All'] as const;

/** Which list each DeleteImageType needs; the others must be absent. */
const NEEDS = { ImageURL: 'ImageURLs', ImageId: 'ImageIds', VideoId: 'VideoId' } as const;

export const deleteImage = defineTool({
  action: 'DeleteImage',
  title: 'Delete images',
  toolset: 'images',
  tier: 'destructive',
  tierReason: 'Permanently deletes image files.',
  idempotent: true,
  description:
    'Permanently delete images by URL, by ID, or a video’s snapshots by type (DeleteImageType picks which). Files cannot be recovered; CDN caches may linger.',
  input: z
    .strictObject({
      DeleteImageType: z.enum(['ImageURL', 'ImageId', 'VideoId']).describe('Delete by URL, ID or video.'),
      ImageURLs: z.array(httpUrl('Image URL.')).min(1).describe('With ImageURL.').optional(),
      ImageIds: z.array(z.string().min(1)).min(1).describe('With ImageId.').optional(),
      VideoId: z.string().min(1).describe('With VideoId.').optional(),
      ImageType: z.array(z.enum(VIDEO_IMAGE_TYPES)).min(1).meta(aloneInList('All')).describe('With VideoId: snapshot types, or All.').optional(),
    })
    .meta(
      ifChain(
        Object.entries(NEEDS).map(([type, needed]) =>
          whenEquals('DeleteImageType', type, {
            required: type === 'VideoId' ? [needed, 'ImageType'] : [needed],
            ...absent(...Object.values(NEEDS).filter((name) => name !== needed), ...(type === 'VideoId' ? [] : ['ImageType'])),
          }),
        ),
      ),
    )
    .superRefine((args, ctx) => {
      const needed = NEEDS[args.DeleteImageType];
      for (const name of Object.values(NEEDS)) {
        const given = args[name] !== undefined;
        if (name === needed && !given) ctx.addIssue({ code: 'custom', path: [name], message: `required when DeleteImageType is ${args.DeleteImageType}` });
        if (name !== needed && given) ctx.addIssue({ code: 'custom', path: [name], message: `only allowed when DeleteImageType is ${keyOf(name)}` });
      }
      if ((args.DeleteImageType === 'VideoId') !== (args.ImageType !== undefined)) {
        ctx.addIssue({ code: 'custom', path: ['ImageType'], message: 'required with, and only with, DeleteImageType VideoId' });
      }
      if (args.ImageType && args.ImageType.includes('All') && args.ImageType.length > 1) {
        ctx.addIssue({ code: 'custom', path: ['ImageType'], message: 'All cannot be combined with other types' });
      }
    }),
  output: response({}),
});

function keyOf(param: string): string {
  return Object.entries(NEEDS).find(([, name]) => name === param)?.[0] ?? param;
}
