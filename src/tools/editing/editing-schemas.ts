import { z } from 'zod';
import { out } from '../schema-helpers.js';
import { coverUrl, description, storageLocation, tagsString, templateGroupId, templateId, title } from '../spec-shapes.js';

/** Shapes shared by the editing tools, from spec appendix 17.1 (Timeline, MediaMetadata, ProduceConfig). */

const seconds = () => z.number().min(0);

const inOutRule = (clip: { In?: number | undefined; Out?: number | undefined; TimelineIn?: number | undefined; TimelineOut?: number | undefined }) =>
  (clip.In === undefined || clip.Out === undefined || clip.In < clip.Out) && (clip.TimelineIn === undefined || clip.TimelineOut === undefined || clip.TimelineIn < clip.TimelineOut);
const IN_OUT_MESSAGE = 'In must be before Out and TimelineIn before TimelineOut';

// "after In": the order rule (JSON Schema cannot compare two fields) is stated where a model reads it.
const timing = {
  In: seconds().optional(),
  Out: seconds().describe('After In.').optional(),
  TimelineIn: seconds().optional(),
  TimelineOut: seconds().describe('After TimelineIn.').optional(),
};

/** Text of banner effects and subtitles; X/Y are pixels (>= 1) or a ratio of the output size (< 1). */
const text = {
  Content: z.string().optional(),
  X: z.number().min(0).optional(),
  Y: z.number().min(0).optional(),
  Font: z.string().optional(),
  FontSize: z.number().int().positive().optional(),
  FontColor: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  FontColorOpacity: z.number().min(0).max(1).optional(),
};

const effect = z
  .looseObject({ Type: z.enum(['Text', 'DeWatermark']), SubType: z.string().optional(), ...timing, ...text, Width: z.number().min(0).optional(), Height: z.number().min(0).optional() })
  .refine(inOutRule, IN_OUT_MESSAGE);

const mediaClip = { MediaId: z.string().min(1), ...timing };
const videoClip = z.looseObject({ ...mediaClip, Type: z.enum(['Video', 'Image']).optional(), Effects: z.array(effect).optional() }).refine(inOutRule, IN_OUT_MESSAGE);
const audioClip = z.looseObject(mediaClip).refine(inOutRule, IN_OUT_MESSAGE);
const { Content, X, Y, FontSize, FontColor } = text;
const subtitleClip = z.looseObject({ TimelineIn: seconds(), TimelineOut: seconds().describe('After TimelineIn.'), Content, X, Y, FontSize, FontColor }).refine(inOutRule, IN_OUT_MESSAGE);

/** Appendix Timeline: tracks of clips placed on the timeline. */
export const timeline = () =>
  z
    .looseObject({
      VideoTracks: z.array(z.looseObject({ VideoTrackClips: z.array(videoClip) })).optional(),
      AudioTracks: z.array(z.looseObject({ AudioTrackClips: z.array(audioClip) })).optional(),
      SubtitleTracks: z.array(z.looseObject({ SubtitleTrackClips: z.array(subtitleClip) })).optional(),
    })
    .describe('Clips: MediaId (video/image/material), In/Out in the source and TimelineIn/TimelineOut on the timeline, seconds.');

export const projectTitle = () => title('Project title.');
export const projectDescription = () => description('Project description.');

/** Appendix MediaMetadata: metadata of the produced video (keys in the spec example's order: parsing keeps shape order). */
export const mediaMetadata = () =>
  z
    .strictObject({
      Description: description().optional(),
      Title: title().optional(),
      CoverURL: coverUrl().optional(),
      CateId: z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]).optional(),
      Tags: tagsString().optional(),
    })
    .describe('Produced video metadata.');

/** Appendix ProduceConfig. */
export const produceConfig = () =>
  z
    .strictObject({
      TemplateGroupId: templateGroupId('Transcode group for the output.').optional(),
      TemplateId: templateId('Production template.').optional(),
      Width: z.number().int().positive().optional(),
      Height: z.number().int().positive().optional(),
      StorageLocation: storageLocation().optional(),
    })
    .describe('Output settings.');

export const projectOutput = out.obj({
  ProjectId: out.str(),
  Title: out.str(),
  Description: out.str(),
  Status: out.str(),
  CreationTime: out.str(),
  ModifiedTime: out.str(),
  CoverURL: out.str(),
  Timeline: out.str(),
  Duration: out.long(),
  RegionId: out.str(),
  StorageLocation: out.str(),
});

export const materialOutput = out.obj({
  MaterialId: out.str(),
  Title: out.str(),
  Description: out.str(),
  MaterialType: out.str(),
  Status: out.str(),
  Duration: out.long(),
  Size: out.long(),
  CoverURL: out.str(),
  CateId: out.long(),
  CateName: out.str(),
  Tags: out.str(),
  Source: out.str(),
  SpriteConfig: out.str(),
  CreationTime: out.str(),
  ModifiedTime: out.str(),
  Snapshots: out.list(z.string()),
  Sprites: out.list(z.string()),
});

/** AddEditingProjectMaterials' model: GetEditingProjectMaterials' fields, with CreateTime/ModifyTime and CustomerId. */
const { CreationTime: _creationTime, ModifiedTime: _modifiedTime, Source: _source, ...addedShape } = materialOutput.shape;
export const addedMaterialOutput = out.obj({
  ...addedShape,
  CreateTime: out.str(),
  ModifyTime: out.str(),
  CustomerId: out.long(),
});

export const MATERIAL_TYPES = ['video', 'audio', 'image'] as const;

export const PROJECT_STATUSES = ['Normal', 'Producing', 'Produced', 'ProduceFailed'] as const;
