import type { ActionContext } from '../../action-context.js';
import { cdnError, type DomainSource, type SourceType } from './cdn-state.js';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOSTNAME = new RegExp(`^(?:${LABEL}\\.)+[a-z][a-z0-9-]*[a-z0-9]$`);
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

export function isHostname(value: string): boolean {
  return value.length <= 253 && HOSTNAME.test(value) && !IPV4.test(value);
}

export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

/** An accelerated domain: a hostname, or a wildcard written with a leading dot (`.example.com`). */
export function readDomainName(context: ActionContext, name = 'DomainName', code = 'InvalidDomainName.Malformed'): string {
  const raw = context.required(name).trim().toLowerCase();
  const host = raw.startsWith('.') ? raw.slice(1) : raw;
  if (!isHostname(host)) throw cdnError(context.action, code);
  return raw;
}

/** The registrable root (`video.example.com` -> `example.com`), which ownership verification is about. */
export function rootDomain(domain: string): string {
  return domain.replace(/^\./, '').split('.').slice(-2).join('.');
}

export function cnameFor(domain: string): string {
  return `${domain.startsWith('.') ? `all${domain}` : domain}.w.kunlunsl.com`;
}

/** The error codes AddVodDomain and UpdateVodDomain use for the same mistakes. */
export interface SourceErrorCodes {
  json: string;
  type: string;
  content: string;
  mismatch: string;
  priority: string;
}

export const ADD_SOURCE_ERRORS: SourceErrorCodes = {
  json: 'InvalidSources.Malformed',
  type: 'InvalidSourceType.Malformed',
  content: 'InvalidSources.Malformed',
  mismatch: 'InvalidSources.Malformed',
  priority: 'InvalidSources.Malformed',
};

export const UPDATE_SOURCE_ERRORS: SourceErrorCodes = {
  json: 'InvalidSource.Content.Malformed',
  type: 'InvalidSource.Type.Malformed',
  content: 'InvalidSource.Content.Malformed',
  mismatch: 'InvalidTypeContent.Mismatch',
  priority: 'InvalidSource.Priority.Malformed',
};

const SOURCE_TYPES: readonly string[] = ['ipaddr', 'domain', 'oss'];

function contentMatches(type: SourceType, content: string): boolean {
  if (type === 'ipaddr') return isIpv4(content);
  if (type === 'oss') return isHostname(content) && content.endsWith('.aliyuncs.com');
  return isHostname(content);
}

/** The `Sources` JSON: [{type, content, port, priority, weight}], checked the way the service checks it. */
export function readSources(context: ActionContext, codes: SourceErrorCodes, required: boolean): DomainSource[] | undefined {
  const fail = (code: string) => cdnError(context.action, code);
  let raw: unknown;
  try {
    raw = context.json('Sources', { required });
  } catch {
    throw fail(codes.json);
  }
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.length === 0) throw fail(codes.json);
  return raw.map((entry: unknown): DomainSource => {
    if (!entry || typeof entry !== 'object') throw fail(codes.json);
    const source = entry as Record<string, unknown>;
    const type = String(source.type ?? '');
    if (!SOURCE_TYPES.includes(type)) throw fail(codes.type);
    const content = String(source.content ?? '').trim().toLowerCase();
    if (!isIpv4(content) && !isHostname(content)) throw fail(codes.content);
    if (!contentMatches(type as SourceType, content)) throw fail(codes.mismatch);
    const priority = String(source.priority ?? '20');
    if (priority !== '20' && priority !== '30') throw fail(codes.priority);
    const port = Number(source.port ?? 80);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw fail(codes.content);
    const weight = String(source.weight ?? '10');
    if (!/^\d{1,3}$/.test(weight) || Number(weight) > 100) throw fail(codes.content);
    return { Type: type as SourceType, Content: content, Port: port, Priority: priority, Weight: weight, Enabled: 'online' };
  });
}
