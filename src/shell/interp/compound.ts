// Compound commands: { } ( ) if for (( )) while/until case (( )) [[ ]], with
// bash's loop control (break/continue N) and set -e exemption of conditions.

import type { CompoundCommand, Statement, Word } from "../ast.js";
import { ArithError, evalArith } from "./arith.js";
import { evalCond } from "./cond.js";
import { COST_BUILTIN, CTL_BREAK, CTL_CONTINUE, CTL_NONE, CTL_RETURN, PAY_THRESHOLD } from "./consts.js";
import type { Shell } from "./interpreter.js";
import { globMatch } from "./pattern.js";
import { wordText } from "./text.js";
import { InStream } from "../../kernel/task/stdio.js";
import { execAlone, fail, fwd, ret, vfwd } from "./sync-exec.js";
import { expandStringSync, expandWordsSync } from "./expand/sync.js";
import { arithTextWord } from "./substitution.js";

export function execBody(sh: Shell, cc: CompoundCommand): number | Promise<number> {
  const b = cc.body;
  switch (b.type) {
    case "Group":
      return vfwd(sh.execList(b.body));
    case "Subshell":
      return fwd(sh.runSubshell(b.body));
    case "If":
      return execIf(sh, b);
    case "For":
      if (b.select) return fwd(execSelect(sh, b.variable, b.items, b.body, b.line));
      return vfwd(sh.execFor(b.variable, b.items, b.body, b.line));
    case "ArithFor":
      return fwd(sh.execArithFor(b.init, b.cond, b.update, b.body, b.line));
    case "While":
      return vfwd(sh.execWhile(b.cond, b.body, b.until));
    case "Case":
      return fwd(sh.execCase(b));
    case "ArithCommand":
      return execArithCommand(sh, b);
    case "Cond":
      return execCondCommand(sh, b);
  }
}

/**
 * A condition list, run with set -e ignored: errexitIgnore counted back on a
 * throw or a status, left raised for a promise (the *From continuation
 * counts it back when the promise settles).
 */
function condList(sh: Shell, stmts: Statement[]): number | Promise<number> {
  sh.errexitIgnore++;
  let c: number | Promise<number>;
  try {
    c = sh.execList(stmts);
  } catch (e) {
    sh.errexitIgnore--;
    throw e;
  }
  if (typeof c === "number") sh.errexitIgnore--;
  return c;
}

type IfBody = Extract<CompoundCommand["body"], { type: "If" }>;

/** if/elif/else; the rest from clause k in execIfFrom once a condition is pending. */
function execIf(sh: Shell, b: IfBody): number | Promise<number> {
  const clauses = b.clauses;
  for (let k = 0; k < clauses.length; k++) {
    const cl = clauses[k]!;
    const c = condList(sh, cl.cond);
    if (typeof c !== "number") return execIfFrom(sh, b, k, c);
    if (sh.ctl !== CTL_NONE) return c;
    if (c === 0) return vfwd(sh.execList(cl.body));
  }
  if (b.elseBody) return vfwd(sh.execList(b.elseBody));
  return ret(sh, 0);
}

async function execIfFrom(sh: Shell, b: IfBody, k: number, pending: Promise<number> | undefined): Promise<number> {
  const clauses = b.clauses;
  for (; k < clauses.length; k++) {
    const cl = clauses[k]!;
    if (!pending) sh.errexitIgnore++;
    let c: number;
    try {
      c = await (pending ?? sh.execList(cl.cond));
    } finally {
      sh.errexitIgnore--;
    }
    pending = undefined;
    if (sh.ctl !== CTL_NONE) return c;
    if (c === 0) return sh.execList(cl.body);
  }
  if (b.elseBody) return sh.execList(b.elseBody);
  return 0;
}

/** `(( expr ))`: without awaiting when its text expands without a process and the shell is alone. */
function execArithCommand(sh: Shell, b: Extract<CompoundCommand["body"], { type: "ArithCommand" }>): number | Promise<number> {
  sh.lineno = b.line;
  let text: string | undefined;
  try {
    sh.tick(COST_BUILTIN);
    if (execAlone(sh)) {
      const w = arithTextWord(sh, b.expr);
      text = w ? expandStringSync(sh, w) : b.expr;
    }
    if (text !== undefined) return ret(sh, arithCommandStatus(sh, text));
  } catch (e) {
    return fail(sh, e);
  }
  return arithCommandFrom(sh, sh.expandArithText(b.expr));
}

async function arithCommandFrom(sh: Shell, pending: Promise<string>): Promise<number> {
  return arithCommandStatus(sh, await pending);
}

function arithCommandStatus(sh: Shell, text: string): number {
  if (sh.opts.xtrace) sh.trace(`(( ${text} ))`);
  let v: bigint;
  try {
    v = evalArith(text, sh.arithEnv());
  } catch (e) {
    if (e instanceof ArithError) {
      sh.errorLine(`((: ${e.message}`);
      return 1;
    }
    throw sh.arithFailure(e);
  }
  return v !== 0n ? 0 : 1;
}

async function execCondCommand(sh: Shell, b: Extract<CompoundCommand["body"], { type: "Cond" }>): Promise<number> {
  sh.lineno = b.line;
  sh.tick(COST_BUILTIN);
  return evalCond(sh, b.expr);
}

export function loopControl(sh: Shell): "break" | "continue" | "none" {
  if (sh.ctl === CTL_BREAK) {
    if (--sh.ctlCount <= 0) sh.ctl = CTL_NONE;
    return "break";
  }
  if (sh.ctl === CTL_CONTINUE) {
    if (--sh.ctlCount <= 0) {
      sh.ctl = CTL_NONE;
      return "continue";
    }
    // continue N with N > 1: leave sh loop, the outer one continues.
    sh.ctl = CTL_CONTINUE;
    return "break";
  }
  if (sh.ctl === CTL_RETURN) return "break";
  return "none";
}

/** Where a loop goes on asynchronously: an iteration's start, after its pay sleep, its condition or its body pending. */
const AT_TOP = 0, AT_PAY = 1, AT_COND = 2, AT_BODY = 3;

export function execFor(sh: Shell, variable: string, items: Word[] | undefined, body: Statement[], line: number): number | Promise<number> {
  sh.lineno = line;
  let list: string[] | undefined;
  if (!items) list = [...sh.positional];
  else if (execAlone(sh)) list = expandWordsSync(sh, items);
  if (!list) return execForFrom(sh, variable, items, body, line, undefined, 0, 0, AT_TOP, undefined);
  let st = 0;
  sh.loopDepth++;
  let i = 0;
  try {
    for (; i < list.length; i++) {
      sh.lineno = line;
      traceFor(sh, variable, items);
      const paid = loopTick(sh);
      if (paid) return execForFrom(sh, variable, items, body, line, list, i, st, AT_PAY, paid);
      if (!sh.setVar(variable, list[i]!)) return leaveLoop(sh, undefined, 1);
      const r = sh.execList(body);
      if (typeof r !== "number") return execForFrom(sh, variable, items, body, line, list, i, st, AT_BODY, r);
      st = r;
      if (sh.loopControl() === "break") break;
    }
  } catch (e) {
    return leaveLoop(sh, e);
  }
  return leaveLoop(sh, undefined, st);
}

/** set -x's line for each iteration of a for loop. */
function traceFor(sh: Shell, variable: string, items: Word[] | undefined): void {
  if (sh.opts.xtrace) sh.trace(`for ${variable} in ${items ? items.map(wordText).join(" ") : '"$@"'}`);
}

/** A loop iteration's cost, paid when due: the sleep to await, if not done in place. */
function loopTick(sh: Shell): Promise<void> | undefined {
  sh.tick(COST_BUILTIN);
  return sh.debt >= PAY_THRESHOLD ? sh.payInPlace() : undefined;
}

/** The end of a loop run without awaiting: its status, or the exception it threw (sync-exec.ts). */
function leaveLoop(sh: Shell, e: unknown, st = 0): number | Promise<number> {
  sh.loopDepth--;
  return e === undefined ? ret(sh, st) : fail(sh, e);
}

/**
 * execFor the awaiting way: from the start (list undefined: the words are
 * expanded here), or from item i of a loop already entered (loopDepth
 * counted), at `at` with `pending` to await.
 */
async function execForFrom(sh: Shell, variable: string, items: Word[] | undefined, body: Statement[], line: number, list: string[] | undefined, i: number, st: number, at: number, pending: Promise<number> | Promise<void> | undefined): Promise<number> {
  if (!list) {
    list = await sh.expandWords(items!); // undefined only with words: execFor takes "$@" itself
    sh.loopDepth++;
  }
  try {
    for (; i < list.length; i++, at = AT_TOP) {
      if (at === AT_TOP) {
        sh.lineno = line;
        traceFor(sh, variable, items);
        const paid = loopTick(sh);
        if (paid) await paid;
      } else if (at === AT_PAY) await pending;
      if (at !== AT_BODY) {
        if (!sh.setVar(variable, list[i]!)) return 1;
        pending = sh.execList(body) as Promise<number>;
      }
      st = (await pending) as number;
      const c = sh.loopControl();
      if (c === "break") break;
    }
  } finally {
    sh.loopDepth--;
  }
  return st;
}

export async function execArithFor(sh: Shell, init: string, cond: string, update: string, body: Statement[], line: number): Promise<number> {
  const ev = async (text: string): Promise<bigint | undefined> => {
    sh.lineno = line;
    const t = await sh.expandArithText(text);
    if (sh.opts.xtrace) sh.trace(`((${t}))`);
    try {
      return evalArith(t, sh.arithEnv());
    } catch (e) {
      if (e instanceof ArithError) {
        sh.errorLine(`((: ${e.message}`);
        return undefined;
      }
      throw sh.arithFailure(e);
    }
  };
  if (init.trim() && (await ev(init)) === undefined) return 1;
  let st = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      sh.tick(COST_BUILTIN);
      if (sh.debt >= PAY_THRESHOLD) {
        const paid = sh.payInPlace();
        if (paid) await paid;
      }
      if (cond.trim()) {
        const c = await ev(cond);
        if (c === undefined) return 1;
        if (c === 0n) break;
      }
      st = await sh.execList(body);
      if (sh.loopControl() === "break") break;
      if (update.trim() && (await ev(update)) === undefined) return 1;
    }
  } finally {
    sh.loopDepth--;
  }
  return st;
}

export function execWhile(sh: Shell, cond: Statement[], body: Statement[], until: boolean): number | Promise<number> {
  let st = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      const paid = loopTick(sh);
      if (paid) return execWhileFrom(sh, cond, body, until, st, AT_PAY, paid);
      let r = condList(sh, cond);
      if (typeof r !== "number") return execWhileFrom(sh, cond, body, until, st, AT_COND, r);
      if (sh.ctl !== CTL_NONE) {
        if (sh.loopControl() === "break") break;
        continue;
      }
      if ((r === 0) === until) break;
      r = sh.execList(body);
      if (typeof r !== "number") return execWhileFrom(sh, cond, body, until, st, AT_BODY, r);
      st = r;
      if (sh.loopControl() === "break") break;
    }
  } catch (e) {
    return leaveLoop(sh, e);
  }
  return leaveLoop(sh, undefined, st);
}

/** execWhile the awaiting way, from an iteration's step `at` (loopDepth counted; at AT_COND errexitIgnore too). */
async function execWhileFrom(sh: Shell, cond: Statement[], body: Statement[], until: boolean, st: number, at: number, pending: Promise<number> | Promise<void> | undefined): Promise<number> {
  try {
    for (;; at = AT_TOP) {
      if (at === AT_TOP) {
        const paid = loopTick(sh);
        if (paid) await paid;
      } else if (at === AT_PAY) await pending;
      if (at !== AT_BODY) {
        if (at !== AT_COND) sh.errexitIgnore++;
        let c: number;
        try {
          c = await (at === AT_COND ? (pending as Promise<number>) : sh.execList(cond));
        } finally {
          sh.errexitIgnore--;
        }
        if (sh.ctl !== CTL_NONE) {
          if (sh.loopControl() === "break") break;
          continue;
        }
        if ((c === 0) === until) break;
        pending = sh.execList(body) as Promise<number>;
      }
      st = (await pending) as number;
      if (sh.loopControl() === "break") break;
    }
  } finally {
    sh.loopDepth--;
  }
  return st;
}

export async function execCase(sh: Shell, b: Extract<CompoundCommand["body"], { type: "Case" }>): Promise<number> {
  sh.lineno = b.line;
  sh.tick(COST_BUILTIN);
  const word = await sh.expandString(b.word);
  if (sh.opts.xtrace) sh.trace(`case ${wordText(b.word)} in`);
  let st = 0;
  let fall = false;
  for (let i = 0; i < b.items.length; i++) {
    const item = b.items[i]!;
    let match = fall;
    if (!match) {
      for (const p of item.patterns) {
        const pat = await sh.expandPattern(p);
        if (globMatch(pat, word)) {
          match = true;
          break;
        }
      }
    }
    if (!match) continue;
    st = await sh.execList(item.body);
    if (sh.ctl !== CTL_NONE) return st;
    if (item.terminator === ";;") return st;
    fall = item.terminator === ";&";
  }
  return st;
}

/**
 * select NAME in WORDS: the numbered menu and PS3 prompt on stderr, a line
 * read from stdin into REPLY; an empty line shows the menu again, end of
 * input ends the loop (status 1). The menu is always one column here (bash
 * lays long lists out in columns).
 */
export async function execSelect(sh: Shell, variable: string, items: Word[] | undefined, body: Statement[], line: number): Promise<number> {
  sh.lineno = line;
  const list = items ? await sh.expandWords(items) : [...sh.positional];
  if (!list.length) return 0;
  const width = String(list.length).length;
  const menu = list.map((x, i) => `${String(i + 1).padStart(width)}) ${x}\n`).join("");
  let st = 0;
  let show = true;
  const input = new InStream(sh.task, 0);
  sh.loopDepth++;
  try {
    for (;;) {
      sh.tick(COST_BUILTIN);
      if (show) sh.writeSync(2, menu);
      sh.writeSync(2, sh.getScalar("PS3") ?? "#? ");
      const l = await input.readLine();
      if (l === null) {
        sh.writeSync(2, "\n");
        return 1;
      }
      const reply = l.line;
      sh.setVar("REPLY", reply);
      if (reply.trim() === "") {
        show = true;
        continue;
      }
      show = false;
      const n = /^\s*\d+\s*$/.test(reply) ? Number(reply) : 0;
      if (!sh.setVar(variable, n >= 1 && n <= list.length ? list[n - 1]! : "")) return 1;
      st = await sh.execList(body);
      if (sh.loopControl() === "break") break;
    }
  } finally {
    sh.loopDepth--;
  }
  return st;
}
