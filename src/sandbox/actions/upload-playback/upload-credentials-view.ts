import type { SandboxEnv } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { mintUploadCredential, UPLOAD_CREDENTIAL_SECONDS, type UploadTarget } from '../../oss/upload-store.js';

function base64Json(value: Record<string, string>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64');
}

/** UploadAddress and UploadAuth as the service returns them: base64 of a JSON object. Endpoint is this sandbox (path-style OSS). */
export function uploadCredentialsView(env: SandboxEnv, target: UploadTarget): { UploadAddress: string; UploadAuth: string } {
  const credential = mintUploadCredential(env, target);
  return {
    UploadAddress: base64Json({ Endpoint: env.baseUrl, Bucket: target.Bucket, FileName: target.ObjectKey }),
    UploadAuth: base64Json({
      SecurityToken: credential.SecurityToken,
      AccessKeyId: credential.AccessKeyId,
      ExpireUTCTime: isoSeconds(credential.ExpiresAt),
      AccessKeySecret: credential.AccessKeySecret,
      Expiration: String(UPLOAD_CREDENTIAL_SECONDS),
      Region: env.region,
    }),
  };
}

/** The object a video's source is uploaded to, from its FileURL (`{base}/{bucket}/{key}`). */
export function videoUploadTarget(env: SandboxEnv, video: { VideoId: string; FileURL: string; StorageLocation: string }): UploadTarget {
  const bucket = video.StorageLocation.split('.')[0] ?? video.StorageLocation;
  const path = new URL(video.FileURL, env.baseUrl).pathname;
  const prefix = `/${bucket}/`;
  const key = path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : `sv/${video.VideoId}/${video.VideoId}.mp4`;
  return { Kind: 'video', MediaId: video.VideoId, Bucket: bucket, ObjectKey: key };
}
