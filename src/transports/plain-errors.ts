import type { Transport, JSONRPCMessage } from '@modelcontextprotocol/server';

const PREFIX = /^(MCP error -?\d+: )+/;

/**
 * The SDK's McpError puts "MCP error <code>: " in front of its message, the SDK sends that message as the
 * JSON-RPC error message, and the client's McpError adds the prefix again ("MCP error -32603: MCP error -32603:
 * ..."). The code already travels in its own field, so outgoing error messages lose the prefix here, once for
 * every handler (ours and the SDK's own). Changes `transport` in place and returns it.
 */
export function plainErrorMessages<T extends Transport>(transport: T): T {
  const send = transport.send.bind(transport);
  transport.send = (message, options) => send(withoutPrefix(message), options);
  return transport;
}

function withoutPrefix(message: JSONRPCMessage): JSONRPCMessage {
  if (!('error' in message) || typeof message.error?.message !== 'string' || !PREFIX.test(message.error.message)) return message;
  return { ...message, error: { ...message.error, message: message.error.message.replace(PREFIX, '') } };
}
