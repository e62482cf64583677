import { describe, expect, it } from 'vitest';
import { globProblem, globToRegExp } from '../../../src/tools/tasks/glob.js';

const matches = (pattern: string, name: string) => globToRegExp(pattern).test(name);

describe('globToRegExp (upload_media Pattern)', () => {
  it('* and ? match within a name', () => {
    expect(matches('*.mp4', 'clip.mp4')).toBe(true);
    expect(matches('*.mp4', 'clip.mp4.txt')).toBe(false);
    expect(matches('*.mp4', 'clip.mov')).toBe(false);
    expect(matches('take?.mov', 'take1.mov')).toBe(true);
    expect(matches('take?.mov', 'take12.mov')).toBe(false);
  });

  it('is case-insensitive, like the extension checks', () => {
    expect(matches('*.mp4', 'CLIP.MP4')).toBe(true);
  });

  it('{a,b} alternatives, nested too', () => {
    expect(matches('*.{mp4,mov}', 'a.mov')).toBe(true);
    expect(matches('*.{mp4,mov}', 'a.mkv')).toBe(false);
    expect(matches('{intro,outro{1,2}}.mp4', 'outro2.mp4')).toBe(true);
    expect(matches('{intro,outro{1,2}}.mp4', 'outro3.mp4')).toBe(false);
  });

  it('[sets], ranges and negation', () => {
    expect(matches('part[0-9].mp4', 'part7.mp4')).toBe(true);
    expect(matches('part[!0-9].mp4', 'part7.mp4')).toBe(false);
    expect(matches('part[!0-9].mp4', 'partx.mp4')).toBe(true);
  });

  it('regular-expression characters are literal', () => {
    expect(matches('a+b (1).mp4', 'a+b (1).mp4')).toBe(true);
    expect(matches('a.mp4', 'aXmp4')).toBe(false);
    expect(matches('$x^.mp4', '$x^.mp4')).toBe(true);
  });

  it('reports unbalanced braces and brackets', () => {
    expect(globProblem('*.{mp4,mov')).toContain('unclosed {');
    expect(globProblem('part[0-9.mp4')).toContain('unclosed [');
    expect(globProblem('*.mp4')).toBeUndefined();
  });
});
