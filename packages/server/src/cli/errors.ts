/** Thrown by a command for a problem the user can fix: printed as is, exit code 1. */
export class CommandError extends Error {
  override name = "CommandError";
}
