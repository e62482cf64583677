import type { AnyTool } from '../define-tool.js';
import { deleteMessageCallback } from './delete-message-callback.js';
import { getMessageCallback } from './get-message-callback.js';
import { setCrossdomainContent } from './set-crossdomain-content.js';
import { setMessageCallback } from './set-message-callback.js';

export const settingsTools: AnyTool[] = [setMessageCallback, getMessageCallback, deleteMessageCallback, setCrossdomainContent];
