import { z } from 'zod';
import { out } from '../schema-helpers.js';

export const sourceOutput = out.obj({ Type: out.str(), Priority: out.str(), Port: out.long(), Content: out.str(), Enabled: out.str() });

/** The API wraps lists as `{Source: [...]}` in XML-derived JSON; accept both. */
export const sourcesOutput = z.union([z.array(sourceOutput), out.obj({ Source: z.array(sourceOutput).optional() })]).optional();
