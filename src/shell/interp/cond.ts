// [[ … ]] conditional expressions (bash's execute_cond_node in behaviour):
// no word splitting or globbing of operands; == and != match the right side
// as a pattern (its quoted parts literally); =~ matches a POSIX ERE (quoted
// parts literal) and fills BASH_REMATCH; -eq and friends evaluate both sides
// arithmetically; < and > compare strings; unary file tests look at the VFS.

import type { CondExpr, Word, WordPart } from "../ast.js";
import { compileRegex, RegexSyntaxError } from "../../tools/lib/regex/index.js";
import { ArithError, evalArith } from "./arith.js";
import { FatalError } from "./errors.js";
import type { Shell } from "./interpreter.js";
import { globMatch } from "./pattern.js";
import { xtraceQuote } from "./quote.js";
import { fileTest, isFileTestOp } from "./filetest.js";
import { IndexedArray } from "./vars.js";

const ERE_META = /[.[\]()*+?{}|^$\\]/g;

/** [[ ]] status: 0 true, 1 false, 2 error. */
export async function evalCond(sh: Shell, e: CondExpr): Promise<number> {
  const trace: string[] | undefined = sh.opts.xtrace ? [] : undefined;
  try {
    const r = await ev(sh, e, trace);
    if (trace) sh.trace(`[[ ${trace.join(" ")} ]]`);
    return r ? 0 : 1;
  } catch (err) {
    if (trace) sh.trace(`[[ ${trace.join(" ")} ]]`);
    if (err instanceof CondError) return 2;
    throw err;
  }
}

class CondError {}

async function ev(sh: Shell, e: CondExpr, tr: string[] | undefined): Promise<boolean> {
  switch (e.type) {
    case "CondAnd": {
      const l = await ev(sh, e.left, tr);
      if (!l) return false;
      tr?.push("&&");
      return ev(sh, e.right, tr);
    }
    case "CondOr": {
      const l = await ev(sh, e.left, tr);
      if (l) return true;
      tr?.push("||");
      return ev(sh, e.right, tr);
    }
    case "CondNot":
      tr?.push("!");
      return !(await ev(sh, e.expr, tr));
    case "CondParen": {
      tr?.push("(");
      const r = await ev(sh, e.expr, tr);
      tr?.push(")");
      return r;
    }
    case "CondWord": {
      const s = await sh.expandString(e.word);
      tr?.push(xtraceQuote(s));
      return s !== "";
    }
    case "CondUnary": {
      const a = await sh.expandString(e.arg);
      tr?.push(e.op, xtraceQuote(a));
      return unary(sh, e.op, a);
    }
    case "CondBinary":
      return binary(sh, e.op, e.left, e.right, tr);
  }
}

function unary(sh: Shell, op: string, a: string): boolean {
  switch (op) {
    case "-z":
      return a === "";
    case "-n":
      return a !== "";
    case "-v": {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/s.exec(a);
      if (!m) return false;
      if (m[2] === undefined) {
        if (/^[0-9]+$/.test(a)) return Number(a) <= sh.positional.length;
        const v = sh.vars.lookup(a);
        if (!v) return false;
        if (v.dyn) return true;
        if (v.value instanceof IndexedArray) return v.value.get(0) !== undefined;
        if (v.value instanceof Map) return v.value.has("0");
        return v.value !== undefined;
      }
      if (m[2] === "@" || m[2] === "*") {
        const v = sh.vars.lookup(m[1]!);
        if (!v) return false;
        if (v.value instanceof IndexedArray) return v.value.size > 0;
        if (v.value instanceof Map) return v.value.size > 0;
        return v.value !== undefined;
      }
      return sh.getElement(m[1]!, m[2]) !== undefined;
    }
    case "-o": {
      const o = sh.opts as unknown as Record<string, boolean>;
      return !!o[a];
    }
    case "-R":
      return false;
  }
  if (isFileTestOp(op)) return fileTest(sh, op, a);
  return false;
}

function arithOperand(sh: Shell, s: string): bigint {
  try {
    return evalArith(s, sh.arithEnv());
  } catch (e) {
    if (e instanceof ArithError) {
      sh.errorLine(e.message);
      throw new CondError();
    }
    throw sh.arithFailure(e);
  }
}

async function binary(sh: Shell, op: string, lw: Word, rw: Word, tr: string[] | undefined): Promise<boolean> {
  const l = await sh.expandString(lw);
  switch (op) {
    case "==":
    case "=":
    case "!=": {
      const pat = await sh.expandPattern(rw);
      tr?.push(xtraceQuote(l), op, patternTraceText(pat));
      const m = sh.shopts.get("nocasematch") ? globMatch(pat.toLowerCase(), l.toLowerCase()) : globMatch(pat, l);
      return op === "!=" ? !m : m;
    }
    case "=~": {
      const re = await expandRegex(sh, rw.parts);
      tr?.push(xtraceQuote(l), op, re);
      let rx;
      try {
        rx = compileRegex(re, { flavor: "ere", icase: !!sh.shopts.get("nocasematch") });
      } catch (e) {
        if (e instanceof RegexSyntaxError) throw new CondError();
        throw e;
      }
      const m = rx.exec(l);
      const v = sh.vars.lookupMut("BASH_REMATCH") ?? sh.vars.create("BASH_REMATCH", "global");
      if (!m) {
        v.value = new IndexedArray();
        return false;
      }
      v.value = IndexedArray.of(m.groups.map((g) => g ?? ""));
      return true;
    }
  }
  const r = await sh.expandString(rw);
  tr?.push(xtraceQuote(l), op, xtraceQuote(r));
  switch (op) {
    case "<":
      return l < r;
    case ">":
      return l > r;
    case "-eq":
      return arithOperand(sh, l) === arithOperand(sh, r);
    case "-ne":
      return arithOperand(sh, l) !== arithOperand(sh, r);
    case "-lt":
      return arithOperand(sh, l) < arithOperand(sh, r);
    case "-le":
      return arithOperand(sh, l) <= arithOperand(sh, r);
    case "-gt":
      return arithOperand(sh, l) > arithOperand(sh, r);
    case "-ge":
      return arithOperand(sh, l) >= arithOperand(sh, r);
    case "-nt":
    case "-ot":
    case "-ef":
      return fileTest(sh, op, l, r);
  }
  throw new FatalError(2);
}

function patternTraceText(p: string): string {
  // bash shows the pattern with quoted characters backslash-escaped, as it holds it.
  return p;
}

/** The regex text of a =~ right side: quoted parts have ERE metacharacters escaped. */
async function expandRegex(sh: Shell, parts: WordPart[]): Promise<string> {
  let out = "";
  for (const p of parts) {
    if (p.type === "Literal") out += p.value;
    else if (p.type === "SingleQuoted" || p.type === "AnsiCQuoted") out += p.value.replace(ERE_META, "\\$&");
    else if (p.type === "DoubleQuoted") {
      const s = await sh.expandString({ type: "Word", parts: [p] });
      out += s.replace(ERE_META, "\\$&");
    } else out += await sh.expandString({ type: "Word", parts: [p] });
  }
  return out;
}
