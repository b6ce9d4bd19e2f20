// The `bash` program: `bash -c STRING [NAME [ARGS…]]`, `bash FILE [ARGS…]`,
// `bash` reading its script from a non-terminal stdin, or an interactive
// shell when stdin is a terminal (session.ts). Options -e -u -x -n -v -o,
// +o, -i, -s, --posix and the login/rc options (accepted, no rc files are
// read). Also the `#!` program that exec.ts runs for executable scripts.

import type { Program, ProgramContext } from "../kernel/task/program.js";
import { resolveCommand } from "../kernel/task/exec.js";
import { KernelError, strerror } from "../uapi/errno.js";
import { DiscardLine, ExitShell, FatalError, StopRun } from "./interp/errors.js";
import { Shell } from "./interp/interpreter.js";
import { applySetLetter, SET_O_NAMES } from "./interp/builtins/vars.js";
import { ParseError, ScriptReader } from "./interp/parse.js";
import { dashSyntaxText } from "./parse/errors.js";
import { runInteractive, runLines } from "./session.js";

const VERSION_TEXT = `GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>

This is free software; you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
`;

interface Invocation {
  command?: string;
  file?: string;
  args: string[];
  name?: string;
  interactive: boolean;
  stdinMode: boolean;
  sets: Array<[string, boolean]>;
  setO: Array<[string, boolean]>;
}

function parseArgs(argv: string[]): Invocation | { error: string; status: number } | { version: true } {
  const inv: Invocation = { args: [], interactive: false, stdinMode: false, sets: [], setO: [] };
  let i = 1;
  let cmdMode = false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--" || a === "-") {
      i++;
      break;
    }
    if (a === "--version") return { version: true };
    if (a === "--login" || a === "--norc" || a === "--noprofile" || a === "--noediting" || a === "--posix" || a === "--restricted") continue;
    if (a === "--rcfile" || a === "--init-file") {
      i++;
      continue;
    }
    if (a.startsWith("--")) return { error: `bash: ${a}: invalid option\n`, status: 2 };
    if ((a[0] !== "-" && a[0] !== "+") || a.length < 2) break;
    const on = a[0] === "-";
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === "c") cmdMode = true;
      else if (c === "i") inv.interactive = true;
      else if (c === "s") inv.stdinMode = true;
      else if (c === "l" || c === "r" || c === "D") continue;
      else if (c === "o" || c === "O") {
        const name = argv[++i];
        if (name === undefined) return { error: `bash: -${c}: option requires an argument\n`, status: 2 };
        if (c === "o") inv.setO.push([name, on]);
      } else inv.sets.push([c, on]);
    }
  }
  const rest = argv.slice(i);
  if (cmdMode) {
    if (!rest.length) return { error: "bash: -c: option requires an argument\n", status: 2 };
    inv.command = rest[0];
    inv.name = rest[1];
    inv.args = rest.slice(2);
  } else if (rest.length && !inv.stdinMode) {
    inv.file = rest[0];
    inv.args = rest.slice(1);
  } else inv.args = rest;
  return inv;
}

/** Prints a parse error as bash does for the given mode. */
export function printParseError(sh: Shell, e: ParseError, mode: "-c" | "file" | "stdin", text?: string): void {
  if (sh.dialect === "dash") {
    // At end of input dash counts every newline read, the last one included.
    const line = e.incomplete && text !== undefined ? (text.match(/\n/g)?.length ?? 0) + 1 : e.line;
    sh.writeSync(2, `${sh.errName}: ${line}: Syntax error: ${dashSyntaxText(e)}\n`);
    return;
  }
  const prefix = mode === "-c" ? `${sh.scriptName}: -c: line ${e.line}: ` : mode === "file" ? `${sh.scriptName}: line ${e.line}: ` : `bash: line ${e.line}: `;
  for (const l of e.lines()) if (l) sh.writeSync(2, `${prefix}${l}\n`);
}

/** Runs a whole script text one top-level line at a time, as bash reads -c strings and files. */
export async function runScriptText(sh: Shell, text: string, mode: "-c" | "file"): Promise<number> {
  return sh.runChild(async () => {
    const reader = new ScriptReader(text, { dialect: sh.dialect });
    let printed = 0;
    for (;;) {
      let stmts;
      try {
        stmts = reader.next();
      } catch (e) {
        if (e instanceof ParseError) {
          for (; printed < reader.warnings.length; printed++) warn(sh, reader.warnings[printed]!, mode);
          printParseError(sh, e, mode, text);
          return sh.dialect === "dash" ? 2 : e.exitStatus(sh.status, mode);
        }
        throw e;
      }
      for (; printed < reader.warnings.length; printed++) warn(sh, reader.warnings[printed]!, mode);
      if (stmts === null) break;
      if (sh.opts.noexec) continue;
      try {
        await sh.execList(stmts);
      } catch (e) {
        if (e instanceof FatalError && e.forceEof && mode === "-c") throw new FatalError(127);
        if (!(e instanceof DiscardLine)) throw e;
        sh.status = e.status;
      }
      sh.clearControl();
    }
    return sh.status;
  });
}

function warn(sh: Shell, w: { line: number; message: string }, mode: "-c" | "file"): void {
  sh.writeSync(2, `${mode === "-c" ? sh.scriptName : sh.scriptName}: line ${w.line}: ${w.message}\n`);
}

function applyInvocationOptions(sh: Shell, inv: Invocation): string | undefined {
  for (const [c, on] of inv.sets) {
    if (!applySetLetter(sh, c, on)) return `bash: ${on ? "-" : "+"}${c}: invalid option\n`;
  }
  for (const [name, on] of inv.setO) {
    const e = SET_O_NAMES.find(([n]) => n === name);
    if (!e) return `bash: ${name}: invalid option name\n`;
    (sh.opts as unknown as Record<string, boolean>)[e[1]] = on;
  }
  return undefined;
}

/** dash's own complaints about its command line (`NAME: 0: …`, status 2), checked before bash's parsing. */
function dashArgError(argv: string[]): string | undefined {
  const name = argv[0] ?? "sh";
  let cmd = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--" || a === "-") {
      i++;
      break;
    }
    if ((a[0] !== "-" && a[0] !== "+") || a.length < 2) break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === "o") {
        i++;
        continue;
      }
      if (!"abCcefhilmnpsuvxEV".includes(c)) return `${name}: 0: Illegal option ${a[0]}${c}\n`;
      if (c === "c") cmd = true;
    }
  }
  if (cmd && i >= argv.length) return `${name}: 0: -c requires an argument\n`;
  return undefined;
}

export const bashMain: Program = async (ctx) => {
  const base0 = (ctx.argv[0] ?? "bash").split("/").pop();
  if (base0 === "sh" || base0 === "dash") {
    const bad = dashArgError(ctx.argv);
    if (bad !== undefined) {
      await ctx.stderr.write(bad);
      return 2;
    }
  }
  const inv = parseArgs(ctx.argv);
  if ("version" in inv) {
    await ctx.stdout.write(VERSION_TEXT);
    return 0;
  }
  if ("error" in inv) {
    await ctx.stderr.write(inv.error);
    return inv.status;
  }
  const t = ctx.task;
  // Invoked as sh or dash (Debian's /bin/sh -> dash): dash's personality, $0 as invoked.
  const base = (ctx.argv[0] ?? "bash").split("/").pop();
  const dialect = base === "sh" || base === "dash" ? "dash" : "bash";
  const self = dialect === "dash" ? ctx.argv[0]! : "bash";
  if (inv.command !== undefined) {
    const sh = new Shell(t, { scriptName: inv.name ?? self, positional: inv.args, env: ctx.env, mode: "-c", dialect });
    const err = applyInvocationOptions(sh, inv);
    if (err) {
      await ctx.stderr.write(err);
      return 2;
    }
    return runScriptText(sh, inv.command, "-c");
  }
  if (inv.file !== undefined) {
    const sh = new Shell(t, { scriptName: inv.file, positional: inv.args, env: ctx.env, mode: "file", dialect });
    const err = applyInvocationOptions(sh, inv);
    if (err) {
      await ctx.stderr.write(err);
      return 2;
    }
    let text: string;
    try {
      const n = t.host.fs.lookup(t, t.cwd, inv.file);
      if (n.kind === "dir") {
        await ctx.stderr.write(`bash: ${inv.file}: Is a directory\n`);
        return 126;
      }
      text = await readScriptFile(ctx, inv.file);
    } catch (e) {
      if (e instanceof KernelError && dialect === "dash") {
        // dash's own short words for ENOENT; status 2.
        await ctx.stderr.write(`${self}: 0: cannot open ${inv.file}: ${e.errno === 2 ? "No such file" : strerror(e.errno)}\n`);
        return 2;
      }
      if (e instanceof KernelError) {
        await ctx.stderr.write(`bash: ${inv.file}: ${strerror(e.errno)}\n`);
        return 127;
      }
      throw e;
    }
    return runScriptText(sh, text, "file");
  }
  const tty = !!t.getFd(0)?.tty;
  const interactive = inv.interactive || (tty && !inv.stdinMode) || (tty && inv.stdinMode && !!t.getFd(2)?.tty);
  const sh = new Shell(t, { scriptName: self, positional: inv.args, env: ctx.env, interactive, mode: interactive ? "interactive" : "stdin", dialect });
  const err = applyInvocationOptions(sh, inv);
  if (err) {
    await ctx.stderr.write(err);
    return 2;
  }
  if (interactive) return runInteractive(sh);
  return runLines(sh);
};

async function readScriptFile(ctx: ProgramContext, path: string): Promise<string> {
  const t = ctx.task;
  const m = /^\/dev\/(?:fd\/(\d+)|(stdin))$/.exec(path);
  if (m) {
    // bash FILE where FILE is an open descriptor (kernel-sandbox runs `bash /dev/fd/3`).
    const fd = m[1] !== undefined ? Number(m[1]) : 0;
    const f = t.getFd(fd);
    if (!f || !f.read) throw new KernelError(9);
    const parts: Uint8Array[] = [];
    for (;;) {
      const c = await f.read(t);
      if (c === null) break;
      parts.push(c);
    }
    let s = "";
    const dec = new TextDecoder();
    for (const p of parts) s += dec.decode(p, { stream: true });
    return s + dec.decode();
  }
  return new TextDecoder().decode(t.host.fs.readFile(t, t.cwd, path));
}

/**
 * The program exec.ts runs for an executable regular file: `#!INTERP [ARG]`
 * runs INTERP (bash/sh run here directly) with the script path; a file without
 * `#!` is run by bash, as bash does when execve fails with ENOEXEC.
 */
export const shebangMain: Program = async (ctx) => {
  const t = ctx.task;
  const path = ctx.argv[0]!;
  let head: string;
  try {
    const data = t.host.fs.readFile(t, t.cwd, path);
    head = new TextDecoder().decode(data.subarray(0, 256));
  } catch (e) {
    if (e instanceof KernelError) {
      await ctx.stderr.write(`bash: ${path}: ${strerror(e.errno)}\n`);
      return 126;
    }
    throw e;
  }
  if (!head.startsWith("#!")) return bashMain({ ...ctx, argv: ["bash", ...ctx.argv] });
  const line = head.slice(2).split("\n")[0]!.trim();
  const sp = line.search(/[ \t]/);
  const interp = sp < 0 ? line : line.slice(0, sp);
  const arg = sp < 0 ? undefined : line.slice(sp).trim() || undefined;
  const base = interp.split("/").pop()!;
  const argv = [interp, ...(arg !== undefined ? [arg] : []), ...ctx.argv];
  if (base === "bash" || base === "sh" || base === "dash") return bashMain({ ...ctx, argv });
  const r = resolveCommand(t, interp, undefined);
  if (r.kind === "error") {
    await ctx.stderr.write(`bash: ${path}: ${interp}: bad interpreter: No such file or directory\n`);
    return 126;
  }
  if (base === "env" && arg !== undefined) {
    // #!/usr/bin/env bash
    const r2 = resolveCommand(t, arg, ctx.env.get("PATH"));
    if (r2.kind === "found" && (arg === "bash" || arg === "sh")) return bashMain({ ...ctx, argv: [arg, ...ctx.argv] });
  }
  return r.program({ ...ctx, argv });
};

export { ExitShell, FatalError, StopRun, Shell };
