// Word expansion without awaiting, for the words that need no process:
// literals, quotes, `$x`/`${x}`/`${#x}`/specials and `$((…))` whose text has
// no command substitution. word.ts's awaiting path costs a promise and a
// microtask per part; this one runs straight through.
//
// Two rules keep it invisible:
//  - it runs only while this shell is the only running process
//    (`Scheduler.runningCount === 1`). Processes of one virtual instant
//    interleave at microtask granularity, so awaiting less would let this
//    shell's next effect overtake another process's; alone, nothing can;
//  - it is pure: it reads variables and the filesystem but changes nothing,
//    writes nothing and throws nothing. Where the word would have an effect —
//    a dynamic variable (RANDOM draws), an arithmetic assignment or `++`, an
//    array subscript (may print "bad array subscript"), any arithmetic or
//    `set -u` error, dash's arithmetic — it returns undefined before that
//    effect, and the caller expands the same words again on the awaiting
//    path, which then does everything (effects, messages, errors) as before.
// test/shell/expand-sync.test.ts compares both paths.

import type { DoubleQuoted, Word, WordPart } from "../../ast.js";
import { evalArith, type ArithEnv } from "../arith.js";
import type { Shell } from "../interpreter.js";
import { arithTextWord } from "../substitution.js";
import { scalarOf } from "../vars.js";
import { braceExpand } from "./brace.js";
import { FieldBuilder } from "./fields.js";
import { expandParamSync, isSimpleParam } from "./param.js";
import { expandTilde } from "./tilde.js";
import { emitPlainPart, emitText, isListParam, isPlainLiteral, joinFields, pushFields, type ExpandMode } from "./word.js";

/**
 * Switch for the differential test (test/shell/expand-sync.test.ts): false
 * sends every word down the awaiting path and makes runExternal await as it
 * did (its no-redirection and report steps, which also skip their await when
 * alone).
 */
export const awaitElision = { enabled: true };

/** Whether the shell may leave out an await now: it is the only running process. */
export function runsAlone(sh: Shell): boolean {
  return awaitElision.enabled && sh.task.sched.runningCount === 1;
}

const shapes = new WeakMap<WordPart[], boolean>();

/** Whether parts are only of kinds the sync path handles (their values may still send it back). */
export function syncShape(parts: WordPart[]): boolean {
  let r = shapes.get(parts);
  if (r === undefined) {
    r = computeShape(parts);
    shapes.set(parts, r);
  }
  return r;
}

function computeShape(parts: WordPart[]): boolean {
  for (const p of parts) {
    switch (p.type) {
      case "Literal":
      case "SingleQuoted":
      case "AnsiCQuoted":
      case "BraceExpansion":
        continue;
      case "TildePrefix":
        // ~user reads /etc/passwd: left to the awaiting path.
        if (p.user === "" || p.user === "+" || p.user === "-") continue;
        return false;
      case "DoubleQuoted":
        if (syncShape((p as DoubleQuoted).parts)) continue;
        return false;
      case "ParamExpansion":
        if (isSimpleParam(p)) continue;
        return false;
      case "ArithSubstitution":
        // Command substitution inside the expression text needs a process.
        if (!/`|\$\(/.test(p.expr)) continue;
        return false;
      default:
        return false;
    }
  }
  return true;
}

/** expandPartsInto's work for syncShape parts; false: go back to the awaiting path (nothing was changed). */
function partsSync(sh: Shell, fb: FieldBuilder, parts: WordPart[], quoted: boolean, mode: ExpandMode): boolean {
  for (const part of parts) {
    if (emitPlainPart(sh, fb, part, quoted, mode)) continue;
    switch (part.type) {
      case "DoubleQuoted": {
        const dq = part as DoubleQuoted;
        const onlyLists = dq.parts.length > 0 && dq.parts.every(isListParam);
        if (!partsSync(sh, fb, dq.parts, true, mode)) return false;
        if (!onlyLists) fb.quoted("");
        break;
      }
      case "ParamExpansion":
        if (!expandParamSync(sh, fb, part, quoted, mode)) return false;
        break;
      case "ArithSubstitution": {
        const v = arithSync(sh, part.expr);
        if (v === undefined) return false;
        emitText(fb, v, quoted, mode);
        break;
      }
      case "TildePrefix":
        // Without HOME, ~ reads /etc/passwd: left to the awaiting path.
        if (part.user === "" && sh.getScalar("HOME") === undefined) return false;
        fb.quoted(expandTilde(sh, part.user));
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Thrown by the pure arithmetic environment where evaluation would have an effect. */
const EFFECT = new Error("arithmetic with an effect");

function pureEnv(sh: Shell): ArithEnv {
  return (sh.pureArithEnv ??= {
    get(name, index) {
      if (index !== undefined) throw EFFECT;
      const v = sh.vars.lookup(name);
      if (!v) return undefined;
      if (v.dyn) throw EFFECT;
      return scalarOf(v);
    },
    set() {
      throw EFFECT;
    },
    get nounset() {
      return sh.opts.nounset;
    },
  });
}

/** arithSubst without effects: the value's text, or undefined (effect, error, dash). */
function arithSync(sh: Shell, expr: string): string | undefined {
  if (sh.dialect === "dash") return undefined;
  const w = arithTextWord(sh, expr);
  let text = expr;
  if (w) {
    const t = stringSync(sh, w);
    if (t === undefined) return undefined;
    text = t;
  }
  try {
    return String(evalArith(text, pureEnv(sh)));
  } catch {
    // An error (or an effect) is the awaiting path's to report.
    return undefined;
  }
}

/** expandWords without awaiting, or undefined: the caller runs expandWords. */
export function expandWordsSync(sh: Shell, words: Word[]): string[] | undefined {
  if (!runsAlone(sh)) return undefined;
  const out: string[] = [];
  // The words change no variable here: IFS is read once.
  let ifs: string | undefined;
  for (const w0 of words) {
    const lit = isPlainLiteral(w0);
    if (lit !== undefined) {
      out.push(lit);
      continue;
    }
    if (!syncShape(w0.parts)) return undefined;
    for (const w of sh.dialect === "dash" ? [w0] : braceExpand(w0)) {
      const fb = new FieldBuilder((ifs ??= sh.ifs()));
      if (!partsSync(sh, fb, w.parts, false, "words")) return undefined;
      pushFields(sh, out, fb);
    }
  }
  return out;
}

function stringSync(sh: Shell, w: Word): string | undefined {
  const lit = isPlainLiteral(w);
  if (lit !== undefined) return lit;
  if (!syncShape(w.parts)) return undefined;
  const fb = new FieldBuilder("");
  if (!partsSync(sh, fb, w.parts, false, "string")) return undefined;
  return joinFields(fb);
}

/** expandString without awaiting, or undefined: the caller runs expandString. */
export function expandStringSync(sh: Shell, w: Word): string | undefined {
  if (!runsAlone(sh)) return undefined;
  return stringSync(sh, w);
}
