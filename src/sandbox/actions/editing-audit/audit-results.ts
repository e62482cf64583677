import type { ActionHandler } from '../../action-context.js';
import { auditReady } from './audit-jobs.js';
import { latestResult, requireAuditableMedia, VIDEO_SCENES, type AuditFrame, type VideoScene } from './audit-store.js';

const DETAIL_PAGE_SIZE = 20;
const AUDIO_PAGE_SIZE = 20;

const SCENE_FIELD: Record<VideoScene, string> = { porn: 'Porn', terrorism: 'Terrorism', ad: 'Ad', live: 'Live', logo: 'Logo' };

/** Media never audited answer without a result, as the service does. */
export const getMediaAuditResult: ActionHandler = (context) => {
  const mediaId = context.required('MediaId');
  requireAuditableMedia(context, mediaId);
  auditReady(context);
  const result = latestResult(context, mediaId);
  return result ? { MediaAuditResult: result.Summary } : {};
};

export const getMediaAuditResultDetail: ActionHandler = (context) => {
  const mediaId = context.required('MediaId');
  const pageNo = context.int('PageNo', { min: 1, default: 1 }) ?? 1;
  requireAuditableMedia(context, mediaId);
  auditReady(context);
  const frames = latestResult(context, mediaId)?.Frames ?? [];
  const page = frames.slice((pageNo - 1) * DETAIL_PAGE_SIZE, pageNo * DETAIL_PAGE_SIZE);
  return { MediaAuditResultDetail: { Total: frames.length, List: page.map(frameView) } };
};

function frameView(frame: AuditFrame): Record<string, unknown> {
  // The models type frame timestamps and scores as strings.
  const view: Record<string, unknown> = { Timestamp: String(frame.Timestamp), Url: frame.Url };
  for (const scene of VIDEO_SCENES) {
    view[`${SCENE_FIELD[scene]}Label`] = frame.Scenes[scene].Label;
    view[`${SCENE_FIELD[scene]}Score`] = String(frame.Scenes[scene].Score);
  }
  return view;
}

export const getMediaAuditResultTimeline: ActionHandler = (context) => {
  const mediaId = context.required('MediaId');
  requireAuditableMedia(context, mediaId);
  auditReady(context);
  const frames = latestResult(context, mediaId)?.Frames ?? [];
  const timeline = Object.fromEntries(
    VIDEO_SCENES.map((scene) => [
      SCENE_FIELD[scene],
      frames.filter((frame) => frame.Scenes[scene].Label !== 'normal').map((frame) => ({ Timestamp: String(frame.Timestamp), Label: frame.Scenes[scene].Label, Score: String(frame.Scenes[scene].Score) })),
    ]),
  );
  return { MediaAuditResultTimeline: timeline };
};

/** Without PageNo, every segment in one answer. */
export const getMediaAuditAudioResultDetail: ActionHandler = (context) => {
  const mediaId = context.required('MediaId');
  const pageNo = context.int('PageNo', { min: 1 });
  requireAuditableMedia(context, mediaId);
  auditReady(context);
  const segments = latestResult(context, mediaId)?.AudioSegments ?? [];
  const list = pageNo === undefined ? segments : segments.slice((pageNo - 1) * AUDIO_PAGE_SIZE, pageNo * AUDIO_PAGE_SIZE);
  const pageTotal = pageNo === undefined ? (segments.length ? 1 : 0) : Math.ceil(segments.length / AUDIO_PAGE_SIZE);
  return { MediaAuditAudioResultDetail: { Total: segments.length, PageTotal: pageTotal, List: list } };
};
