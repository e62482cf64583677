import { z } from 'zod';
import { integerText, out } from '../schema-helpers.js';

/** The spec types these as String but its examples send numbers: accept both. */
const count = (min: number, max: number) => z.union([z.number().int().min(min).max(max), integerText(min, max)]);

export const spriteSnapshotConfig = z
  .strictObject({
    CellWidth: count(1, 4096).optional(),
    CellHeight: count(1, 4096).optional(),
    Padding: count(0, 4096).optional(),
    Margin: count(0, 4096).optional(),
    Color: z.string().min(1).optional().describe('Background color name, e.g. Black.'),
    Columns: count(1, 10000).optional(),
    Lines: count(1, 10000).optional(),
    KeepCellPic: z.enum(['keep', 'delete']).optional(),
  })
  .describe('Sprite layout in px; {} for defaults.');

export const SNAPSHOT_TYPES = ['NormalSnapshot', 'SpriteSnapshot', 'WebVttSnapshot'] as const;

export const snapshotTemplateConfig = z
  .strictObject({
    SnapshotType: z.enum(SNAPSHOT_TYPES),
    SnapshotConfig: z.strictObject({
      FrameType: z.enum(['intra', 'normal']).optional().describe('Keyframes or any frame.'),
      Count: z.number().int().min(1),
      Interval: z.number().int().min(0).describe('Seconds; 0 spreads Count evenly.'),
      SpecifiedOffsetTime: z.number().int().min(0).describe('Start, ms.'),
      Width: z.number().int().min(8).max(4096).optional(),
      Height: z.number().int().min(8).max(4096).optional(),
      SpriteSnapshotConfig: spriteSnapshotConfig.optional(),
      Format: z.literal('vtt').optional().describe('WebVttSnapshot only.'),
      SubOut: z.strictObject({ IsSptFrag: z.enum(['true', 'false']) }).optional().describe('WebVttSnapshot only.'),
    }),
  })
  .refine((config) => config.SnapshotType !== 'SpriteSnapshot' || config.SnapshotConfig.SpriteSnapshotConfig !== undefined, 'SpriteSnapshot needs SnapshotConfig.SpriteSnapshotConfig');

export const vodTemplateInfoOutput = out.obj({
  VodTemplateId: out.str(),
  Name: out.str(),
  TemplateType: out.str(),
  IsDefault: out.str(),
  Source: out.str(),
  AppId: out.str(),
  TemplateConfig: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  CreationTime: out.str(),
  ModifyTime: out.str(),
});

export const vodTemplateId = () => z.string().min(1).describe('Snapshot template ID.');
