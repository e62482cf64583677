/** Toolsets: the API families of actions.tsv, with audit security IPs split out to keep the default set small. */
export const TOOLSETS = {
  tasks: 'Task-level tools: upload a local file or URL and get it playable, wait for media or jobs, review an audit',
  bulk: 'Bulk operations over a search: plan (dry run), then one confirmation for the whole set, with a per-item report',
  upload: 'Upload credentials, URL pull uploads, registering media',
  playback: 'Play URLs and play auth',
  media: 'Search, inspect, update and delete audio/video',
  images: 'Image info, update, delete, snapshots',
  attached_media: 'Attached media (auxiliary files)',
  dynamic_images: 'Animated image (GIF) outputs',
  categories: 'Category tree',
  processing: 'Submit transcode, snapshot, preprocess, animated-image and workflow jobs',
  transcode_templates: 'Transcode template groups',
  snapshot_templates: 'Snapshot templates',
  watermarks: 'Watermark templates',
  transcode_tasks: 'Transcode task status and summaries',
  editing: 'Online editing projects and production',
  audit: 'AI content moderation and manual review',
  audit_details: 'Per-kind audit findings: frame details, timeline, audio (review_audit gathers them in one call)',
  audit_settings: 'Audit security IP allowlists',
  ai_templates: 'AI templates',
  ai_jobs: 'AI jobs: tags, DNA, image AI, smart covers',
  live_record: 'Live-to-VOD recordings',
  cdn_domains: 'Accelerated CDN domains',
  cdn_domain_config: 'CDN domain configuration and certificates',
  cdn_refresh: 'CDN cache refresh and preload',
  cdn_logs: 'CDN access logs',
  cdn_monitoring: 'CDN traffic and bandwidth',
  usage_stats: 'Storage, transcode, AI and domain usage',
  playback_stats: 'Playback statistics',
  apps: 'Multi-application management and app policies',
  settings: 'Event callbacks and crossdomain settings',
  storage: 'Storage classes, archive restore and tiering usage',
  jobs: 'Job details and lists across job types; digital watermark extraction',
  encryption: 'KMS data keys for HLS encryption and offline-download keys',
} as const;

export type Toolset = keyof typeof TOOLSETS;

/** What most users need day to day; kept at or under 40 tools (Cursor passes only the first 40 to the model). */
export const DEFAULT_TOOLSETS: readonly Toolset[] = ['tasks', 'media', 'categories', 'playback', 'processing', 'transcode_tasks', 'audit', 'cdn_refresh'];

export function isToolset(name: string): name is Toolset {
  return Object.hasOwn(TOOLSETS, name);
}
