// Source-like text of AST nodes, for the places bash shows a command back:
// job listings (`jobs`, "Killed  sleep 5"), "ambiguous redirect" messages,
// `${x:?}` names. (Function bodies for `type`/`declare -f` use the parser's
// printer, src/shell/print.ts.)

import type { AndOr, Command, Pipeline, Redirect, Word, WordPart } from "../ast.js";

export function partText(p: WordPart): string {
  switch (p.type) {
    case "Literal":
      return p.value;
    case "SingleQuoted":
      return p.value.length === 1 ? `\\${p.value}` : `'${p.value}'`;
    case "AnsiCQuoted":
      return `$'${p.value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}'`;
    case "DoubleQuoted":
      return `"${p.parts.map(partText).join("")}"`;
    case "ParamExpansion": {
      if (p.badSubst !== undefined) return p.badSubst;
      if (p.short) return `$${p.name}`;
      let s = "${";
      if (p.indirect) s += "!";
      if (p.length) s += "#";
      s += p.name;
      if (p.index) s += `[${wordText(p.index)}]`;
      if (p.prefixMatch) s += p.prefixMatch;
      if (p.op) {
        if (p.op === "/" || p.op === "//" || p.op === "/#" || p.op === "/%") {
          s += `${p.op}${p.arg ? wordText(p.arg) : ""}`;
          if (p.arg2) s += `/${wordText(p.arg2)}`;
        } else if (p.op === ":") {
          s += `:${p.arg ? wordText(p.arg) : ""}`;
          if (p.arg2) s += `:${wordText(p.arg2)}`;
        } else s += `${p.op}${p.arg ? wordText(p.arg) : ""}`;
      }
      return `${s}}`;
    }
    case "CommandSubstitution":
      return p.backtick ? `\`${p.source ?? "…"}\`` : `$(${p.source ?? "…"})`;
    case "ArithSubstitution":
      return `$((${p.expr}))`;
    case "ProcessSubstitution":
      return `${p.op}(…)`;
    case "BraceExpansion":
      if (p.sequence) return `{${p.sequence.from}..${p.sequence.to}${p.sequence.step !== undefined ? `..${p.sequence.step}` : ""}}`;
      return `{${(p.alternatives ?? []).map((a) => a.map(partText).join("")).join(",")}}`;
    case "TildePrefix":
      return `~${p.user}`;
  }
}

export function wordText(w: Word): string {
  let s = "";
  for (const p of w.parts) s += partText(p);
  return s;
}

function redirText(r: Redirect): string {
  const fd = r.fdVar !== undefined ? `{${r.fdVar}}` : r.fd !== undefined ? String(r.fd) : "";
  if (r.op === "<<" || r.op === "<<-") return `${fd}${r.op} ${wordText(r.target)}`;
  const sp = r.op === "<&" || r.op === ">&" ? "" : " ";
  return `${fd}${r.op}${sp}${wordText(r.target)}`;
}

export function commandText(c: Command): string {
  switch (c.type) {
    case "SimpleCommand": {
      const parts: string[] = [];
      for (const a of c.assignments) {
        const v = a.value.type === "ArrayLiteral" ? `(${a.value.elements.map((e) => (e.index ? `[${wordText(e.index)}]=` : "") + wordText(e.value)).join(" ")})` : wordText(a.value);
        parts.push(`${a.name}${a.index ? `[${wordText(a.index)}]` : ""}${a.append ? "+=" : "="}${v}`);
      }
      for (const w of c.words) parts.push(wordText(w));
      for (const r of c.redirects) parts.push(redirText(r));
      return parts.join(" ");
    }
    case "FunctionDef":
      return `${c.name} ()`;
    case "Compound": {
      const b = c.body;
      const red = c.redirects.length ? ` ${c.redirects.map(redirText).join(" ")}` : "";
      switch (b.type) {
        case "Subshell":
          return `( ${b.body.map((s) => andOrText(s.andOr)).join("; ")} )${red}`;
        case "Group":
          return `{ ${b.body.map((s) => andOrText(s.andOr)).join("; ")}; }${red}`;
        case "ArithCommand":
          return `((${b.expr}))${red}`;
        case "Cond":
          return `[[ … ]]${red}`;
        case "For":
          return `for ${b.variable} in ${(b.items ?? []).map(wordText).join(" ")}; do …; done${red}`;
        case "While":
          return `${b.until ? "until" : "while"} …; do …; done${red}`;
        default:
          return `${b.type.toLowerCase()} …${red}`;
      }
    }
  }
}

export function pipelineText(p: Pipeline): string {
  return (p.negated ? "! " : "") + p.commands.map(commandText).join(" | ");
}

export function andOrText(a: AndOr): string {
  let s = pipelineText(a.first);
  for (const r of a.rest) s += ` ${r.op} ${pipelineText(r.pipeline)}`;
  return s;
}
