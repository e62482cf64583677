import type { ActionHandler, ActionModule } from '../action-context.js';
import { accountActions } from './account/index.js';
import { aiActions } from './ai/index.js';
import { cdnActions } from './cdn/index.js';
import { cdnRealtimeActions } from './cdn-realtime/index.js';
import { editingAuditActions } from './editing-audit/index.js';
import { jobsActions } from './jobs/index.js';
import { encryptionActions } from './encryption/index.js';
import { mediaActions } from './media/index.js';
import { storageActions } from './storage/index.js';
import { playerStatsActions } from './player-stats/index.js';
import { templatesProcessingActions } from './templates-processing/index.js';
import { uploadPlaybackActions } from './upload-playback/index.js';

export const ACTION_MODULES: readonly ActionModule[] = [
  uploadPlaybackActions,
  mediaActions,
  templatesProcessingActions,
  editingAuditActions,
  aiActions,
  cdnActions,
  cdnRealtimeActions,
  accountActions,
  storageActions,
  jobsActions,
  playerStatsActions,
  encryptionActions,
];

export const HANDLERS: ReadonlyMap<string, ActionHandler> = new Map(ACTION_MODULES.flatMap((module) => Object.entries(module.handlers)));
