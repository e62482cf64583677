import { describe, expect, it } from 'vitest';
import { capped, flaggedFrames, reasonsOf } from '../../../src/tools/tasks/audit-verdict.js';

const timeline = {
  Porn: [
    { Timestamp: '47810', Label: 'porn', Score: '99.10' },
    { Timestamp: '16392', Label: 'porn', Score: '97.52' },
    { Timestamp: '49176', Label: 'sexy', Score: '84.30' },
  ],
  Ad: [{ Timestamp: '16392', Label: 'qrcode', Score: '72.40' }],
  Live: [],
};

describe('audit verdict', () => {
  it('groups the timeline into frames by timestamp, in time order', () => {
    const frames = flaggedFrames(timeline);
    expect(frames.map((frame) => frame.Timestamp)).toEqual(['16392', '47810', '49176']);
    expect(frames[0]).toEqual({ Timestamp: '16392', Second: 16.392, Findings: [{ Scene: 'porn', Label: 'porn', Score: 97.52 }, { Scene: 'ad', Label: 'qrcode', Score: 72.4 }] });
  });

  it('counts reasons by scene and label, most frequent first, with the scene suggestion', () => {
    const summary = { VideoResult: { PornResult: { Suggestion: 'block' }, AdResult: { Suggestion: 'review' } } };
    expect(reasonsOf(flaggedFrames(timeline), summary)).toEqual([
      { Scene: 'porn', Label: 'porn', Count: 2, MaxScore: 99.1, Suggestion: 'block' },
      { Scene: 'porn', Label: 'sexy', Count: 1, MaxScore: 84.3, Suggestion: 'block' },
      { Scene: 'ad', Label: 'qrcode', Count: 1, MaxScore: 72.4, Suggestion: 'review' },
    ]);
  });

  it('without a timeline, reads the summary counters', () => {
    const summary = { VideoResult: { AdResult: { Suggestion: 'review', MaxScore: '72.40', CounterList: [{ Label: 'qrcode', Count: 2 }] }, PornResult: { CounterList: [{ Label: 'porn', Count: 0 }] } } };
    expect(reasonsOf([], summary)).toEqual([{ Scene: 'ad', Label: 'qrcode', Count: 2, MaxScore: 72.4, Suggestion: 'review' }]);
  });

  it('caps lists and says how many were left out', () => {
    expect(capped([1, 2, 3], 2)).toEqual({ shown: [1, 2], leftOut: 1 });
    expect(capped([1], 5)).toEqual({ shown: [1], leftOut: 0 });
  });
});
