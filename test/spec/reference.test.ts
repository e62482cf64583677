import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasShared, SHARED_DIR, skipNote } from '../helpers/manual-data.js';

const REFERENCE = 'reference/openapi-meta/params';

describe('data/reference', () => {
  it('holds the 186 actions of the official API metadata', () => {
    const params = JSON.parse(readFileSync('data/reference/openapi-params.json', 'utf8')) as Record<string, unknown>;
    const shapes = JSON.parse(readFileSync('data/reference/response-shapes.json', 'utf8')) as Record<string, unknown>;
    expect(Object.keys(params)).toHaveLength(186);
    expect(Object.keys(shapes).sort()).toEqual(Object.keys(params).sort());
  });

  it.skipIf(!hasShared(REFERENCE))(`re-extracting ../shared/reference gives the committed files${skipNote(REFERENCE)}`, () => {
    const out = mkdtempSync(join(tmpdir(), 'reference-'));
    execFileSync(process.execPath, ['scripts/extract-reference.mjs', '--reference', SHARED_DIR + 'reference', '--out', out, '--quiet']);
    for (const name of ['openapi-params.json', 'response-shapes.json']) {
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join('data/reference', name), 'utf8'));
    }
  });
});
