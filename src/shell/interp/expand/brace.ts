// Brace expansion (bash's braces.c in behaviour): the first expansion, purely
// textual. {a,b,c} alternatives (nesting allowed) and {x..y[..step]} integer
// or letter sequences, with zero padding when an end point has leading zeros.
// The parser has already recognised the braces; this turns one word into
// several.

import type { BraceExpansion, Word, WordPart } from "../../ast.js";

function hasBrace(parts: WordPart[]): boolean {
  for (const p of parts) if (p.type === "BraceExpansion") return true;
  return false;
}

export function braceExpand(w: Word): Word[] {
  if (!hasBrace(w.parts)) return [w];
  return expandParts(w.parts).map((parts) => ({ type: "Word", parts }));
}

function expandParts(parts: WordPart[]): WordPart[][] {
  const i = parts.findIndex((p) => p.type === "BraceExpansion");
  if (i < 0) return [parts];
  const prefix = parts.slice(0, i);
  const be = parts[i] as BraceExpansion;
  const suffixes = expandParts(parts.slice(i + 1));
  const alts: WordPart[][] = [];
  if (be.alternatives) {
    for (const a of be.alternatives) for (const x of expandParts(a)) alts.push(x);
  } else if (be.sequence) {
    for (const s of sequence(be.sequence)) alts.push([{ type: "Literal", value: s }]);
  }
  const out: WordPart[][] = [];
  for (const a of alts) for (const s of suffixes) out.push([...prefix, ...a, ...s]);
  return out;
}

const MAX_SEQ = 1_000_000;

export function sequence(seq: { from: string; to: string; step?: string }): string[] {
  const { from, to } = seq;
  const literal = `{${from}..${to}${seq.step !== undefined ? `..${seq.step}` : ""}}`;
  let step = 1;
  if (seq.step !== undefined) {
    if (!/^[+-]?\d+$/.test(seq.step)) return [literal];
    step = Math.abs(Number(seq.step)) || 1;
  }
  const isInt = (s: string) => /^[+-]?\d+$/.test(s);
  if (isInt(from) && isInt(to)) {
    const a = Number(from);
    const b = Number(to);
    const pad =
      /^[+-]?0\d/.test(from) || /^[+-]?0\d/.test(to) ? Math.max(from.length, to.length) : 0;
    const out: string[] = [];
    const dir = a <= b ? 1 : -1;
    for (let v = a; dir > 0 ? v <= b : v >= b; v += dir * step) {
      let s = String(Math.abs(v));
      const neg = v < 0;
      if (pad) s = s.padStart(pad - (neg ? 1 : 0), "0");
      out.push(neg ? `-${s}` : s);
      if (out.length > MAX_SEQ) break;
    }
    return out;
  }
  if (from.length === 1 && to.length === 1 && /[A-Za-z]/.test(from) && /[A-Za-z]/.test(to)) {
    const a = from.charCodeAt(0);
    const b = to.charCodeAt(0);
    const dir = a <= b ? 1 : -1;
    const out: string[] = [];
    for (let v = a; dir > 0 ? v <= b : v >= b; v += dir * step) out.push(String.fromCharCode(v));
    return out;
  }
  return [literal];
}
