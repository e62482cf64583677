import type { ActionHandler } from '../../action-context.js';
import { isoSeconds } from '../../clock.js';
import { storageSlice } from './storage-state.js';
import { HOUR, keepSeriesWithData, matches, tieringQuery } from './tiering-window.js';

/**
 * Bytes read out of IA, Archive and Cold Archive per hour and region: restores, and changes out of a class. Cold
 * Archive retrievals are also split by restore priority (Expedited = high priority, Standard, Bulk).
 */
export const describeVodTieringStorageRetrievalData: ActionHandler = (context) => {
  const query = tieringQuery(context, { minMinutes: 5 });
  const retrievals = storageSlice(context).retrievals.filter((item) => matches(query, item) && query.classes.includes(item.storageClass));
  const regions = new Set(retrievals.map((item) => item.region));
  const rows = query.starts.flatMap((at) =>
    [...regions].flatMap((region) =>
      query.classes.map((tier) => {
        const inHour = retrievals.filter((item) => item.region === region && item.storageClass === tier && item.at >= at && item.at < at + HOUR);
        const sum = (restoreTier?: string) => inHour.filter((item) => !restoreTier || item.restoreTier === restoreTier).reduce((total, item) => total + item.bytes, 0);
        const coldArchive = tier === 'ColdArchive';
        return {
          TimeStamp: isoSeconds(at),
          Region: region,
          StorageClass: tier,
          RetrievalData: sum(),
          CAHighPriorRetrievalData: coldArchive ? sum('Expedited') : 0,
          CAStdRetrievalData: coldArchive ? sum('Standard') : 0,
          CABulkRetrievalData: coldArchive ? sum('Bulk') : 0,
        };
      }),
    ),
  );
  return { RetrievalData: keepSeriesWithData(rows, (row) => row.RetrievalData > 0) };
};
