/**
 * A task-level tool refusing or failing for a reason the caller can act on (a path outside the allowed roots, a
 * missing file, an expired ticket): shown as a tool error with this message, not as an internal error.
 */
export class TaskError extends Error {
  override readonly name = 'TaskError';
}
