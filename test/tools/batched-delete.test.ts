import { describe, expect, it } from 'vitest';
import { VodApiError, type ApiParams, type VodApi } from '../../src/client/index.js';
import { chunk, runBatchedDelete } from '../../src/tools/batched-delete.js';

const spec = { action: 'DeleteVideo', listParam: 'VideoIds', idKey: 'VideoId', apiMax: 2, lists: { NonExistVideoIds: 'not_found', ForbiddenVideoIds: 'forbidden' }, noneFoundCode: 'InvalidVideo.NotFound' } as const;

/** A scripted API: answers per batch in order, recording what was sent. */
function scripted(answers: (Record<string, unknown> | VodApiError)[]): { api: VodApi; sent: ApiParams[] } {
  const sent: ApiParams[] = [];
  return {
    sent,
    api: {
      call: async (_action, params) => {
        sent.push(params);
        const answer = answers.shift()!;
        if (answer instanceof VodApiError) throw answer;
        return answer;
      },
    },
  };
}

describe('runBatchedDelete', () => {
  it('chunks to the API maximum', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('reports every item: deleted, listed outcomes, a batch that is wholly missing, and a failed batch', async () => {
    const { api, sent } = scripted([
      { RequestId: 'r1', NonExistVideoIds: ['b'], ForbiddenVideoIds: [] },
      new VodApiError({ code: 'InvalidVideo.NotFound', message: 'The video does not exist.', action: 'DeleteVideo', requestId: 'r2', httpStatus: 404 }),
      new VodApiError({ code: 'InternalError', message: 'boom', action: 'DeleteVideo', requestId: 'r3', httpStatus: 500 }),
      { RequestId: 'r4', ForbiddenVideoIds: ['g'] },
    ]);
    const result = await runBatchedDelete(spec, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], { Extra: '1' }, { api });
    expect(sent.map((params) => params.VideoIds)).toEqual(['a,b', 'c,d', 'e,f', 'g']);
    expect(sent.every((params) => params.Extra === '1')).toBe(true);
    expect(result.Results).toEqual([
      { VideoId: 'a', Result: 'deleted' },
      { VideoId: 'b', Result: 'not_found' },
      { VideoId: 'c', Result: 'not_found' },
      { VideoId: 'd', Result: 'not_found' },
      { VideoId: 'e', Result: 'failed', Error: 'InternalError: boom (RequestId r3)' },
      { VideoId: 'f', Result: 'failed', Error: 'InternalError: boom (RequestId r3)' },
      { VideoId: 'g', Result: 'forbidden' },
    ]);
    expect(result.NonExistVideoIds).toEqual(['b', 'c', 'd']);
    expect(result.ForbiddenVideoIds).toEqual(['g']);
    expect(result.RequestId).toBe('r4');
  });

  it('without a none-found code, an error fails the batch rather than calling it missing', async () => {
    const { api } = scripted([new VodApiError({ code: 'InvalidVideo.NotFound', message: 'x', action: 'DeleteMezzanines' })]);
    const result = await runBatchedDelete({ ...spec, noneFoundCode: undefined }, ['a'], {}, { api });
    expect(result.Results[0]!.Result).toBe('failed');
  });
});
