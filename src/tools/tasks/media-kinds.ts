import { extname } from 'node:path';

/** The manual's supported upload formats (appendix): audio/video go through CreateUploadVideo, images through CreateUploadImage. */
const VIDEO = ['3gp', 'asf', 'avi', 'dat', 'dv', 'flv', 'f4v', 'm2t', 'm4v', 'mj2', 'mjpeg', 'mkv', 'mov', 'mp4', 'mpe', 'mpg', 'mpeg', 'mts', 'ogg', 'qt', 'rm', 'rmvb', 'swf', 'ts', 'vob', 'wmv', 'webm'];
const AUDIO = ['aac', 'ac3', 'acm', 'amr', 'ape', 'caf', 'flac', 'm4a', 'mp3', 'ra', 'wav', 'wma'];
const IMAGE = ['png', 'jpg', 'jpeg', 'gif'];

export type UploadKind = 'video' | 'image';

export function uploadKindOf(fileName: string): { kind: UploadKind; extension: string } | { kind: undefined; supported: string } {
  const extension = extname(fileName).slice(1).toLowerCase();
  if (VIDEO.includes(extension) || AUDIO.includes(extension)) return { kind: 'video', extension };
  if (IMAGE.includes(extension)) return { kind: 'image', extension };
  return { kind: undefined, supported: [...VIDEO, ...AUDIO, ...IMAGE].join(', ') };
}
