import { z } from 'zod';
import { absent, ifChain, out, utf8String, whenEquals } from '../schema-helpers.js';

export const AI_TEMPLATE_TYPES = ['AIMediaAudit', 'AIImage'] as const;

/**
 * TemplateConfig (spec 17.4 AITemplateConfig): the audit fields for AIMediaAudit, or the smart cover fields for AIImage.
 * One object (not a union) so the JSON string of the API maps onto it directly.
 */
const templateConfigFields = z.strictObject({
  AuditItem: z.array(z.enum(['terrorism', 'porn', 'ad', 'logo', 'live'])).min(1).optional().describe('Audit: what to detect.'),
  AuditRange: z.array(z.enum(['video', 'image-cover', 'text-title'])).min(1).optional().describe('Audit: what to audit.'),
  AuditContent: z.array(z.enum(['screen'])).min(1).optional().describe('Audit: screen (frames).'),
  AuditAutoBlock: z.enum(['yes', 'no']).optional().describe('Audit: block the video on violation.'),
  Format: z.enum(['gif', 'png']).optional().describe('Smart cover: image format.'),
  SetDefaultCover: z.enum(['true', 'false']).optional().describe('Smart cover: set the best image as cover.'),
});

const AUDIT_CONFIG = { required: ['AuditItem', 'AuditRange', 'AuditContent', 'AuditAutoBlock'], ...absent('Format', 'SetDefaultCover') };
const IMAGE_CONFIG = { required: ['Format', 'SetDefaultCover'], ...absent('AuditItem', 'AuditRange', 'AuditContent', 'AuditAutoBlock') };

/** Published on the tools' input: TemplateType decides which config fields TemplateConfig has. */
export const TEMPLATE_TYPE_RULE = ifChain([
  whenEquals('TemplateType', 'AIMediaAudit', { properties: { TemplateConfig: AUDIT_CONFIG } }),
  whenEquals('TemplateType', 'AIImage', { properties: { TemplateConfig: IMAGE_CONFIG } }),
]);

export const templateConfig = templateConfigFields
  .meta({ oneOf: [AUDIT_CONFIG, IMAGE_CONFIG] })
  .refine((config) => configKind(config) !== undefined, 'give all four Audit* fields (AIMediaAudit) or Format and SetDefaultCover (AIImage)')
  .describe('Template settings for its type.');

type TemplateConfig = z.output<typeof templateConfigFields>;

const AUDIT_FIELDS = ['AuditItem', 'AuditRange', 'AuditContent', 'AuditAutoBlock'] as const;
const IMAGE_FIELDS = ['Format', 'SetDefaultCover'] as const;

/** The template type a config is complete for, or undefined when it mixes or misses fields. */
export function configKind(config: TemplateConfig): (typeof AI_TEMPLATE_TYPES)[number] | undefined {
  const has = (field: keyof TemplateConfig) => config[field] !== undefined;
  if (AUDIT_FIELDS.every(has) && !IMAGE_FIELDS.some(has)) return 'AIMediaAudit';
  if (IMAGE_FIELDS.every(has) && !AUDIT_FIELDS.some(has)) return 'AIImage';
  return undefined;
}

export const templateName = () => utf8String(128, 'Template name.');
export const templateId = () => z.string().min(1).describe('AI template ID.');

export const templateInfoOutput = out.obj({
  TemplateId: out.str(),
  TemplateName: out.str(),
  TemplateType: out.str(),
  TemplateConfig: out.str(),
  Source: out.str(),
  IsDefault: out.str(),
  CreationTime: out.str(),
  ModifyTime: out.str(),
});
