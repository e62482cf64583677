import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { defaultTemplateForbidden, systemTemplateForbidden, templateNotFound } from './ai-errors.js';
import { AI_TEMPLATE_TYPES, type AITemplateRecord, type AITemplateType } from './ai-state.js';
import { aiReady } from './ai-ready.js';
import { checkTemplateConfig } from './template-config.js';

const NAME_MAX_BYTES = 128;

function templateName(context: ActionContext): string {
  const name = context.required('TemplateName');
  if (Buffer.byteLength(name, 'utf8') > NAME_MAX_BYTES) throw invalidParameter('TemplateName', `It must be at most ${NAME_MAX_BYTES} bytes.`);
  return name;
}

function templateType(context: ActionContext): AITemplateType {
  context.required('TemplateType');
  return context.oneOf('TemplateType', AI_TEMPLATE_TYPES) as AITemplateType;
}

function existingTemplate(context: ActionContext): AITemplateRecord {
  const template = aiReady(context).templates[context.required('TemplateId')];
  if (!template) throw templateNotFound();
  return template;
}

export const addAITemplate: ActionHandler = (context) => {
  const name = templateName(context);
  const type = templateType(context);
  const config = context.required('TemplateConfig');
  checkTemplateConfig(type, config);
  const now = context.clock.nowIso();
  const template: AITemplateRecord = {
    TemplateId: context.state.nextId('aiTemplate'),
    TemplateType: type,
    TemplateName: name,
    TemplateConfig: config,
    Source: 'Custom',
    IsDefault: 'NotDefault',
    CreationTime: now,
    ModifyTime: now,
  };
  aiReady(context).templates[template.TemplateId] = template;
  return { TemplateId: template.TemplateId };
};

export const updateAITemplate: ActionHandler = (context) => {
  const template = existingTemplate(context);
  if (template.Source === 'System') throw systemTemplateForbidden();
  const name = templateName(context);
  const config = context.required('TemplateConfig');
  checkTemplateConfig(template.TemplateType, config);
  template.TemplateName = name;
  template.TemplateConfig = config;
  template.ModifyTime = context.clock.nowIso();
  return { TemplateId: template.TemplateId };
};

export const deleteAITemplate: ActionHandler = (context) => {
  const template = existingTemplate(context);
  if (template.IsDefault === 'Default') throw defaultTemplateForbidden();
  if (template.Source === 'System') throw systemTemplateForbidden();
  delete aiReady(context).templates[template.TemplateId];
  return { TemplateId: template.TemplateId };
};

export const getAITemplate: ActionHandler = (context) => ({ TemplateInfo: { ...existingTemplate(context) } });

export const listAITemplate: ActionHandler = (context) => {
  const type = templateType(context);
  const templates = Object.values(aiReady(context).templates)
    .filter((template) => template.TemplateType === type)
    .sort((a, b) => b.CreationTime.localeCompare(a.CreationTime) || a.TemplateId.localeCompare(b.TemplateId));
  return { TemplateInfoList: templates.map((template) => ({ ...template })) };
};

/** One default per template type: setting one clears the previous default of that type. */
export const setDefaultAITemplate: ActionHandler = (context) => {
  const template = existingTemplate(context);
  for (const other of Object.values(aiReady(context).templates)) {
    if (other.TemplateType === template.TemplateType) other.IsDefault = 'NotDefault';
  }
  template.IsDefault = 'Default';
  template.ModifyTime = context.clock.nowIso();
  return { TemplateId: template.TemplateId };
};

export const getDefaultAITemplate: ActionHandler = (context) => {
  context.required('TemplateType');
  // The spec allows only AIMediaAudit here ("固定取值").
  const type = context.oneOf('TemplateType', ['AIMediaAudit'] as const);
  const template = Object.values(aiReady(context).templates).find((candidate) => candidate.TemplateType === type && candidate.IsDefault === 'Default');
  if (!template) throw templateNotFound();
  return { TemplateInfo: { ...template } };
};
