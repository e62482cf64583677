import type { ActionContext } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { hexId } from '../../state/sandbox-state.js';

const MAX_OSS_TIMEOUT_SECONDS = 2_592_000;

/**
 * Reads OutputType/AuthTimeout and signs `url` like the service: CDN URLs get an `auth_key`, OSS URLs
 * `Expires`/`Signature` (at most 30 days).
 */
export function accessUrl(
  context: ActionContext,
  urls: { oss: string; cdn: string },
  options: { defaultTimeout?: number } = {},
): { url: string; outputType: 'oss' | 'cdn' } {
  const outputType = context.oneOf('OutputType', ['oss', 'cdn'] as const, 'cdn') ?? 'cdn';
  const timeout = context.int('AuthTimeout', { min: 1 }) ?? options.defaultTimeout ?? 3600;
  if (outputType === 'oss' && timeout > MAX_OSS_TIMEOUT_SECONDS) throw invalidParameter('AuthTimeout', `It must be at most ${MAX_OSS_TIMEOUT_SECONDS} for oss.`);
  return { url: signUrl(urls[outputType], outputType, Math.floor(context.clock.now() / 1000) + timeout), outputType };
}

export function signUrl(url: string, outputType: 'oss' | 'cdn', expiresAt: number): string {
  const separator = url.includes('?') ? '&' : '?';
  const digest = hexId(`${url}:${expiresAt}`);
  return outputType === 'oss'
    ? `${url}${separator}Expires=${expiresAt}&OSSAccessKeyId=sandbox&Signature=${digest}`
    : `${url}${separator}auth_key=${expiresAt}-0-0-${digest}`;
}
