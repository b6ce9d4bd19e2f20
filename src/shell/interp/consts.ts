// Constants shared by the interpreter's modules.
import type { Statement } from "../ast.js";

/** Loop/function control flow in progress (Shell.ctl). */
export const CTL_NONE = 0, CTL_BREAK = 1, CTL_CONTINUE = 2, CTL_RETURN = 3;

/**
 * Virtual CPU costs (ns): a fork+exec costs about what it does on a real host;
 * builtins, function calls and loop iterations a few µs. Costs accumulate and
 * are paid with one sleep once they reach PAY_THRESHOLD.
 */
export const COST_FORK_EXEC = 1_000_000;
export const COST_BUILTIN = 2_000;
export const COST_FORK = 500_000;
export const PAY_THRESHOLD = 100_000;

/** A body that is one simple command (a subshell may exec it in place). */
export function isLoneSimple(body: Statement[]): boolean {
  if (body.length !== 1 || body[0]!.background) return false;
  const ao = body[0]!.andOr;
  return ao.rest.length === 0 && ao.first.commands.length === 1 && !ao.first.negated && ao.first.commands[0]!.type === "SimpleCommand";
}

