import type { AnyTool } from '../define-tool.js';
import { listLiveRecordVideo } from './list-live-record-video.js';

export const liveRecordTools: AnyTool[] = [listLiveRecordVideo];
