import type { ActionContext, ActionHandler } from '../../action-context.js';
import { invalidParameter, missingParameter, SandboxError } from '../../errors.js';
import { appIdOf, noSuchResource, utf8Max } from './common.js';
import { omit } from '../media/video-view.js';
import { tables, type WatermarkRecord } from './tables.js';

const IMAGE_FIELDS = ['Dx', 'Dy', 'Width', 'Height', 'ReferPos'];

function watermark(context: ActionContext): WatermarkRecord {
  const found = tables(context).watermarks[context.required('WatermarkId')];
  if (!found) throw noSuchResource(context, 'Watermark');
  return found;
}

function name(context: ActionContext): string {
  const value = utf8Max(context, 'Name', context.required('Name'), 128);
  if (!/^[\p{Script=Han}A-Za-z0-9]+$/u.test(value)) throw invalidParameter('Name', 'Only Chinese characters, letters and digits.');
  return value;
}

/** The config as given, checked to fit the watermark type. */
function config(context: ActionContext, type: WatermarkRecord['Type']): string {
  const parsed = context.json<Record<string, unknown>>('WatermarkConfig', { required: true });
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidParameter('WatermarkConfig', 'It must be a JSON object.');
  const fits = type === 'Image' ? IMAGE_FIELDS.every((field) => parsed[field] !== undefined) : typeof parsed.Content === 'string' && parsed.Content !== '';
  if (!fits) throw invalidParameter('WatermarkConfig', type === 'Image' ? 'Image watermarks need Dx, Dy, Width, Height and ReferPos.' : 'Text watermarks need Content.');
  return context.required('WatermarkConfig');
}

const view = (record: WatermarkRecord) => ({ ...record });

export const addWatermark: ActionHandler = (context) => {
  const type = context.oneOf('Type', ['Image', 'Text'] as const)!;
  const fileUrl = context.str('FileUrl');
  if (type === 'Image' && !fileUrl) throw missingParameter('FileUrl');
  const record: WatermarkRecord = {
    WatermarkId: context.state.nextId('watermark'),
    Name: name(context),
    Type: type,
    IsDefault: 'NotDefault',
    ...(type === 'Image' ? { FileUrl: fileUrl } : {}),
    WatermarkConfig: config(context, type),
    AppId: appIdOf(context),
    CreationTime: context.clock.nowIso(),
  };
  tables(context).watermarks[record.WatermarkId] = record;
  // The models of AddWatermark and UpdateWatermark have no AppId (GetWatermark's has).
  return { WatermarkInfo: omit(view(record), 'AppId') };
};

export const updateWatermark: ActionHandler = (context) => {
  const record = watermark(context);
  const newName = name(context);
  record.WatermarkConfig = config(context, record.Type);
  record.Name = newName;
  return { WatermarkInfo: omit(view(record), 'AppId') };
};

export const deleteWatermark: ActionHandler = (context) => {
  const record = watermark(context);
  if (record.IsDefault === 'Default') throw new SandboxError('Forbidden.DefaultWatermark', 'The default watermark cannot be deleted.', 403);
  delete tables(context).watermarks[record.WatermarkId];
  return {};
};

export const setDefaultWatermark: ActionHandler = (context) => {
  const record = watermark(context);
  for (const other of Object.values(tables(context).watermarks)) {
    if (other.AppId === record.AppId) other.IsDefault = other === record ? 'Default' : 'NotDefault';
  }
  return {};
};

export const getWatermark: ActionHandler = (context) => ({ WatermarkInfo: view(watermark(context)) });

export const listWatermark: ActionHandler = (context) => {
  const appId = appIdOf(context);
  const list = Object.values(tables(context).watermarks)
    .filter((record) => record.AppId === appId)
    .sort((a, b) => b.CreationTime.localeCompare(a.CreationTime));
  return { WatermarkInfos: list.map(view) };
};
