// xtables' error exits (libxtables basic_exit_err and the tool's own): a
// status (OTHER_PROBLEM 1, PARAMETER_PROBLEM 2, VERSION_PROBLEM 3,
// RESOURCE_PROBLEM 4) and the message; the program renders them with its name
// and version, the "Try `iptables -h'" hint for parameter problems and the
// "Perhaps iptables or your kernel needs to be upgraded." line for version ones.

export const OTHER_PROBLEM = 1;
export const PARAMETER_PROBLEM = 2;
export const VERSION_PROBLEM = 3;
export const RESOURCE_PROBLEM = 4;

export class XtError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** "exit": xtables_error()-style; "plain": the text is printed as is, then the status. */
    readonly form: "exit" | "plain" = "exit",
  ) {
    super(message);
  }
}

export function xtError(status: number, message: string): never {
  throw new XtError(status, message);
}

export function paramError(message: string): never {
  throw new XtError(PARAMETER_PROBLEM, message);
}

/** A message printed as is (e.g. "Bad argument `x'" + the hint), with an exit status. */
export function plainError(status: number, text: string): never {
  throw new XtError(status, text, "plain");
}

export interface ErrCtx {
  prog: string;
  version: string;
  /** Restore line number, or -1. */
  line: number;
}

export function tryHelp(ctx: ErrCtx): string {
  return `Try \`${ctx.prog} -h' or '${ctx.prog} --help' for more information.\n`;
}

export function renderError(e: XtError, ctx: ErrCtx): string {
  if (e.form === "plain") return e.message;
  let s = `${ctx.prog} v${ctx.version}: ${e.message}\n`;
  if (e.status === PARAMETER_PROBLEM) {
    if (ctx.line !== -1) s += `Error occurred at line: ${ctx.line}\n`;
    s += tryHelp(ctx);
  } else if (e.status === VERSION_PROBLEM) {
    s += `Perhaps ${ctx.prog} or your kernel needs to be upgraded.\n`;
  }
  return s;
}
