// Brace-expansion detection, following bash(1) "Brace Expansion": only unquoted `{`, `,`, `}` and
// `..` count; quoted or escaped characters and expansions (`$x`, `${…}`, `$(…)`) are opaque, so
// `{"a,b"}` and `\{a,b}` stay literal. A `{` starts an expansion when its matching `}` encloses a
// top-level comma or a valid sequence (`{1..5}`, `{a..e}`, `{01..10}`, `{1..10..2}`); otherwise
// the search goes on after it (`{a}{b,c}` gives `{a}b {a}c`, `{{a,b}}` gives `{a} {b}`).
import type { BraceExpansion, WordPart } from "../ast.js";

type Atom = string | WordPart; // a string atom is one unquoted literal character

function toAtoms(parts: WordPart[]): Atom[] {
  const atoms: Atom[] = [];
  for (const p of parts) {
    if (p.type === "Literal") for (const ch of p.value) atoms.push(ch);
    else atoms.push(p);
  }
  return atoms;
}

function toParts(atoms: Atom[], from: number, to: number): WordPart[] {
  const out: WordPart[] = [];
  let lit = "";
  for (let i = from; i < to; i++) {
    const a = atoms[i];
    if (typeof a === "string") lit += a;
    else {
      if (lit !== "") out.push({ type: "Literal", value: lit });
      lit = "";
      out.push(a);
    }
  }
  if (lit !== "") out.push({ type: "Literal", value: lit });
  return out;
}

const NUM_SEQ = /^([-+]?\d+)\.\.([-+]?\d+)(?:\.\.([-+]?\d+))?$/;
const CHAR_SEQ = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.([-+]?\d+))?$/;

function sequence(atoms: Atom[], from: number, to: number): BraceExpansion["sequence"] | undefined {
  let text = "";
  for (let i = from; i < to; i++) {
    const a = atoms[i];
    if (typeof a !== "string") return undefined;
    text += a;
  }
  const m = NUM_SEQ.exec(text) ?? CHAR_SEQ.exec(text);
  if (!m) return undefined;
  return m[3] !== undefined ? { from: m[1], to: m[2], step: m[3] } : { from: m[1], to: m[2] };
}

function expand(atoms: Atom[], from: number, to: number): WordPart[] {
  for (let i = from; i < to; i++) {
    if (atoms[i] !== "{") continue;
    let depth = 0;
    let close = -1;
    const commas: number[] = [];
    for (let j = i + 1; j < to; j++) {
      const a = atoms[j];
      if (a === "{") depth++;
      else if (a === "}") {
        if (depth === 0) {
          close = j;
          break;
        }
        depth--;
      } else if (a === "," && depth === 0) commas.push(j);
    }
    if (close < 0) continue;
    let brace: BraceExpansion | undefined;
    if (commas.length > 0) {
      const alternatives: WordPart[][] = [];
      let start = i + 1;
      for (const c of [...commas, close]) {
        alternatives.push(expand(atoms, start, c));
        start = c + 1;
      }
      brace = { type: "BraceExpansion", alternatives };
    } else {
      const seq = sequence(atoms, i + 1, close);
      if (seq) brace = { type: "BraceExpansion", sequence: seq };
    }
    if (!brace) continue;
    return [...toParts(atoms, from, i), brace, ...expand(atoms, close + 1, to)];
  }
  return toParts(atoms, from, to);
}

/** True when an unquoted literal `{` occurs at all (cheap pre-check). */
function hasBrace(parts: WordPart[]): boolean {
  return parts.some((p) => p.type === "Literal" && p.value.includes("{"));
}

/** Rewrites a word's top-level parts with BraceExpansion parts where bash would expand braces. */
export function detectBraces(parts: WordPart[]): WordPart[] {
  if (!hasBrace(parts)) return parts;
  const atoms = toAtoms(parts);
  return expand(atoms, 0, atoms.length);
}
