import type { ActionContext, ActionHandler } from '../../action-context.js';
import { SandboxError } from '../../errors.js';
import type { CategoryRecord } from '../../state/records.js';
import { fail, page, utf8Max } from './common.js';

const ROOT = -1;
const MAX_CHILDREN = 100;
/** Deepest Level allowed (0-based): default categories nest 3 levels, material ones 2. */
const MAX_LEVEL = { default: 2, material: 1 } as const;

const notFound = (context: ActionContext) => fail(context, 'InvalidCateId.NotFound', { message: 'The CateId not exist.', status: 404 });

function category(context: ActionContext, name = 'CateId'): CategoryRecord {
  const found = context.state.data.categories[String(context.int(name))];
  if (!found) throw notFound(context);
  return found;
}

function childrenOf(context: ActionContext, parentId: number, type?: CategoryRecord['Type']): CategoryRecord[] {
  return Object.values(context.state.data.categories).filter((c) => c.ParentId === parentId && (type === undefined || c.Type === type));
}

/** Built-in material top-level categories are system-owned. */
function assertEditable(record: CategoryRecord): void {
  if (record.Type === 'material' && record.Level === 0) throw new SandboxError('Forbidden', 'Built-in material categories cannot be modified.', 403);
}

const view = (record: CategoryRecord) => ({ CateId: record.CateId, CateName: record.CateName, ParentId: record.ParentId, Level: record.Level, Type: record.Type });

export const addCategory: ActionHandler = (context) => {
  const name = utf8Max(context, 'CateName', context.required('CateName'), 64);
  const type = context.oneOf('Type', ['default', 'material'] as const, 'default')!;
  const parentId = context.int('ParentId');
  if (type === 'material' && parentId === undefined) throw new SandboxError('MissingParameter', 'The input parameter "ParentId" that is mandatory for processing this request is not supplied.', 400);
  const parent = parentId === undefined || parentId === ROOT ? undefined : category(context, 'ParentId');
  if (parent && parent.Type !== type) throw new SandboxError('InvalidParameter', 'The specified parameter "Type" is not valid. It must match the parent category.', 400);
  const level = parent ? parent.Level + 1 : 0;
  if (level > MAX_LEVEL[type]) throw fail(context, 'LevelExceededMax', { message: 'The level of categories exceeded maximum.', status: 400 });
  if (childrenOf(context, parent?.CateId ?? ROOT, type).length >= MAX_CHILDREN) {
    throw fail(context, 'SubTotalExceededMax', { message: 'The total of sub categories exceeded maximum.', status: 400 });
  }
  const record: CategoryRecord = {
    CateId: context.state.nextNumber('category', 1_000_001),
    CateName: name,
    ParentId: parent?.CateId ?? ROOT,
    Level: level,
    Type: type,
    CreationTime: context.clock.nowIso(),
  };
  context.state.data.categories[String(record.CateId)] = record;
  return { Category: view(record) };
};

export const updateCategory: ActionHandler = (context) => {
  const name = utf8Max(context, 'CateName', context.required('CateName'), 64);
  const record = category(context);
  assertEditable(record);
  record.CateName = name;
  return {};
};

export const deleteCategory: ActionHandler = (context) => {
  const record = category(context);
  assertEditable(record);
  const doomed = new Set<number>();
  const collect = (id: number) => {
    doomed.add(id);
    childrenOf(context, id).forEach((child) => collect(child.CateId));
  };
  collect(record.CateId);
  for (const id of doomed) delete context.state.data.categories[String(id)];
  // As the service does, media in deleted categories become uncategorized.
  const { videos, images, attachedMedia } = context.state.data;
  for (const media of [...Object.values(videos), ...Object.values(images), ...Object.values(attachedMedia)]) {
    if (media.CateId !== undefined && doomed.has(media.CateId)) delete media.CateId;
  }
  return {};
};

export const getCategories: ActionHandler = (context) => {
  const cateId = context.int('CateId') ?? ROOT;
  const pageNo = context.int('PageNo', { min: 1, default: 1 })!;
  const pageSize = context.int('PageSize', { min: 1, max: 100, default: 10 })!;
  const sortBy = context.oneOf('SortBy', ['CreationTime:Desc', 'CreationTime:Asc'] as const, 'CreationTime:Desc');
  const type = context.oneOf('Type', ['default', 'material'] as const, 'default');
  const current = cateId === ROOT ? undefined : category(context);
  const direction = sortBy === 'CreationTime:Asc' ? 1 : -1;
  const children = childrenOf(context, cateId, current ? undefined : type).sort(
    (a, b) => direction * (a.CreationTime.localeCompare(b.CreationTime) || a.CateId - b.CateId),
  );
  return {
    SubTotal: children.length,
    ...(current ? { Category: view(current) } : {}),
    SubCategories: page(children, pageNo, pageSize).map((child) => ({ ...view(child), SubTotal: childrenOf(context, child.CateId).length })),
  };
};
