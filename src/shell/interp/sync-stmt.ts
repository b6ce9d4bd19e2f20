// Statements run without awaiting: a lone `name=value` or a quiet builtin
// (`[ $i -lt 10 ]`, `test -n "$x"`, `:`, `true`, `false`) without
// redirections, while the shell is the only running process.
//
// The awaiting path (execStatement → execAndOr → execPipeline → execCommand →
// execSimple → withRedirects → runBuiltin / assignmentsOnly → doAssignment)
// costs a promise and microtask hops per level. As in expand/sync.ts, leaving
// them out is invisible when no other process can run in between
// (`runsAlone`), and when the statement has no effect outside the shell's own
// state — so nothing it does can wake another process either. Everything that
// could print, signal, pay CPU time (a sleep), run a trap, stop the run, or
// go through set -e/ERR is checked first; any of them sends the statement to
// the awaiting path before anything changed, which then does all as before.
// test/shell/expand-sync.test.ts runs random scripts both ways.

import type { SimpleCommand, Statement } from "../ast.js";
import { colon, falseB, testQuiet, trueB } from "./builtins/basic.js";
import { findBuiltin } from "./builtins/index.js";
import { COST_BUILTIN, PAY_THRESHOLD } from "./consts.js";
import { DiscardLine } from "./errors.js";
import { expandStringSync, expandWordsSync, runsAlone } from "./expand/sync.js";
import { isPlainLiteral } from "./expand/word.js";
import type { Shell } from "./interpreter.js";
import { ATTR_INTEGER, ATTR_NAMEREF, ATTR_READONLY } from "./vars.js";

/** Runs `s` now and returns its status, or undefined: the caller runs it the awaiting way. */
export function trySyncStatement(sh: Shell, s: Statement): number | undefined {
  if (s.background) return undefined;
  const ao = s.andOr;
  if (ao.rest.length) return undefined;
  const pl = ao.first;
  if (pl.negated || pl.timed || pl.commands.length !== 1) return undefined;
  const cmd = pl.commands[0]!;
  if (cmd.type !== "SimpleCommand" || cmd.redirects.length) return undefined;
  if (sh.dialect !== "bash" || sh.opts.xtrace || !runsAlone(sh)) return undefined;
  // execSimple's first steps: count against the budget (no stop), no signal, no pay, no trap.
  const b = sh.budget;
  if (b.stopped || b.count + 1 > b.max || sh.task.killedBy !== undefined) return undefined;
  if (sh.debt + COST_BUILTIN >= PAY_THRESHOLD || sh.pendingTraps.length) return undefined;
  // execPipeline's set -e / ERR trap on failure.
  if (sh.errexitIgnore === 0 && (sh.opts.errexit || sh.traps.has("ERR"))) return undefined;
  sh.lineno = cmd.line;
  return cmd.words.length ? builtinSync(sh, cmd) : assignSync(sh, cmd);
}

/** `name=value` alone (assignmentsOnly + doAssignment). */
function assignSync(sh: Shell, cmd: SimpleCommand): number | undefined {
  if (cmd.assignments.length !== 1) return undefined;
  const a = cmd.assignments[0]!;
  if (a.value.type === "ArrayLiteral" || a.index) return undefined;
  // setVar would print (readonly), evaluate (integer), follow a reference or call a dynamic setter.
  const v = sh.vars.lookup(a.name);
  if (v && (v.attrs & (ATTR_READONLY | ATTR_INTEGER | ATTR_NAMEREF) || v.dyn)) return undefined;
  const value = expandStringSync(sh, a.value);
  if (value === undefined) return undefined;
  begin(sh, cmd);
  if (!sh.setVar(a.name, value, { append: a.append, local: false })) throw new DiscardLine(1);
  sh.lastArg = "";
  return end(sh, 0);
}

const QUIET = new Set(["[", "test", ":", "true", "false"]);

/** A quiet builtin with expanded words. */
function builtinSync(sh: Shell, cmd: SimpleCommand): number | undefined {
  if (cmd.assignments.length) return undefined;
  // Only these names, written as they are (no expansion is spent on other commands).
  const first = isPlainLiteral(cmd.words[0]!);
  if (first === undefined || !QUIET.has(first)) return undefined;
  for (const w of cmd.words) if (w.assignment) return undefined;
  const argv = expandWordsSync(sh, cmd.words);
  if (!argv?.length) return undefined;
  const name = argv[0]!;
  if (sh.funcs.has(name)) return undefined;
  const bi = findBuiltin("bash", name);
  let st: number | undefined;
  if (bi === colon || bi === trueB) st = 0;
  else if (bi === falseB) st = 1;
  else if (name === "[" || name === "test") st = testQuiet(sh, argv);
  if (st === undefined) return undefined;
  begin(sh, cmd);
  sh.lastArg = argv[argv.length - 1]!;
  sh.currentTemp = undefined;
  return end(sh, st);
}

/** execSimple's state changes before the command. */
function begin(sh: Shell, cmd: SimpleCommand): void {
  sh.lineno = cmd.line;
  sh.tick(COST_BUILTIN);
  sh.execInPlace = false;
  sh.lastSubstStatus = -1;
  sh.declArrays = undefined;
}

/** execPipeline's after the command (set -e and ERR were ruled out). */
function end(sh: Shell, st: number): number {
  sh.pipestatus = [st];
  sh.status = st;
  return st;
}
