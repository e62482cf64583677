import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The official API metadata as copied into the repository (data/reference/openapi-params.json). */
export interface MetadataParam {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly sub?: readonly { name: string; type: string }[];
}

export const METADATA: Readonly<Record<string, { parameters: readonly MetadataParam[] }>> = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/reference/openapi-params.json', import.meta.url)), 'utf8'),
) as Record<string, { parameters: MetadataParam[] }>;

/** A tool argument the caller must give, or one the tool always sends (a default): the API sees it every time. */
export function alwaysSent(schema: z.ZodType): boolean {
  const result = z.safeParse(schema, undefined);
  return !result.success || result.data !== undefined;
}

/**
 * Parameters the metadata made optional that the tools still require, each with its reason (docs/spec-decisions.md,
 * "The current API"): the manual requires them and neither source says what a call without them does.
 */
export const KEPT_REQUIRED: Readonly<Record<string, string>> = {
  'SubmitAIJob.MediaId': 'the manual requires it; the metadata names no other input the job could analyse',
  'GetEditingProjectMaterials.Type': 'the manual requires it; the metadata does not say what a call without it lists',
  'ListAppPoliciesForIdentity.IdentityType': 'the manual requires it; the metadata does not say whose policies a call without it lists',
  'ListAppPoliciesForIdentity.IdentityName': 'the manual requires it; the metadata does not say whose policies a call without it lists',
  'UpdateWatermark.Name': 'the manual requires it; the metadata does not say whether omitting it keeps or clears the name',
};

/** Tool arguments the metadata does not have, each deliberate. */
export const TOOL_ONLY_ARGUMENTS: Readonly<Record<string, string>> = {
  'SearchMedia.MatchFilter': 'a typed alternative to Match, serialized into Match before sending',
};

/** Where the metadata made the first optional because the second can replace it, a tool takes exactly one of the two. */
export const EXACTLY_ONE: Readonly<Record<string, readonly [string, string]>> = {
  GetVideoInfo: ['VideoId', 'ReferenceId'],
  GetMezzanineInfo: ['VideoId', 'ReferenceId'],
  GetPlayInfo: ['VideoId', 'ReferenceId'],
  GetVideoPlayAuth: ['VideoId', 'ReferenceId'],
  RefreshUploadVideo: ['VideoId', 'ReferenceId'],
  SubmitSnapshotJob: ['VideoId', 'ReferenceId'],
  SubmitTranscodeJobs: ['VideoId', 'ReferenceId'],
  UpdateVideoInfo: ['VideoId', 'ReferenceId'],
  DeleteStream: ['VideoId', 'ReferenceId'],
  DeleteVideo: ['VideoIds', 'ReferenceIds'],
  DeleteMezzanines: ['VideoIds', 'ReferenceIds'],
  GetVideoInfos: ['VideoIds', 'ReferenceIds'],
  GetTranscodeTask: ['TranscodeTaskId', 'JobIds'],
};

/** The metadata's actions that have no tool yet (added as tools by another change, which empties this list). */
export const PENDING: readonly string[] = [
];

/** A tool's argument schemas as zod types (the registry types them as zod-core's, which lack the parse methods). */
export const shapeOf = (tool: { input: { shape: object } }) => tool.input.shape as Record<string, z.ZodType>;
