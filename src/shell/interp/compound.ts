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

export async function execBody(sh: Shell, cc: CompoundCommand): Promise<number> {
  const b = cc.body;
  switch (b.type) {
    case "Group":
      return sh.execList(b.body);
    case "Subshell":
      return sh.runSubshell(b.body);
    case "If": {
      for (const cl of b.clauses) {
        sh.errexitIgnore++;
        let c: number;
        try {
          c = await sh.execList(cl.cond);
        } finally {
          sh.errexitIgnore--;
        }
        if (sh.ctl !== CTL_NONE) return c;
        if (c === 0) return sh.execList(cl.body);
      }
      if (b.elseBody) return sh.execList(b.elseBody);
      return 0;
    }
    case "For":
      if (b.select) return execSelect(sh, b.variable, b.items, b.body, b.line);
      return sh.execFor(b.variable, b.items, b.body, b.line);
    case "ArithFor":
      return sh.execArithFor(b.init, b.cond, b.update, b.body, b.line);
    case "While":
      return sh.execWhile(b.cond, b.body, b.until);
    case "Case":
      return sh.execCase(b);
    case "ArithCommand": {
      sh.lineno = b.line;
      sh.tick(COST_BUILTIN);
      const text = await sh.expandArithText(b.expr);
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
    case "Cond": {
      sh.lineno = b.line;
      sh.tick(COST_BUILTIN);
      return evalCond(sh, b.expr);
    }
  }
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

export async function execFor(sh: Shell, variable: string, items: Word[] | undefined, body: Statement[], line: number): Promise<number> {
  sh.lineno = line;
  const list = items ? await sh.expandWords(items) : [...sh.positional];
  let st = 0;
  sh.loopDepth++;
  try {
    for (const item of list) {
      sh.lineno = line;
      if (sh.opts.xtrace) sh.trace(`for ${variable} in ${items ? items.map(wordText).join(" ") : '"$@"'}`);
      sh.tick(COST_BUILTIN);
      if (sh.debt >= PAY_THRESHOLD) {
        const paid = sh.payInPlace();
        if (paid) await paid;
      }
      if (!sh.setVar(variable, item)) return 1;
      st = await sh.execList(body);
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

export async function execWhile(sh: Shell, cond: Statement[], body: Statement[], until: boolean): Promise<number> {
  let st = 0;
  sh.loopDepth++;
  try {
    for (;;) {
      sh.tick(COST_BUILTIN);
      if (sh.debt >= PAY_THRESHOLD) {
        const paid = sh.payInPlace();
        if (paid) await paid;
      }
      sh.errexitIgnore++;
      let c: number;
      try {
        c = await sh.execList(cond);
      } finally {
        sh.errexitIgnore--;
      }
      if (sh.ctl !== CTL_NONE) {
        if (sh.loopControl() === "break") break;
        continue;
      }
      if ((c === 0) === until) break;
      st = await sh.execList(body);
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
