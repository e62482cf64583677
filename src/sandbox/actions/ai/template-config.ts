import { invalidParameter } from '../../errors.js';
import type { AITemplateType } from './ai-state.js';

const AUDIT_ITEMS = ['terrorism', 'porn', 'ad', 'logo', 'live'];
const AUDIT_RANGES = ['video', 'image-cover', 'text-title'];
const AUDIT_CONTENTS = ['screen'];

/** Checks TemplateConfig (spec 17.4 AITemplateConfig) against the template type; returns the parsed object. */
export function checkTemplateConfig(type: AITemplateType, raw: string): Record<string, unknown> {
  let config: unknown;
  try {
    config = JSON.parse(raw);
  } catch {
    throw invalidParameter('TemplateConfig', 'It must be valid JSON.');
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw invalidParameter('TemplateConfig', 'It must be a JSON object.');
  const fields = config as Record<string, unknown>;
  if (type === 'AIMediaAudit') {
    listOf(fields, 'AuditItem', AUDIT_ITEMS);
    listOf(fields, 'AuditRange', AUDIT_RANGES);
    listOf(fields, 'AuditContent', AUDIT_CONTENTS);
    oneOf(fields, 'AuditAutoBlock', ['yes', 'no']);
  } else {
    oneOf(fields, 'Format', ['gif', 'png']);
    oneOf(fields, 'SetDefaultCover', ['true', 'false']);
  }
  return fields;
}

function listOf(fields: Record<string, unknown>, name: string, allowed: string[]): void {
  const value = fields[name];
  if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === 'string' && allowed.includes(item))) {
    throw invalidParameter('TemplateConfig', `${name} must be a non-empty list of: ${allowed.join(', ')}.`);
  }
}

function oneOf(fields: Record<string, unknown>, name: string, allowed: string[]): void {
  const value = fields[name];
  if (typeof value !== 'string' || !allowed.includes(value)) throw invalidParameter('TemplateConfig', `${name} must be one of: ${allowed.join(', ')}.`);
}

/** The image template's settings, for SubmitAIImageJob. */
export function imageSettings(raw: string): { format: 'gif' | 'png'; setDefaultCover: boolean } {
  const fields = checkTemplateConfig('AIImage', raw);
  return { format: fields.Format === 'png' ? 'png' : 'gif', setDefaultCover: fields.SetDefaultCover === 'true' };
}
