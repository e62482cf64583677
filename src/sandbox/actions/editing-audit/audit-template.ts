import type { SandboxEnv } from '../../action-context.js';
import { SandboxError } from '../../errors.js';

/** What an AIMediaAudit template (kept by the AI family in its 'ai' slice) asks for (spec 17.4 AITemplateConfig). */
export interface AuditSettings {
  TemplateId: string;
  AuditItem: string[];
  AuditRange: string[];
  AuditAutoBlock: boolean;
}

interface AITemplateView {
  TemplateId: string;
  TemplateType: string;
  TemplateConfig: string;
  IsDefault?: string;
}

const ALL_SETTINGS = { AuditItem: ['porn', 'terrorism', 'ad', 'live', 'logo'], AuditRange: ['video', 'image-cover', 'text-title'], AuditAutoBlock: false };

/** Read-only view of the AI family's templates; undefined when that family keeps none. */
function aiTemplates(env: SandboxEnv): Record<string, AITemplateView> | undefined {
  const slice = env.state.data.slices.ai as { templates?: Record<string, AITemplateView> } | undefined;
  return slice?.templates;
}

/** A job's settings from its template; without a template (none named and no default) everything is audited. */
export function auditSettings(env: SandboxEnv, templateId: string | undefined): AuditSettings {
  const templates = aiTemplates(env);
  if (!templates || templateId === undefined) return { TemplateId: templateId ?? '', ...ALL_SETTINGS };
  const template = templates[templateId];
  if (!template || template.TemplateType !== 'AIMediaAudit') throw new SandboxError('InvalidAITemplate.NotFound', 'The AI template does not exist.', 404);
  let config: Record<string, unknown> = {};
  try {
    config = JSON.parse(template.TemplateConfig) as Record<string, unknown>;
  } catch {
    // a malformed stored config audits everything
  }
  const list = (value: unknown, fallback: string[]) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : fallback);
  return {
    TemplateId: templateId,
    AuditItem: list(config.AuditItem, ALL_SETTINGS.AuditItem),
    AuditRange: list(config.AuditRange, ALL_SETTINGS.AuditRange),
    AuditAutoBlock: config.AuditAutoBlock === 'yes',
  };
}

/** The account's default audit template ID: for demo data, and for jobs that name no template. */
export function defaultAuditTemplateId(env: SandboxEnv): string | undefined {
  return Object.values(aiTemplates(env) ?? {}).find((template) => template.TemplateType === 'AIMediaAudit' && template.IsDefault === 'Default')?.TemplateId;
}

export const allAuditSettings = (templateId: string): AuditSettings => ({ TemplateId: templateId, ...ALL_SETTINGS });
