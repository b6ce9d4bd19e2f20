// A compiled POSIX regex with leftmost-longest overall matches.
//
// JavaScript's engine is backtracking and leftmost-first: for `ab|abcd` on
// "abcd" it stops at "ab", where POSIX (and grep -o, sed s, gawk sub) take
// "abcd". When the pattern contains alternation we look for a longer match
// at the same start by re-running the regex with a lookbehind that demands the
// match end past the current one, until none is found. Greedy quantifiers
// without alternation already give the longest match in the cases tools meet.
// Known difference: POSIX's rule that each *subexpression* is also leftmost-
// longest is not applied, so \1 may capture differently in contrived patterns.

import { type TranslateOptions, translate } from "./translate.js";

export interface Match {
  index: number;
  end: number;
  /** groups[0] is the whole match; undefined for a group that did not take part. */
  groups: Array<string | undefined>;
}

export interface CompileOptions extends TranslateOptions {
  icase?: boolean;
  /** sed's M flag: ^ and $ also match at embedded newlines. */
  multiline?: boolean;
}

export class PosixRegex {
  private readonly re: RegExp;
  private readonly flags: string;
  private longer: Map<number, RegExp> | undefined;

  constructor(
    readonly source: string,
    readonly nsub: number,
    private readonly hasAlt: boolean,
    icase: boolean,
    multiline: boolean,
  ) {
    this.flags = `${icase ? "i" : ""}${multiline ? "m" : ""}`;
    this.re = new RegExp(source, `g${this.flags}`);
  }

  test(s: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(s);
  }

  /** The leftmost-longest match starting at or after `from`. */
  exec(s: string, from = 0): Match | null {
    this.re.lastIndex = from;
    const m = this.re.exec(s);
    if (!m) return null;
    let best: RegExpExecArray = m;
    let end = m.index + m[0].length;
    if (this.hasAlt) {
      for (let guard = 0; guard < s.length + 1; guard++) {
        const r = this.longerThan(end);
        r.lastIndex = m.index;
        const m2 = r.exec(s);
        if (!m2) break;
        best = m2;
        end = m2.index + m2[0].length;
      }
    }
    return { index: m.index, end, groups: Array.from(best) };
  }

  private longerThan(end: number): RegExp {
    this.longer ??= new Map();
    let r = this.longer.get(end);
    if (!r) {
      if (this.longer.size > 64) this.longer.clear();
      r = new RegExp(`(?:${this.source})(?<=(?<![\\s\\S])[\\s\\S]{${end + 1},})`, `y${this.flags}`);
      this.longer.set(end, r);
    }
    return r;
  }
}

/** Compiles a POSIX pattern; throws RegexSyntaxError with glibc's message. */
export function compileRegex(pattern: string, opts: CompileOptions): PosixRegex {
  const t = translate(pattern, opts);
  return new PosixRegex(t.source, t.nsub, t.hasAlt, !!opts.icase, !!opts.multiline);
}
