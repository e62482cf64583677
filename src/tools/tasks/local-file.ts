import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { TaskError } from './task-error.js';

export interface LocalFile {
  readonly realPath: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** A path refused because its real location is not under an allowed root (folder mode reports these, not fails). */
export class OutsideRootsError extends TaskError {}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The real path (symlinks resolved) of what `path` names, when it is under one of the allowed roots (also resolved). */
async function resolveAllowed(path: string, roots: readonly string[]): Promise<{ real: string; info: Awaited<ReturnType<typeof stat>> }> {
  if (roots.length === 0) throw new TaskError('no directory is allowed for uploads: start the server with --upload-roots DIR, or let the client share its roots');
  const realRoots = (await Promise.all(roots.map((root) => realpath(root).catch(() => undefined)))).filter((root): root is string => root !== undefined);
  const named = isAbsolute(path) ? path : resolve(roots[0]!, path);
  const allowed = `allowed roots: ${roots.join(', ')}`;
  const real = await realpath(named).catch(() => undefined);
  if (real === undefined) {
    if (!realRoots.some((root) => inside(root, resolve(named)))) throw new OutsideRootsError(`${path} is outside the directories uploads may read (${allowed})`);
    throw new TaskError(`no such file: ${path}`);
  }
  if (!realRoots.some((root) => inside(root, real))) throw new OutsideRootsError(`${path} resolves outside the directories uploads may read (${allowed})`);
  return { real, info: await stat(real) };
}

/**
 * The file a path names, when its real location (symlinks resolved) is a regular file under one of the allowed
 * roots (also resolved). Relative paths are taken from the first root. Refusals name the roots.
 */
export async function resolveLocalFile(path: string, roots: readonly string[]): Promise<LocalFile> {
  const { real, info } = await resolveAllowed(path, roots);
  if (!info.isFile()) throw new TaskError(`${path} is not a regular file`);
  return { realPath: real, size: Number(info.size), mtimeMs: Number(info.mtimeMs) };
}

/** The real path of the directory `path` names, under the same rules; undefined when it names something else. */
export async function resolveLocalDirectory(path: string, roots: readonly string[]): Promise<string | undefined> {
  const { real, info } = await resolveAllowed(path, roots);
  return info.isDirectory() ? real : undefined;
}
