import { describe, expect, it } from 'vitest';
import { formatInputError } from '../../src/mcp/tool-runtime.js';
import { allTools } from '../../src/tools/registry.js';

const tool = (name: string) => allTools().find((candidate) => candidate.name === name)!;
const message = (name: string, args: unknown) => {
  const parsed = tool(name).input.safeParse(args);
  if (parsed.success) throw new Error('expected a refusal');
  return formatInputError(tool(name), parsed.error);
};

describe('input error messages', () => {
  it('name the argument and the rule', () => {
    expect(message('get_video_info', {})).toMatch(/^Invalid arguments for get_video_info; nothing was sent to the API\.\nVideoId: /);
    expect(message('search_media', { PageSize: 500 })).toMatch(/PageSize: .*100/);
    expect(message('search_media', { SearchType: 'movie' })).toMatch(/SearchType: .*"video"/);
  });

  it('suggest the closest valid name, at the top level and inside nested objects', () => {
    expect(message('get_video_info', { VideoId: 'x', Videoid: 'y' })).toContain('Unknown argument "Videoid" (did you mean "VideoId"?)');
    const nested = message('update_video_infos', { UpdateContent: [{ VideoId: 'v', Titel: 'x' }] });
    expect(nested).toMatch(/Unknown key "Titel" in UpdateContent\.0 \(did you mean "Title"\?\)/);
  });
});
