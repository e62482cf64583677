import { randomBytes } from 'node:crypto';
import type { SandboxEnv } from '../action-context.js';

/** What an upload credential may write: one object, completing one media record. */
export interface UploadTarget {
  Kind: 'video' | 'image' | 'attached';
  MediaId: string;
  Bucket: string;
  ObjectKey: string;
}

/** Temporary (STS-style) credentials minted per upload. */
export interface UploadCredential extends UploadTarget {
  AccessKeyId: string;
  AccessKeySecret: string;
  SecurityToken: string;
  /** Simulation-clock milliseconds. */
  ExpiresAt: number;
}

export interface StoredObject {
  Bucket: string;
  Key: string;
  Size: number;
  ETag: string;
  ContentType?: string;
  LastModified: string;
}

export interface UploadedPart {
  PartNumber: number;
  ETag: string;
  Size: number;
  LastModified: string;
}

export interface MultipartUpload extends UploadTarget {
  UploadId: string;
  Initiated: string;
  Parts: Record<string, UploadedPart>;
}

/** Per-media upload progress, for GetUploadDetails. */
export interface MediaUploadProgress {
  FileSize?: number;
  UploadedBytes: number;
  CompletionTime?: string;
  DeviceModel?: string;
}

export interface UploadSlice {
  credentials: Record<string, UploadCredential>;
  objects: Record<string, StoredObject>;
  multipart: Record<string, MultipartUpload>;
  progress: Record<string, MediaUploadProgress>;
}

/** The manual: upload credentials are valid for 3000 seconds (CreateUploadVideo, CreateUploadImage, CreateUploadAttachedMedia). */
export const UPLOAD_CREDENTIAL_SECONDS = 3000;

export function uploadSlice(env: SandboxEnv): UploadSlice {
  return env.state.slice<UploadSlice>('upload', () => ({ credentials: {}, objects: {}, multipart: {}, progress: {} }));
}

export function objectPath(bucket: string, key: string): string {
  return `${bucket}/${key}`;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function randomText(length: number, alphabet = BASE58): string {
  const bytes = randomBytes(length);
  let text = '';
  for (const byte of bytes) text += alphabet[byte % alphabet.length];
  return text;
}

/** Mints credentials scoped to `target`; older ones for the same media stay valid until they expire. */
export function mintUploadCredential(env: SandboxEnv, target: UploadTarget): UploadCredential {
  const slice = uploadSlice(env);
  const now = env.clock.now();
  for (const [id, old] of Object.entries(slice.credentials)) if (old.ExpiresAt < now - 86_400_000) delete slice.credentials[id];
  const credential: UploadCredential = {
    ...target,
    AccessKeyId: `STS.${randomText(25)}`,
    AccessKeySecret: randomText(44),
    SecurityToken: `CAIS${randomBytes(420).toString('base64')}`,
    ExpiresAt: now + UPLOAD_CREDENTIAL_SECONDS * 1000,
  };
  slice.credentials[credential.AccessKeyId] = credential;
  return credential;
}

export function mediaProgress(env: SandboxEnv, mediaId: string): MediaUploadProgress {
  const slice = uploadSlice(env);
  return (slice.progress[mediaId] ??= { UploadedBytes: 0 });
}

export function multipartUploadsOf(env: SandboxEnv, mediaId: string): MultipartUpload[] {
  return Object.values(uploadSlice(env).multipart).filter((upload) => upload.MediaId === mediaId);
}
