// The bash parser: recursive descent over the lexer's tokens, following the grammar of bash 5.2's
// parse.y (see README.md). Exports parseScript (whole text) and ScriptReader (one complete
// top-level line at a time, as bash reads and runs a script).
import type {
  Assignment,
  Case,
  CaseItem,
  Command,
  CompoundBody,
  CompoundCommand,
  For,
  FunctionDef,
  Pipeline,
  Redirect,
  Script,
  SimpleCommand,
  Statement,
  AndOr,
  Word,
  WordPart,
} from "./ast.js";
import { Lexer, type LexMode, type Token, type WordToken, type AssignInfo } from "./lexer.js";
import { detectBraces } from "./parse/braces.js";
import { parseCond } from "./parse/cond.js";
import { ParseError, type ParseWarning } from "./parse/errors.js";
import { rebaseLines } from "./parse/lines.js";

export { ParseError } from "./parse/errors.js";
export type { ParseErrorKind, ParseWarning } from "./parse/errors.js";

/** Declaration builtins: their assignment-looking arguments are parsed as assignments. */
const DECLARATION_BUILTINS = new Set(["declare", "typeset", "local", "export", "readonly"]);

/** Reserved words that can never start a command (bash reports them as unexpected tokens). */
const NOT_A_COMMAND = new Set(["then", "else", "elif", "fi", "do", "done", "esac", "}", "in", "]]", "!"]);

/** True for an unquoted literal word equal to `kw`. */
export function isKeyword(t: Token, kw: string): boolean {
  if (t.kind !== "word") return false;
  const p = t.word.parts;
  return p.length === 1 && p[0].type === "Literal" && p[0].value === kw && t.raw === kw;
}

function literalText(t: Token): string | undefined {
  if (t.kind !== "word") return undefined;
  const p = t.word.parts;
  return p.length === 1 && p[0].type === "Literal" && t.raw === p[0].value ? p[0].value : undefined;
}

export class Parser {
  readonly lx: Lexer;
  private tok: Token | undefined;
  private tokMode: LexMode | undefined;
  /** Nesting of `$(…)`: errors inside become "subst" errors. */
  substDepth = 0;
  /** dash (Debian's /bin/sh): no `function` or `[[` keywords, no `<<<`, dash's wording at end of file. */
  dialect: "bash" | "dash" = "bash";

  constructor(lx: Lexer) {
    this.lx = lx;
  }

  // ---- tokens -------------------------------------------------------------------------------

  peek(mode: LexMode): Token {
    const t = this.tok;
    if (t !== undefined) {
      if (t.kind === "eof" || (t.kind === "op" && t.op === "\n") || this.tokMode === mode) return t;
      // Re-read the token in the new mode (words and `((` lex differently per mode).
      this.lx.pos = t.start;
      this.lx.line = t.line;
    }
    this.tok = this.lx.next(mode);
    this.tokMode = mode;
    return this.tok;
  }

  consume(): Token {
    const t = this.tok;
    if (t === undefined) throw new Error("parser: consume without peek");
    this.tok = undefined;
    return t;
  }

  /** Text bash uses for a token in "near unexpected token" messages. */
  tokenText(t: Token): string {
    switch (t.kind) {
      case "op":
        return t.op === "\n" ? "newline" : t.op;
      case "redir":
        return this.lx.src.slice(t.start, this.lx.pos).trimEnd();
      case "word":
        return t.raw;
      case "arith":
        return "((";
      case "eof":
        return "EOF";
    }
  }

  /** The syntax error bash reports when token `t` is not acceptable here. */
  unexpected(t: Token): ParseError {
    if (t.kind === "eof") {
      return new ParseError("eof", this.lx.eofLine(), ["syntax error: unexpected end of file"], { incomplete: true });
    }
    if (t.kind === "redir") {
      // The operator alone is the token bash names.
      const text = this.lx.src.slice(t.start, t.start + 3).replace(/[^<>&|-]+$/, "");
      return ParseError.near(redirText(this.lx.src, t.start), t.line, this.lx.lineText(t.start));
      void text;
    }
    const text = t.kind === "arith" ? "(" : this.tokenText(t);
    const line = t.kind === "op" && t.op === "\n" ? t.line : t.line;
    return ParseError.near(text, line, this.lx.lineText(t.start));
  }

  skipNewlines(): void {
    for (;;) {
      const t = this.peek("start");
      if (t.kind === "op" && t.op === "\n") this.consume();
      else return;
    }
  }

  // ---- lists --------------------------------------------------------------------------------

  /** One complete top-level line: and-or lists separated by `;`/`&` up to a newline. */
  readLine(): Statement[] | null {
    this.skipNewlines();
    if (this.peek("start").kind === "eof") return null;
    const out: Statement[] = [];
    for (;;) {
      const andOr = this.parseAndOr();
      const t = this.peek("arg");
      if (t.kind === "op" && (t.op === ";" || t.op === "&")) {
        this.consume();
        out.push(stmt(andOr, t.op === "&"));
        const n = this.peek("start");
        if (n.kind === "op" && n.op === "\n") {
          this.consume();
          return out;
        }
        if (n.kind === "eof") return out;
        continue;
      }
      if (t.kind === "op" && t.op === "\n") {
        this.consume();
        out.push(stmt(andOr, false));
        return out;
      }
      if (t.kind === "eof") {
        out.push(stmt(andOr, false));
        return out;
      }
      throw this.unexpected(t);
    }
  }

  /**
   * A compound list (body of if/while/{}/…): statements until a token `isEnd` accepts in command
   * position. The caller checks for its closing keyword.
   */
  parseList(isEnd: (t: Token) => boolean, allowEmpty = false, expecting?: string): Statement[] {
    this.skipNewlines();
    const out: Statement[] = [];
    for (;;) {
      const t = this.peek("start");
      if (t.kind === "eof" || isEnd(t)) break;
      const andOr = this.parseAndOr();
      const s = this.peek("arg");
      if (s.kind === "op" && (s.op === ";" || s.op === "&")) {
        this.consume();
        out.push(stmt(andOr, s.op === "&"));
        this.skipNewlines();
        continue;
      }
      if (s.kind === "op" && s.op === "\n") {
        this.consume();
        out.push(stmt(andOr, false));
        this.skipNewlines();
        continue;
      }
      out.push(stmt(andOr, false));
      break;
    }
    if (out.length === 0 && !allowEmpty) {
      const t = this.peek("start");
      const e = this.unexpected(t);
      // dash names the word it was waiting for (`expecting` is the caller's closer).
      if (t.kind === "eof" && expecting !== undefined) e.dashText = `end of file unexpected (expecting "${expecting}")`;
      throw e;
    }
    return out;
  }

  parseAndOr(): AndOr {
    const first = this.parsePipeline();
    const node: AndOr = { type: "AndOr", line: first.line, first, rest: [] };
    for (;;) {
      const t = this.peek("arg");
      if (t.kind === "op" && (t.op === "&&" || t.op === "||")) {
        this.consume();
        this.skipNewlines();
        node.rest.push({ op: t.op, pipeline: this.parsePipeline() });
      } else return node;
    }
  }

  parsePipeline(): Pipeline {
    const p: Pipeline = { type: "Pipeline", line: this.peek("start").line, negated: false, timed: false, commands: [], pipeStderr: [] };
    for (;;) {
      const t = this.peek("start");
      if (isKeyword(t, "time")) {
        this.consume();
        p.timed = true;
        const o = this.peek("arg");
        if (isKeyword(o, "-p")) {
          this.consume();
          p.timePosix = true;
        }
        continue;
      }
      if (isKeyword(t, "!")) {
        this.consume();
        p.negated = !p.negated;
        continue;
      }
      break;
    }
    if (p.timed || p.negated) {
      // `time` / `!` alone (before a list terminator) is a valid, empty pipeline.
      const t = this.peek("start");
      if (t.kind === "eof" || (t.kind === "op" && (t.op === ";" || t.op === "&" || t.op === "\n"))) return p;
    }
    p.commands.push(this.parseCommand());
    p.line = p.commands[0].line;
    for (;;) {
      const t = this.peek("arg");
      if (t.kind === "op" && (t.op === "|" || t.op === "|&")) {
        this.consume();
        this.skipNewlines();
        p.pipeStderr.push(t.op === "|&");
        p.commands.push(this.parseCommand());
      } else return p;
    }
  }

  // ---- commands -----------------------------------------------------------------------------

  parseCommand(): Command {
    const t = this.peek("start");
    if (t.kind === "arith" || (t.kind === "op" && t.op === "(")) return this.parseCompound();
    if (t.kind === "word") {
      const kw = literalText(t);
      if (kw !== undefined && !(this.dialect === "dash" && (kw === "function" || kw === "[[" || kw === "select"))) {
        if (kw === "function") return this.parseFunctionKeyword();
        if (["{", "if", "for", "select", "while", "until", "case", "[["].includes(kw)) return this.parseCompound();
        if (NOT_A_COMMAND.has(kw)) throw this.unexpected(t);
      }
      return this.parseSimple();
    }
    if (t.kind === "redir") return this.parseSimple();
    throw this.unexpected(t);
  }

  /** A compound command and the redirections after it. */
  parseCompound(): CompoundCommand {
    const t = this.peek("start");
    const line = t.line;
    let body: CompoundBody;
    if (t.kind === "arith") {
      this.consume();
      body = { type: "ArithCommand", line, expr: t.expr };
    } else if (t.kind === "op" && t.op === "(") {
      this.consume();
      const list = this.parseList((x) => x.kind === "op" && x.op === ")", false, ")");
      this.expectOp(")");
      body = { type: "Subshell", line, body: list };
    } else {
      const kw = literalText(t);
      switch (kw) {
        case "{": {
          this.consume();
          const list = this.parseList((x) => isKeyword(x, "}"), false, "}");
          this.expectKeyword("}");
          body = { type: "Group", line, body: list };
          break;
        }
        case "if":
          body = this.parseIf();
          break;
        case "while":
        case "until":
          body = this.parseWhile();
          break;
        case "for":
        case "select":
          body = this.parseFor();
          break;
        case "case":
          body = this.parseCase();
          break;
        case "[[":
          this.consume();
          body = { type: "Cond", line, expr: parseCond(this) };
          break;
        default:
          throw this.unexpected(t);
      }
    }
    const cmd: CompoundCommand = { type: "Compound", line, body, redirects: [] };
    for (;;) {
      const r = this.peek("arg");
      if (r.kind !== "redir") break;
      this.consume();
      cmd.redirects.push(this.parseRedirect(r));
    }
    this.rebaseWords(cmd, line);
    return cmd;
  }

  expectKeyword(kw: string): void {
    const t = this.peek("start");
    if (!isKeyword(t, kw)) {
      const e = this.unexpected(t);
      if (t.kind === "eof") e.dashText = `end of file unexpected (expecting "${kw}")`;
      throw e;
    }
    this.consume();
  }

  expectOp(op: string): void {
    const t = this.peek("arg");
    if (!(t.kind === "op" && t.op === op)) {
      const e = this.unexpected(t);
      if (t.kind === "eof") e.dashText = `end of file unexpected (expecting "${op}")`;
      throw e;
    }
    this.consume();
  }

  private parseIf(): CompoundBody {
    const line = this.consume().line;
    const clauses: Array<{ cond: Statement[]; body: Statement[] }> = [];
    let elseBody: Statement[] | undefined;
    for (;;) {
      const cond = this.parseList((x) => isKeyword(x, "then"), false, "then");
      this.expectKeyword("then");
      const body = this.parseList((x) => isKeyword(x, "elif") || isKeyword(x, "else") || isKeyword(x, "fi"), false, "fi");
      clauses.push({ cond, body });
      const t = this.peek("start");
      if (isKeyword(t, "elif")) {
        this.consume();
        continue;
      }
      if (isKeyword(t, "else")) {
        this.consume();
        elseBody = this.parseList((x) => isKeyword(x, "fi"), false, "fi");
      }
      this.expectKeyword("fi");
      break;
    }
    const node: CompoundBody = { type: "If", line, clauses };
    if (elseBody) node.elseBody = elseBody;
    return node;
  }

  private parseWhile(): CompoundBody {
    const t = this.consume();
    const until = literalText(t) === "until";
    const cond = this.parseList((x) => isKeyword(x, "do"), false, "do");
    this.expectKeyword("do");
    const body = this.parseList((x) => isKeyword(x, "done"), false, "done");
    this.expectKeyword("done");
    return { type: "While", line: t.line, until, cond, body };
  }

  /** `do … done` or `{ … }` after a for header. */
  private parseForBody(): Statement[] {
    const t = this.peek("start");
    if (isKeyword(t, "{")) {
      this.consume();
      const body = this.parseList((x) => isKeyword(x, "}"), false, "}");
      this.expectKeyword("}");
      return body;
    }
    if (!isKeyword(t, "do")) throw this.unexpected(t);
    this.consume();
    const body = this.parseList((x) => isKeyword(x, "done"), false, "done");
    this.expectKeyword("done");
    return body;
  }

  private parseFor(): CompoundBody {
    const kwTok = this.consume();
    const line = kwTok.line;
    const select = literalText(kwTok) === "select";
    const v = this.peek(select ? "arg" : "start");
    if (v.kind === "arith") {
      this.consume();
      const parts = splitArithFor(v.expr);
      if (!parts) {
        const src = "((" + v.expr + "))";
        throw new ParseError("syntax", v.line, ["syntax error: arithmetic expression required", "syntax error: `" + src + "'"]);
      }
      const s = this.peek("arg");
      if (s.kind === "op" && s.op === ";") this.consume();
      this.skipNewlines();
      const body = this.parseForBody();
      return { type: "ArithFor", line, init: parts[0], cond: parts[1], update: parts[2], body };
    }
    if (this.dialect === "dash" && (v.kind !== "word" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.raw))) {
      const e = this.unexpected(v);
      e.dashText = "Bad for loop variable";
      throw e;
    }
    if (v.kind !== "word") throw this.unexpected(v);
    this.consume();
    const variable = v.raw;
    let s = this.peek("arg");
    if (s.kind === "op" && s.op === ";") {
      this.consume();
      this.skipNewlines();
      return withSelect({ type: "For", line, variable, body: this.parseForBody() }, select);
    }
    this.skipNewlines();
    s = this.peek("arg");
    if (!isKeyword(s, "in")) {
      return withSelect({ type: "For", line, variable, body: this.parseForBody() }, select);
    }
    this.consume();
    const items: Word[] = [];
    for (;;) {
      const w = this.peek("arg");
      if (w.kind === "word") {
        this.consume();
        items.push(braced(w.word));
        continue;
      }
      if (w.kind === "op" && (w.op === ";" || w.op === "\n")) {
        this.consume();
        break;
      }
      throw this.unexpected(w);
    }
    this.skipNewlines();
    const node: For = withSelect({ type: "For", line, variable, items, body: [] }, select);
    this.rebaseItems(items, line);
    node.body = this.parseForBody();
    return node;
  }

  private parseCase(): Case {
    const line = this.consume().line;
    const w = this.peek("arg");
    if (w.kind !== "word") throw this.unexpected(w);
    this.consume();
    this.skipNewlines();
    const inTok = this.peek("arg");
    if (!isKeyword(inTok, "in")) throw this.unexpected(inTok);
    this.consume();
    const node: Case = { type: "Case", line, word: w.word, items: [] };
    this.rebaseItems([w.word], line);
    for (;;) {
      this.skipNewlines();
      let t = this.peek("arg");
      if (t.kind === "eof" && this.dialect === "dash") {
        const e = this.unexpected(t);
        e.dashText = 'end of file unexpected (expecting ")")';
        throw e;
      }
      if (isKeyword(t, "esac")) {
        this.consume();
        return node;
      }
      if (t.kind === "op" && t.op === "(") {
        this.consume();
        t = this.peek("arg");
      }
      const patterns: Word[] = [];
      for (;;) {
        if (t.kind !== "word") throw this.unexpected(t);
        this.consume();
        patterns.push(t.word);
        const s = this.peek("arg");
        if (s.kind === "op" && s.op === "|") {
          this.consume();
          t = this.peek("arg");
          continue;
        }
        if (s.kind === "op" && s.op === ")") {
          this.consume();
          break;
        }
        throw this.unexpected(s);
      }
      this.rebaseItems(patterns, line);
      const body = this.parseList(
        (x) => isKeyword(x, "esac") || (x.kind === "op" && (x.op === ";;" || x.op === ";&" || x.op === ";;&")),
        true,
      );
      const item: CaseItem = { patterns, body, terminator: ";;" };
      node.items.push(item);
      const e = this.peek("arg");
      if (e.kind === "op" && (e.op === ";;" || e.op === ";&" || e.op === ";;&")) {
        this.consume();
        item.terminator = e.op;
        continue;
      }
      const k = this.peek("start");
      if (isKeyword(k, "esac")) {
        this.consume();
        return node;
      }
      throw this.unexpected(k);
    }
  }

  private parseFunctionKeyword(): FunctionDef {
    const kwTok = this.consume();
    const n = this.peek("arg");
    if (n.kind !== "word") throw this.unexpected(n);
    this.consume();
    const p = this.peek("arg");
    if (p.kind === "op" && p.op === "(") {
      this.consume();
      this.expectOp(")");
    }
    return this.parseFunctionBody(n.raw, kwTok.line);
  }

  private parseFunctionBody(name: string, line: number): FunctionDef {
    this.skipNewlines();
    const t = this.peek("start");
    const kw = literalText(t);
    const ok =
      t.kind === "arith" ||
      (t.kind === "op" && t.op === "(") ||
      (kw !== undefined && ["{", "if", "for", "select", "while", "until", "case", "[["].includes(kw));
    if (!ok) throw this.unexpected(t);
    return { type: "FunctionDef", line, name, body: this.parseCompound() };
  }

  parseRedirect(r: Token & { kind: "redir" }): Redirect {
    const t = this.peek("arg");
    if (t.kind !== "word") throw this.unexpected(t);
    this.consume();
    const red: Redirect = { type: "Redirect", line: r.line, op: r.op, target: t.word };
    if (r.fd !== undefined) red.fd = r.fd;
    if (r.fdVar !== undefined) red.fdVar = r.fdVar;
    if (r.op === "<<" || r.op === "<<-") {
      red.target = { type: "Word", parts: [{ type: "Literal", value: t.raw }] };
      this.lx.addHeredoc(red, t.raw, r.op === "<<-");
    } else if (r.op !== "<<<") {
      red.target = braced(t.word);
    }
    return red;
  }

  parseSimple(): Command {
    const cmd: SimpleCommand = { type: "SimpleCommand", line: this.peek("start").line, assignments: [], words: [], redirects: [] };
    let mode: LexMode = "start";
    let first = true;
    for (;;) {
      const t = this.peek(mode);
      if (t.kind === "redir") {
        if (this.dialect === "dash" && t.op === "<<<") {
          // dash has no here-strings: its lexer sees `<<` then `<`.
          const e = ParseError.near("<", t.line, this.lx.lineText(t.start));
          e.dashText = "redirection unexpected";
          throw e;
        }
        this.consume();
        cmd.redirects.push(this.parseRedirect(t));
      } else if (t.kind === "word") {
        if ((mode === "start" || mode === "assign") && t.assign) {
          this.consume();
          cmd.assignments.push(toAssignment(t.assign, t.line));
          mode = "assign";
        } else {
          this.consume();
          if (first) {
            // `name ( )` starts a function definition.
            const p = this.peek("arg");
            if (p.kind === "op" && p.op === "(") {
              this.consume();
              this.expectOp(")");
              return this.parseFunctionBody(t.raw, t.line);
            }
          }
          if (cmd.words.length === 0) {
            cmd.words.push(braced(t.word));
            const name = literalText(t);
            mode = name !== undefined && DECLARATION_BUILTINS.has(name) ? "decl" : "arg";
          } else if (mode === "decl" && t.assign) {
            const w: Word = { type: "Word", parts: t.word.parts, assignment: toAssignment(t.assign, t.line) };
            cmd.words.push(w);
          } else {
            cmd.words.push(braced(t.word));
          }
        }
      } else break;
      if (first) {
        first = false;
        // bash stamps a simple command with the line reached after reading the token that follows
        // its first element (yacc's lookahead): that is what $LINENO shows.
        cmd.line = this.peek(mode).endLine;
      }
    }
    if (first) throw this.unexpected(this.peek(mode));
    this.rebaseWords(cmd, cmd.line);
    return cmd;
  }

  // ---- LINENO of substitution bodies ----------------------------------------------------------

  /**
   * bash re-parses `$(…)` and backquoted bodies when it runs them, counting their lines from the
   * LINENO of the command being executed; shift their line numbers accordingly.
   */
  private rebaseWords(node: SimpleCommand | CompoundCommand, line: number): void {
    if (node.type === "SimpleCommand") {
      for (const a of node.assignments) {
        this.rebaseItems(a.value.type === "Word" ? [a.value] : a.value.elements.map((e) => e.value), line);
        if (a.index) this.rebaseItems([a.index], line);
      }
      this.rebaseItems(node.words, line);
    }
    for (const r of node.redirects) {
      this.rebaseItems([r.target], line);
      if (r.heredoc) this.rebaseItems([r.heredoc], line);
    }
  }

  rebaseItems(words: Word[], line: number): void {
    for (const w of words) rebaseLines(w.parts, line, this.lx.substStart);
  }
}

function withSelect(f: For, select: boolean): For {
  if (select) f.select = true;
  return f;
}

function stmt(andOr: AndOr, background: boolean): Statement {
  return { type: "Statement", line: andOr.line, andOr, background };
}

function braced(w: Word): Word {
  const parts = detectBraces(w.parts);
  return parts === w.parts ? w : { type: "Word", parts };
}

function toAssignment(a: AssignInfo, line: number): Assignment {
  const out: Assignment = { type: "Assignment", line, name: a.name, append: a.append, value: a.value };
  if (a.index) out.index = a.index;
  return out;
}

/** The redirection operator text at `start` (for error messages). */
function redirText(src: string, start: number): string {
  const m = /^(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})?(<<<|<<-|<<|<&|<>|<|>>|>&|>\||>|&>>|&>)/.exec(src.slice(start, start + 300));
  return m ? m[1] : src[start];
}

/** Splits `init; cond; update` at top-level semicolons; undefined unless there are exactly three. */
function splitArithFor(expr: string): [string, string, string] | undefined {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    if (c === ";" && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  if (out.length !== 3) return undefined;
  return [out[0].trim(), out[1].trim(), out[2].trim()];
}

// ---- entry points -----------------------------------------------------------------------------

function makeLexer(src: string, startLine: number, warnings: ParseWarning[]): Lexer {
  return new Lexer(src, HOOKS, { startLine, warnings });
}

const HOOKS = {
  parseSubst(lx: Lexer, open: "$(" | "<(" | ">("): Statement[] {
    const p = new Parser(lx);
    const openLine = lx.line;
    const saved = lx.suspendHeredocs();
    try {
      const body = p.parseList((t) => t.kind === "op" && t.op === ")", true);
      const t = p.peek("arg");
      if (t.kind === "eof") throw new ParseError("unmatched-subst", lx.eofLine(), ["unexpected EOF while looking for matching `)'"], { incomplete: true });
      if (!(t.kind === "op" && t.op === ")")) throw p.unexpected(t);
      p.consume();
      return body;
    } catch (e) {
      if (e instanceof ParseError && (e.kind === "syntax" || e.kind === "eof")) {
        if (e.kind === "eof") throw new ParseError("unmatched-subst", e.line, ["unexpected EOF while looking for matching `)'"], { incomplete: true });
        throw e.withKind("subst");
      }
      throw e;
    } finally {
      lx.resumeHeredocs(saved);
      void openLine;
      void open;
    }
  },
  parseText(text: string, startLine: number): Statement[] {
    const lx = makeLexer(text, startLine, []);
    const p = new Parser(lx);
    const out: Statement[] = [];
    for (;;) {
      const line = p.readLine();
      if (line === null) return out;
      out.push(...line);
    }
  },
};

/**
 * Reads a script one complete top-level command line at a time, as bash does: `next()` returns
 * the statements of the next line (a line may hold several, `a; b & c`, and a compound command
 * spans as many lines as it needs, with the bodies of its heredocs), null at the end, and throws
 * ParseError for an invalid line, after the previous lines were returned.
 *
 * `warnings` collects non-fatal diagnostics (here-document delimited by end-of-file) with the
 * line bash reports; the interpreter prints new entries after each `next()` (bash prints the
 * warning when it reads the heredoc, before running the command).
 */
export class ScriptReader {
  readonly warnings: ParseWarning[] = [];
  private readonly parser: Parser;
  private done = false;

  constructor(src: string, opts: { startLine?: number; dialect?: "bash" | "dash" } = {}) {
    this.parser = new Parser(makeLexer(src, opts.startLine ?? 1, this.warnings));
    this.parser.dialect = opts.dialect ?? "bash";
    this.parser.lx.dialect = this.parser.dialect;
  }

  next(): Statement[] | null {
    if (this.done) return null;
    try {
      const line = this.parser.readLine();
      if (line === null) this.done = true;
      return line;
    } catch (e) {
      this.done = true;
      throw e;
    }
  }
}

/** Parses a whole script; throws the first ParseError. Warnings are dropped (see ScriptReader). */
export function parseScript(src: string): Script {
  const r = new ScriptReader(src);
  const body: Statement[] = [];
  for (;;) {
    const line = r.next();
    if (line === null) return { type: "Script", body };
    body.push(...line);
  }
}

export type { WordPart };
