// A normalised summary of a parsed script, computed both from our AST and from mvdan-sh's, so the
// two parsers can be compared: statements, command kinds, words after quote removal (with quoted
// and unquoted text told apart), expansions, redirection operators and heredoc bodies.
// Arithmetic bodies are compared only by presence (mvdan-sh parses them into trees).
import sh from "mvdan-sh";
import type { CondExpr, Redirect, Statement, Word, WordPart, AndOr, Pipeline, Command, Assignment, ArrayLiteral } from "../../../src/shell/ast.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type Node = any;
const S = sh.syntax;

// ---- word segments --------------------------------------------------------------------------

/** L(...) unquoted text, Q(...) quoted text; adjacent segments of a kind merge. */
class Segs {
  out: string[] = [];
  private kind = "";
  private buf = "";
  text(kind: "L" | "Q", s: string): void {
    if (s === "") return;
    if (kind !== this.kind) this.flush();
    this.kind = kind;
    this.buf += s;
  }
  raw(s: string): void {
    this.flush();
    this.out.push(s);
  }
  flush(): void {
    if (this.kind !== "") this.out.push(`${this.kind}(${this.buf})`);
    this.kind = "";
    this.buf = "";
  }
  done(): string {
    this.flush();
    return this.out.join("");
  }
}

// ---- ours -----------------------------------------------------------------------------------

function oursParts(parts: WordPart[], segs: Segs, dq: boolean): void {
  for (const p of parts) {
    switch (p.type) {
      case "Literal":
        segs.text(dq ? "Q" : "L", p.value);
        break;
      case "SingleQuoted":
      case "AnsiCQuoted":
        segs.text("Q", p.value);
        break;
      case "DoubleQuoted": {
        const inner = new Segs();
        oursParts(p.parts, inner, true);
        segs.raw(`D{${inner.done()}}`);
        break;
      }
      case "ParamExpansion": {
        let op: string = p.op ?? "";
        let arg = p.arg;
        if (op === "/#" || op === "/%") {
          arg = { type: "Word", parts: [{ type: "Literal", value: op[1] }, ...(arg?.parts ?? [])] };
          op = "/";
        }
        let args = "";
        if (op === ":" || op === "") args = op === ":" ? String(p.arg2 ? 2 : 1) : "";
        else args = [arg, p.arg2].filter((x) => x).map((w) => oursWord(w!, dq)).join(",");
        const flags = `${p.length ? "#" : ""}${p.indirect ? "!" : ""}${p.index ? "[]" : ""}${p.prefixMatch ?? ""}`;
        segs.raw(`$<${p.name}|${flags}|${op}|${args}>`);
        break;
      }
      case "CommandSubstitution":
        segs.raw(`$(${JSON.stringify(oursList(p.body))})`);
        break;
      case "ArithSubstitution":
        segs.raw("$((A))");
        break;
      case "ProcessSubstitution":
        segs.raw(`${p.op}(${JSON.stringify(oursList(p.body))})`);
        break;
      case "BraceExpansion":
        if (p.sequence) {
          const q = p.sequence;
          segs.text("L", `{${q.from}..${q.to}${q.step !== undefined ? ".." + q.step : ""}}`);
        } else {
          segs.text("L", "{");
          p.alternatives!.forEach((alt, i) => {
            if (i > 0) segs.text("L", ",");
            oursParts(alt, segs, false);
          });
          segs.text("L", "}");
        }
        break;
      case "TildePrefix":
        segs.text("L", "~" + p.user);
        break;
    }
  }
}

export function oursWord(w: Word, dq = false): string {
  const segs = new Segs();
  oursParts(w.parts, segs, dq);
  return segs.done();
}

function oursAssign(a: Assignment): string {
  const head = `${a.name}${a.index ? "[]" : ""}${a.append ? "+=" : "="}`;
  if (a.value.type === "ArrayLiteral") return head + oursArray(a.value);
  return head + oursWord(a.value);
}

function oursArray(v: ArrayLiteral): string {
  return "(" + v.elements.map((e) => (e.index ? "[]=" : "") + oursWord(e.value)).join(" ") + ")";
}

function oursRedir(r: Redirect): string {
  const fd = r.fdVar !== undefined ? `{${r.fdVar}}` : r.fd !== undefined ? String(r.fd) : "";
  if (r.op === "<<" || r.op === "<<-") {
    const delim = plainText(oursWord(r.target));
    return `${fd}${r.op}${unquoteDelim(delim)}:${r.heredoc ? heredocText(oursWord(r.heredoc)) : ""}`;
  }
  return `${fd}${r.op}${oursWord(r.target)}`;
}

function unquoteDelim(s: string): string {
  return s.replace(/\\(.)/g, "$1").replace(/['"]/g, "");
}

/** Segments' text without the L/Q markers (heredoc bodies are never split or globbed). */
function heredocText(s: string): string {
  return s.replace(/[LQ]\(/g, "(");
}

function plainText(s: string): string {
  return s.replace(/^[LQ]\((.*)\)$/s, "$1");
}

function oursCmd(c: Command): unknown {
  if (c.type === "SimpleCommand") {
    return {
      simple: [
        ...c.assignments.map(oursAssign),
        ...c.words.map((w) => (w.assignment ? "decl:" + oursAssign(w.assignment) : oursWord(w))),
      ],
      redirs: c.redirects.map(oursRedir),
    };
  }
  if (c.type === "FunctionDef") return { func: c.name, body: oursCmd(c.body) };
  const b = c.body;
  const redirs = c.redirects.map(oursRedir);
  switch (b.type) {
    case "Subshell":
      return { subshell: oursList(b.body), redirs };
    case "Group":
      return { group: oursList(b.body), redirs };
    case "If":
      return { if: b.clauses.map((cl) => [oursList(cl.cond), oursList(cl.body)]), else: b.elseBody ? oursList(b.elseBody) : null, redirs };
    case "For":
      return { for: b.variable, items: (b.items ?? []).map((w) => oursWord(w)), body: oursList(b.body), redirs };
    case "ArithFor":
      return { arithFor: oursList(b.body), redirs };
    case "While":
      return { [b.until ? "until" : "while"]: oursList(b.cond), body: oursList(b.body), redirs };
    case "Case":
      return {
        case: oursWord(b.word),
        items: b.items.map((it) => ({ pats: it.patterns.map((w) => oursWord(w)), body: oursList(it.body), op: it.terminator })),
        redirs,
      };
    case "ArithCommand":
      return { arith: true, redirs };
    case "Cond":
      return { cond: oursCond(b.expr), redirs };
  }
}

/** `&&`/`||` chains flattened: both are associative, and bash builds them right-recursive. */
function chain(op: string, l: unknown, r: unknown): unknown[] {
  const part = (x: unknown): unknown[] => (Array.isArray(x) && x[0] === op ? x.slice(1) : [x]);
  return [op, ...part(l), ...part(r)];
}

function oursCond(e: CondExpr): unknown {
  switch (e.type) {
    case "CondAnd":
      return chain("&&", oursCond(e.left), oursCond(e.right));
    case "CondOr":
      return chain("||", oursCond(e.left), oursCond(e.right));
    case "CondNot":
      return ["!", oursCond(e.expr)];
    case "CondParen":
      return ["()", oursCond(e.expr)];
    case "CondUnary":
      return [e.op, oursWord(e.arg)];
    case "CondBinary":
      return [e.op, oursWord(e.left), oursWord(e.right)];
    case "CondWord":
      return oursWord(e.word);
  }
}

function oursPipeline(p: Pipeline): unknown {
  const cmds: unknown[] = [];
  p.commands.forEach((c, i) => {
    if (i > 0) cmds.push(p.pipeStderr[i - 1] ? "|&" : "|");
    cmds.push(oursCmd(c));
  });
  return { neg: p.negated, time: p.timed, posix: p.timePosix ?? false, cmds };
}

function oursAndOr(a: AndOr): unknown[] {
  const out: unknown[] = [oursPipeline(a.first)];
  for (const r of a.rest) out.push(r.op, oursPipeline(r.pipeline));
  return out;
}

export function oursList(list: Statement[]): unknown[] {
  return list.map((s) => ({ bg: s.background, andOr: oursAndOr(s.andOr) }));
}

// ---- mvdan-sh -------------------------------------------------------------------------------

/** Operator token numbers of mvdan-sh, learnt by parsing one sample of each. */
const OPS = (() => {
  const p = S.NewParser();
  const stmt = (src: string): Node => p.Parse(src, "x").Stmts[0];
  const m = new Map<number, string>();
  for (const op of ["<", ">", ">>", ">|", "<>", "<&", ">&", "&>", "&>>", "<<", "<<-", "<<<"]) {
    const src = op.startsWith("<<") && op !== "<<<" ? `x ${op}E\nE\n` : `x ${op} y`;
    m.set(stmt(src).Redirs[0].Op, op);
  }
  return m;
})();
const BIN = (() => {
  const p = S.NewParser();
  const m = new Map<number, string>();
  for (const op of ["&&", "||", "|", "|&"]) m.set(p.Parse(`a ${op} b`, "x").Stmts[0].Cmd.Op, op);
  return m;
})();
const CASEOPS = (() => {
  const p = S.NewParser();
  const m = new Map<number, string>();
  for (const op of [";;", ";&", ";;&"]) m.set(p.Parse(`case a in a) x ${op} esac`, "x").Stmts[0].Cmd.Items[0].Op, op);
  return m;
})();
const TESTOPS = (() => {
  const p = S.NewParser();
  const m = new Map<number, string>();
  const bin = "= == != =~ < > -eq -ne -lt -le -gt -ge -nt -ot -ef && ||".split(" ");
  for (const op of bin) m.set(p.Parse(`[[ a ${op} b ]]`, "x").Stmts[0].Cmd.X.Op, op);
  const un = "-a -b -c -d -e -f -g -h -k -p -r -s -t -u -w -x -G -L -N -O -S -z -n -o -v -R !".split(" ");
  const um = new Map<number, string>();
  for (const op of un) um.set(p.Parse(`[[ ${op} b ]]`, "x").Stmts[0].Cmd.X.Op, op);
  return { bin: m, un: um };
})();
const PEOPS = (() => {
  const p = S.NewParser();
  const m = new Map<number, string>();
  for (const op of [":-", "-", ":=", "=", ":?", "?", ":+", "+", "#", "##", "%", "%%", "^", "^^", ",", ",,", "@"]) {
    const pe = p.Parse(`echo \${x${op}${op === "@" ? "Q" : "y"}}`, "x").Stmts[0].Cmd.Args[1].Parts[0];
    m.set(pe.Exp.Op, op);
  }
  return m;
})();

const PROC_IN = S.NewParser().Parse("x <(y)", "x").Stmts[0].Cmd.Args[1].Parts[0].Op;

/** Quote removal of an unquoted mvdan Lit (`\x` is a quoted x, backslash-newline vanishes). */
function mvLit(v: string, segs: Segs, ctx: "unquoted" | "dq" | "heredoc"): void {
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === "\\" && i + 1 < v.length) {
      const n = v[i + 1];
      i++;
      if (n === "\n") continue;
      if (ctx === "unquoted") segs.text("Q", n);
      else if (ctx === "dq") segs.text("Q", '$`"\\'.includes(n) ? n : "\\" + n);
      else segs.text("L", "$`\\".includes(n) ? n : "\\" + n);
    } else segs.text(ctx === "dq" ? "Q" : "L", c);
  }
}

function decodeAnsi(s: string): string {
  const map: Record<string, string> = { n: "\n", t: "\t", "\\": "\\", "'": "'", '"': '"', a: "\x07", e: "\x1b", r: "\r" };
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_m, e: string) => {
    if (e[0] === "x" && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return map[e] ?? "\\" + e;
  });
}

function mvParts(parts: Node[], segs: Segs, ctx: "unquoted" | "dq" | "heredoc"): void {
  for (const p of parts) {
    const t = S.NodeType(p);
    switch (t) {
      case "Lit":
        mvLit(p.Value, segs, ctx);
        break;
      case "SglQuoted":
        segs.text("Q", p.Dollar ? decodeAnsi(p.Value) : p.Value);
        break;
      case "DblQuoted": {
        const inner = new Segs();
        mvParts(p.Parts, inner, "dq");
        segs.raw(`D{${inner.done()}}`);
        break;
      }
      case "ParamExp": {
        const dq = ctx === "dq";
        let op = "";
        let args = "";
        if (p.Exp) {
          op = PEOPS.get(p.Exp.Op) ?? "?" + p.Exp.Op;
          args = p.Exp.Word ? mvWord(p.Exp.Word, dq) : "";
        } else if (p.Repl) {
          op = p.Repl.All ? "//" : "/";
          args = [p.Repl.Orig, p.Repl.With].filter((x: Node) => x).map((w: Node) => mvWord(w, dq)).join(",");
        } else if (p.Slice) {
          op = ":";
          args = String(p.Slice.Length ? 2 : 1);
        }
        const names = p.Names ? (p.Names === 38 ? "*" : "@") : "";
        const flags = `${p.Length ? "#" : ""}${p.Excl ? "!" : ""}${p.Index ? "[]" : ""}${names}`;
        segs.raw(`$<${p.Param.Value}|${flags}|${op}|${args}>`);
        break;
      }
      case "CmdSubst":
        segs.raw(`$(${JSON.stringify(mvList(p.Stmts))})`);
        break;
      case "ArithmExp":
        segs.raw("$((A))");
        break;
      case "ProcSubst":
        segs.raw(`${p.Op === PROC_IN ? "<" : ">"}(${JSON.stringify(mvList(p.Stmts))})`);
        break;
      default:
        segs.raw(`?${t}`);
    }
  }
}

export function mvWord(w: Node, dq = false): string {
  const segs = new Segs();
  mvParts(w.Parts, segs, dq ? "dq" : "unquoted");
  return segs.done();
}

function mvAssign(a: Node): string {
  if (a.Naked && !a.Name) return mvWord(a.Value);
  if (a.Naked) return `L(${a.Name.Value})`;
  const head = `${a.Name.Value}${a.Index ? "[]" : ""}${a.Append ? "+=" : "="}`;
  if (a.Array) return head + "(" + a.Array.Elems.map((e: Node) => (e.Index ? "[]=" : "") + mvWord(e.Value)).join(" ") + ")";
  return head + (a.Value ? mvWord(a.Value) : "");
}

function mvRedir(r: Node): string {
  const op = OPS.get(r.Op) ?? "?" + r.Op;
  const fd = r.N ? r.N.Value : "";
  if (op === "<<" || op === "<<-") {
    let body = "";
    if (r.Hdoc) {
      const segs = new Segs();
      mvParts(r.Hdoc.Parts, segs, "heredoc");
      body = heredocText(segs.done());
      if (op === "<<-") body = body.replace(/(^|\n|\()\t+/g, "$1").replace(/\t+\)$/, ")");
    }
    const delim = mvWord(r.Word).replace(/[LQ]\(([^)]*)\)/g, "$1").replace(/D\{(.*?)\}/g, "$1");
    return `${fd}${op}${delim}:${body}`;
  }
  return `${fd}${op}${mvWord(r.Word)}`;
}

function mvCond(x: Node): unknown {
  const t = S.NodeType(x);
  if (t === "BinaryTest") {
    const op = TESTOPS.bin.get(x.Op) ?? "?";
    if (op === "&&" || op === "||") return chain(op, mvCond(x.X), mvCond(x.Y));
    return [op, mvWord(x.X), mvWord(x.Y)];
  }
  if (t === "UnaryTest") {
    const op = TESTOPS.un.get(x.Op) ?? "?";
    if (op === "!") return ["!", mvCond(x.X)];
    return [op, mvWord(x.X)];
  }
  if (t === "ParenTest") return ["()", mvCond(x.X)];
  return mvWord(x);
}

function mvCmd(c: Node, stmtRedirs: Node[]): unknown {
  const redirs = stmtRedirs.map(mvRedir);
  const t = S.NodeType(c);
  switch (t) {
    case "CallExpr":
      return { simple: [...c.Assigns.map(mvAssign), ...c.Args.map((w: Node) => mvWord(w))], redirs };
    case "DeclClause":
      return {
        simple: [`L(${c.Variant.Value})`, ...c.Args.map((a: Node) => (a.Naked ? mvAssign(a) : "decl:" + mvAssign(a)))],
        redirs,
      };
    case "FuncDecl":
      return { func: c.Name.Value, body: mvCmd(c.Body.Cmd, [...c.Body.Redirs, ...stmtRedirs]) };
    case "Subshell":
      return { subshell: mvList(c.Stmts), redirs };
    case "Block":
      return { group: mvList(c.Stmts), redirs };
    case "IfClause": {
      const clauses: unknown[] = [];
      let cur = c;
      let elseBody: unknown = null;
      clauses.push([mvList(cur.Cond), mvList(cur.Then)]);
      while (cur.Else) {
        cur = cur.Else;
        if (cur.Cond.length > 0) clauses.push([mvList(cur.Cond), mvList(cur.Then)]);
        else {
          elseBody = mvList(cur.Then);
          break;
        }
      }
      return { if: clauses, else: elseBody, redirs };
    }
    case "ForClause": {
      const l = c.Loop;
      if (S.NodeType(l) === "CStyleLoop") return { arithFor: mvList(c.Do), redirs };
      return { for: l.Name.Value, items: l.Items.map((w: Node) => mvWord(w)), body: mvList(c.Do), redirs };
    }
    case "WhileClause":
      return { [c.Until ? "until" : "while"]: mvList(c.Cond), body: mvList(c.Do), redirs };
    case "CaseClause":
      return {
        case: mvWord(c.Word),
        items: c.Items.map((it: Node) => ({ pats: it.Patterns.map((w: Node) => mvWord(w)), body: mvList(it.Stmts), op: CASEOPS.get(it.Op) })),
        redirs,
      };
    case "ArithmCmd":
      return { arith: true, redirs };
    case "TestClause":
      return { cond: mvCond(c.X), redirs };
    default:
      return { unknown: t };
  }
}

interface Flat {
  neg: boolean;
  time: boolean;
  posix: boolean;
  cmds: unknown[];
}

/** Flattens mvdan's binary trees back into and-or lists of pipelines. */
function mvAndOr(s: Node): unknown[] {
  const c = s.Cmd;
  if (c && S.NodeType(c) === "BinaryCmd") {
    const op = BIN.get(c.Op)!;
    if ((op === "&&" || op === "||") && !s.Negated) return [...mvAndOr(c.X), op, ...mvAndOr(c.Y)];
  }
  return [mvPipeline(s)];
}

function mvPipeline(s: Node): Flat {
  const c = s.Cmd;
  if (c && S.NodeType(c) === "TimeClause") {
    const inner = c.Stmt ? mvPipeline(c.Stmt) : { neg: false, time: false, posix: false, cmds: [] };
    return { ...inner, neg: inner.neg !== s.Negated, time: true, posix: c.PosixFormat };
  }
  if (c && S.NodeType(c) === "BinaryCmd") {
    const op = BIN.get(c.Op)!;
    if (op === "|" || op === "|&") {
      const x = mvPipeline(c.X);
      const y = mvPipeline(c.Y);
      return { neg: s.Negated, time: false, posix: false, cmds: [...x.cmds, op, ...y.cmds] };
    }
  }
  if (!c) return { neg: s.Negated, time: false, posix: false, cmds: s.Redirs.length ? [{ simple: [], redirs: s.Redirs.map(mvRedir) }] : [] };
  return { neg: s.Negated, time: false, posix: false, cmds: [mvCmd(c, s.Redirs)] };
}

export function mvList(stmts: Node[]): unknown[] {
  return stmts.map((s: Node) => ({ bg: s.Background, andOr: mvAndOr(s) }));
}

/** Parses with mvdan-sh: the summary, or an error message. */
export function mvSummary(src: string): { ok: true; summary: unknown[] } | { ok: false; error: string } {
  const p = S.NewParser();
  let f: Node;
  try {
    f = p.Parse(src, "x");
  } catch (e) {
    const err = e as Node;
    return { ok: false, error: typeof err?.Error === "function" ? err.Error() : String(e) };
  }
  return { ok: true, summary: mvList(f.Stmts) };
}
