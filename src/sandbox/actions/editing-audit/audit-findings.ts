import type { SandboxEnv } from '../../action-context.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { ImageRecord, VideoRecord } from '../../state/records.js';
import type { AuditSettings } from './audit-template.js';
import { VIDEO_SCENES, type AudioSegment, type AuditFrame, type AuditResultRecord, type Suggestion, type VideoScene } from './audit-store.js';

/**
 * Deterministic moderation outcomes, so demos and tests are repeatable: a video titled "Reported clip" is
 * clearly violating (block), user-generated content (tag "ugc") is suspicious (review), everything else passes.
 * Titles or descriptions that try to instruct the reader are flagged as spam text.
 */
type Profile = 'block' | 'review' | 'pass';

const INJECTION = /ignore (all |any )?previous instructions|\bSYSTEM:|delete all/i;

function profileOf(media: { Title: string; Tags?: string }): Profile {
  if (media.Title.trim().toLowerCase() === 'reported clip') return 'block';
  const tags = (media.Tags ?? '').split(',').map((tag) => tag.trim().toLowerCase());
  return tags.includes('ugc') ? 'review' : 'pass';
}

export function suggestionFor(score: number): Suggestion {
  return score >= 90 ? 'block' : score >= 60 ? 'review' : 'pass';
}

const RANK: Record<Suggestion, number> = { pass: 0, review: 1, block: 2 };
const worst = (suggestions: Suggestion[]): Suggestion => suggestions.reduce<Suggestion>((a, b) => (RANK[b] > RANK[a] ? b : a), 'pass');

/** Flagged findings as [scene, label, score, position as a fraction of the duration]. */
const VIDEO_FINDINGS: Record<Profile, [VideoScene, string, number, number][]> = {
  block: [
    ['porn', 'porn', 97.52, 0.12],
    ['ad', 'ad', 91.2, 0.2],
    ['porn', 'porn', 99.1, 0.35],
    ['porn', 'sexy', 84.3, 0.36],
    ['porn', 'porn', 93.4, 0.61],
    ['ad', 'qrcode', 88.6, 0.7],
  ],
  review: [
    ['ad', 'qrcode', 72.4, 0.3],
    ['porn', 'sexy', 71.8, 0.45],
    ['ad', 'npx', 68.9, 0.55],
    ['live', 'PIP', 65.1, 0.8],
  ],
  pass: [],
};

const AUDIO_FINDINGS: Record<Profile, [string, string, number, number][]> = {
  block: [
    ['abuse', 'Abusive language detected in speech', 95.2, 0.15],
    ['ad', 'Contact me on WeChat for a discount', 91.7, 0.5],
  ],
  review: [['ad', 'Follow my channel for more', 70.3, 0.4]],
  pass: [],
};

function frames(env: SandboxEnv, mediaId: string, profile: Profile, durationMs: number, items: string[]): AuditFrame[] {
  const byTimestamp = new Map<number, AuditFrame>();
  for (const [scene, label, score, at] of VIDEO_FINDINGS[profile].filter(([scene]) => items.includes(scene))) {
    const timestamp = Math.round(durationMs * at);
    let frame = byTimestamp.get(timestamp);
    if (!frame) {
      const scenes = Object.fromEntries(VIDEO_SCENES.map((name) => [name, { Label: 'normal', Score: 99.9 }])) as AuditFrame['Scenes'];
      frame = { Timestamp: timestamp, Url: `${env.baseUrl}/aivideocensor/${mediaId}/${timestamp}.jpg`, Scenes: scenes };
      byTimestamp.set(timestamp, frame);
    }
    frame.Scenes[scene] = { Label: label, Score: score };
  }
  return [...byTimestamp.values()].sort((a, b) => a.Timestamp - b.Timestamp);
}

const SCENE_RESULT_FIELD: Record<VideoScene, string> = { porn: 'PornResult', terrorism: 'TerrorismResult', ad: 'AdResult', live: 'LiveResult', logo: 'LogoResult' };

const fixed = (value: number) => value.toFixed(2);

function sceneResult(scene: VideoScene, frameList: AuditFrame[]): Record<string, unknown> {
  const hits = frameList.filter((frame) => frame.Scenes[scene].Label !== 'normal');
  if (!hits.length) return { Suggestion: 'pass', Label: 'normal', MaxScore: '0', AverageScore: '0', TopList: [], CounterList: [{ Label: scene, Count: 0 }] };
  const scores = hits.map((frame) => frame.Scenes[scene].Score);
  const max = Math.max(...scores);
  const top = [...hits].sort((a, b) => b.Scenes[scene].Score - a.Scenes[scene].Score).slice(0, 10);
  const counts = new Map<string, number>();
  hits.forEach((frame) => counts.set(frame.Scenes[scene].Label, (counts.get(frame.Scenes[scene].Label) ?? 0) + 1));
  return {
    Suggestion: suggestionFor(max),
    Label: top[0]!.Scenes[scene].Label,
    MaxScore: fixed(max),
    AverageScore: fixed(scores.reduce((a, b) => a + b, 0) / scores.length),
    TopList: top.map((frame) => ({ Label: frame.Scenes[scene].Label, Score: fixed(frame.Scenes[scene].Score), Timestamp: String(frame.Timestamp), Url: frame.Url })),
    CounterList: [...counts].map(([label, count]) => ({ Label: label, Count: count })),
  };
}

function textResult(video: { Title: string; Description?: string }): Record<string, unknown>[] {
  const spam = INJECTION.test(`${video.Title}\n${video.Description ?? ''}`);
  return [{ Type: 'title', Content: video.Title, Suggestion: spam ? 'review' : 'pass', Label: spam ? 'spam' : 'normal', Score: spam ? '78.40' : '99.90', Scene: 'antispam' }];
}

function imageResult(url: string | undefined, profile: Profile, type?: 'cover'): Record<string, unknown>[] {
  if (!url) return [];
  const [label, score] = profile === 'block' ? ['sexy', 81.5] : ['normal', 99.9];
  const suggestion = label === 'normal' ? 'pass' : suggestionFor(score);
  return [{ ...(type ? { Type: type } : {}), Url: url, Suggestion: suggestion, Label: label, Result: [{ Scene: 'porn', Label: label, Suggestion: suggestion, Score: fixed(score) }] }];
}

/** Scenes outside the template's AuditItem and modules outside its AuditRange are not examined. */
export function auditVideo(env: SandboxEnv, video: VideoRecord, jobId: string, settings: AuditSettings): AuditResultRecord {
  const profile = profileOf(video);
  const durationMs = Math.round((video.Duration ?? mediaFacts(video.VideoId).duration) * 1000);
  const examineFrames = video.MediaType !== 'audio' && settings.AuditRange.includes('video');
  const frameList = examineFrames ? frames(env, video.VideoId, profile, durationMs, settings.AuditItem) : [];
  const audio: AudioSegment[] = AUDIO_FINDINGS[profile].map(([label, text, , at]) => {
    const start = Math.round((durationMs / 1000) * at);
    return { StartTime: start, EndTime: start + 2, Text: text, Label: label };
  });
  const audioScore = Math.max(0, ...AUDIO_FINDINGS[profile].map(([, , score]) => score));
  const audioSuggestion = audio.length ? suggestionFor(audioScore) : 'pass';
  const audioResult = [{ Scene: 'antispam', Label: audio[0]?.Label ?? 'normal', Suggestion: audioSuggestion, Score: audio.length ? fixed(audioScore) : '99.91' }];

  const examined = examineFrames ? VIDEO_SCENES.filter((scene) => settings.AuditItem.includes(scene)) : [];
  const scenes = examined.map((scene) => ({ scene, result: sceneResult(scene, frameList) }));
  const videoSuggestion = worst(scenes.map(({ result }) => result.Suggestion as Suggestion));
  const flaggedScenes = scenes.filter(({ result }) => result.Suggestion !== 'pass').map(({ scene }) => scene);
  const text = settings.AuditRange.includes('text-title') ? textResult(video) : [];
  const cover = settings.AuditRange.includes('image-cover') ? imageResult(video.CoverURL, profile, 'cover') : [];
  const textSuggestion = (text[0]?.Suggestion ?? 'pass') as Suggestion;
  const coverSuggestion = (cover[0]?.Suggestion ?? 'pass') as Suggestion;

  const labels = [...flaggedScenes, ...(audioSuggestion !== 'pass' ? ['audio'] : [])];
  const modules = [videoSuggestion !== 'pass' ? 'video' : '', coverSuggestion !== 'pass' ? 'image-cover' : '', textSuggestion !== 'pass' ? 'text-title' : ''].filter(Boolean);
  const summary: Record<string, unknown> = {
    Suggestion: worst([videoSuggestion, audioSuggestion, textSuggestion, coverSuggestion]),
    Label: labels.length ? labels.join(',') : 'normal',
    AbnormalModules: modules.join(','),
    TextResult: text,
    ImageResult: cover,
    AudioResult: audioResult,
  };
  if (examineFrames) {
    summary.VideoResult = {
      Suggestion: videoSuggestion,
      Label: flaggedScenes[0] ?? 'normal',
      ...Object.fromEntries(scenes.map(({ scene, result }) => [SCENE_RESULT_FIELD[scene], result])),
    };
  }
  return { JobId: jobId, MediaId: video.VideoId, Summary: summary, Frames: frameList, AudioSegments: audio };
}

export function auditImage(image: ImageRecord, jobId: string): AuditResultRecord {
  const images = imageResult(image.URL, profileOf(image));
  const suggestion = (images[0]?.Suggestion ?? 'pass') as Suggestion;
  const summary = {
    Suggestion: suggestion,
    Label: suggestion === 'pass' ? 'normal' : 'porn',
    AbnormalModules: suggestion === 'pass' ? '' : 'image',
    ImageResult: images,
  };
  return { JobId: jobId, MediaId: image.ImageId, Summary: summary, Frames: [], AudioSegments: [] };
}
