// Recursive-descent awk parser following gawk's grammar (awkgram.y):
// precedence from lowest: assignment, ?:, ||, &&, in, ~ !~, relational,
// concatenation, + -, * / %, unary + - !, ^ **, ++ --, $, grouping.
// In print's argument list an unparenthesised `>` is output redirection.

import type { Expr, FuncDef, Pattern, Program, Redirect, Rule, Stmt } from "./ast.js";
import { AwkSyntaxError, type Token } from "./lexer.js";

const ASSIGN_OPS = new Set(["=", "+=", "-=", "*=", "/=", "%=", "^=", "**="]);

export function parseProgram(toks: Token[]): Program {
  return new Parser(toks).program();
}

class Parser {
  private i = 0;
  private noGt = 0;
  private noIn = 0;
  private inFunc: FuncDef | undefined;
  private ruleKind: "begin" | "end" | "other" = "other";
  private loopDepth = 0;
  private readonly funcs = new Map<string, FuncDef>();
  private readonly calls: Array<{ name: string; tok: Token }> = [];

  constructor(private readonly toks: Token[]) {}

  private get tok(): Token {
    return this.toks[this.i]!;
  }
  private peek(k = 1): Token {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)]!;
  }
  private isOp(s: string, t = this.tok): boolean {
    return t.t === "OP" && t.s === s;
  }
  private isKw(s: string, t = this.tok): boolean {
    return t.t === "KW" && t.s === s;
  }
  private next(): Token {
    const t = this.tok;
    if (this.i < this.toks.length - 1) this.i++;
    return t;
  }
  private fail(t: Token = this.tok): never {
    if (t.t === "NEWLINE" || t.t === "EOF") {
      throw new AwkSyntaxError("unexpected newline or end of string", t.src, t.line, t.col);
    }
    throw new AwkSyntaxError("syntax error", t.src, t.line, t.col);
  }
  private expectOp(s: string): Token {
    if (!this.isOp(s)) this.fail();
    return this.next();
  }
  private nls(): void {
    while (this.tok.t === "NEWLINE") this.next();
  }
  /** Newlines and semicolons between items/statements. */
  private seps(): void {
    while (this.tok.t === "NEWLINE" || this.isOp(";")) this.next();
  }

  program(): Program {
    const rules: Rule[] = [];
    this.seps();
    while (this.tok.t !== "EOF") {
      if (this.isKw("function")) this.funcDef();
      else rules.push(this.rule());
      this.seps();
    }
    for (const c of this.calls) {
      if (!this.funcs.has(c.name)) {
        throw new AwkSyntaxError(`function \`${c.name}' not defined`, c.tok.src, c.tok.line, -1, "fatal");
      }
    }
    return { rules, funcs: this.funcs };
  }

  private funcDef(): void {
    this.next();
    const nameTok = this.next();
    if (nameTok.t !== "NAME" && nameTok.t !== "FUNC_NAME") this.fail(nameTok);
    this.expectOp("(");
    const params: string[] = [];
    this.nls();
    while (!this.isOp(")")) {
      const p = this.next();
      if (p.t !== "NAME") this.fail(p);
      params.push(p.s);
      this.nls();
      if (this.isOp(",")) {
        this.next();
        this.nls();
      } else if (!this.isOp(")")) this.fail();
    }
    this.next();
    this.nls();
    const f: FuncDef = { name: nameTok.s, params, body: [] };
    if (this.funcs.has(f.name)) {
      throw new AwkSyntaxError(`function name \`${f.name}' previously defined`, nameTok.src, nameTok.line, -1, "error");
    }
    this.funcs.set(f.name, f);
    this.inFunc = f;
    f.body = this.block();
    this.inFunc = undefined;
  }

  private rule(): Rule {
    let pattern: Pattern;
    if (this.isKw("BEGIN") || this.isKw("END") || this.isKw("BEGINFILE") || this.isKw("ENDFILE")) {
      const k = this.next().s;
      pattern = { k: k.toLowerCase() as "begin" | "end" | "beginfile" | "endfile" };
      if (!this.isOp("{")) {
        const t = this.tok;
        throw new AwkSyntaxError(`each rule must have a pattern or an action part`, t.src, t.line, t.col);
      }
      this.ruleKind = k === "BEGIN" ? "begin" : k === "END" ? "end" : "other";
      const action = this.block();
      this.ruleKind = "other";
      return { pattern, action };
    }
    if (this.isOp("{")) return { pattern: { k: "all" }, action: this.block() };
    const a = this.expr();
    if (this.isOp(",")) {
      this.next();
      this.nls();
      pattern = { k: "range", a, b: this.expr() };
    } else pattern = { k: "expr", e: a };
    if (this.isOp("{")) return { pattern, action: this.block() };
    if (this.tok.t !== "NEWLINE" && this.tok.t !== "EOF" && !this.isOp(";")) this.fail();
    return { pattern };
  }

  private block(): Stmt[] {
    this.expectOp("{");
    const body: Stmt[] = [];
    this.seps();
    while (!this.isOp("}")) {
      if (this.tok.t === "EOF") this.fail();
      body.push(this.stmt());
      this.seps();
    }
    this.next();
    return body;
  }

  /** A statement terminator: ; newline, or (not consumed) } or EOF. */
  private term(): void {
    if (this.isOp(";") || this.tok.t === "NEWLINE") {
      this.next();
      return;
    }
    if (this.isOp("}") || this.tok.t === "EOF") return;
    this.fail();
  }

  private simpleOrBlock(): Stmt {
    this.nls();
    if (this.isOp(";")) {
      this.next();
      return { k: "block", body: [] };
    }
    return this.stmt();
  }

  private stmt(): Stmt {
    const t = this.tok;
    if (this.isOp("{")) return { k: "block", body: this.block() };
    if (t.t === "KW") {
      switch (t.s) {
        case "if": {
          this.next();
          this.expectOp("(");
          const c = this.expr();
          this.expectOp(")");
          const then = this.simpleOrBlock();
          // `else` may follow after newlines or a semicolon.
          const save = this.i;
          this.seps();
          if (this.isKw("else")) {
            this.next();
            return { k: "if", c, then, else: this.simpleOrBlock() };
          }
          this.i = save;
          return { k: "if", c, then };
        }
        case "while": {
          this.next();
          this.expectOp("(");
          const c = this.expr();
          this.expectOp(")");
          if (this.isOp(";")) {
            this.next();
            return { k: "while", c, body: { k: "block", body: [] } };
          }
          this.loopDepth++;
          const body = this.simpleOrBlock();
          this.loopDepth--;
          return { k: "while", c, body };
        }
        case "do": {
          this.next();
          this.loopDepth++;
          const body = this.simpleOrBlock();
          this.loopDepth--;
          this.seps();
          if (!this.isKw("while")) this.fail();
          this.next();
          this.expectOp("(");
          const c = this.expr();
          this.expectOp(")");
          this.term();
          return { k: "do", body, c };
        }
        case "for":
          return this.forStmt();
        case "break":
        case "continue": {
          this.next();
          this.term();
          return { k: t.s };
        }
        case "next":
        case "nextfile": {
          this.next();
          if (this.ruleKind !== "other" && !this.inFunc) {
            throw new AwkSyntaxError(`\`${t.s}' used in ${this.ruleKind === "begin" ? "BEGIN" : "END"} action`, t.src, t.line, -1, "error");
          }
          this.term();
          return { k: t.s };
        }
        case "exit": {
          this.next();
          const e = this.endsSimple() ? undefined : this.expr();
          this.term();
          return { k: "exit", e };
        }
        case "return": {
          this.next();
          if (!this.inFunc) {
            throw new AwkSyntaxError("`return' used outside function context", t.src, t.line, -1, "error");
          }
          const e = this.endsSimple() ? undefined : this.expr();
          this.term();
          return { k: "return", e };
        }
        case "delete": {
          this.next();
          const nameTok = this.next();
          if (nameTok.t !== "NAME") this.fail(nameTok);
          if (this.isOp("[")) {
            this.next();
            const subs = this.exprList("]");
            this.expectOp("]");
            this.term();
            return { k: "delete", name: nameTok.s, subs };
          }
          this.term();
          return { k: "delete", name: nameTok.s };
        }
        case "print":
        case "printf":
          return this.printStmt();
      }
    }
    if (this.isOp(";")) {
      this.next();
      return { k: "block", body: [] };
    }
    const e = this.expr();
    this.term();
    return { k: "expr", e };
  }

  private endsSimple(): boolean {
    return this.isOp(";") || this.isOp("}") || this.tok.t === "NEWLINE" || this.tok.t === "EOF";
  }

  private forStmt(): Stmt {
    this.next();
    this.expectOp("(");
    // for (k in arr)
    if (this.tok.t === "NAME" && this.isKw("in", this.peek()) && this.peek(2).t === "NAME" && this.isOp(")", this.peek(3))) {
      const v = this.next().s;
      this.next();
      const arr = this.next().s;
      this.next();
      this.loopDepth++;
      const body = this.simpleOrBlock();
      this.loopDepth--;
      return { k: "forin", v: { k: "var", name: v }, arr, body };
    }
    const init = this.isOp(";") ? undefined : this.simpleStmt();
    this.expectOp(";");
    this.nls();
    const c = this.isOp(";") ? undefined : this.expr();
    this.expectOp(";");
    this.nls();
    const step = this.isOp(")") ? undefined : this.simpleStmt();
    this.expectOp(")");
    if (this.isOp(";")) {
      this.next();
      return { k: "for", init, c, step, body: { k: "block", body: [] } };
    }
    this.loopDepth++;
    const body = this.simpleOrBlock();
    this.loopDepth--;
    return { k: "for", init, c, step, body };
  }

  private simpleStmt(): Stmt {
    return { k: "expr", e: this.expr() };
  }

  private printStmt(): Stmt {
    const kw = this.next();
    let args: Expr[] = [];
    if (!this.endsSimple() && !this.isOp(">") && !this.isOp(">>") && !this.isOp("|")) {
      // `print (a, b) > f`: a parenthesised list; otherwise an ordinary expression list.
      let parsed = false;
      if (this.isOp("(")) {
        const save = this.i;
        this.next();
        try {
          const list = this.exprList(")");
          if (this.isOp(")")) {
            this.next();
            if (this.endsSimple() || this.isOp(">") || this.isOp(">>") || this.isOp("|")) {
              args = list;
              parsed = true;
            }
          }
        } catch (e) {
          if (!(e instanceof AwkSyntaxError)) throw e;
        }
        if (!parsed) this.i = save;
      }
      if (!parsed) {
        this.noGt++;
        try {
          args = this.exprList(null);
        } finally {
          this.noGt--;
        }
      }
    }
    let redir: Redirect | undefined;
    if (this.isOp(">") || this.isOp(">>") || this.isOp("|")) {
      const kind = this.next().s as Redirect["kind"];
      this.noGt++;
      const dest = this.concat();
      this.noGt--;
      redir = { kind, dest };
    }
    this.term();
    if (kw.s === "printf") {
      if (!args.length) this.fail();
      return { k: "printf", args, redir, line: kw.line };
    }
    return { k: "print", args, redir };
  }

  /** Comma-separated expressions (newlines allowed after commas). */
  private exprList(close: string | null): Expr[] {
    const list: Expr[] = [];
    if (close && this.isOp(close)) return list;
    for (;;) {
      list.push(this.expr());
      if (!this.isOp(",")) break;
      this.next();
      this.nls();
    }
    return list;
  }

  expr(): Expr {
    const lhs = this.ternary();
    if (this.tok.t === "OP" && ASSIGN_OPS.has(this.tok.s) && isLvalue(lhs)) {
      const op = this.next().s;
      this.nls();
      const e = this.expr();
      return { k: "assign", op: op === "**=" ? "^=" : op, target: lhs, e };
    }
    return lhs;
  }

  private ternary(): Expr {
    const c = this.or();
    if (this.isOp("?")) {
      this.next();
      this.nls();
      const a = this.expr();
      this.nls();
      this.expectOp(":");
      this.nls();
      const b = this.expr();
      return { k: "cond", c, a, b };
    }
    return c;
  }

  private or(): Expr {
    let a = this.and();
    while (this.isOp("||")) {
      this.next();
      this.nls();
      a = { k: "or", a, b: this.and() };
    }
    return a;
  }

  private and(): Expr {
    let a = this.inExpr();
    while (this.isOp("&&")) {
      this.next();
      this.nls();
      a = { k: "and", a, b: this.inExpr() };
    }
    return a;
  }

  private inExpr(): Expr {
    let a = this.matchExpr();
    while (this.isKw("in") && !this.noIn) {
      this.next();
      const name = this.next();
      if (name.t !== "NAME") this.fail(name);
      a = { k: "in", subs: [a], name: name.s };
    }
    return a;
  }

  private matchExpr(): Expr {
    let a = this.rel();
    while (this.isOp("~") || this.isOp("!~")) {
      const neg = this.next().s === "!~";
      a = { k: "match", neg, a, re: this.rel() };
    }
    return a;
  }

  private rel(): Expr {
    let a = this.concat();
    for (;;) {
      // cmd | getline [var]
      if (this.isOp("|") && this.isKw("getline", this.peek())) {
        this.next();
        this.next();
        const target = this.optLvalue();
        a = { k: "getline", src: "cmd", from: a, target };
        continue;
      }
      const t = this.tok;
      if (t.t === "OP" && (t.s === "<" || t.s === "<=" || t.s === "==" || t.s === "!=" || t.s === ">=" || (t.s === ">" && !this.noGt))) {
        this.next();
        a = { k: "cmp", op: t.s, a, b: this.concat() };
        continue;
      }
      return a;
    }
  }

  private startsOperand(t: Token): boolean {
    switch (t.t) {
      case "NUM":
      case "STR":
      case "ERE":
      case "NAME":
      case "FUNC_NAME":
      case "BUILTIN":
        return true;
      case "OP":
        return t.s === "$" || t.s === "(" || t.s === "!" || t.s === "-" || t.s === "+" || t.s === "++" || t.s === "--";
      case "KW":
        return false;
      default:
        return false;
    }
  }

  private concat(): Expr {
    const first = this.additive();
    const parts: Expr[] = [first];
    for (;;) {
      const t = this.tok;
      if (!this.startsOperand(t) || (t.t === "OP" && (t.s === "-" || t.s === "+" || t.s === "!"))) break;
      if (this.isKw("in", t)) break;
      parts.push(this.additive());
    }
    return parts.length === 1 ? first : { k: "concat", parts };
  }

  private additive(): Expr {
    let a = this.mul();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.next().s;
      a = { k: "bin", op, a, b: this.mul() };
    }
    return a;
  }

  private mul(): Expr {
    let a = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("%")) {
      const op = this.next().s;
      a = { k: "bin", op, a, b: this.unary() };
    }
    return a;
  }

  private unary(): Expr {
    if (this.isOp("!")) {
      this.next();
      return { k: "not", e: this.unary() };
    }
    if (this.isOp("-")) {
      this.next();
      return { k: "neg", e: this.unary() };
    }
    if (this.isOp("+")) {
      this.next();
      return { k: "plus", e: this.unary() };
    }
    return this.pow();
  }

  private pow(): Expr {
    const base = this.postfix();
    if (this.isOp("^") || this.isOp("**")) {
      this.next();
      // Right-associative; the exponent may carry its own sign.
      let exp: Expr;
      if (this.isOp("-")) {
        this.next();
        exp = { k: "neg", e: this.powOperand() };
      } else if (this.isOp("+")) {
        this.next();
        exp = this.powOperand();
      } else if (this.isOp("!")) {
        this.next();
        exp = { k: "not", e: this.powOperand() };
      } else exp = this.powOperand();
      return { k: "bin", op: "^", a: base, b: exp };
    }
    return base;
  }

  private powOperand(): Expr {
    return this.pow();
  }

  private postfix(): Expr {
    const e = this.primary();
    if ((this.isOp("++") || this.isOp("--")) && isLvalue(e)) {
      const op = this.next().s as "++" | "--";
      return { k: "incdec", op, prefix: false, target: e };
    }
    return e;
  }

  private optLvalue(): Expr | undefined {
    const t = this.tok;
    if (t.t === "NAME") {
      this.next();
      if (this.isOp("[")) {
        this.next();
        const subs = this.exprList("]");
        this.expectOp("]");
        return { k: "index", name: t.s, subs };
      }
      return { k: "var", name: t.s };
    }
    if (this.isOp("$")) {
      this.next();
      return { k: "field", e: this.fieldOperand() };
    }
    return undefined;
  }

  private fieldOperand(): Expr {
    if (this.isOp("++") || this.isOp("--")) {
      const op = this.next().s as "++" | "--";
      const target = this.primary();
      if (!isLvalue(target)) this.fail();
      return { k: "incdec", op, prefix: true, target };
    }
    if (this.isOp("-")) {
      this.next();
      return { k: "neg", e: this.primary() };
    }
    if (this.isOp("+")) {
      this.next();
      return { k: "plus", e: this.primary() };
    }
    if (this.isOp("!")) {
      this.next();
      return { k: "not", e: this.primary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.tok;
    switch (t.t) {
      case "NUM":
        this.next();
        return { k: "num", v: t.n! };
      case "STR":
        this.next();
        return { k: "str", v: t.s };
      case "ERE":
        this.next();
        return { k: "re", src: t.s };
      case "NAME": {
        this.next();
        if (this.isOp("[")) {
          this.next();
          const saveGt = this.noGt;
          const saveIn = this.noIn;
          this.noGt = 0;
          this.noIn = 0;
          const subs = this.exprList("]");
          this.noGt = saveGt;
          this.noIn = saveIn;
          this.expectOp("]");
          return { k: "index", name: t.s, subs };
        }
        return { k: "var", name: t.s };
      }
      case "FUNC_NAME": {
        this.next();
        this.expectOp("(");
        const args = this.callArgs();
        this.calls.push({ name: t.s, tok: t });
        return { k: "call", name: t.s, args, line: t.line };
      }
      case "BUILTIN": {
        this.next();
        if (t.s === "length" && !this.isOp("(")) return { k: "builtin", name: "length", args: [], line: t.line };
        this.expectOp("(");
        return { k: "builtin", name: t.s, args: this.callArgs(), line: t.line };
      }
      case "KW":
        if (t.s === "getline") {
          this.next();
          const target = this.optLvalue();
          if (this.isOp("<")) {
            this.next();
            const from = this.postfixNoConcat();
            return { k: "getline", src: "file", from, target };
          }
          return { k: "getline", src: "main", target };
        }
        return this.fail();
      case "OP":
        if (t.s === "$") {
          this.next();
          return { k: "field", e: this.fieldOperand() };
        }
        if (t.s === "(") {
          this.next();
          const saveGt = this.noGt;
          const saveIn = this.noIn;
          this.noGt = 0;
          this.noIn = 0;
          this.nls();
          const list = this.exprList(")");
          this.noGt = saveGt;
          this.noIn = saveIn;
          this.nls();
          this.expectOp(")");
          if (list.length > 1) {
            if (!this.isKw("in")) this.fail();
            this.next();
            const name = this.next();
            if (name.t !== "NAME") this.fail(name);
            return { k: "in", subs: list, name: name.s };
          }
          if (!list.length) this.fail();
          return { k: "group", e: list[0]! };
        }
        if (t.s === "++" || t.s === "--") {
          this.next();
          const target = this.primary();
          if (!isLvalue(target)) this.fail();
          return { k: "incdec", op: t.s, prefix: true, target };
        }
        if (t.s === "-") {
          this.next();
          return { k: "neg", e: this.unary() };
        }
        if (t.s === "+") {
          this.next();
          return { k: "plus", e: this.unary() };
        }
        if (t.s === "!") {
          this.next();
          return { k: "not", e: this.unary() };
        }
        return this.fail();
      default:
        return this.fail();
    }
  }

  /** getline's `< file` operand: a primary with $ and ++/--, no binary operators. */
  private postfixNoConcat(): Expr {
    return this.postfix();
  }

  private callArgs(): Expr[] {
    const saveGt = this.noGt;
    const saveIn = this.noIn;
    this.noGt = 0;
    this.noIn = 0;
    this.nls();
    const args = this.exprList(")");
    this.nls();
    this.noGt = saveGt;
    this.noIn = saveIn;
    this.expectOp(")");
    return args;
  }
}

export function isLvalue(e: Expr): boolean {
  return e.k === "var" || e.k === "index" || e.k === "field";
}
