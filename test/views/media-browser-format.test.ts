import { describe, expect, it } from 'vitest';
import { bytes, clock } from '../../views/media-browser/format.js';

describe('media browser formatting', () => {
  it('writes durations as m:ss, or h:mm:ss from an hour, rounding to the second', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock('3.4')).toBe('0:03');
    expect(clock(59.5)).toBe('1:00');
    expect(clock(605)).toBe('10:05');
    expect(clock(3600)).toBe('1:00:00');
    expect(clock('7322.2')).toBe('2:02:02');
  });

  it('writes sizes 1024-based with one decimal past bytes', () => {
    expect(bytes(0)).toBe('0 B');
    expect(bytes('1023')).toBe('1023 B');
    expect(bytes(1024)).toBe('1.0 KB');
    expect(bytes(1_572_864)).toBe('1.5 MB');
    expect(bytes(5 * 1024 ** 3)).toBe('5.0 GB');
    expect(bytes(3 * 1024 ** 5)).toBe('3072.0 TB');
  });

  it('shows nothing for what the API left out or is not a number', () => {
    for (const value of [undefined, null, '', 'abc', Number.NaN, Infinity, -1, {}]) {
      expect(clock(value), String(value)).toBeUndefined();
      expect(bytes(value), String(value)).toBeUndefined();
    }
  });
});
