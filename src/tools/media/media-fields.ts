import { z } from 'zod';

/** Field rules shared by the media, image and attached-media read tools; Title/Tags/CateId are in ../spec-shapes.ts. */

export const outputType = () => z.enum(['oss', 'cdn']).describe('URL type: oss origin or cdn (default).');

/** OSS URLs are signed for at most 30 days; CDN URL-auth lifetimes are unbounded. */
export const MAX_OSS_AUTH_TIMEOUT = 2_592_000;

export const authTimeout = () => z.number().int().min(1).describe('URL validity in seconds.');

export function checkOssTimeout(args: { AuthTimeout?: number | undefined; OutputType?: string | undefined }, ctx: z.RefinementCtx): void {
  if (args.OutputType === 'oss' && args.AuthTimeout !== undefined && args.AuthTimeout > MAX_OSS_AUTH_TIMEOUT) {
    ctx.addIssue({ code: 'custom', path: ['AuthTimeout'], message: `must be at most ${MAX_OSS_AUTH_TIMEOUT} seconds for oss URLs` });
  }
}
