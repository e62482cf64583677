import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { lookUpForPreview } from '../preview-lookup.js';
import { response } from '../schema-helpers.js';
import { appId } from '../spec-shapes.js';

export const PLAY_KEY = /^[A-Za-z0-9]{8,20}$/;

export const setAppPlayKey = defineTool({
  action: 'SetAppPlayKey',
  title: 'Set an app’s play key',
  toolset: 'apps',
  tier: 'destructive',
  tierReason: 'Replaces the play key at once: players holding the old key stop playing; only a saved copy of the old key can restore it.',
  idempotent: true,
  description:
    'Set the playback key of an app (default app-1000000). Replaces any current key, so players using it stop working: save it first with get_app_play_key.',
  input: z.strictObject({
    AppId: appId().optional(),
    PlayKey: z.string().regex(PLAY_KEY, 'must be 8-20 letters and digits').optional().describe('New play key (secret), 8-20 letters and digits.'),
  }),
  output: response({}),
  preview: async ({ AppId }, context) => {
    const items = await lookUpForPreview(context, 'GetAppPlayKey', AppId ? { AppId } : {}, 'AppPlayKey', ['AppId', 'CreationTime', 'ModificationTime']);
    const app = AppId ?? 'app-1000000';
    const current = items.find((item) => item.CreationTime !== undefined);
    return {
      summary: current
        ? `Replace the play key of app ${app} (set ${String(current.ModificationTime ?? current.CreationTime)}); players using the current key stop working.`
        : `Set the first play key of app ${app}.`,
      items,
    };
  },
});
