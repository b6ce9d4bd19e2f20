// The grammar of `[[ … ]]` (bash's cond_expr): `||`, `&&`, `!`, parentheses, unary tests and binary
// operators; the word after `=~` is read in regex mode. Error messages and their exit statuses
// copy bash 5.2.15, which prints only the conditional-expression message (and sometimes nothing)
// and then stops the script keeping the last status (kind "cond"); when the offending token is
// the end of the input the status is 2 (kind "eof").
import type { CondExpr } from "../ast.js";
import type { Token } from "../lexer.js";
import { ParseError } from "./errors.js";
import { isKeyword, type Parser } from "../parser.js";

const UNARY = new Set("-a -b -c -d -e -f -g -h -k -p -r -s -t -u -w -x -G -L -N -O -S -z -n -o -v -R".split(" "));
const BINARY = new Set("= == != =~ -eq -ne -lt -le -gt -ge -nt -ot -ef".split(" "));

function literal(t: Token): string | undefined {
  if (t.kind !== "word") return undefined;
  const p = t.word.parts;
  return p.length === 1 && p[0].type === "Literal" && t.raw === p[0].value ? p[0].value : undefined;
}

export function parseCond(p: Parser): CondExpr {
  const atEnd = (t: Token): boolean =>
    t.kind === "eof" || (t.kind === "op" && t.op === "\n" && p.lx.src.slice(t.start + 1).trim() === "");
  const text = (t: Token): string => (t.kind === "eof" ? "newline" : p.tokenText(t));
  const fail = (t: Token, lines: string[]): ParseError =>
    new ParseError(atEnd(t) ? "eof" : "cond", t.line, lines);
  const skipNewlines = (): void => {
    for (;;) {
      const t = p.peek("cond");
      if (t.kind === "op" && t.op === "\n") p.consume();
      else return;
    }
  };

  const orExpr = (): CondExpr => {
    let left = andExpr();
    for (;;) {
      const t = p.peek("cond");
      if (!(t.kind === "op" && t.op === "||")) return left;
      p.consume();
      left = { type: "CondOr", left, right: andExpr() };
    }
  };
  const andExpr = (): CondExpr => {
    let left = notExpr();
    for (;;) {
      const t = p.peek("cond");
      if (!(t.kind === "op" && t.op === "&&")) return left;
      p.consume();
      left = { type: "CondAnd", left, right: notExpr() };
    }
  };
  const notExpr = (): CondExpr => {
    skipNewlines();
    const t = p.peek("cond");
    if (isKeyword(t, "!")) {
      p.consume();
      return { type: "CondNot", expr: notExpr() };
    }
    return primary();
  };
  const primary = (): CondExpr => {
    skipNewlines();
    const t = p.peek("cond");
    if (t.kind === "eof") {
      throw new ParseError("eof", p.lx.eofLine(), ["unexpected token `EOF' in conditional command"], { incomplete: true });
    }
    if (t.kind === "op" && t.op === "(") {
      p.consume();
      let inner: CondExpr;
      try {
        inner = orExpr();
      } catch (e) {
        if (e instanceof ParseError) throw new ParseError(e.kind, e.line, [...e.lines(), "expected `)'"], { incomplete: e.incomplete });
        throw e;
      }
      const c = p.peek("cond");
      if (c.kind === "op" && c.op === ")") {
        p.consume();
        return { type: "CondParen", expr: inner };
      }
      throw fail(c, [`unexpected token \`${text(c)}', expected \`)'`]);
    }
    if (isKeyword(t, "]]")) throw fail(t, []);
    if (t.kind !== "word") throw fail(t, [`unexpected token \`${text(t)}' in conditional command`]);
    p.consume();
    const op = literal(t);
    if (op !== undefined && UNARY.has(op)) {
      const a = p.peek("cond");
      if (a.kind === "word" && !isKeyword(a, "]]")) {
        p.consume();
        return { type: "CondUnary", op, arg: a.word };
      }
      throw fail(a, [`unexpected argument \`${text(a)}' to conditional unary operator`]);
    }
    const b = p.peek("cond");
    let bop: string | undefined;
    if (b.kind === "word") {
      const l = literal(b);
      if (l !== undefined && BINARY.has(l)) bop = l;
      else if (!isKeyword(b, "]]")) throw fail(b, ["conditional binary operator expected"]);
    } else if (b.kind === "op" && (b.op === "<" || b.op === ">")) bop = b.op;
    else if (!(b.kind === "op" && (b.op === "&&" || b.op === "||" || b.op === ")"))) {
      throw fail(b, [`unexpected token \`${text(b)}', conditional binary operator expected`]);
    }
    if (bop === undefined) return { type: "CondWord", word: t.word };
    p.consume();
    const r = p.peek(bop === "=~" ? "regex" : "cond");
    if (r.kind === "word" && !isKeyword(r, "]]")) {
      p.consume();
      return { type: "CondBinary", op: bop, left: t.word, right: r.word };
    }
    throw fail(r, [`unexpected argument \`${text(r)}' to conditional binary operator`]);
  };

  const e = orExpr();
  const t = p.peek("cond");
  if (isKeyword(t, "]]")) {
    p.consume();
    return e;
  }
  throw fail(
    t,
    t.kind === "word"
      ? ["syntax error in conditional expression"]
      : [`syntax error in conditional expression: unexpected token \`${text(t)}'`],
  );
}
