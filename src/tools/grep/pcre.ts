// grep -P: Perl patterns (PCRE2 in grep 3.8) run on JavaScript's RegExp, which
// shares most of Perl's syntax. What JavaScript lacks is rewritten: a leading
// (?i)/(?s)/(?m)/(?x) option setting becomes a flag ((?x) is not modelled),
// \Q…\E quotes literally, and \K (outside any group) resets the reported match
// start, done with a capture around the rest and the `d` flag's indices.
// Syntax errors get PCRE2's wording for the common cases.
import { type Match, RegexSyntaxError, escapeLiteral } from "../lib/regex/index.js";

export class PcreRegex {
  private readonly re: RegExp;
  private readonly keep: boolean;

  constructor(pattern: string, icase: boolean, wrap: (src: string) => string) {
    let flags = icase ? "i" : "";
    let p = pattern;
    for (let m; (m = /^\(\?([imsx]+)\)/.exec(p)); p = p.slice(m[0].length)) {
      for (const f of m[1]!) if (f !== "x" && !flags.includes(f)) flags += f;
    }
    let src = quoteLiterals(p);
    const k = topLevelKeep(src);
    this.keep = k >= 0;
    if (k >= 0) src = `${src.slice(0, k)}(?<grepKeep>${src.slice(k + 2)})`;
    try {
      this.re = new RegExp(wrap(src), `g${this.keep ? "d" : ""}${flags}`);
    } catch (e) {
      throw new RegexSyntaxError(pcreMessage(String((e as Error).message)));
    }
  }

  test(s: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(s);
  }

  exec(s: string, from = 0): Match | null {
    this.re.lastIndex = from;
    const m = this.re.exec(s);
    if (!m) return null;
    const end = m.index + m[0].length;
    const start = this.keep ? m.indices!.groups!.grepKeep![0] : m.index;
    const groups: Array<string | undefined> = Array.from(m);
    if (this.keep) groups[0] = s.slice(start, end);
    return { index: start, end, groups };
  }
}

/** \Q…\E: the text between is literal (to the end when \E is missing). */
function quoteLiterals(p: string): string {
  let out = "";
  for (let i = 0; i < p.length; i++) {
    if (p[i] === "\\" && p[i + 1] === "Q") {
      let j = p.indexOf("\\E", i + 2);
      if (j < 0) j = p.length;
      out += [...p.slice(i + 2, j)].map(escapeLiteral).join("");
      i = j + 1;
      continue;
    }
    if (p[i] === "\\") {
      out += p.slice(i, i + 2);
      i++;
      continue;
    }
    out += p[i];
  }
  return out;
}

/** Index of a \K at group depth 0 outside brackets, or -1. */
function topLevelKeep(src: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      if (src[i + 1] === "K" && depth === 0 && !inClass) return i;
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
  }
  return -1;
}

function pcreMessage(js: string): string {
  if (/Unterminated group/.test(js)) return "missing closing parenthesis";
  if (/Unmatched '\)'/.test(js)) return "unmatched closing parenthesis";
  if (/Nothing to repeat/.test(js)) return "quantifier does not follow a repeatable item";
  if (/Unterminated character class/.test(js)) return "missing terminating ] for character class";
  if (/numbers out of order/.test(js)) return "numbers out of order in {} quantifier";
  if (/Range out of order/.test(js)) return "range out of order in character class";
  if (/\\ at end of pattern/.test(js)) return "\\ at end of pattern";
  return js.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, "").toLowerCase();
}
