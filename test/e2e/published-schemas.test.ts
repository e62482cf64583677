import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStdio } from '../helpers/mcp-client.js';

// What agents see, as a reviewed diff: every tool the server publishes (all toolsets), with its description, input and
// output schemas and annotations, exactly as tools/list sends them. After an intended change: `npx vitest run -u`.
let session: Awaited<ReturnType<typeof connectStdio>>;

beforeAll(async () => {
  session = await connectStdio(['--sandbox', '--toolsets', 'all']);
});
afterAll(() => session?.close());

describe('published tool schemas', () => {
  it('match test/snapshots/tools-list.json', async () => {
    const { tools } = await session.client.listTools();
    const published = [...tools].sort((a, b) => a.name.localeCompare(b.name));
    await expect(JSON.stringify(published, null, 1) + '\n').toMatchFileSnapshot('../snapshots/tools-list.json');
  });
});
