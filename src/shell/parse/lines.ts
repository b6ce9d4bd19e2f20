// LINENO inside `$(…)`, `<(…)` and backquotes: bash parses the body again when it runs it, with
// line numbers counted from the LINENO of the running command. The lexer records on which source
// line each body starts; once the enclosing command's line is known, the body's nodes are shifted.
import type { WordPart } from "../ast.js";

function shift(node: unknown, delta: number): void {
  if (Array.isArray(node)) {
    for (const x of node) shift(x, delta);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  if (typeof o.line === "number" && typeof o.type === "string") o.line = (o.line as number) + delta;
  for (const k in o) {
    const v = o[k];
    if (v !== null && typeof v === "object") shift(v, delta);
  }
}

/** Rebases the substitution bodies found in `parts` (not inside other bodies) to `line`. */
export function rebaseLines(parts: WordPart[], line: number, starts: WeakMap<object, number>): void {
  for (const p of parts) {
    switch (p.type) {
      case "CommandSubstitution":
      case "ProcessSubstitution": {
        const s = starts.get(p);
        if (s === undefined) break;
        starts.delete(p);
        if (p.type === "CommandSubstitution" && p.backtick) {
          // A backquoted body is kept as written: its lines count from the command's line.
          if (line !== s) shift(p.body, line - s);
          break;
        }
        // bash 5.2 keeps `$(…)` as the text its command printer regenerates from the parsed body:
        // blank lines and comments vanish and each top-level line of statements becomes one line.
        let next = line;
        let prevOrig: number | undefined;
        for (const st of p.body) {
          const orig = st.line;
          if (prevOrig !== undefined && orig !== prevOrig) next++;
          prevOrig = orig;
          if (orig !== next) shift(st, next - orig);
        }
        break;
      }
      case "DoubleQuoted":
        rebaseLines(p.parts, line, starts);
        break;
      case "ParamExpansion":
        if (p.index) rebaseLines(p.index.parts, line, starts);
        if (p.arg) rebaseLines(p.arg.parts, line, starts);
        if (p.arg2) rebaseLines(p.arg2.parts, line, starts);
        break;
      case "BraceExpansion":
        for (const alt of p.alternatives ?? []) rebaseLines(alt, line, starts);
        break;
      default:
        break;
    }
  }
}
