import { z } from 'zod';

/** The credentials pair every CreateUpload* / RefreshUploadVideo answer carries (argument shapes are in ../spec-shapes.ts). */
export const uploadCredentialsOutput = {
  UploadAddress: z.string().optional().describe('Base64 JSON {Endpoint, Bucket, FileName}.'),
  UploadAuth: z.string().optional().describe('Base64 JSON STS credentials {AccessKeyId, AccessKeySecret, SecurityToken, Expiration, ...}.'),
};
