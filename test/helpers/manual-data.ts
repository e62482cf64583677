import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's copy of the manual's action table (data/manual/actions.tsv); tests never read ../shared. */
export const ACTIONS_TSV = fileURLToPath(new URL('../../data/manual/actions.tsv', import.meta.url));

export function manualActions(file = ACTIONS_TSV): string[] {
  return readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')[0]!);
}

/**
 * The steering repository's shared/ folder, present beside the checkout in development and CI but not in a fresh
 * clone. Drift checks against it run only when it is there, and say so when they are skipped.
 */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const hasShared = (relative: string): boolean => existsSync(SHARED_DIR + relative);
export const skipNote = (relative: string): string =>
  hasShared(relative) ? '' : ` (skipped: ../shared/${relative} is not beside this checkout)`;
