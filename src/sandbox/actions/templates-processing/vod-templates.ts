import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter } from '../../errors.js';
import { appIdOf, noSuchResource, utf8Max } from './common.js';
import { omit } from '../media/video-view.js';
import { tables, type VodTemplateRecord } from './tables.js';

export interface SnapshotTemplateConfig {
  SnapshotType?: string;
  SnapshotConfig?: { Count?: number; Interval?: number; SpecifiedOffsetTime?: number; Width?: number; Height?: number; SpriteSnapshotConfig?: Record<string, unknown> };
}

export function findVodTemplate(context: ActionContext, id: string, type: VodTemplateRecord['TemplateType']): VodTemplateRecord {
  const found = tables(context).vodTemplates[id];
  if (!found || found.TemplateType !== type) throw noSuchResource(context, type === 'Snapshot' ? 'VodTemplate' : 'DynamicImageTemplate');
  return found;
}

function snapshotConfig(context: ActionContext, required: boolean): string | undefined {
  const config = context.json<SnapshotTemplateConfig>('TemplateConfig', { required });
  if (config === undefined) return undefined;
  if (!['NormalSnapshot', 'SpriteSnapshot', 'WebVttSnapshot'].includes(String(config.SnapshotType)) || typeof config.SnapshotConfig !== 'object') {
    throw invalidParameter('TemplateConfig', 'It needs SnapshotType and SnapshotConfig.');
  }
  return JSON.stringify(config);
}

const view = (record: VodTemplateRecord) => ({ ...record });

export const addVodTemplate: ActionHandler = (context) => {
  const name = utf8Max(context, 'Name', context.required('Name'), 128);
  context.oneOf('TemplateType', ['Snapshot'] as const);
  const now = context.clock.nowIso();
  const record: VodTemplateRecord = {
    VodTemplateId: context.state.nextId('vodTemplate'),
    Name: name,
    TemplateType: 'Snapshot',
    IsDefault: 'NotDefault',
    Source: 'Custom',
    TemplateConfig: snapshotConfig(context, true)!,
    AppId: appIdOf(context),
    CreationTime: now,
    ModifyTime: now,
  };
  tables(context).vodTemplates[record.VodTemplateId] = record;
  return { VodTemplateId: record.VodTemplateId };
};

export const updateVodTemplate: ActionHandler = (context) => {
  const record = findVodTemplate(context, context.required('VodTemplateId'), 'Snapshot');
  const name = context.str('Name');
  const config = snapshotConfig(context, false);
  if (name !== undefined) record.Name = utf8Max(context, 'Name', name, 128);
  if (config !== undefined) record.TemplateConfig = config;
  record.ModifyTime = context.clock.nowIso();
  return { VodTemplateId: record.VodTemplateId };
};

export const deleteVodTemplate: ActionHandler = (context) => {
  const record = findVodTemplate(context, context.required('VodTemplateId'), 'Snapshot');
  delete tables(context).vodTemplates[record.VodTemplateId];
  return { VodTemplateId: record.VodTemplateId };
};

export const getVodTemplate: ActionHandler = (context) => {
  const id = context.required('VodTemplateId');
  const found = tables(context).vodTemplates[id];
  if (!found) throw noSuchResource(context, 'VodTemplate');
  // GetVodTemplate's model has no AppId (ListVodTemplate's has); Source is in the manual's example of it.
  return { VodTemplateInfo: omit(view(found), 'AppId') };
};

export const listVodTemplate: ActionHandler = (context) => {
  const type = context.oneOf('TemplateType', ['Snapshot', 'DynamicImage'] as const)!;
  const appId = appIdOf(context);
  const list = Object.values(tables(context).vodTemplates)
    .filter((record) => record.TemplateType === type && record.AppId === appId)
    .sort((a, b) => b.CreationTime.localeCompare(a.CreationTime));
  return { VodTemplateInfoList: list.map((record) => omit(view(record), 'Source')) };
};
