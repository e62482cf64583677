/** A RAM policy that allows exactly the API actions behind the given tools. */
export function ramPolicyFor(tools: readonly { readonly action: string }[]): Record<string, unknown> {
  const actions = [...new Set(tools.map((tool) => `vod:${tool.action}`))].sort();
  return { Version: '1', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] };
}
