import type { ActionHandler } from '../../action-context.js';
import { dimensionValues, PLAYER_DIMENSIONS, type Area } from './dimensions.js';
import { cellsIn, PLAYER_OS } from './player-model.js';
import { playerApp, playerWindow } from './player-query.js';

/** Without StartTime/EndTime, the values seen in the last 31 days (the longest window a query may span). */
const DEFAULT_DAYS = 31;

/** The values a dimension took in the app's plays in the window; Region narrows Province and Isp. */
export const describeVodPlayerDimensionData: ActionHandler = (context) => {
  const appId = playerApp(context);
  const dimension = context.oneOf('Dimension', PLAYER_DIMENSIONS)!;
  const region = context.oneOf('Region', ['ALL', 'CN', 'OVERSEAS'] as const, 'ALL');
  const window = playerWindow(context, { optional: true, defaultDays: DEFAULT_DAYS });
  const cells = cellsIn(context, { appId, ...window }, () => true).filter(({ cell, weight }) => cell.vv * weight > 0);
  if (!cells.length) return { DataList: [] };
  if (dimension === 'Os') return { DataList: PLAYER_OS.filter((os) => cells.some(({ cell }) => cell.os === os)) };
  const area = (dimension === 'Province' || dimension === 'Isp') && region !== 'ALL' ? (region as Area) : undefined;
  return { DataList: dimensionValues(context, dimension, area) };
};
