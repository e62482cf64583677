import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter, missingParameter } from '../../errors.js';
import { NO_TRANSCODE_GROUP_ID } from '../../state/media-lifecycle.js';
import type { TranscodeTemplate, TranscodeTemplateGroupRecord } from '../../state/records.js';
import { appIdOf, fail, utf8Max } from './common.js';

const MAX_GROUPS = 20;
const MAX_TEMPLATES = 20;
const MAX_WATERMARKS = 4;
const DEFINITIONS = ['LD', 'SD', 'HD', 'FHD', 'OD', '2K', '4K', 'SQ', 'HQ', 'LD-NBV1', 'SD-NBV1', 'HD-NBV1', 'FHD-NBV1', '2K-NBV1', '4K-NBV1'];

type TemplateInput = Partial<TranscodeTemplate> & Record<string, unknown>;

function group(context: ActionContext): TranscodeTemplateGroupRecord {
  const found = context.state.data.transcodeTemplateGroups[context.required('TranscodeTemplateGroupId')];
  if (!found) throw fail(context, 'InvalidTranscodeTemplateGroup.NotFound', { message: 'The transcode template group does not exist.', status: 404 });
  return found;
}

function assertUnlocked(context: ActionContext, record: TranscodeTemplateGroupRecord): void {
  if (record.Locked === 'Enabled') throw fail(context, 'Forbidden.LockedTemplateGroup', { message: 'The transcode template group has been locked.', status: 403 });
}

function templateList(context: ActionContext): TemplateInput[] | undefined {
  const list = context.json<unknown>('TranscodeTemplateList');
  if (list === undefined) return undefined;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'object' || item === null)) throw invalidParameter('TranscodeTemplateList', 'It must be a JSON array of templates.');
  for (const item of list as TemplateInput[]) {
    if (Array.isArray(item.WatermarkIds) && item.WatermarkIds.length > MAX_WATERMARKS) {
      throw fail(context, 'WatermarkExceededMax', { message: 'The watermark size exceeded maximum.', status: 400 });
    }
  }
  return list as TemplateInput[];
}

function newTemplate(context: ActionContext, input: TemplateInput): TranscodeTemplate {
  if (typeof input.Definition !== 'string' || !DEFINITIONS.includes(input.Definition)) throw invalidParameter('TranscodeTemplateList', 'Each template needs a valid Definition.');
  if (typeof input.Container?.Format !== 'string') throw invalidParameter('TranscodeTemplateList', 'Each template needs Container.Format.');
  const { TranscodeTemplateId: _ignored, ...rest } = input;
  return {
    ...rest,
    TranscodeTemplateId: context.state.nextId('transcodeTemplate'),
    TemplateName: typeof input.TemplateName === 'string' ? input.TemplateName : input.Definition,
    Definition: input.Definition,
    Type: input.Type ?? 'Normal',
    Container: { Format: input.Container.Format },
    Video: input.Video ?? {},
    Audio: input.Audio ?? {},
  };
}

function checkTemplateCount(context: ActionContext, count: number): void {
  if (count > MAX_TEMPLATES) throw fail(context, 'TranscodeTemplateExceededMax', { message: 'The template transcode template config size exceeded maximum.', status: 400 });
}

export const addTranscodeTemplateGroup: ActionHandler = (context) => {
  const name = context.str('Name');
  if (name !== undefined) utf8Max(context, 'Name', name, 128);
  const templates = templateList(context) ?? [];
  const now = context.clock.nowIso();
  if (context.str('TranscodeTemplateGroupId')) {
    const record = group(context);
    if (record.TranscodeTemplateGroupId === NO_TRANSCODE_GROUP_ID) {
      throw fail(context, 'Forbidden.SpecialTemplateGroup', { message: 'The transcode template group is using for special purpose.', status: 403 });
    }
    assertUnlocked(context, record);
    checkTemplateCount(context, record.TranscodeTemplateList.length + templates.length);
    record.TranscodeTemplateList.push(...templates.map((template) => newTemplate(context, template)));
    if (name !== undefined) record.Name = name;
    record.ModifyTime = now;
    return { TranscodeTemplateGroupId: record.TranscodeTemplateGroupId };
  }
  if (name === undefined) throw missingParameter('Name');
  if (Object.keys(context.state.data.transcodeTemplateGroups).length >= MAX_GROUPS) {
    throw fail(context, 'TrasncodeTemplateGroupExceededMax', { message: 'The transcode template group size exceeded maximum.', status: 400 });
  }
  checkTemplateCount(context, templates.length);
  const record: TranscodeTemplateGroupRecord = {
    TranscodeTemplateGroupId: context.state.nextId('transcodeTemplateGroup'),
    Name: name,
    IsDefault: 'NotDefault',
    Locked: 'Disabled',
    AppId: appIdOf(context),
    CreationTime: now,
    ModifyTime: now,
    TranscodeTemplateList: templates.map((template) => newTemplate(context, template)),
  };
  context.state.data.transcodeTemplateGroups[record.TranscodeTemplateGroupId] = record;
  return { TranscodeTemplateGroupId: record.TranscodeTemplateGroupId };
};

export const updateTranscodeTemplateGroup: ActionHandler = (context) => {
  const record = group(context);
  const locked = context.oneOf('Locked', ['Enabled', 'Disabled'] as const);
  const name = context.str('Name');
  const templates = templateList(context);
  // A locked group accepts only being unlocked; the system "no transcode" group stays locked.
  const onlyUnlocking = locked === 'Disabled' && name === undefined && templates === undefined && record.TranscodeTemplateGroupId !== NO_TRANSCODE_GROUP_ID;
  if (!onlyUnlocking) assertUnlocked(context, record);
  if (name !== undefined) record.Name = utf8Max(context, 'Name', name, 128);
  for (const input of templates ?? []) {
    const id = input.TranscodeTemplateId;
    if (id === undefined) {
      checkTemplateCount(context, record.TranscodeTemplateList.length + 1);
      record.TranscodeTemplateList.push(newTemplate(context, input));
      continue;
    }
    const index = record.TranscodeTemplateList.findIndex((template) => template.TranscodeTemplateId === id);
    const existing = record.TranscodeTemplateList[index];
    if (!existing) throw invalidParameter('TranscodeTemplateList', `Template ${id} is not in this group.`);
    // The Definition mark of a template cannot change.
    record.TranscodeTemplateList[index] = { ...existing, ...input, TranscodeTemplateId: id, Definition: existing.Definition } as TranscodeTemplate;
  }
  if (locked) record.Locked = locked;
  record.ModifyTime = context.clock.nowIso();
  return { TranscodeTemplateGroupId: record.TranscodeTemplateGroupId };
};

export const deleteTranscodeTemplateGroup: ActionHandler = (context) => {
  const record = group(context);
  assertUnlocked(context, record);
  const raw = context.str('TranscodeTemplateIds');
  // The spec describes a comma list but its example shows a JSON array: accept both.
  const ids = raw?.trim().startsWith('[') ? (context.json<string[]>('TranscodeTemplateIds') ?? []) : context.list('TranscodeTemplateIds', { max: 10 });
  if (ids.length > 10) throw invalidParameter('TranscodeTemplateIds', 'At most 10 items.');
  const force = context.bool('ForceDelGroup') ?? false;
  if (force || ids.length === 0) {
    if (record.IsDefault === 'Default') throw fail(context, 'Forbidden.DefaultTemplateGroup', { message: 'The transcode template group is default.', status: 403 });
    delete context.state.data.transcodeTemplateGroups[record.TranscodeTemplateGroupId];
    return { NonExistTranscodeTemplateIds: [] };
  }
  const present = new Set(record.TranscodeTemplateList.map((template) => template.TranscodeTemplateId));
  record.TranscodeTemplateList = record.TranscodeTemplateList.filter((template) => !ids.includes(template.TranscodeTemplateId));
  record.ModifyTime = context.clock.nowIso();
  return { NonExistTranscodeTemplateIds: ids.filter((id) => !present.has(id)) };
};

const summary = (record: TranscodeTemplateGroupRecord) => ({
  TranscodeTemplateGroupId: record.TranscodeTemplateGroupId,
  Name: record.Name,
  IsDefault: record.IsDefault,
  Locked: record.Locked,
  AppId: record.AppId,
  TranscodeMode: 'FastTranscode',
  CreationTime: record.CreationTime,
  ModifyTime: record.ModifyTime,
});

/** As the service returns templates: scalar fields as they are, nested settings as JSON strings. */
function templateView(template: TranscodeTemplate): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(template)
      .filter(([, value]) => value !== undefined && !(typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0))
      .map(([key, value]) => [key, key === 'WatermarkIds' || typeof value !== 'object' ? value : JSON.stringify(value)]),
  );
}

export const listTranscodeTemplateGroup: ActionHandler = (context) => {
  const appId = appIdOf(context);
  const groups = Object.values(context.state.data.transcodeTemplateGroups)
    .filter((record) => record.AppId === appId)
    .sort((a, b) => a.CreationTime.localeCompare(b.CreationTime));
  return { TranscodeTemplateGroupList: groups.map(summary) };
};

export const getTranscodeTemplateGroup: ActionHandler = (context) => {
  const record = group(context);
  return { TranscodeTemplateGroup: { ...summary(record), TranscodeTemplateList: record.TranscodeTemplateList.map(templateView) } };
};

export const setDefaultTranscodeTemplateGroup: ActionHandler = (context) => {
  const record = group(context);
  for (const other of Object.values(context.state.data.transcodeTemplateGroups)) {
    if (other.AppId === record.AppId) other.IsDefault = other === record ? 'Default' : 'NotDefault';
  }
  return {};
};
