// Building the fields of one word during expansion: quoted text, unquoted
// literal text (glob characters live), and unquoted expansion results (split
// on IFS, glob characters live). Each field keeps its value and its pattern
// form (quoted characters backslash-escaped, see pattern.ts) so pathname
// expansion and pattern matching know what was quoted.
//
// Splitting follows POSIX/bash: IFS whitespace runs are one separator and are
// trimmed at the edges; each non-whitespace IFS character ends a field (so
// "a::b" with IFS=: gives a, "", b); a trailing separator makes no empty field.

import { escapeGlob } from "../pattern.js";

export interface Field {
  value: string;
  /** Pattern form (quoted chars escaped); only meaningful when glob is true. */
  pat: string;
  /** Has an unquoted glob character. */
  glob: boolean;
}

export const DEFAULT_IFS = " \t\n";

export class FieldBuilder {
  readonly out: Field[] = [];
  private v = "";
  private p = "";
  private glob = false;
  started = false;

  constructor(private readonly ifs: string) {}

  /** Text that is quoted: never split nor globbed. */
  quoted(s: string): void {
    this.v += s;
    this.p += escapeGlob(s);
    this.started = true;
  }

  /** Unquoted literal text from the word itself: globbed, not split. */
  literal(s: string): void {
    if (!s) return;
    this.v += s;
    if (!this.glob && /[*?[]/.test(s)) this.glob = true;
    this.p += s.includes("\\") ? s.replace(/\\/g, "\\\\") : s;
    this.started = true;
  }

  /** Unquoted expansion result: split on IFS, then globbed. */
  split(s: string): void {
    const ifs = this.ifs;
    if (!s) return;
    if (!ifs) {
      this.unquotedText(s);
      return;
    }
    const n = s.length;
    let i = 0;
    let seg = 0;
    while (i < n) {
      const c = s[i]!;
      if (ifs.indexOf(c) < 0) {
        i++;
        continue;
      }
      if (i > seg) this.unquotedText(s.slice(seg, i));
      // One separator: IFS whitespace, at most one non-whitespace IFS char, IFS whitespace.
      let j = i;
      while (j < n && isIfsWhite(s[j]!, ifs)) j++;
      let hard = false;
      if (j < n && ifs.indexOf(s[j]!) >= 0 && !isIfsWhite(s[j]!, ifs)) {
        hard = true;
        j++;
        while (j < n && isIfsWhite(s[j]!, ifs)) j++;
      }
      if (this.started || hard) this.push();
      i = j;
      seg = j;
    }
    if (seg < n) this.unquotedText(s.slice(seg));
  }

  private unquotedText(s: string): void {
    this.v += s;
    if (!this.glob && /[*?[]/.test(s)) this.glob = true;
    this.p += s.includes("\\") ? s.replace(/\\/g, "\\\\") : s;
    this.started = true;
  }

  /** Ends the current field unconditionally (between the words of "$@"). */
  push(): void {
    this.out.push({ value: this.v, pat: this.p, glob: this.glob });
    this.v = "";
    this.p = "";
    this.glob = false;
    this.started = false;
  }

  /** Ends the current field if it has anything (between the words of an unquoted $@). */
  boundary(): void {
    if (this.started) this.push();
  }

  finish(): Field[] {
    if (this.started) this.push();
    return this.out;
  }
}

function isIfsWhite(c: string, ifs: string): boolean {
  return (c === " " || c === "\t" || c === "\n") && ifs.indexOf(c) >= 0;
}

/** Splits a string on IFS the way `read` does for its last-but-one fields (no globbing). */
export function splitIfs(s: string, ifs: string): string[] {
  const fb = new FieldBuilder(ifs);
  fb.split(s);
  return fb.finish().map((f) => f.value);
}
