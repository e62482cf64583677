/** Event types a callback can subscribe to (the spec's event notification list). */
export const CALLBACK_EVENT_TYPES = [
  'FileUploadComplete',
  'ImageUploadComplete',
  'AttachedMediaUploadComplete',
  'UploadByURLComplete',
  'VideoAnalysisComplete',
  'StreamTranscodeComplete',
  'TranscodeComplete',
  'SnapshotComplete',
  'DynamicImageComplete',
  'AddLiveRecordVideoComplete',
  'LiveRecordVideoComposeStart',
  'CreateAuditComplete',
  'AIComplete',
  'ProduceMediaComplete',
  'MediaBaseChangeComplete',
  'DeleteMediaComplete',
] as const;

/** Sandbox-internal events that the service does not notify. */
const INTERNAL_EVENT_TYPES = new Set(['TranscodeStart']);

/** The subscription name an emitted event is enabled by: every AI completion is enabled by AIComplete. */
export function subscriptionOf(eventType: string): string | undefined {
  if (INTERNAL_EVENT_TYPES.has(eventType)) return undefined;
  if (/^AI.*Complete$/.test(eventType)) return 'AIComplete';
  return eventType;
}

export function isEnabled(eventTypeList: string, eventType: string): boolean {
  const subscription = subscriptionOf(eventType);
  if (!subscription || !eventTypeList) return false;
  const enabled = eventTypeList.split(',');
  return enabled.includes('ALL') || enabled.includes(subscription);
}
