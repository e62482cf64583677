import type { ActionContext, SandboxEnv } from '../../action-context.js';
import { invalidParameter, SandboxError } from '../../errors.js';

/** The spec's limits on editable media fields (7.3.5, 7.4.2, 7.5.2), checked as the service does. */
const MAX_TITLE_BYTES = 128;
const MAX_DESCRIPTION_BYTES = 1024;
const MAX_TAGS = 16;
const MAX_TAG_BYTES = 32;
const EMOJI = /\p{Extended_Pictographic}/u;

const bytes = (value: string) => Buffer.byteLength(value, 'utf8');

export interface MetadataUpdate {
  Title?: string;
  Description?: string;
  Tags?: string;
  CoverURL?: string;
  CateId?: number;
}

/** Reads and checks the editable fields of one update (a request's parameters or one UpdateContent item). */
export function readMetadata(env: SandboxEnv, source: Readonly<Record<string, unknown>>, options: { noEmoji?: boolean } = {}): MetadataUpdate {
  const update: MetadataUpdate = {};
  const title = text(source, 'Title');
  if (title !== undefined) {
    if (title.trim() === '' || bytes(title) > MAX_TITLE_BYTES) throw invalidParameter('Title', `It must be 1-${MAX_TITLE_BYTES} bytes.`);
    update.Title = title;
  }
  const description = text(source, 'Description');
  if (description !== undefined) {
    if (bytes(description) > MAX_DESCRIPTION_BYTES) throw invalidParameter('Description', `It must be at most ${MAX_DESCRIPTION_BYTES} bytes.`);
    update.Description = description;
  }
  const tags = text(source, 'Tags');
  if (tags !== undefined) update.Tags = normalizeTags(tags);
  if (options.noEmoji) {
    for (const [name, value] of Object.entries(update)) if (EMOJI.test(String(value))) throw invalidParameter(name, 'It must not contain emoji.');
  }
  const cover = text(source, 'CoverURL');
  if (cover !== undefined) {
    if (!/^https?:\/\/\S+$/.test(cover)) throw invalidParameter('CoverURL', 'It must be an http(s) URL.');
    update.CoverURL = cover;
  }
  const cateId = source.CateId;
  if (cateId !== undefined && cateId !== '') update.CateId = existingCategory(env, cateId);
  return update;
}

export function normalizeTags(value: string): string {
  const tags = value.split(',').map((tag) => tag.trim()).filter(Boolean);
  if (tags.length > MAX_TAGS) throw invalidParameter('Tags', `At most ${MAX_TAGS} tags.`);
  if (tags.some((tag) => bytes(tag) > MAX_TAG_BYTES)) throw invalidParameter('Tags', `Each tag must be at most ${MAX_TAG_BYTES} bytes.`);
  return tags.join(',');
}

export function existingCategory(env: SandboxEnv, raw: unknown): number {
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(id)) throw invalidParameter('CateId', 'It must be an integer.');
  if (!env.state.data.categories[String(id)]) throw new SandboxError('InvalidCateId.NotFound', 'The CateId not exist.', 404);
  return id;
}

function text(source: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = source[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(name, 'It must be a string.');
  return value;
}

/** An UpdateContent JSON array of objects, each carrying `idField`; over `max` items fails with `tooMany`. */
export function readUpdateContent(context: ActionContext, idField: string, max: number, tooMany: SandboxError): Array<Record<string, unknown> & { id: string }> {
  const content = context.json<unknown>('UpdateContent', { required: true });
  const items = Array.isArray(content) ? content : [content];
  if (items.length === 0) throw invalidParameter('UpdateContent', 'It must list at least one item.');
  if (items.length > max) throw tooMany;
  return items.map((item) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw invalidParameter('UpdateContent', 'Each item must be a JSON object.');
    const record = item as Record<string, unknown>;
    const id = record[idField];
    if (typeof id !== 'string' || id === '') throw invalidParameter('UpdateContent', `Each item needs ${idField}.`);
    return { ...record, id };
  });
}
