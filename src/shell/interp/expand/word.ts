// Word expansion in bash's order: brace expansion, then (left to right)
// tilde, parameter, arithmetic and command substitution, then word splitting,
// pathname expansion and quote removal. Three modes:
//  - "words": a command's arguments (split + glob), "$@" keeps word boundaries;
//  - "string": assignments, redirection targets, here-strings, [[ ]] operands
//    (no splitting, no globbing);
//  - "pattern": case patterns, [[ == ]] right sides, ${x#pat} (quoted
//    characters are escaped for the pattern matcher).

import type { DoubleQuoted, ParamExpansion, Word, WordPart } from "../../ast.js";
import type { Shell } from "../interpreter.js";
import { hasGlob, unescapeGlob } from "../pattern.js";
import { braceExpand } from "./brace.js";
import { FieldBuilder } from "./fields.js";
import { pathnameExpand } from "./glob.js";
import { expandParamInto } from "./param.js";
import { expandTilde } from "./tilde.js";

export type ExpandMode = "words" | "string" | "pattern";

export function isListParam(p: WordPart): boolean {
  if (p.type !== "ParamExpansion") return false;
  const pe = p as ParamExpansion;
  if (pe.length) return false;
  if (pe.name === "@" && !pe.index) return true;
  if (pe.index && pe.index.parts.length === 1 && pe.index.parts[0]!.type === "Literal") {
    const v = (pe.index.parts[0] as { value: string }).value;
    return v === "@";
  }
  return false;
}

export async function expandPartsInto(
  sh: Shell,
  fb: FieldBuilder,
  parts: WordPart[],
  quoted: boolean,
  mode: ExpandMode,
): Promise<void> {
  for (const part of parts) {
    if (emitPlainPart(sh, fb, part, quoted, mode)) continue;
    switch (part.type) {
      case "DoubleQuoted": {
        const dq = part as DoubleQuoted;
        const onlyLists = dq.parts.length > 0 && dq.parts.every(isListParam);
        await expandPartsInto(sh, fb, dq.parts, true, mode);
        if (!onlyLists) fb.quoted("");
        break;
      }
      case "ParamExpansion":
        await expandParamInto(sh, fb, part, quoted, mode);
        break;
      case "CommandSubstitution": {
        const out = await sh.commandSubst(part);
        emitText(fb, out, quoted, mode);
        break;
      }
      case "ArithSubstitution": {
        const v = await sh.arithSubst(part.expr);
        emitText(fb, v, quoted, mode);
        break;
      }
      case "ProcessSubstitution": {
        const path = await sh.processSubst(part);
        fb.quoted(path);
        break;
      }
      case "TildePrefix":
        fb.quoted(expandTilde(sh, part.user));
        break;
    }
  }
}

/** Parts with nothing to expand (literal and quoted text); false for the others. */
export function emitPlainPart(sh: Shell, fb: FieldBuilder, part: WordPart, quoted: boolean, mode: ExpandMode): boolean {
  switch (part.type) {
    case "Literal":
      if (quoted || mode === "string") fb.quoted(part.value);
      else fb.literal(part.value);
      return true;
    case "SingleQuoted":
    case "AnsiCQuoted":
      fb.quoted(part.value);
      return true;
    case "BraceExpansion":
      // Only reached where brace expansion does not apply (assignments, [[ ]]): the text stays.
      fb.literal(sh.partText(part));
      return true;
  }
  return false;
}

export function emitText(fb: FieldBuilder, s: string, quoted: boolean, mode: ExpandMode): void {
  if (quoted || mode === "string") fb.quoted(s);
  else fb.split(s);
}

/**
 * Whether unquoted literal text would be pathname-expanded: hasGlob of its
 * pattern form, where every backslash is doubled (so none escapes anything).
 */
function literalGlobs(v: string): boolean {
  let open = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 42 || c === 63) return true; // * ?
    if (c === 91) open = true; // [
    else if (c === 93 && open) return true; // ]
  }
  return false;
}

export function isPlainLiteral(w: Word): string | undefined {
  if (w.parts.length !== 1) return undefined;
  const p = w.parts[0]!;
  if (p.type === "Literal") return literalGlobs(p.value) ? undefined : p.value;
  if (p.type === "SingleQuoted" || p.type === "AnsiCQuoted") return p.value;
  return undefined;
}

/** Expands command words to argument strings (brace, split, glob). */
export async function expandWords(sh: Shell, words: Word[]): Promise<string[]> {
  const out: string[] = [];
  for (const w0 of words) {
    const lit = isPlainLiteral(w0);
    if (lit !== undefined) {
      out.push(lit);
      continue;
    }
    for (const w of sh.dialect === "dash" ? [w0] : braceExpand(w0)) {
      const fb = new FieldBuilder(sh.ifs());
      await expandPartsInto(sh, fb, w.parts, false, "words");
      pushFields(sh, out, fb);
    }
  }
  return out;
}

/** A word's finished fields onto `out`, pathname-expanded. */
export function pushFields(sh: Shell, out: string[], fb: FieldBuilder): void {
  for (const f of fb.finish()) {
    if (f.glob && !sh.opts.noglob && hasGlob(f.pat)) {
      const m = pathnameExpand(sh.task, f.pat);
      if (m.length) {
        for (const x of m) out.push(x);
        continue;
      }
    }
    out.push(f.value);
  }
}

/** A string-mode word's fields as one string. */
export function joinFields(fb: FieldBuilder): string {
  const f = fb.finish();
  if (f.length <= 1) return f[0]?.value ?? "";
  return f.map((x) => x.value).join(" ");
}

/** Expands one word to one string (no splitting or globbing). */
export async function expandString(sh: Shell, w: Word): Promise<string> {
  const lit = isPlainLiteral(w);
  if (lit !== undefined) return lit;
  const fb = new FieldBuilder("");
  await expandPartsInto(sh, fb, w.parts, false, "string");
  return joinFields(fb);
}

/** Expands a word to a pattern (quoted characters escaped). */
export async function expandPattern(sh: Shell, w: Word): Promise<string> {
  const fb = new FieldBuilder("");
  await expandPartsInto(sh, fb, w.parts, false, "pattern");
  const f = fb.finish();
  if (f.length <= 1) return f[0]?.pat ?? "";
  return f.map((x) => x.pat).join(" ");
}

/** A pattern's literal text (for error messages). */
export function patternText(p: string): string {
  return unescapeGlob(p);
}
