// The CLI's own errors: each is one line on stderr and an exit status, never a
// stack trace. Usage mistakes exit 2 (as GNU tools do), internal faults 70
// (EX_SOFTWARE from sysexits.h).

import { ERRNO, strerror } from "../uapi/errno.js";

export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

/** A mistake in how nslab was called: printed as `nslab: MESSAGE`, then an optional hint. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** glibc's words for a Node system error ("No such file or directory"), else its message. */
export function systemErrorWords(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") {
    const code = (e as { code: string }).code;
    const n = (ERRNO as Record<string, number>)[code];
    if (n !== undefined) return strerror(n);
  }
  return e instanceof Error ? e.message : String(e);
}

/** One line for a fault in nslab itself (a bug): no stack, the message only. */
export function internalErrorLine(e: unknown): string {
  let msg = e instanceof Error ? e.message : String(e);
  msg = msg.split("\n")[0] ?? "";
  return `nslab: internal error: ${msg || "unknown"}\n`;
}
