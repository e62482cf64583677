import { out } from '../schema-helpers.js';

export const sourceOutput = out.obj({ Type: out.str(), Priority: out.str(), Port: out.long(), Content: out.str(), Enabled: out.str() });

export const sourcesOutput = out.list(sourceOutput);
