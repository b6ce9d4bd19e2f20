// Syntax errors and warnings of the bash parser, carrying what the interpreter needs to print
// them the way bash 5.2 does.

/**
 * How bash reacts to each family of syntax error (observed with bash 5.2.15; see
 * test/shell/parser/errors/ for the recorded cases):
 * - "syntax": `syntax error near unexpected token `X'` followed by a second line that echoes the
 *   offending input line; exit status 2.
 * - "eof": `syntax error: unexpected end of file` (one line); exit status 2.
 * - "unmatched": `unexpected EOF while looking for matching `"'` (quotes, `${`, backquotes, `((`,
 *   `$((`, `[` of a subscript); one line; exit status = the last command's status, or 2 if it was 0.
 * - "cond": errors inside `[[ ]]` (`unexpected argument `]]' to conditional binary operator`, or no
 *   message at all for `[[ ]]`, `[[ ! ]]`: a bash 5.2 quirk); exit status = the last command's
 *   status, unchanged.
 * - "array": unterminated array literal `a=(`; one line; exit status 1.
 * - "subst": a syntax error inside `$(…)` / `<(…)` / `>(…)` (the body is parsed when the word is
 *   read): the two lines as for "syntax"; exit status 127 with `bash -c`, 2 when running a file.
 *   An unterminated `$(` is reported as "unmatched" with `)` but exits with 2.
 */
export type ParseErrorKind = "syntax" | "eof" | "unmatched" | "unmatched-subst" | "cond" | "array" | "subst";

/**
 * A bash syntax error.
 *
 * Printing it like bash: every line in `lines()` is prefixed with `NAME: -c: line N: ` for
 * `bash -c SCRIPT NAME` (NAME defaults to `bash`), `FILE: line N: ` for `bash FILE`, `bash: line N: `
 * for a script read from stdin, where N is `line`. Then the shell stops reading the script and
 * exits with `exitStatus(lastStatus, mode)`. For "syntax" errors `lines()` has two entries: the
 * message and the offending input line quoted as `` `…' `` (sourceLine holds it unquoted).
 */
export class ParseError extends Error {
  readonly line: number;
  /** The first line bash prints ("" when it prints nothing, see "cond"). */
  override readonly message: string;
  /** dash's words for this error where the parser knows better than the bash text (after "Syntax error: "). */
  dashText: string | undefined;
  /** The input line bash echoes on a second line (without the surrounding `` ` `` and `'`). */
  readonly sourceLine?: string;
  /** The input merely ended too early: an interactive shell would prompt with PS2 and read on. */
  readonly incomplete: boolean;
  readonly kind: ParseErrorKind;
  private readonly printed: string[];

  /**
   * `printed`: the lines bash prints, without prefixes. For "syntax"/"subst" errors built with
   * ParseError.near, the second line is "`SOURCELINE'".
   */
  constructor(kind: ParseErrorKind, line: number, printed: string[], opts: { sourceLine?: string; incomplete?: boolean } = {}) {
    super(printed[0] ?? "");
    this.name = "ParseError";
    this.kind = kind;
    this.line = line;
    this.message = printed[0] ?? "";
    this.printed = printed;
    this.sourceLine = opts.sourceLine;
    this.incomplete = opts.incomplete ?? false;
  }

  /** `syntax error near unexpected token `TOKEN'` + the echoed input line. */
  static near(token: string, line: number, sourceLine: string, kind: ParseErrorKind = "syntax"): ParseError {
    return new ParseError(kind, line, [`syntax error near unexpected token \`${token}'`, "`" + sourceLine + "'"], { sourceLine });
  }

  /** A copy with another kind (errors inside `$(…)` become "subst"). */
  withKind(kind: ParseErrorKind): ParseError {
    return new ParseError(kind, this.line, this.printed, { sourceLine: this.sourceLine, incomplete: this.incomplete });
  }

  /** The lines bash prints (each gets the `NAME: -c: line N: ` prefix); may be empty ("cond"). */
  lines(): string[] {
    return [...this.printed];
  }

  /** Exit status of a non-interactive shell that stops on this error. */
  exitStatus(lastStatus: number, mode: "-c" | "file"): number {
    switch (this.kind) {
      case "syntax":
      case "eof":
      case "unmatched-subst":
        return 2;
      case "unmatched":
        return lastStatus !== 0 ? lastStatus : 2;
      case "cond":
        return lastStatus;
      case "array":
        return 1;
      case "subst":
        return mode === "-c" ? 127 : 2;
    }
  }
}

/**
 * A warning that does not stop parsing: bash prints `NAME: line N: MESSAGE` (note: no `-c:` even
 * for `bash -c`; `FILE: line N: MESSAGE` for a file), e.g.
 * `warning: here-document at line 1 delimited by end-of-file (wanted `EOF')`.
 */
export interface ParseWarning {
  line: number;
  message: string;
}

/** dash's words for a syntax error, from what the parser found. */
export function dashSyntaxText(e: ParseError): string {
  if (e.dashText !== undefined) return e.dashText;
  if (e.kind === "eof") return "end of file unexpected";
  const u = /^unexpected EOF while looking for matching `(.)'$/.exec(e.message);
  if (u) return u[1] === "}" ? "Missing '}'" : u[1] === '"' || u[1] === "'" ? "Unterminated quoted string" : e.message;
  const m = /^syntax error near unexpected token `(.*)'$/.exec(e.message);
  if (m) return m[1] === "newline" ? "newline unexpected" : `"${m[1]}" unexpected`;
  return e.message;
}
