// Parameter expansion (bash's subst.c parameter_brace_expand in behaviour):
// $x ${x} ${#x} ${!x} ${!pfx*} ${!a[@]} ${a[i]} "$@" "$*" and every operator
// form: defaults/assign/error/alternative, # ## % %% / // /# /%, case
// modification, substrings, @-transformations. Results go straight into the
// field builder of the word being expanded, because the operand words of
// ${x:-…} keep their own quoting.

import type { ParamExpansion, ParamOp, Word } from "../../ast.js";
import { ArithError, ArithUnbound, evalArith } from "../arith.js";
import { FatalError } from "../errors.js";
import type { Shell } from "../interpreter.js";
import { globMatch, matchPrefix, matchSuffix, replacePattern } from "../pattern.js";
import { ansiQuote, shellQuoteAlways } from "../quote.js";
import { ATTR_ASSOC, ATTR_ARRAY, ATTR_EXPORT, ATTR_INTEGER, ATTR_LOWER, ATTR_READONLY, ATTR_UPPER, ATTR_NAMEREF, IndexedArray, isValidName, scalarOf } from "../vars.js";
import type { FieldBuilder } from "./fields.js";
import type { ExpandMode } from "./word.js";

export type Value =
  | { list: false; value: string | undefined }
  /** star: the $* / ${a[*]} form (joined with IFS[0] when quoted). */
  | { list: true; values: string[]; star: boolean; /** An indexed array's indices, for ${a[@]:off:len}. */ keys?: number[] };

const UNSET: Value = { list: false, value: undefined };

export function charLength(s: string): number {
  // Characters, not UTF-16 units (bash counts characters in a UTF-8 locale).
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** Text of the expansion as written, for error messages (`${x:?}`, bad substitution). */
function paramText(pe: ParamExpansion): string {
  if (pe.short) return `$${pe.name}`;
  return `\${${pe.indirect ? "!" : ""}${pe.length ? "#" : ""}${pe.name}${pe.index ? "[…]" : ""}}`;
}

export async function expandParamInto(
  sh: Shell,
  fb: FieldBuilder,
  pe: ParamExpansion,
  quoted: boolean,
  mode: ExpandMode,
): Promise<void> {
  if (sh.dialect === "dash" && (pe.badSubst !== undefined || pe.indirect || pe.index !== undefined || (pe.op !== undefined && DASH_LACKS.has(pe.op)))) {
    // dash 0.5.12 has none of bash's ${!x}, ${a[i]}, ${x/p/r}, ${x:o:l}, ${x^}, ${x@Q}: fatal, status 2.
    sh.errorLine("Bad substitution");
    throw new FatalError(2);
  }
  if (pe.badSubst !== undefined) {
    sh.errorLine(`${pe.badSubst}: bad substitution`);
    throw new FatalError(1);
  }
  const op = pe.op;
  let val = await baseValue(sh, pe);

  if (pe.length) {
    if (val.list) {
      emitScalar(fb, String(val.values.length), quoted, mode);
      return;
    }
    if (val.value === undefined && sh.opts.nounset && !isSpecialAlwaysSet(pe.name)) unbound(sh, pe);
    emitScalar(fb, String(charLength(val.value ?? "")), quoted, mode);
    return;
  }

  if (op === undefined) {
    if (!val.list && val.value === undefined && sh.opts.nounset && !isSpecialAlwaysSet(pe.name)) unbound(sh, pe);
    if (val.list && sh.opts.nounset && pe.index && !sh.vars.lookup(pe.name) && pe.name !== "@" && pe.name !== "*") {
      unbound(sh, pe);
    }
    emit(sh, fb, val, quoted, mode);
    return;
  }

  switch (op) {
    case "-":
    case ":-":
    case "=":
    case ":=":
    case "?":
    case ":?":
    case "+":
    case ":+": {
      const colon = op.startsWith(":");
      const isUnset = val.list ? val.values.length === 0 : val.value === undefined;
      const isNull = val.list ? val.values.join("") === "" : val.value === "";
      const useAlt = isUnset || (colon && isNull);
      const base = op.replace(":", "");
      if (base === "+") {
        if (!useAlt && pe.arg) await sh.expandPartsInto(fb, pe.arg.parts, quoted, mode);
        else if (!useAlt) {
          /* ${x+} with empty word */
        }
        return;
      }
      if (!useAlt) {
        emit(sh, fb, val, quoted, mode);
        return;
      }
      if (base === "-") {
        if (pe.arg) await sh.expandPartsInto(fb, pe.arg.parts, quoted, mode);
        return;
      }
      if (base === "=") {
        const v = pe.arg ? await sh.expandString(pe.arg) : "";
        if (pe.name === "@" || pe.name === "*" || /^[0-9]+$/.test(pe.name) || !isValidName(pe.name)) {
          sh.errorLine(`$${pe.name}: cannot assign in this way`);
          throw new FatalError(1);
        }
        sh.assignIndexed(pe.name, pe.index ? await sh.expandString(pe.index) : undefined, v);
        val = await baseValue(sh, pe);
        emit(sh, fb, val, quoted, mode);
        return;
      }
      // ? and :?
      const msg = pe.arg && pe.arg.parts.length ? await sh.expandString(pe.arg) : colon ? "parameter null or not set" : "parameter not set";
      sh.errorLine(`${pe.name}: ${msg}`);
      throw sh.dialect === "dash" ? new FatalError(2) : new FatalError(1, true);
    }
  }

  // The remaining operators act on the value (each element of a list).
  if (!val.list && val.value === undefined && sh.opts.nounset && !isSpecialAlwaysSet(pe.name)) unbound(sh, pe);
  const apply = await operator(sh, pe, val);
  if (val.list) {
    const values = val.values.map(apply);
    emit(sh, fb, { list: true, values, star: val.star }, quoted, mode);
  } else if (op === ":") {
    emit(sh, fb, { list: false, value: val.value === undefined ? undefined : apply(val.value) }, quoted, mode);
  } else {
    emit(sh, fb, { list: false, value: val.value === undefined ? undefined : apply(val.value) }, quoted, mode);
  }
}

export function isSpecialAlwaysSet(name: string): boolean {
  return name === "@" || name === "*" || name === "#" || name === "?" || name === "$" || name === "-" || name === "0";
}

function unbound(sh: Shell, pe: ParamExpansion): never {
  let name = /^[0-9]+$/.test(pe.name) ? `$${pe.name}` : pe.name;
  if (pe.index) name = `${pe.name}[${sh.wordText(pe.index)}]`;
  if (pe.name === "!") name = "!";
  if (sh.dialect === "dash") {
    sh.errorLine(`${name}: parameter not set`);
    throw new FatalError(2);
  }
  sh.errorLine(`${name}: unbound variable`);
  throw new FatalError(1, true);
}

/** Emits a value into the field builder according to quoting and the expansion mode. */
export function emit(sh: Shell, fb: FieldBuilder, val: Value, quoted: boolean, mode: ExpandMode): void {
  if (!val.list) {
    if (val.value !== undefined) emitScalar(fb, val.value, quoted, mode);
    return;
  }
  const vals = val.values;
  if (mode !== "words") {
    // Assignments, [[ ]], case, here-strings: one string.
    const sep = val.star ? sh.ifsFirst() : " ";
    emitScalar(fb, vals.join(sep), quoted, mode);
    return;
  }
  if (quoted) {
    if (val.star) {
      fb.quoted(vals.join(sh.ifsFirst()));
      return;
    }
    for (let i = 0; i < vals.length; i++) {
      if (i > 0) fb.push();
      fb.quoted(vals[i]!);
    }
    return;
  }
  for (let i = 0; i < vals.length; i++) {
    if (i > 0) fb.boundary();
    fb.split(vals[i]!);
  }
}

export function emitScalar(fb: FieldBuilder, s: string, quoted: boolean, mode: ExpandMode): void {
  if (quoted) fb.quoted(s);
  else if (mode === "words") fb.split(s);
  else if (mode === "pattern") fb.split(s);
  else fb.quoted(s);
}

/** The value a parameter expansion starts from (before its operator). */
async function baseValue(sh: Shell, pe: ParamExpansion): Promise<Value> {
  const name = pe.name;
  if (pe.indirect) {
    if (pe.prefixMatch) {
      const names = sh.vars.names().filter((n) => n.startsWith(name) && sh.vars.lookup(n)?.value !== undefined || (n.startsWith(name) && sh.vars.lookup(n)?.dyn));
      return { list: true, values: names, star: pe.prefixMatch === "*" };
    }
    if (pe.index) {
      const idx = sh.wordText(pe.index);
      if (idx === "@" || idx === "*") {
        const v = sh.vars.lookup(name);
        let keys: string[] = [];
        if (v?.value instanceof IndexedArray) keys = v.value.keys().map(String);
        else if (v?.value instanceof Map) keys = [...v.value.keys()];
        else if (v && v.value !== undefined) keys = ["0"];
        return { list: true, values: keys, star: idx === "*" };
      }
    }
    // ${!REF} of a name reference: the name it refers to (bash expands the reference itself).
    if (!pe.index) {
      const raw = sh.vars.lookupRaw(name);
      if (raw && raw.attrs & ATTR_NAMEREF) return { list: false, value: typeof raw.value === "string" ? raw.value : undefined };
    }
    // ${!x}: the value of the variable named by x's value.
    const ref = (await baseValue(sh, { ...pe, indirect: false, op: undefined, length: false })) as Value;
    if (ref.list) return ref;
    if (ref.value === undefined) {
      if (sh.opts.nounset) unbound(sh, pe);
      return UNSET;
    }
    return refValue(sh, ref.value);
  }
  if (pe.index) {
    const v = sh.vars.lookup(name);
    const idxText = await sh.expandIndexText(pe.index);
    if (idxText === "@" || idxText === "*") {
      const star = idxText === "*";
      if (!v) return { list: true, values: [], star };
      const val = sh.valueOf(v, name);
      if (val instanceof IndexedArray) return { list: true, values: val.values(), star, keys: val.keys() };
      if (val instanceof Map) return { list: true, values: [...val.values()], star };
      return { list: true, values: val === undefined ? [] : [val], star };
    }
    return { list: false, value: sh.getElement(name, idxText) };
  }
  switch (name) {
    case "@":
    case "*":
      return { list: true, values: sh.positional, star: name === "*" };
    case "#":
      return { list: false, value: String(sh.positional.length) };
  }
  return { list: false, value: sh.getScalar(name) };
}

/** Value of a parameter named by a string (indirection): `x`, `1`, `a[2]`, `a[@]`. */
function refValue(sh: Shell, ref: string): Value {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(ref);
  if (m) {
    const idx = m[2]!;
    if (idx === "@" || idx === "*") {
      const v = sh.vars.lookup(m[1]!);
      const star = idx === "*";
      if (!v) return { list: true, values: [], star };
      if (v.value instanceof IndexedArray) return { list: true, values: v.value.values(), star, keys: v.value.keys() };
      if (v.value instanceof Map) return { list: true, values: [...v.value.values()], star };
      return { list: true, values: v.value === undefined ? [] : [v.value], star };
    }
    return { list: false, value: sh.getElement(m[1]!, idx) };
  }
  if (ref === "@" || ref === "*") return { list: true, values: sh.positional, star: ref === "*" };
  if (!isValidName(ref) && !/^[0-9]+$/.test(ref) && !/^[#?$!\-0]$/.test(ref)) {
    sh.errorLine(`${ref}: invalid variable name`);
    throw new FatalError(1);
  }
  return { list: false, value: sh.getScalar(ref) };
}

/** Builds the per-string function for operators that transform values. */
async function operator(sh: Shell, pe: ParamExpansion, val: Value): Promise<(s: string) => string> {
  const op = pe.op!;
  switch (op) {
    case "#":
    case "##": {
      const pat = pe.arg ? await sh.expandPattern(pe.arg) : "";
      return (s) => {
        const n = matchPrefix(pat, s, op === "##");
        return n < 0 ? s : s.slice(n);
      };
    }
    case "%":
    case "%%": {
      const pat = pe.arg ? await sh.expandPattern(pe.arg) : "";
      return (s) => {
        const i = matchSuffix(pat, s, op === "%%");
        return i < 0 ? s : s.slice(0, i);
      };
    }
    case "/":
    case "//":
    case "/#":
    case "/%": {
      const pat = pe.arg ? await sh.expandPattern(pe.arg) : "";
      const rep = pe.arg2 ? await sh.expandString(pe.arg2) : "";
      return (s) => replacePattern(s, pat, rep, op);
    }
    case "^":
    case "^^":
    case ",":
    case ",,": {
      const pat = pe.arg && pe.arg.parts.length ? await sh.expandPattern(pe.arg) : undefined;
      const up = op[0] === "^";
      const all = op.length === 2;
      return (s) => {
        let out = "";
        let first = true;
        for (const ch of s) {
          if ((all || first) && (pat === undefined || globMatch(pat, ch))) out += up ? ch.toUpperCase() : ch.toLowerCase();
          else out += ch;
          first = false;
        }
        return out;
      };
    }
    case ":": {
      const offText = pe.arg ? await sh.expandString(pe.arg) : "";
      const lenText = pe.arg2 ? await sh.expandString(pe.arg2) : undefined;
      const off = Number(sh.arith(offText));
      const len = lenText === undefined ? undefined : Number(sh.arith(lenText));
      if (val.list) {
        // Slicing a list: positional parameters count $0 as element 0.
        const vals = pe.name === "@" || pe.name === "*" ? [sh.scriptName, ...val.values] : val.values;
        let start = off < 0 ? vals.length + off : off;
        if (len !== undefined && len < 0) {
          sh.errorLine(`${lenText!.trim()}: substring expression < 0`);
          throw new FatalError(1);
        }
        if (val.keys) {
          // array_subrange(): an indexed array's offset is an index (a negative
          // one counts back from the highest index + 1); the slice starts at the
          // first element whose index is at least that, len counts elements.
          const keys = val.keys;
          const idx = off < 0 ? (keys.length ? keys[keys.length - 1]! + 1 : 0) + off : off;
          if (idx < 0) start = -1;
          else {
            let lo = 0;
            let hi = keys.length;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if (keys[mid]! < idx) lo = mid + 1;
              else hi = mid;
            }
            start = lo;
          }
        }
        val.values = start < 0 ? [] : vals.slice(start, len === undefined ? vals.length : start + len);
        return (s) => s;
      }
      return (s) => {
        const chars = [...s];
        let start = off < 0 ? chars.length + off : off;
        if (start < 0 || start > chars.length) return "";
        let end: number;
        if (len === undefined) end = chars.length;
        else if (len < 0) {
          end = chars.length + len;
          if (end < start) {
            sh.errorLine(`${lenText!.trim()}: substring expression < 0`);
            throw new FatalError(1);
          }
        } else end = Math.min(chars.length, start + len);
        start = Math.max(0, start);
        return chars.slice(start, end).join("");
      };
    }
    case "@": {
      const letter = pe.arg ? sh.wordText(pe.arg) : "";
      return transform(sh, pe, letter);
    }
  }
  return (s) => s;
}

function transform(sh: Shell, pe: ParamExpansion, letter: string): (s: string) => string {
  switch (letter) {
    case "Q":
      return (s) => shellQuoteAlways(s);
    case "E":
      return (s) => decodeAnsiC(s);
    case "P":
      return (s) => sh.expandPromptString(s);
    case "U":
      return (s) => s.toUpperCase();
    case "u":
      return (s) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
    case "L":
      return (s) => s.toLowerCase();
    case "K":
    case "k":
      return (s) => shellQuoteAlways(s);
    case "a":
      return () => attrLetters(sh, pe.name);
    case "A":
      return (s) => {
        const a = attrLetters(sh, pe.name);
        return `declare -${a || "-"} ${pe.name}=${shellQuoteAlways(s)}`;
      };
  }
  sh.errorLine(`\${${pe.name}@${letter}}: bad substitution`);
  throw new FatalError(1);
}

function attrLetters(sh: Shell, name: string): string {
  const v = sh.vars.lookup(name);
  if (!v) return "";
  let s = "";
  if (v.attrs & ATTR_ARRAY || v.value instanceof IndexedArray) s += "a";
  if (v.attrs & ATTR_ASSOC || v.value instanceof Map) s += "A";
  if (v.attrs & ATTR_INTEGER) s += "i";
  if (v.attrs & ATTR_LOWER) s += "l";
  if (v.attrs & ATTR_NAMEREF) s += "n";
  if (v.attrs & ATTR_READONLY) s += "r";
  if (v.attrs & ATTR_UPPER) s += "u";
  if (v.attrs & ATTR_EXPORT) s += "x";
  return s;
}

/** Backslash escapes as $'…' decodes them (for ${x@E}). */
export function decodeAnsiC(s: string): string {
  return s.replace(/\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}|c.|.)/gs, (m, e: string) => {
    switch (e[0]) {
      case "a": return "\x07";
      case "b": return "\b";
      case "e": case "E": return "\x1b";
      case "f": return "\f";
      case "n": return "\n";
      case "r": return "\r";
      case "t": return "\t";
      case "v": return "\v";
      case "\\": return "\\";
      case "'": return "'";
      case '"': return '"';
      case "?": return "?";
      case "x": return String.fromCharCode(parseInt(e.slice(1), 16));
      case "u": case "U": return String.fromCodePoint(parseInt(e.slice(1), 16));
      case "c": return String.fromCharCode(e.charCodeAt(1) & 31);
    }
    if (/[0-7]/.test(e[0]!)) return String.fromCharCode(parseInt(e, 8) & 255);
    return m;
  });
}

export { ansiQuote, evalArith, ArithError, ArithUnbound, paramText };
export type { Word };

/** Parameter operators bash has and dash 0.5.12 does not. */
const DASH_LACKS = new Set<ParamOp>(["/", "//", "/#", "/%", "^", "^^", ",", ",,", ":", "@"]);

/** The forms expandParamSync takes: `$x`, `${x}`, `${#x}` and the specials, without operator, subscript or indirection. */
export function isSimpleParam(pe: ParamExpansion): boolean {
  return pe.badSubst === undefined && !pe.indirect && pe.index === undefined && pe.op === undefined;
}

/**
 * expandParamInto for an isSimpleParam form, without awaiting (see sync.ts).
 * Returns false, having changed nothing, where the value would have an effect
 * (a dynamic variable: RANDOM draws, LINENO…) or `set -u` would fail: the
 * caller then expands the word on the awaiting path.
 */
export function expandParamSync(sh: Shell, fb: FieldBuilder, pe: ParamExpansion, quoted: boolean, mode: ExpandMode): boolean {
  const name = pe.name;
  let val: Value;
  if (name === "@" || name === "*") val = { list: true, values: sh.positional, star: name === "*" };
  else if (name === "#") val = { list: false, value: String(sh.positional.length) };
  else {
    if (sh.vars.lookup(name)?.dyn) return false;
    val = { list: false, value: sh.getScalar(name) };
  }
  if (!val.list && val.value === undefined && sh.opts.nounset && !isSpecialAlwaysSet(name)) return false;
  if (pe.length) emitScalar(fb, String(val.list ? val.values.length : charLength(val.value ?? "")), quoted, mode);
  else emit(sh, fb, val, quoted, mode);
  return true;
}
