// Function definitions printed back the way bash's print_cmd.c lays them out
// (`type f`, `declare -f`, `set`): four-space indentation, `;` after every
// command of a list but the last, `if …; then`, `for x in …;` / `do` on its
// own line, `case` items with `;;` on their own line, elif shown as a nested
// if, as bash does.

import type { CommandSubstitution, Command, CompoundCommand, FunctionDef, Pipeline, Redirect, Statement, Word, WordPart, CondExpr, AndOr } from "../../ast.js";

const IND = "    ";

export function functionText(fn: FunctionDef): string {
  return `${fn.name} () \n${compound(fn.body, 0, true)}`;
}

function ind(n: number): string {
  return IND.repeat(n);
}

function part(p: WordPart): string {
  switch (p.type) {
    case "Literal":
      return p.value;
    case "SingleQuoted":
      return p.value.length === 1 ? `\\${p.value}` : `'${p.value}'`;
    case "AnsiCQuoted":
      return `$'${p.value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}'`;
    case "DoubleQuoted":
      return `"${p.parts.map((x) => (x.type === "Literal" ? x.value.replace(/(["$`\\])/g, "\\$1") : part(x))).join("")}"`;
    case "ParamExpansion": {
      if (p.badSubst !== undefined) return p.badSubst;
      if (p.short) return `$${p.name}`;
      let s = "${";
      if (p.indirect) s += "!";
      if (p.length) s += "#";
      s += p.name;
      if (p.index) s += `[${word(p.index)}]`;
      if (p.prefixMatch) s += p.prefixMatch;
      if (p.op) {
        if (p.op.startsWith("/")) s += `${p.op}${p.arg ? word(p.arg) : ""}${p.arg2 ? `/${word(p.arg2)}` : ""}`;
        else if (p.op === ":") s += `:${p.arg ? word(p.arg) : ""}${p.arg2 ? `:${word(p.arg2)}` : ""}`;
        else s += `${p.op}${p.arg ? word(p.arg) : ""}`;
      }
      return `${s}}`;
    }
    case "CommandSubstitution":
      return comsub(p);
    case "ArithSubstitution":
      return `$((${p.expr}))`;
    case "ProcessSubstitution":
      return `${p.op}(${p.body.map((s) => statementInline(s)).join("; ")})`;
    case "BraceExpansion":
      if (p.sequence) return `{${p.sequence.from}..${p.sequence.to}${p.sequence.step !== undefined ? `..${p.sequence.step}` : ""}}`;
      return `{${(p.alternatives ?? []).map((a) => a.map(part).join("")).join(",")}}`;
    case "TildePrefix":
      return `~${p.user}`;
  }
}

function comsub(c: CommandSubstitution): string {
  if (c.source !== undefined && !c.body.length) return `\`${c.source}\``;
  const inner = c.body.map((s) => statementInline(s)).join("; ");
  return c.backtick ? `\`${inner}\`` : `$(${inner})`;
}

export function word(w: Word): string {
  return w.parts.map(part).join("");
}

function redirect(r: Redirect): string {
  const fd = r.fdVar !== undefined ? `{${r.fdVar}}` : r.fd !== undefined ? String(r.fd) : "";
  if (r.op === "<<" || r.op === "<<-") return `${fd}${r.op}${word(r.target)}`;
  if (r.op === "<&" || r.op === ">&") return `${fd}${r.op}${word(r.target)}`;
  return `${fd}${r.op} ${word(r.target)}`;
}

function heredocBodies(c: Command): string {
  const rs = c.type === "SimpleCommand" || c.type === "Compound" ? c.redirects : [];
  let out = "";
  for (const r of rs) {
    if ((r.op === "<<" || r.op === "<<-") && r.heredoc) {
      const delim = word(r.target).replace(/['"\\]/g, "");
      out += `\n${r.heredoc.parts.map((p) => (p.type === "Literal" ? p.value : part(p))).join("")}${delim}\n`;
    }
  }
  return out;
}

function simple(c: Command, level: number): string {
  if (c.type === "SimpleCommand") {
    const parts: string[] = [];
    for (const a of c.assignments) {
      const v = a.value.type === "ArrayLiteral" ? `(${a.value.elements.map((e) => (e.index ? `[${word(e.index)}]=` : "") + word(e.value)).join(" ")})` : word(a.value);
      parts.push(`${a.name}${a.index ? `[${word(a.index)}]` : ""}${a.append ? "+=" : "="}${v}`);
    }
    for (const w of c.words) parts.push(word(w));
    for (const r of c.redirects) parts.push(redirect(r));
    return parts.join(" ");
  }
  if (c.type === "FunctionDef") return functionText(c);
  return compound(c, level, false);
}

function pipeline(p: Pipeline, level: number): string {
  const s = p.commands.map((c, i) => simple(c, level) + (i < p.commands.length - 1 ? (p.pipeStderr[i] ? " |&" : " |") : "")).join(" ");
  return `${p.timed ? "time " : ""}${p.negated ? "! " : ""}${s}`;
}

function andOr(a: AndOr, level: number): string {
  let s = pipeline(a.first, level);
  for (const r of a.rest) s += ` ${r.op} ${pipeline(r.pipeline, level)}`;
  return s;
}

function lastCommand(a: AndOr): Command {
  const p = a.rest.length ? a.rest[a.rest.length - 1]!.pipeline : a.first;
  return p.commands[p.commands.length - 1]!;
}

function statementInline(s: Statement): string {
  return andOr(s.andOr, 0) + (s.background ? " &" : "");
}

/**
 * A list at `level`, one statement per line, `;` between (and `&` kept).
 * Bodies of if/while/for end with `;` too (`semiLast`); groups and case items do not.
 */
function list(stmts: Statement[], level: number, semiLast = false): string {
  let out = "";
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!;
    const last = i === stmts.length - 1;
    let text = andOr(s.andOr, level);
    const hd = heredocBodies(lastCommand(s.andOr));
    if (s.background) {
      out += `${ind(level)}${text} &`;
      if (!last) {
        // bash keeps the next command on the same line after "& ".
        const next = stmts[i + 1]!;
        out += ` ${andOr(next.andOr, level)}${next.background ? " &" : ""}`;
        i++;
        if (i < stmts.length - 1) out += ";\n";
      }
      continue;
    }
    if (hd) text += hd;
    out += `${ind(level)}${text}${hd ? "" : last && !semiLast ? "" : ";"}${last ? "" : "\n"}`;
  }
  return out;
}

function cond(e: CondExpr): string {
  switch (e.type) {
    case "CondAnd":
      return `${cond(e.left)} && ${cond(e.right)}`;
    case "CondOr":
      return `${cond(e.left)} || ${cond(e.right)}`;
    case "CondNot":
      return `! ${cond(e.expr)}`;
    case "CondParen":
      return `( ${cond(e.expr)} )`;
    case "CondUnary":
      return `${e.op} ${word(e.arg)}`;
    case "CondBinary":
      return `${word(e.left)} ${e.op} ${word(e.right)}`;
    case "CondWord":
      return word(e.word);
  }
}

function condList(stmts: Statement[]): string {
  return stmts.map((s) => statementInline(s)).join("; ");
}

function compound(c: CompoundCommand, level: number, top: boolean): string {
  const b = c.body;
  const red = c.redirects.length ? ` ${c.redirects.map(redirect).join(" ")}` : "";
  const i0 = top ? "" : "";
  switch (b.type) {
    case "Group":
      return `${i0}{ \n${list(b.body, level + 1)}\n${ind(level)}}${red}`;
    case "Subshell": {
      if (top) return `{ \n${ind(level + 1)}( ${list(b.body, level + 1).trimStart()} )${red}\n${ind(level)}}`;
      return `( ${list(b.body, level).trimStart()} )${red}`;
    }
    case "If": {
      const clause = (k: number): string => {
        const cl = b.clauses[k]!;
        let s = `if ${condList(cl.cond)}; then\n${list(cl.body, level + 1, true)}\n`;
        if (k + 1 < b.clauses.length) {
          s += `${ind(level)}else\n${ind(level + 1)}${clauseNested(k + 1, level + 1)}\n`;
        } else if (b.elseBody) s += `${ind(level)}else\n${list(b.elseBody, level + 1, true)}\n`;
        return `${s}${ind(level)}fi`;
      };
      const clauseNested = (k: number, lvl: number): string => {
        const cl = b.clauses[k]!;
        let s = `if ${condList(cl.cond)}; then\n${list(cl.body, lvl + 1, true)}\n`;
        if (k + 1 < b.clauses.length) s += `${ind(lvl)}else\n${ind(lvl + 1)}${clauseNested(k + 1, lvl + 1)}\n`;
        else if (b.elseBody) s += `${ind(lvl)}else\n${list(b.elseBody, lvl + 1, true)}\n`;
        return `${s}${ind(lvl)}fi`;
      };
      return clause(0) + red;
    }
    case "For":
      return `for ${b.variable}${b.items ? ` in ${b.items.map(word).join(" ")}` : ""};\n${ind(level)}do\n${list(b.body, level + 1, true)}\n${ind(level)}done${red}`;
    case "ArithFor":
      return `for ((${b.init.trim()}; ${b.cond.trim()}; ${b.update.trim()}))\n${ind(level)}do\n${list(b.body, level + 1, true)}\n${ind(level)}done${red}`;
    case "While":
      return `${b.until ? "until" : "while"} ${condList(b.cond)}; do\n${list(b.body, level + 1, true)}\n${ind(level)}done${red}`;
    case "Case": {
      let s = `case ${word(b.word)} in \n`;
      for (const it of b.items) {
        s += `${ind(level + 1)}${it.patterns.map(word).join(" | ")})\n`;
        if (it.body.length) s += `${list(it.body, level + 2)}\n`;
        s += `${ind(level + 1)}${it.terminator}\n`;
      }
      return `${s}${ind(level)}esac${red}`;
    }
    case "ArithCommand":
      return `((${b.expr}))${red}`;
    case "Cond":
      return `[[ ${cond(b.expr)} ]]${red}`;
  }
}
