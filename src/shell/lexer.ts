// The bash lexer: turns source text into operator, redirection and word tokens, reading each word
// into its parts (quotes, parameter/command/arithmetic substitution) as bash's read_token_word
// does. Word lexing depends on where the parser is (command start, arguments, `[[ ]]`, the regex
// after `=~`), so the parser asks for each token with a mode. `$(…)` bodies are parsed as they are
// read (through the hooks), as bash 5.2 does; backquoted bodies are parsed separately.
import type {
  ArrayLiteral,
  Assignment,
  DoubleQuoted,
  ParamExpansion,
  ParamOp,
  Redirect,
  RedirectOp,
  Statement,
  Word,
  WordPart,
} from "./ast.js";
import { decodeAnsiC } from "./parse/ansi-c.js";
import { ParseError, type ParseErrorKind, type ParseWarning } from "./parse/errors.js";

/**
 * - start: first word of a command: assignments, array literals, `((` arithmetic command.
 * - assign: after leading assignments: more assignments, no `((`.
 * - arg: an argument word (an assignment-looking word still gets tilde expansion after `=` and `:`).
 * - decl: argument of a declaration builtin: assignments with array literals allowed.
 * - cond: inside `[[ ]]`: newlines skipped, `<` `>` `(` `)` `&&` `||` are operators.
 * - regex: the word after `=~`: `(`, `)`, `|` and `<>&` inside parentheses are literal.
 */
export type LexMode = "start" | "assign" | "arg" | "decl" | "cond" | "regex";

export type OpName = ";" | ";;" | ";&" | ";;&" | "&" | "&&" | "|" | "||" | "|&" | "(" | ")" | "\n" | "<" | ">";

interface TokBase {
  /** Offset of the token's first character. */
  start: number;
  line: number;
  /** Line of the token's last character (differs from line for multi-line words). */
  endLine: number;
}

export interface OpToken extends TokBase {
  kind: "op";
  op: OpName;
}

export interface RedirToken extends TokBase {
  kind: "redir";
  op: RedirectOp;
  fd?: number;
  fdVar?: string;
}

export interface AssignInfo {
  name: string;
  index?: Word;
  append: boolean;
  value: Word | ArrayLiteral;
}

export interface WordToken extends TokBase {
  kind: "word";
  word: Word;
  /** Source text of the word, as bash quotes it in "near unexpected token" messages. */
  raw: string;
  /** Set when the word has the form of an assignment (name=…, name+=…, name[i]=…). */
  assign?: AssignInfo;
}

export interface ArithToken extends TokBase {
  kind: "arith";
  expr: string;
}

export interface EofToken extends TokBase {
  kind: "eof";
}

export type Token = OpToken | RedirToken | WordToken | ArithToken | EofToken;

/** Hooks into the parser for substitutions whose bodies are command lists. */
export interface LexerHooks {
  /** Parse statements at the lexer's position up to and including the closing `)`. */
  parseSubst(lexer: Lexer, open: "$(" | "<(" | ">("): Statement[];
  /** Parse a complete script (a backquoted body); throws ParseError. */
  parseText(text: string, startLine: number): Statement[];
}

interface PendingHeredoc {
  redirect: Redirect;
  delim: string;
  quoted: boolean;
  strip: boolean;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SPECIAL_PARAMS = "@*#?-$!0";
const DQ_ESCAPABLE = '$`"\\\n';

export function isName(s: string): boolean {
  return NAME_RE.test(s);
}

function isNameStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_");
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && (isNameStart(c) || (c >= "0" && c <= "9"));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function isBlank(c: string | undefined): boolean {
  return c === " " || c === "\t";
}

/** Characters that end an unquoted word. */
export function isMeta(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === ";" || c === "&" || c === "|" || c === "(" || c === ")" || c === "<" || c === ">";
}

/** Collects word parts, merging adjacent literals (unless a barrier was set). */
class PartList {
  parts: WordPart[] = [];
  private barrier = false;
  lit(s: string): void {
    if (s === "") return;
    const last = this.parts[this.parts.length - 1];
    if (!this.barrier && last && last.type === "Literal") last.value += s;
    else this.parts.push({ type: "Literal", value: s });
    this.barrier = false;
  }
  quoted(s: string): void {
    const last = this.parts[this.parts.length - 1];
    if (!this.barrier && last && last.type === "SingleQuoted") last.value += s;
    else this.parts.push({ type: "SingleQuoted", value: s });
    this.barrier = false;
  }
  push(p: WordPart): void {
    this.parts.push(p);
    this.barrier = false;
  }
  /** The next literal starts a new part (boundary between `name=` and the value). */
  cut(): void {
    this.barrier = true;
  }
}

/** Options of the generic part reader. */
interface ReadOpts {
  /** Stop before this character (at nesting depth 0 for braces/brackets). */
  stop: (c: string, lx: Lexer) => boolean;
  /** Inside double quotes (for `${x:-…}` words inside "…"). */
  inDq?: boolean;
  /** Single quotes are literal characters (default-value words inside "…"). */
  literalSingleQuotes?: boolean;
  /** shopt extquote (on by default): `$'…'` is still decoded in a `${…}` word inside "…". */
  extquote?: boolean;
  /** Tilde expansion allowed at the start. */
  tilde?: boolean;
  /** Track `{`/`}` nesting (words inside `${…}`) and stop only at depth 0. */
  braces?: boolean;
  /** Track `[`/`]` nesting (subscripts). */
  brackets?: boolean;
  /** Newline characters are ordinary (inside `${…}`, subscripts). */
  newlines?: boolean;
}

export class Lexer {
  readonly src: string;
  pos = 0;
  line: number;
  readonly hooks: LexerHooks;
  readonly warnings: ParseWarning[];
  private pending: PendingHeredoc[] = [];
  /** Lexing a heredoc body: command substitutions that do not parse are kept as text. */
  inHeredoc = false;
  /** dash (sh): no $'…', no array assignments. */
  dialect: "bash" | "dash" = "bash";
  private virtualNewline = false;
  /** Start line and offset of every `$(`/backquote body, for LINENO rebasing by the parser. */
  substStart = new WeakMap<object, number>();

  constructor(src: string, hooks: LexerHooks, opts: { startLine?: number; warnings?: ParseWarning[] } = {}) {
    this.src = src;
    this.hooks = hooks;
    this.line = opts.startLine ?? 1;
    this.warnings = opts.warnings ?? [];
  }

  // ---- errors -------------------------------------------------------------------------------

  /** Text of the physical line containing offset `at`. */
  lineText(at: number): string {
    const s = this.src.lastIndexOf("\n", at - 1) + 1;
    let e = this.src.indexOf("\n", at);
    if (e < 0) e = this.src.length;
    return this.src.slice(s, e);
  }

  /** Line bash reports for an error at end of input: the line after the last one. */
  eofLine(): number {
    return this.src.endsWith("\n") || this.src === "" ? this.line : this.line + 1;
  }

  unmatched(ch: string, line: number, kind: ParseErrorKind = "unmatched"): ParseError {
    return new ParseError(kind, line, [`unexpected EOF while looking for matching \`${ch}'`], { incomplete: true });
  }

  // ---- characters ---------------------------------------------------------------------------

  /** Skips backslash-newline pairs (line continuations). */
  private cont(): void {
    while (this.src.charCodeAt(this.pos) === 92 && this.src.charCodeAt(this.pos + 1) === 10) {
      this.pos += 2;
      this.line++;
    }
  }

  /** Current character after line continuations. */
  peekc(): string | undefined {
    this.cont();
    return this.src[this.pos];
  }

  /** Character at offset `k` after the current one, looking through line continuations. */
  private peekAhead(k: number): string | undefined {
    let p = this.pos;
    for (;;) {
      while (this.src.charCodeAt(p) === 92 && this.src.charCodeAt(p + 1) === 10) p += 2;
      if (k === 0) return this.src[p];
      p++;
      k--;
    }
  }

  private take(): string {
    const c = this.src[this.pos++];
    if (c === "\n") this.line++;
    return c;
  }

  // ---- heredocs -----------------------------------------------------------------------------

  addHeredoc(redirect: Redirect, rawDelim: string, strip: boolean): void {
    const { text, quoted } = heredocDelimiter(rawDelim);
    this.pending.push({ redirect, delim: text, quoted, strip });
  }

  hasPendingHeredocs(): boolean {
    return this.pending.length > 0;
  }

  /** Heredocs started before a `$(` are read after the outer line, not at a newline inside it. */
  suspendHeredocs(): PendingHeredoc[] {
    const saved = this.pending;
    this.pending = [];
    return saved;
  }

  resumeHeredocs(saved: PendingHeredoc[]): void {
    this.pending = [...saved, ...this.pending];
  }

  /** Reads the bodies of the heredocs started on the line that just ended. */
  readHeredocs(): void {
    const list = this.pending;
    this.pending = [];
    for (const h of list) this.readHeredoc(h);
  }

  private readHeredoc(h: PendingHeredoc): void {
    const startLine = this.line;
    const startPos = this.pos;
    let body = "";
    let found = false;
    while (this.pos < this.src.length) {
      let nl = this.src.indexOf("\n", this.pos);
      const hasNl = nl >= 0;
      if (!hasNl) nl = this.src.length;
      let text = this.src.slice(this.pos, nl);
      this.pos = hasNl ? nl + 1 : nl;
      if (hasNl) this.line++;
      if (h.strip) text = text.replace(/^\t+/, "");
      if (text === h.delim) {
        found = true;
        break;
      }
      body += text + (hasNl ? "\n" : "");
    }
    if (!found) {
      const line = this.src.endsWith("\n") ? this.line - 1 : this.line;
      // After the implicit final newline no line was counted for the command itself.
      const atLine = this.virtualNewline && startPos >= this.src.length ? startLine : startLine - 1;
      this.warnings.push({
        line,
        message: `warning: here-document at line ${atLine} delimited by end-of-file (wanted \`${h.delim}')`,
      });
    }
    if (h.quoted) {
      h.redirect.heredoc = { type: "Word", parts: body === "" ? [] : [{ type: "Literal", value: body }] };
    } else {
      h.redirect.heredoc = { type: "Word", parts: this.heredocParts(body, startLine) };
    }
  }

  /** Unquoted heredoc body: `$…`, backquotes and backslash before $ ` \ newline; no quotes. */
  private heredocParts(body: string, startLine: number): WordPart[] {
    const sub = new Lexer(body, this.hooks, { startLine, warnings: this.warnings });
    sub.inHeredoc = true;
    sub.substStart = this.substStart;
    const out = new PartList();
    while (sub.pos < body.length) {
      const c = body[sub.pos];
      if (c === "\\") {
        const n = body[sub.pos + 1];
        if (n === "\n") {
          sub.pos += 2;
          sub.line++;
        } else if (n === "$" || n === "`" || n === "\\") {
          out.lit(n);
          sub.pos += 2;
        } else {
          out.lit("\\");
          sub.pos++;
        }
      } else if (c === "$") {
        sub.readDollar(out, true);
      } else if (c === "`") {
        sub.readBacktick(out, true);
      } else {
        out.lit(sub.take());
      }
    }
    return out.parts;
  }

  // ---- tokens -------------------------------------------------------------------------------

  /** Skips blanks, line continuations and a comment. */
  private skipSpace(mode: LexMode): void {
    for (;;) {
      this.cont();
      const c = this.src[this.pos];
      if (c === " " || c === "\t") this.pos++;
      else if (c === "#" && mode !== "cond" && mode !== "regex") {
        while (this.pos < this.src.length && this.src[this.pos] !== "\n") this.pos++;
      } else return;
    }
  }

  next(mode: LexMode): Token {
    this.skipSpace(mode);
    const start = this.pos;
    const line = this.line;
    const c = this.src[this.pos];
    const mk = <T extends Token>(t: Omit<T, "start" | "line" | "endLine">): T =>
      ({ ...t, start, line, endLine: this.line }) as T;
    if (c === undefined) {
      // bash reads a script whose last line lacks a newline as if it had one.
      if (!this.virtualNewline && this.src !== "" && !this.src.endsWith("\n")) {
        this.virtualNewline = true;
        const t = mk<OpToken>({ kind: "op", op: "\n" });
        if (this.pending.length) this.readHeredocs();
        return t;
      }
      if (this.pending.length) this.readHeredocs();
      return mk<EofToken>({ kind: "eof" });
    }
    const c1 = this.peekAhead(1);
    if (mode === "regex" && c !== "\n" && c !== ")" && !(c === "&" && c1 === "&") && !(c === "|" && c1 === "|")) {
      return this.readRegexWord(start, line);
    }
    const c2 = this.peekAhead(2);
    const op = (name: OpName, len: number): OpToken => {
      for (let i = 0; i < len; i++) {
        this.cont();
        this.take();
      }
      const t = mk<OpToken>({ kind: "op", op: name });
      if (name === "\n") t.endLine = line;
      return t;
    };
    switch (c) {
      case "\n": {
        const t = op("\n", 1);
        if (this.pending.length) this.readHeredocs();
        return t;
      }
      case ";":
        if (c1 === ";") return c2 === "&" ? op(";;&", 3) : op(";;", 2);
        if (c1 === "&") return op(";&", 2);
        return op(";", 1);
      case "&":
        if (c1 === "&") return op("&&", 2);
        // dash has no &> / &>>: `cmd &> f` is `cmd &` then `> f`.
        if (c1 === ">" && mode !== "cond" && this.dialect !== "dash") {
          if (c2 === ">") return this.redir(start, line, "&>>", 3);
          return this.redir(start, line, "&>", 2);
        }
        return op("&", 1);
      case "|":
        if (c1 === "|") return op("||", 2);
        if (c1 === "&" && mode !== "cond") return op("|&", 2);
        return op("|", 1);
      case "(":
        if (c1 === "(" && mode === "start") {
          const a = this.tryArith(this.pos + 2);
          if (a) return a;
        }
        return op("(", 1);
      case ")":
        return op(")", 1);
      case "<":
      case ">":
        if (c1 === "(") break; // process substitution starts a word
        if (mode === "cond") return op(c, 1);
        return this.readRedirOp(start, line, undefined, undefined);
    }
    // `N>` / `{var}>`: a number or {name} directly followed by a redirection operator.
    if (mode !== "cond" && isDigit(c)) {
      let p = this.pos;
      while (isDigit(this.src[p])) p++;
      const r = this.src[p];
      if ((r === "<" || r === ">") && this.src[p + 1] !== "(") {
        const fd = Number(this.src.slice(this.pos, p));
        this.pos = p;
        return this.readRedirOp(start, line, fd, undefined);
      }
    }
    if (mode !== "cond" && c === "{") {
      const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}[<>]/.exec(this.src.slice(this.pos, this.pos + 260));
      if (m && this.src[this.pos + m[0].length] !== "(") {
        this.pos += m[0].length - 1;
        return this.readRedirOp(start, line, undefined, m[1]);
      }
    }
    return this.readWord(mode, start, line);
  }

  private redir(start: number, line: number, op: RedirectOp, len: number, fd?: number, fdVar?: string): RedirToken {
    for (let i = 0; i < len; i++) {
      this.cont();
      this.take();
    }
    const t: RedirToken = { kind: "redir", op, start, line, endLine: this.line };
    if (fd !== undefined) t.fd = fd;
    if (fdVar !== undefined) t.fdVar = fdVar;
    return t;
  }

  private readRedirOp(start: number, line: number, fd: number | undefined, fdVar: string | undefined): RedirToken {
    const c = this.peekc();
    const c1 = this.peekAhead(1);
    const c2 = this.peekAhead(2);
    if (c === "<") {
      if (c1 === "<") {
        if (c2 === "<") return this.redir(start, line, "<<<", 3, fd, fdVar);
        if (c2 === "-") return this.redir(start, line, "<<-", 3, fd, fdVar);
        return this.redir(start, line, "<<", 2, fd, fdVar);
      }
      if (c1 === "&") return this.redir(start, line, "<&", 2, fd, fdVar);
      if (c1 === ">") return this.redir(start, line, "<>", 2, fd, fdVar);
      return this.redir(start, line, "<", 1, fd, fdVar);
    }
    if (c1 === ">") return this.redir(start, line, ">>", 2, fd, fdVar);
    if (c1 === "&") return this.redir(start, line, ">&", 2, fd, fdVar);
    if (c1 === "|") return this.redir(start, line, ">|", 2, fd, fdVar);
    return this.redir(start, line, ">", 1, fd, fdVar);
  }

  /**
   * `((…))` / `$((…))`: scans from `from` (just after the two parens) for the `))` that closes
   * them at nesting depth 0. Returns the token when found; undefined when the first `)` at depth 0
   * is not followed by another `)` (then bash reads a nested subshell / command substitution).
   */
  private scanArith(from: number): { expr: string; end: number; lines: number } | undefined | "eof" {
    let depth = 0;
    let p = from;
    const s = this.src;
    let lines = 0;
    let notArith = false;
    while (p < s.length) {
      const c = s[p];
      if (c === "\n") lines++;
      if (c === "\\") {
        if (s[p + 1] === "\n") lines++;
        p += 2;
        continue;
      }
      if (c === "'" || c === '"') {
        // Quotes are kept in the text; skip over them so parentheses inside do not count.
        const q = c;
        p++;
        while (p < s.length && s[p] !== q) {
          if (s[p] === "\n") lines++;
          if (q === '"' && s[p] === "\\") p++;
          p++;
        }
        p++;
        continue;
      }
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth > 0) depth--;
        else if (notArith) return undefined;
        else if (s[p + 1] === ")") return { expr: s.slice(from, p), end: p + 2, lines };
        else {
          // Not arithmetic: a nested subshell, but only if the outer `(` is closed at all
          // (bash reports an unclosed `$((` as an unmatched `)`).
          notArith = true;
        }
      }
      p++;
    }
    return "eof";
  }

  private tryArith(from: number): ArithToken | undefined {
    // dash has no (( )) command: it is two nested subshells.
    if (this.dialect === "dash") return undefined;
    const start = this.pos;
    const line = this.line;
    const r = this.scanArith(from);
    if (r === undefined) return undefined;
    if (r === "eof") throw this.unmatched(")", line);
    this.pos = r.end;
    this.line += r.lines;
    return { kind: "arith", expr: r.expr, start, line, endLine: this.line };
  }

  // ---- words --------------------------------------------------------------------------------

  private readWord(mode: LexMode, start: number, line: number): WordToken {
    const parts = new PartList();
    const assignAllowed = mode === "start" || mode === "assign" || mode === "decl";
    let assign: AssignInfo | undefined;
    let valueFrom = -1; // index in parts where an assignment's value starts
    // The literal prefix read so far, while the word is still all-literal (assignment detection).
    let prefix = "";
    let literalSoFar = true;
    let index: Word | undefined;
    let tildeOk = mode !== "cond";
    const afterEq = (): boolean => valueFrom >= 0;
    for (;;) {
      this.cont();
      const c = this.src[this.pos];
      if (c === undefined) break;
      if (isMeta(c)) {
        if ((c === "<" || c === ">") && this.src[this.pos + 1] === "(") {
          this.readProcSubst(parts);
          literalSoFar = false;
          tildeOk = false;
          continue;
        }
        break;
      }
      if (tildeOk && c === "~") {
        if (this.readTilde(parts, afterEq())) {
          tildeOk = false;
          literalSoFar = false;
          continue;
        }
      }
      tildeOk = false;
      if (literalSoFar && !afterEq()) {
        if (c === "=" && (isName(prefix) || (index && isName(prefix)))) {
          this.pos++;
          const append = false;
          assign = this.beginAssign(parts, prefix, index, append, "=");
          valueFrom = parts.parts.length;
          tildeOk = true;
          if (assignAllowed && this.src[this.pos] === "(" && this.dialect !== "dash") {
            assign.value = this.readArrayLiteral(parts, start);
            break;
          }
          continue;
        }
        if (c === "+" && this.src[this.pos + 1] === "=" && isName(prefix)) {
          this.pos += 2;
          assign = this.beginAssign(parts, prefix, index, true, "+=");
          valueFrom = parts.parts.length;
          tildeOk = true;
          if (assignAllowed && this.src[this.pos] === "(" && this.dialect !== "dash") {
            assign.value = this.readArrayLiteral(parts, start);
            break;
          }
          continue;
        }
        if (c === "[" && index === undefined && isName(prefix) && assignAllowed) {
          const idxStart = this.pos;
          const idxLine = this.line;
          this.pos++;
          const w = this.readParts({ stop: (ch) => ch === "]", brackets: true, newlines: true });
          if (this.src[this.pos] !== "]") throw this.unmatched("]", idxLine);
          this.pos++;
          index = w;
          parts.lit(this.src.slice(idxStart, this.pos));
          const n = this.src[this.pos];
          if (n === "=" || (n === "+" && this.src[this.pos + 1] === "=")) continue;
          literalSoFar = false;
          continue;
        }
      }
      if (c === ":" && afterEq()) {
        parts.lit(":");
        this.pos++;
        tildeOk = true;
        continue;
      }
      if (c === "\\" || c === "'" || c === '"' || c === "$" || c === "`") {
        literalSoFar = false;
        this.readSpecial(parts, {});
        continue;
      }
      if (index !== undefined) literalSoFar = false;
      parts.lit(c);
      if (literalSoFar) prefix += c;
      this.pos++;
    }
    const raw = this.src.slice(start, this.pos);
    const word: Word = { type: "Word", parts: mergeLiterals(parts.parts) };
    const t: WordToken = { kind: "word", word, raw, start, line, endLine: this.line };
    if (assign) {
      if (assign.value.type === "Word") assign.value = { type: "Word", parts: parts.parts.slice(valueFrom) };
      t.assign = assign;
    }
    return t;
  }

  private beginAssign(parts: PartList, name: string, index: Word | undefined, append: boolean, op: string): AssignInfo {
    parts.lit(op);
    parts.cut();
    const a: AssignInfo = { name, append, value: { type: "Word", parts: [] } };
    if (index) a.index = index;
    return a;
  }

  /** `(a b [k]=v …)` after `name=`; the word's parts get the literal source text. */
  private readArrayLiteral(parts: PartList, wordStart: number): ArrayLiteral {
    const openLine = this.line;
    const open = this.pos;
    this.pos++;
    const elements: ArrayLiteral["elements"] = [];
    for (;;) {
      // Blanks, newlines and comments separate elements.
      for (;;) {
        this.cont();
        const c = this.src[this.pos];
        if (c === " " || c === "\t") this.pos++;
        else if (c === "\n") {
          this.take();
          if (this.pending.length) this.readHeredocs();
        } else if (c === "#") {
          while (this.pos < this.src.length && this.src[this.pos] !== "\n") this.pos++;
        } else break;
      }
      const c = this.src[this.pos];
      if (c === undefined) throw new ParseError("array", openLine, ["unexpected EOF while looking for matching `)'"], { incomplete: true });
      if (c === ")") {
        this.pos++;
        break;
      }
      if (isMeta(c) && !((c === "<" || c === ">") && this.src[this.pos + 1] === "(")) {
        throw this.syntaxNear(c, this.pos);
      }
      const t = this.readWord("arg", this.pos, this.line);
      if (t.assign && t.assign.index && t.raw.startsWith("[")) {
        elements.push({ index: t.assign.index, value: t.assign.value as Word });
      } else {
        const el = this.subscriptElement(t);
        elements.push(el);
      }
    }
    void wordStart;
    parts.lit(this.src.slice(open, this.pos));
    return { type: "ArrayLiteral", elements };
  }

  /** `[k]=v` inside an array literal (readWord does not see `[k]` as a name). */
  private subscriptElement(t: WordToken): { index?: Word; value: Word } {
    const ps = t.word.parts;
    const first = ps[0];
    if (first && first.type === "Literal" && first.value.startsWith("[")) {
      // Re-read the element from its source: [subscript]=value
      const save = { pos: this.pos, line: this.line };
      this.pos = t.start + 1;
      this.line = t.line;
      const idx = this.readParts({ stop: (ch) => ch === "]", brackets: true, newlines: true });
      if (this.src[this.pos] === "]" && this.src[this.pos + 1] === "=") {
        this.pos += 2;
        const pl = new PartList();
        this.readTildeAt(pl);
        const rest = this.readParts({ stop: isMeta, tilde: false }, pl);
        this.pos = save.pos;
        this.line = save.line;
        return { index: idx, value: rest };
      }
      this.pos = save.pos;
      this.line = save.line;
    }
    return { value: t.word };
  }

  private readTildeAt(pl: PartList): void {
    if (this.src[this.pos] === "~") this.readTilde(pl, false);
  }

  /** `~user` prefix: user chars up to `/` (or `:` in assignments) or the end of the word. */
  private readTilde(parts: PartList, inAssign: boolean): boolean {
    let p = this.pos + 1;
    const s = this.src;
    while (p < s.length) {
      const c = s[p];
      if (c === "/" || (inAssign && c === ":") || isMeta(c)) break;
      if (c === "\\" || c === "'" || c === '"' || c === "$" || c === "`" || c === "{" || c === "}" || c === "*" || c === "?" || c === "[") return false;
      p++;
    }
    parts.push({ type: "TildePrefix", user: s.slice(this.pos + 1, p) });
    this.pos = p;
    return true;
  }

  /** The word after `=~`: parentheses nest and `|`, `(`, `)` are literal; blanks end it at depth 0. */
  private readRegexWord(start: number, line: number): WordToken {
    const parts = new PartList();
    let depth = 0;
    for (;;) {
      this.cont();
      const c = this.src[this.pos];
      if (c === undefined) break;
      if (depth === 0 && (c === " " || c === "\t" || c === "\n")) break;
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === "&" || c === ";") ) {
        if (c === "&" && this.src[this.pos + 1] !== "&") {
          // a lone & is literal in bash's regex word
        } else break;
      }
      if (c === "\\" || c === "'" || c === '"' || c === "$" || c === "`") {
        this.readSpecial(parts, {});
        continue;
      }
      parts.lit(c);
      this.pos++;
    }
    return { kind: "word", word: { type: "Word", parts: parts.parts }, raw: this.src.slice(start, this.pos), start, line, endLine: this.line };
  }

  /**
   * Generic reader of word parts up to `opts.stop` (used for `${…}` words and subscripts).
   * Unquoted text becomes Literal (or stays literal text inside "…" contexts).
   */
  readParts(opts: ReadOpts, into?: PartList): Word {
    const parts = into ?? new PartList();
    let depth = 0;
    let first = true;
    for (;;) {
      this.cont();
      const c = this.src[this.pos];
      if (c === undefined) break;
      if (depth === 0 && opts.stop(c, this)) break;
      if (!opts.newlines && c === "\n") break;
      if (first && opts.tilde && c === "~" && this.readTilde(parts, false)) {
        first = false;
        continue;
      }
      first = false;
      if (opts.braces) {
        if (c === "{") depth++;
        else if (c === "}") depth--;
      }
      if (opts.brackets) {
        if (c === "[") depth++;
        else if (c === "]") depth--;
      }
      if (c === "'" && opts.literalSingleQuotes) {
        parts.lit("'");
        this.pos++;
        continue;
      }
      if (c === "\\" || c === "'" || c === '"' || c === "$" || c === "`") {
        this.readSpecial(parts, opts);
        continue;
      }
      if (c === "\n") this.line++;
      parts.lit(c);
      this.pos++;
    }
    return { type: "Word", parts: parts.parts };
  }

  /** Backslash escape, quotes, `$…` or a backquote at the current position. */
  private readSpecial(parts: PartList, opts: Pick<ReadOpts, "inDq" | "extquote">): void {
    const c = this.src[this.pos];
    if (c === "\\") {
      const n = this.src[this.pos + 1];
      if (n === undefined) {
        parts.lit("\\");
        this.pos++;
      } else if (opts.inDq && !DQ_ESCAPABLE.includes(n) && n !== "}") {
        parts.lit("\\" + n);
        this.pos += 2;
        if (n === "\n") this.line++;
      } else {
        if (opts.inDq) parts.lit(n);
        else parts.quoted(n);
        this.pos += 2;
        if (n === "\n") this.line++;
      }
    } else if (c === "'") {
      const line = this.line;
      const end = this.src.indexOf("'", this.pos + 1);
      if (end < 0) throw this.unmatched("'", line);
      const text = this.src.slice(this.pos + 1, end);
      this.countLines(text);
      this.pos = end + 1;
      parts.push({ type: "SingleQuoted", value: text });
    } else if (c === '"') {
      parts.push(this.readDouble());
    } else if (c === "$") {
      this.readDollar(parts, opts.inDq ?? false, opts.extquote ?? false);
    } else {
      this.readBacktick(parts, opts.inDq ?? false);
    }
  }

  private countLines(text: string): void {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.line++;
  }

  private readDouble(): DoubleQuoted {
    const line = this.line;
    this.pos++;
    const parts = new PartList();
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw this.unmatched('"', line);
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        const n = this.src[this.pos + 1];
        if (n === "\n") {
          this.pos += 2;
          this.line++;
        } else if (n !== undefined && DQ_ESCAPABLE.includes(n)) {
          parts.lit(n);
          this.pos += 2;
        } else {
          parts.lit("\\");
          this.pos++;
        }
      } else if (c === "$") {
        this.readDollar(parts, true);
      } else if (c === "`") {
        this.readBacktick(parts, true);
      } else {
        parts.lit(this.take());
      }
    }
    return { type: "DoubleQuoted", parts: parts.parts };
  }

  /** `$…` at the current position. */
  readDollar(parts: PartList, inDq: boolean, extquote = false): void {
    const s = this.src;
    this.pos++; // $
    this.cont();
    const c = s[this.pos];
    if ((c === "'" || c === '"') && !inDq && this.dialect === "dash") {
      // dash has no $'…' or $"…": the $ is a literal character before a quoted string.
      parts.lit("$");
      return;
    }
    if (c === "'" && (!inDq || (extquote && this.dialect !== "dash"))) {
      const line = this.line;
      let p = this.pos + 1;
      while (p < s.length && s[p] !== "'") p += s[p] === "\\" ? 2 : 1;
      if (p >= s.length) throw this.unmatched("'", line);
      const text = s.slice(this.pos + 1, p);
      this.countLines(text);
      this.pos = p + 1;
      parts.push({ type: "AnsiCQuoted", value: decodeAnsiC(text) });
      return;
    }
    if (c === '"' && !inDq) {
      parts.push(this.readDouble());
      return;
    }
    if (c === "(") {
      if (s[this.pos + 1] === "(") {
        const line = this.line;
        const r = this.scanArith(this.pos + 2);
        if (r === "eof") throw this.unmatched(")", line);
        if (r) {
          this.pos = r.end;
          this.line += r.lines;
          parts.push({ type: "ArithSubstitution", expr: r.expr });
          return;
        }
      }
      const line = this.line;
      const open = this.pos;
      this.pos++;
      const part: { type: "CommandSubstitution"; body: Statement[]; backtick: boolean; source?: string } = {
        type: "CommandSubstitution",
        body: [],
        backtick: false,
      };
      this.substStart.set(part, line);
      if (!this.inHeredoc) {
        part.body = this.hooks.parseSubst(this, "$(");
      } else {
        // A heredoc body is expanded (and its substitutions parsed) only when the command runs:
        // a bad body is an error of that run, not of the script.
        try {
          part.body = this.hooks.parseSubst(this, "$(");
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
          const end = matchParen(s, open + 1);
          part.source = s.slice(open + 1, end);
          this.line = line + (s.slice(open, end + 1).split("\n").length - 1);
          this.pos = Math.min(end + 1, s.length);
        }
      }
      parts.push(part);
      return;
    }
    if (c === "[") {
      // Deprecated $[expr] arithmetic.
      const line = this.line;
      let depth = 0;
      let p = this.pos + 1;
      for (; p < s.length; p++) {
        if (s[p] === "[") depth++;
        else if (s[p] === "]") {
          if (depth === 0) break;
          depth--;
        }
      }
      if (p >= s.length) throw this.unmatched("]", line);
      const expr = s.slice(this.pos + 1, p);
      this.countLines(expr);
      this.pos = p + 1;
      parts.push({ type: "ArithSubstitution", expr });
      return;
    }
    if (c === "{") {
      parts.push(this.readBraceParam(inDq));
      return;
    }
    if (isNameStart(c)) {
      let p = this.pos;
      while (isNameChar(s[p])) p++;
      parts.push({ type: "ParamExpansion", name: s.slice(this.pos, p), short: true });
      this.pos = p;
      return;
    }
    if (isDigit(c) || (c !== undefined && SPECIAL_PARAMS.includes(c))) {
      this.pos++;
      parts.push({ type: "ParamExpansion", name: c, short: true });
      return;
    }
    parts.lit("$");
  }

  private readProcSubst(parts: PartList): void {
    const op = this.src[this.pos] as "<" | ">";
    const line = this.line;
    this.pos += 2;
    const part = { type: "ProcessSubstitution" as const, op, body: [] as Statement[] };
    this.substStart.set(part, line);
    part.body = this.hooks.parseSubst(this, op === "<" ? "<(" : ">(");
    parts.push(part);
  }

  /** Backquoted command substitution: backslash keeps its meaning only before $ ` \ (and " inside "…"). */
  readBacktick(parts: PartList, inDq: boolean): void {
    const line = this.line;
    const s = this.src;
    let p = this.pos + 1;
    let text = "";
    for (;;) {
      const c = s[p];
      if (c === undefined) throw this.unmatched("`", line);
      if (c === "`") break;
      if (c === "\\") {
        const n = s[p + 1];
        if (n === "$" || n === "`" || n === "\\" || (inDq && n === '"')) {
          text += n;
          p += 2;
          continue;
        }
        if (n === undefined) throw this.unmatched("`", line);
        text += c + n;
        p += 2;
        continue;
      }
      text += c;
      p++;
    }
    this.countLines(s.slice(this.pos, p));
    this.pos = p + 1;
    const part: { type: "CommandSubstitution"; body: Statement[]; backtick: true; source?: string } = {
      type: "CommandSubstitution",
      body: [],
      backtick: true,
    };
    this.substStart.set(part, line);
    try {
      part.body = this.hooks.parseText(text, line);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      part.source = text;
    }
    parts.push(part);
  }

  /** `${…}` parameter expansion; `$` already consumed, at `{`. */
  private readBraceParam(inDq: boolean): ParamExpansion {
    const s = this.src;
    const open = this.pos - 1;
    const line = this.line;
    this.pos++; // {
    const pe: ParamExpansion = { type: "ParamExpansion", name: "" };
    const bad = (): ParamExpansion => {
      // Skip to the matching brace; the error is reported when the word is expanded.
      this.readParts({ stop: (ch) => ch === "}", braces: true, newlines: true, inDq });
      if (s[this.pos] !== "}") throw this.unmatched("}", line);
      this.pos++;
      return { type: "ParamExpansion", name: "", badSubst: s.slice(open, this.pos) };
    };
    let c = this.peekc();
    if (c === "#") {
      const n = this.peekAhead(1);
      if (n === "}") {
        this.pos += 2;
        pe.name = "#";
        return pe;
      }
      if (n !== undefined && (isNameChar(n) || SPECIAL_PARAMS.includes(n))) {
        pe.length = true;
        this.pos++;
      }
    } else if (c === "!") {
      const n = this.peekAhead(1);
      if (n === "}") {
        this.pos += 2;
        pe.name = "!";
        return pe;
      }
      if (n !== undefined && (isNameChar(n) || SPECIAL_PARAMS.includes(n))) {
        pe.indirect = true;
        this.pos++;
      }
    }
    c = this.peekc();
    if (isNameStart(c)) {
      const p0 = this.pos;
      while (isNameChar(this.peekc())) this.pos++;
      pe.name = s.slice(p0, this.pos).replace(/\\\n/g, "");
    } else if (isDigit(c)) {
      const p0 = this.pos;
      while (isDigit(this.peekc())) this.pos++;
      pe.name = s.slice(p0, this.pos);
    } else if (c !== undefined && SPECIAL_PARAMS.includes(c)) {
      pe.name = c;
      this.pos++;
    } else {
      return bad();
    }
    c = this.peekc();
    if (c === "[" && isName(pe.name)) {
      const idxLine = this.line;
      this.pos++;
      pe.index = this.readParts({ stop: (ch) => ch === "]", brackets: true, newlines: true });
      if (s[this.pos] !== "]") throw this.unmatched("}", idxLine);
      this.pos++;
      c = this.peekc();
    }
    if (pe.indirect && (c === "*" || c === "@") && this.peekAhead(1) === "}" && !pe.index) {
      pe.prefixMatch = c;
      this.pos += 2;
      return pe;
    }
    if (c === undefined) throw this.unmatched("}", line);
    if (c === "}") {
      this.pos++;
      return pe;
    }
    if (pe.length) return bad();
    const endBrace = (ch: string): boolean => ch === "}";
    const word = (stop: (ch: string) => boolean, literalSq: boolean, tilde: boolean): Word =>
      this.readParts({ stop, braces: true, newlines: true, inDq, extquote: inDq, literalSingleQuotes: literalSq && inDq, tilde: tilde && !inDq });
    const finish = (): ParamExpansion => {
      if (s[this.pos] !== "}") throw this.unmatched("}", line);
      this.pos++;
      return pe;
    };
    let op: ParamOp | undefined;
    this.pos++;
    const n = this.peekc();
    switch (c) {
      case ":":
        if (n === "-" || n === "=" || n === "?" || n === "+") {
          this.pos++;
          op = (":" + n) as ParamOp;
          pe.op = op;
          pe.arg = word(endBrace, true, true);
          return finish();
        }
        pe.op = ":";
        pe.arg = word((ch) => ch === ":" || ch === "}", false, false);
        if (s[this.pos] === ":") {
          this.pos++;
          pe.arg2 = word(endBrace, false, false);
        }
        return finish();
      case "-":
      case "=":
      case "?":
      case "+":
        pe.op = c;
        pe.arg = word(endBrace, true, true);
        return finish();
      case "#":
      case "%":
        if (n === c) {
          this.pos++;
          pe.op = (c + c) as ParamOp;
        } else pe.op = c;
        pe.arg = word(endBrace, false, false);
        return finish();
      case "/":
        if (n === "/" || n === "#" || n === "%") {
          this.pos++;
          pe.op = ("/" + n) as ParamOp;
        } else pe.op = "/";
        pe.arg = word((ch) => ch === "/" || ch === "}", false, false);
        if (s[this.pos] === "/") {
          this.pos++;
          pe.arg2 = word(endBrace, false, false);
        }
        return finish();
      case "^":
      case ",":
        if (n === c) {
          this.pos++;
          pe.op = (c + c) as ParamOp;
        } else pe.op = c;
        pe.arg = word(endBrace, false, false);
        return finish();
      case "@":
        pe.op = "@";
        pe.arg = word(endBrace, false, false);
        return finish();
      default:
        this.pos--;
        return bad();
    }
  }

  /** A syntax error naming the token starting at `at` (used inside array literals). */
  syntaxNear(tokenText: string, at: number): ParseError {
    return ParseError.near(tokenText, this.line, this.lineText(at));
  }
}

/** Offset of the `)` closing the `(` just before `from` (quotes skipped), or the text length. */
function matchParen(s: string, from: number): number {
  let depth = 0;
  for (let p = from; p < s.length; p++) {
    const c = s[p];
    if (c === "\\") p++;
    else if (c === "'") {
      const e = s.indexOf("'", p + 1);
      if (e < 0) return s.length;
      p = e;
    } else if (c === "(") depth++;
    else if (c === ")") {
      if (depth === 0) return p;
      depth--;
    }
  }
  return s.length;
}

/** Joins adjacent Literal parts (the `name=` / value boundary is kept only in AssignInfo). */
function mergeLiterals(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (p.type === "Literal" && last && last.type === "Literal") out[out.length - 1] = { type: "Literal", value: last.value + p.value };
    else out.push(p);
  }
  return out;
}

/** Heredoc delimiter after quote removal; quoted when any quoting character was used. */
export function heredocDelimiter(raw: string): { text: string; quoted: boolean } {
  let text = "";
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\") {
      quoted = true;
      if (i + 1 < raw.length) text += raw[++i];
    } else if (c === "'") {
      quoted = true;
      const e = raw.indexOf("'", i + 1);
      text += raw.slice(i + 1, e < 0 ? raw.length : e);
      i = e < 0 ? raw.length : e;
    } else if (c === '"') {
      quoted = true;
      let j = i + 1;
      for (; j < raw.length && raw[j] !== '"'; j++) {
        if (raw[j] === "\\" && '$`"\\'.includes(raw[j + 1] ?? "")) j++;
        text += raw[j];
      }
      i = j;
    } else if (c === "$" && (raw[i + 1] === "'" || raw[i + 1] === '"')) {
      // $'…' / $"…" delimiters: the $ is dropped like a quote.
      quoted = true;
    } else text += c;
  }
  return { text, quoted };
}

export type { Assignment };
