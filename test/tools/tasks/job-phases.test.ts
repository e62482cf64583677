import { describe, expect, it } from 'vitest';
import { phaseOf, phaseOfAll } from '../../../src/tools/tasks/job-view.js';

// The statuses each job family answers (manual appendix, SDK models and the sandbox), and what the wait makes of them.
describe('job phases', () => {
  it.each([
    ['Processing', 'running'], ['processing', 'running'], ['init', 'running'], ['Transcoding', 'running'], ['Partial', 'running'],
    ['Refreshing', 'running'], ['PENDING', 'running'], ['DOWNLOADING', 'running'], ['UPLOADING', 'running'],
    ['Success', 'succeeded'], ['success', 'succeeded'], ['SUCCESS', 'succeeded'], ['Complete', 'succeeded'], ['Succeed', 'succeeded'], ['TranscodeSuccess', 'succeeded'],
    ['Fail', 'failed'], ['fail', 'failed'], ['Failed', 'failed'], ['TranscodeFail', 'failed'], ['DOWNLOAD_FAIL', 'failed'], ['UPLOAD_FAIL', 'failed'], ['CANCELED', 'failed'],
  ])('%s -> %s', (status, phase) => {
    expect(phaseOf(status)).toBe(phase);
  });

  it('combines several items: running while any runs, partly succeeded when some failed', () => {
    expect(phaseOfAll(['Complete', 'Refreshing'])).toBe('running');
    expect(phaseOfAll(['Complete', 'Complete'])).toBe('succeeded');
    expect(phaseOfAll(['Complete', 'Failed'])).toBe('partlySucceeded');
    expect(phaseOfAll(['fail', 'fail'])).toBe('failed');
    expect(phaseOfAll([])).toBe('notFound');
  });
});
