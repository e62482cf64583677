import { extname } from 'node:path';
import { ATTACHED_MEDIA_EXTENSIONS } from '../upload/create-upload-attached-media.js';

/** The manual's supported upload formats (appendix): audio/video go through CreateUploadVideo, images through CreateUploadImage. */
const VIDEO = ['3gp', 'asf', 'avi', 'dat', 'dv', 'flv', 'f4v', 'm2t', 'm4v', 'mj2', 'mjpeg', 'mkv', 'mov', 'mp4', 'mpe', 'mpg', 'mpeg', 'mts', 'ogg', 'qt', 'rm', 'rmvb', 'swf', 'ts', 'vob', 'wmv', 'webm'];
const AUDIO = ['aac', 'ac3', 'acm', 'amr', 'ape', 'caf', 'flac', 'm4a', 'mp3', 'ra', 'wav', 'wma'];
const IMAGE = ['png', 'jpg', 'jpeg', 'gif'];

/** CreateUploadAttachedMedia's BusinessType (spec 5.4). */
export const BUSINESS_TYPES = ['watermark', 'subtitle', 'material'] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];
/** Subtitle files are attached media by their extension alone; watermarks and materials share extensions with videos and images, so they need BusinessType. */
const SUBTITLE: readonly string[] = ATTACHED_MEDIA_EXTENSIONS.subtitle;

export type UploadKind = 'video' | 'image' | 'attached';

export type KindOf =
  | { kind: 'video' | 'image'; extension: string }
  | { kind: 'attached'; extension: string; businessType: BusinessType }
  | { kind: undefined; why: string };

export const extensionOf = (fileName: string) => extname(fileName).slice(1).toLowerCase();

export const allowedExtensions = (businessType: BusinessType): readonly string[] => ATTACHED_MEDIA_EXTENSIONS[businessType];

/** How a file is uploaded, by its extension, or as attached media of `businessType` when one is given. */
export function uploadKindOf(fileName: string, businessType?: BusinessType): KindOf {
  const extension = extensionOf(fileName);
  if (businessType) {
    const allowed = allowedExtensions(businessType);
    if (allowed.includes(extension)) return { kind: 'attached', extension, businessType };
    return { kind: undefined, why: `BusinessType ${businessType} takes only ${allowed.join(', ')} files` };
  }
  if (VIDEO.includes(extension) || AUDIO.includes(extension)) return { kind: 'video', extension };
  if (IMAGE.includes(extension)) return { kind: 'image', extension };
  if (SUBTITLE.includes(extension)) return { kind: 'attached', extension, businessType: 'subtitle' };
  return { kind: undefined, why: `not a supported media file (supported extensions: ${[...VIDEO, ...AUDIO, ...IMAGE, ...SUBTITLE].join(', ')}; watermarks and materials with BusinessType)` };
}

/** uploadKindOf for one upload's arguments: attached media are not transcoded, so a transcode request refuses them. */
export function uploadKindFor(fileName: string, args: { BusinessType?: BusinessType | undefined; TemplateGroupId?: unknown; WorkflowId?: unknown }): KindOf {
  const kind = uploadKindOf(fileName, args.BusinessType);
  if (kind.kind === 'attached' && (args.TemplateGroupId !== undefined || args.WorkflowId !== undefined)) {
    return { kind: undefined, why: `uploaded as attached media (${kind.businessType}), which is not transcoded: leave out TemplateGroupId and WorkflowId` };
  }
  return kind;
}
