// grep's pattern list: each of the newline-separated PATTERNS compiled on its
// own (BRE, ERE, fixed strings, or -P on JavaScript's own regex dialect,
// pcre.ts), with -w/-x/-i applied. A line is selected when any pattern matches;
// -o and --color use the leftmost-longest match across all patterns.

import { type Match, PosixRegex, escapeLiteral, translate } from "../lib/regex/index.js";
import { PcreRegex } from "./pcre.js";

export type GrepMode = "G" | "E" | "F" | "P";

export interface MatcherOptions {
  mode: GrepMode;
  icase: boolean;
  word: boolean;
  line: boolean;
  warn: (msg: string) => void;
}

export class GrepMatcher {
  private readonly res: (PosixRegex | PcreRegex)[] = [];
  /** An empty pattern without -w/-x matches every line. */
  private matchAll = false;

  constructor(patterns: string[], o: MatcherOptions) {
    // -x and -w: the whole line, or a match with no word character either side.
    const wrap = (x: string) => (o.line ? `^(?:${x})$` : o.word ? `(?<![A-Za-z0-9_])(?:${x})(?![A-Za-z0-9_])` : x);
    for (const p of patterns) {
      if (p === "" && !o.word && !o.line) this.matchAll = true;
      let src: string;
      let nsub = 0;
      let hasAlt = false;
      if (o.mode === "F") src = [...p].map(escapeLiteral).join("");
      else if (o.mode === "P") {
        this.res.push(new PcreRegex(p, o.icase, wrap));
        continue;
      } else {
        const t = translate(p, { flavor: o.mode === "E" ? "ere" : "bre", warn: o.warn, classCheck: true });
        src = t.source;
        nsub = t.nsub;
        hasAlt = t.hasAlt;
      }
      this.res.push(new PosixRegex(wrap(src), nsub, hasAlt, o.icase, false));
    }
  }

  test(line: string): boolean {
    if (this.matchAll) return true;
    for (const r of this.res) if (r.test(line)) return true;
    return false;
  }

  /** Non-empty matches in a line, left to right (grep -o, --color). */
  matches(line: string): Match[] {
    const out: Match[] = [];
    let pos = 0;
    while (pos <= line.length) {
      let best: Match | null = null;
      for (const r of this.res) {
        const m = r.exec(line, pos);
        if (m && (!best || m.index < best.index || (m.index === best.index && m.end > best.end))) best = m;
      }
      if (!best) break;
      if (best.end === best.index) {
        pos = best.index + 1;
        continue;
      }
      out.push(best);
      pos = best.end;
    }
    return out;
  }
}
