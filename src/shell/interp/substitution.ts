// Command substitution $(…) / `…` (a forked shell writing into a pipe, trailing
// newlines removed; $(< file) read directly), process substitution <(…) >(…)
// as /dev/fd/N, and the text of $((…)) expanded before it is evaluated.

import type { CommandSubstitution, ProcessSubstitution, SimpleCommand, Statement, Word } from "../ast.js";
import { Pipe } from "../../kernel/task/pipe.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { COST_FORK, isLoneSimple } from "./consts.js";
import type { Shell } from "./interpreter.js";
import { parseScript, ParseError } from "./parse.js";

const dec = new TextDecoder();

/** $(…) and `…`: runs the body in a subshell whose stdout is a pipe; trailing newlines removed. */
export async function commandSubst(sh: Shell, cs: CommandSubstitution): Promise<string> {
  let body = cs.body;
  if (cs.source !== undefined && body.length === 0) {
    try {
      body = parseScript(cs.source).body;
    } catch (e) {
      if (e instanceof ParseError) {
        for (const l of e.lines()) sh.writeSync(2, `${sh.errName}: command substitution: line ${sh.lineno}: ${l}\n`);
        sh.lastSubstStatus = 2;
        return "";
      }
      throw e;
    }
  }
  // $(< file) reads the file directly.
  const fast = sh.catFileSubst(body);
  if (fast !== undefined) {
    const text = await fast;
    return text.replace(/\n+$/, "");
  }
  const pipe = new Pipe();
  const child = sh.forkTask("bash");
  child.setFd(1, pipe.writeEnd);
  const sub = sh.fork(child);
  sub.keepExitedJobs = true;
  sub.opts.errexit = sub.shopts.get("inherit_errexit") ? sh.opts.errexit : false;
  sub.xtraceLevel = sh.xtraceLevel + 1;
  sub.execInPlace = isLoneSimple(body);
  sh.charge(COST_FORK);
  void child.start(() => sub.runChild(() => sub.execList(body)));
  const reader = pipe.readEnd;
  reader.refs++;
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      let c: Uint8Array | null;
      try {
        c = await reader.read!(sh.task);
      } catch (e) {
        if (sh.trappedInterrupt(e)) continue;
        throw e;
      }
      if (c === null) break;
      total += c.length;
      if (total > sh.task.host.limits.maxFileBytes) {
        sh.errorLine("command substitution: output too large");
        break;
      }
      chunks.push(c);
    }
  } finally {
    if (--reader.refs <= 0) reader.release?.();
  }
  const st = await sh.waitTask(child);
  sh.lastSubstStatus = st;
  sh.status = st;
  let text = "";
  for (const c of chunks) text += dec.decode(c, { stream: true });
  text += dec.decode();
  if (text.includes("\0")) {
    sh.errorLine("warning: command substitution: ignored null byte in input");
    text = text.replace(/\0/g, "");
  }
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end);
}

export function catFileSubst(sh: Shell, body: Statement[]): Promise<string> | undefined {
  if (body.length !== 1 || body[0]!.background) return undefined;
  const ao = body[0]!.andOr;
  if (ao.rest.length || ao.first.commands.length !== 1 || ao.first.negated) return undefined;
  const c = ao.first.commands[0]!;
  if (c.type !== "SimpleCommand" || c.words.length || c.assignments.length || c.redirects.length !== 1) return undefined;
  const r = c.redirects[0]!;
  if (r.op !== "<" || r.fd !== undefined) return undefined;
  return (async () => {
    const name = (await sh.expandWords([r.target]))[0] ?? "";
    try {
      const data = sh.task.host.fs.readFile(sh.task, sh.task.cwd, name);
      sh.lastSubstStatus = 0;
      return dec.decode(data);
    } catch (e) {
      if (e instanceof KernelError) {
        sh.errorLine(`${name}: ${strerror(e.errno)}`);
        sh.lastSubstStatus = 1;
        return "";
      }
      throw e;
    }
  })();
}

/** <(…) and >(…): a pipe exposed as /dev/fd/N in this shell. */
export async function processSubst(sh: Shell, ps: ProcessSubstitution): Promise<string> {
  const pipe = new Pipe();
  const child = sh.forkTask("bash");
  // bash moves the pipe to the highest free descriptor below 64 (move_to_high_fd): 63, then 62…
  let fd = 63;
  while (fd > 3 && sh.task.getFd(fd) !== undefined) fd--;
  if (fd <= 3) fd = sh.task.freeFd(64);
  if (ps.op === "<") {
    child.setFd(1, pipe.writeEnd);
    sh.task.setFd(fd, pipe.readEnd);
  } else {
    child.setFd(0, pipe.readEnd);
    sh.task.setFd(fd, pipe.writeEnd);
  }
  const sub = sh.fork(child);
  void child.start(() => sub.runChild(() => sub.execList(ps.body)));
  sh.procSubstFds.push(fd);
  sh.lastBgPid = child.pid;
  sh.lastProcSubst = child;
  return `/dev/fd/${fd}`;
}

/** $((…)): the text is expanded (parameters, command substitutions, quote removal) then evaluated. */
export async function arithSubst(sh: Shell, expr: string): Promise<string> {
  const text = await sh.expandArithText(expr);
  return String(sh.arith(text));
}

export async function expandArithText(sh: Shell, expr: string): Promise<string> {
  const w = arithTextWord(sh, expr);
  if (!w) return expr;
  return sh.expandString(w);
}

/** The text of `$((…))` as a word to expand (cached per shell); undefined when it needs no expansion. */
export function arithTextWord(sh: Shell, expr: string): Word | undefined {
  if (!/[$`"\\]/.test(expr)) return undefined;
  let w = sh.arithTextCache.get(expr);
  if (!w) {
    try {
      const script = parseScript(`: <<\u0000NSLAB\u0000\n${expr}\n\u0000NSLAB\u0000\n`);
      const red = (script.body[0]!.andOr.first.commands[0] as SimpleCommand).redirects[0]!;
      const parts = (red.heredoc?.parts ?? []).map((p) => (p.type === "Literal" ? { ...p, value: p.value.replace(/"/g, "") } : p));
      // Drop the newline the heredoc added.
      const last = parts[parts.length - 1];
      if (last && last.type === "Literal" && last.value.endsWith("\n")) parts[parts.length - 1] = { ...last, value: last.value.slice(0, -1) };
      w = { type: "Word", parts };
    } catch {
      w = { type: "Word", parts: [{ type: "Literal", value: expr }] };
    }
    if (sh.arithTextCache.size > 500) sh.arithTextCache.clear();
    sh.arithTextCache.set(expr, w);
  }
  return w;
}
