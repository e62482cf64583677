/** Name matching for messages: echoing a caller's string safely, and the closest valid name. */

/** Names longer than this get no suggestion: no tool or argument name is nearly that long. */
export const MAX_SUGGESTED_NAME = 64;
/** The most of a caller's string that any message echoes back. */
export const MAX_ECHOED = 80;

/** A caller-supplied string fit to echo in a message: at most MAX_ECHOED characters, with its real length when cut. */
export function clip(text: string, max = MAX_ECHOED): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}... (${text.length} characters)`;
}

export function suggest(name: string, choices: readonly string[]): string {
  const best = closest(name, choices);
  return best ? ` (did you mean "${best}"?)` : '';
}

/** The closest choice by edit distance (case-insensitive), if reasonably close. */
export function closest(name: string, choices: readonly string[]): string | undefined {
  if (name.length === 0 || name.length > MAX_SUGGESTED_NAME) return undefined;
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    // The distance is at least the difference in length: skip choices that cannot be close.
    if (choice.length > MAX_SUGGESTED_NAME || Math.abs(choice.length - name.length) > limit) continue;
    const distance = editDistance(lower, choice.toLowerCase());
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
