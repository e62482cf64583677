import { describe, expect, it } from 'vitest';
import { integerRangePattern } from '../../src/tools/schema-helpers.js';

describe('integerRangePattern', () => {
  it.each([
    [8, 4096],
    [0, 4096],
    [1, 10],
    [10, 50000],
    [128, 4096],
    [1, 60],
    [5, 119],
    [0, 0],
    [1, 10000],
    [37, 981],
  ])('matches exactly %i..%i', (min, max) => {
    const regex = new RegExp(integerRangePattern(min, max));
    for (let n = 0; n <= max * 2 + 20; n++) expect(regex.test(String(n)), `${n} in ${min}-${max}: ${regex}`).toBe(n >= min && n <= max);
    for (const bad of ['', '-1', '01', '1.5', ' 8', '8 ', 'x']) expect(regex.test(bad), bad).toBe(false);
  });

  it('reads like a person would write it', () => {
    expect(integerRangePattern(8, 4096)).toBe('^(?:[8-9]|[1-9]\\d|[1-9]\\d{2}|[1-3]\\d{3}|40[0-8]\\d|409[0-6])$');
  });
});
