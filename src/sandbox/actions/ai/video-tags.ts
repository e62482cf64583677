import type { SandboxEnv } from '../../action-context.js';
import { mediaFacts } from '../../state/media-lifecycle.js';
import type { VideoRecord } from '../../state/records.js';
import { hexId } from '../../state/sandbox-state.js';

export const ANALYSE_TYPES = ['Face', 'ASR', 'OCR', 'Category', 'Annotation'] as const;
export type AnalyseType = (typeof ANALYSE_TYPES)[number];

export interface TagAnalysis {
  types: readonly AnalyseType[];
  /** Config.AIVideoTag.OrigASRData: also return the raw speech recognition result. */
  origAsr: boolean;
}

const STOPWORDS = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'your', 'all', 'now', 'you', 'are', 'this', 'that', 'episode']);
const PLACES = ['Shanghai', 'Beijing', 'Hangzhou', 'Shenzhen', 'China', 'Asia', 'Europe', 'Singapore', '上海', '北京', '杭州', '深圳', '中国', '亚洲'];

type TagItem = { Tag: string; Times?: string[]; FaceUrl?: string };

/** Deterministic "smart tags" from what the sandbox knows of a video: title, description, tags, category. */
export function videoTagResult(env: SandboxEnv, video: VideoRecord, analysis: TagAnalysis): Record<string, unknown> {
  const durationMs = Math.round((video.Duration ?? mediaFacts(video.VideoId).duration) * 1000);
  const times = (seed: string, count: number) => timePoints(`${video.VideoId}:${seed}`, count, durationMs);
  const text = `${video.Title} ${video.Description ?? ''}`;
  const textual = analysis.types.some((type) => type === 'ASR' || type === 'OCR' || type === 'Annotation');
  const result: Record<string, unknown> = {
    Person: analysis.types.includes('Face') && video.MediaType === 'video'
      ? [{ Tag: 'Presenter', FaceUrl: `${env.baseUrl}/snapshot/${video.VideoId}/ai/face-00001.jpg`, Times: times('face', 3) }]
      : [],
    Keyword: textual ? keywords(video).map((tag): TagItem => ({ Tag: tag, Times: times(`kw:${tag}`, 2) })) : [],
    Location: textual ? PLACES.filter((place) => text.toLowerCase().includes(place.toLowerCase())).map((tag): TagItem => ({ Tag: tag, Times: times(`loc:${tag}`, 1) })) : [],
    Time: textual ? [...new Set(text.match(/\b(19|20)\d{2}\b/g) ?? [])].map((tag): TagItem => ({ Tag: tag, Times: times(`time:${tag}`, 1) })) : [],
    Category: analysis.types.includes('Category') ? categoryTags(env, video) : [],
  };
  if (analysis.types.includes('ASR') && analysis.origAsr) result.OrigASRData = asrData(video, durationMs);
  return result;
}

function keywords(video: VideoRecord): string[] {
  const words = [...video.Title.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]).filter((word) => (/^\p{ASCII}+$/u.test(word) ? word.length >= 3 && !/^\d+$/.test(word) : true));
  const tags = (video.Tags ?? '').split(',').map((tag) => tag.trim());
  const seen = new Set<string>();
  return [...tags, ...words].filter((word) => {
    const key = word.toLowerCase();
    if (!word || STOPWORDS.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, 10);
}

function categoryTags(env: SandboxEnv, video: VideoRecord): TagItem[] {
  const names: string[] = [];
  let category = video.CateId !== undefined ? env.state.data.categories[String(video.CateId)] : undefined;
  while (category) {
    names.unshift(category.CateName);
    category = env.state.data.categories[String(category.ParentId)];
  }
  if (names.length === 0) names.push(video.MediaType === 'audio' ? 'Audio' : 'Other');
  return names.map((tag) => ({ Tag: tag }));
}

function asrData(video: VideoRecord, durationMs: number): Record<string, unknown> {
  const sentences = [video.Title, video.Description].filter((text): text is string => Boolean(text));
  const span = Math.floor(durationMs / (sentences.length + 1));
  return {
    Duration: String(durationMs),
    AsrTextList: sentences.map((text, index) => ({ StartTime: index * span, EndTime: (index + 1) * span, Text: text, ChannelId: 0, SpeechRate: 120 + index * 15 })),
  };
}

/** `count` sorted millisecond offsets inside the media, derived from `seed`. */
function timePoints(seed: string, count: number, durationMs: number): string[] {
  const hash = hexId(seed);
  const points = Array.from({ length: count }, (_, index) => parseInt(hash.slice(index * 6, index * 6 + 6), 16) % Math.max(durationMs, 1));
  return [...new Set(points)].sort((a, b) => a - b).map(String);
}
