import { out } from '../schema-helpers.js';

/** Event types a callback can subscribe to; all AI completions are subscribed to as AIComplete. */
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

export const messageCallbackOutput = out.obj({
  AppId: out.str(),
  CallbackType: out.str(),
  CallbackURL: out.str(),
  EventTypeList: out.str(),
  AuthSwitch: out.str(),
  AuthKey: out.str(),
  MnsEndpoint: out.str(),
  MnsQueueName: out.str(),
});
