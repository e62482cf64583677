import type { SandboxEnv } from '../../action-context.js';
import type { VideoRecord } from '../../state/records.js';
import { auditSlice } from './audit-store.js';

/** Blocked hides a video from playback; the status it had is kept to restore later. */
export function blockVideo(env: SandboxEnv, video: VideoRecord): void {
  if (video.Status !== 'Blocked') auditSlice(env).statusBeforeBlock[video.VideoId] = video.Status;
  video.Status = 'Blocked';
  video.AuditStatus = 'Blocked';
  video.ModificationTime = env.clock.nowIso();
}

/** Restores the status from before the block (Transcoding only while a transcode task still runs). */
export function unblockVideo(env: SandboxEnv, video: VideoRecord): void {
  const slice = auditSlice(env);
  if (video.Status === 'Blocked') {
    const transcoding = Object.values(env.state.data.transcodeTasks).some((task) => task.VideoId === video.VideoId && task.TaskStatus === 'Processing');
    const before = slice.statusBeforeBlock[video.VideoId];
    video.Status = transcoding ? 'Transcoding' : before && before !== 'Transcoding' ? before : 'Normal';
  }
  delete slice.statusBeforeBlock[video.VideoId];
  video.AuditStatus = 'Normal';
  video.ModificationTime = env.clock.nowIso();
}
