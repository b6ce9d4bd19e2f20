// Reading commands line by line: an interactive shell on a terminal (PS1/PS2
// prompts on stderr, job notifications, errors do not end the shell, `exit`
// or end of file print "exit"), and a non-interactive shell reading its script
// from stdin (bash reads one line at a time there, so a command in the script
// can read the lines that follow it).

import { Interrupted } from "../sim/scheduler.js";
import { InStream } from "../kernel/task/stdio.js";
import { DiscardLine, ExitShell, FatalError, StopRun } from "./interp/errors.js";
import type { Shell } from "./interp/interpreter.js";
import { formatJob, jobDone } from "./interp/jobs.js";
import { ParseError, ScriptReader } from "./interp/parse.js";
import { SIGINT } from "./interp/signals.js";
import type { Statement } from "./ast.js";
import { printParseError } from "./bash.js";

export { netnsLabel, promptHost, expandPrompt } from "./interp/prompt.js";

type ParseWarning = { line: number; message: string };
type ParseResult = { kind: "ok"; stmts: Statement[]; warnings: ParseWarning[] } | { kind: "incomplete" } | { kind: "error"; error: ParseError };

function parseBuffer(text: string, startLine: number, dialect: "bash" | "dash" = "bash"): ParseResult {
  const r = new ScriptReader(text, { startLine, dialect });
  const stmts: Statement[] = [];
  try {
    for (;;) {
      const s = r.next();
      if (s === null) return { kind: "ok", stmts, warnings: r.warnings };
      stmts.push(...s);
    }
  } catch (e) {
    if (e instanceof ParseError) {
      if (e.incomplete) return { kind: "incomplete" };
      return { kind: "error", error: e };
    }
    throw e;
  }
}

/** Prints "[N]+  Done   cmd" for background jobs that finished since the last prompt. */
export async function notifyDoneJobs(sh: Shell): Promise<void> {
  let out = "";
  for (const j of [...sh.jobs.jobs]) {
    if (!jobDone(j)) continue;
    out += formatJob(sh.jobs, j, false, sh.opts.posix);
    sh.jobs.remove(j);
  }
  if (out) sh.writeSync(2, out);
}

/** The interactive read-eval loop. Resolves to the shell's exit status. */
export async function runInteractive(sh: Shell): Promise<number> {
  const t = sh.task;
  sh.opts.monitor = true;
  sh.opts.histexpand = false;
  // An interactive shell survives SIGINT (it just gets a fresh prompt) and ignores TERM and QUIT.
  t.handlers.set(SIGINT, () => {});
  t.handlers.set(15, () => {});
  t.handlers.set(3, "ignore");
  const input = new InStream(t, 0);
  let line = 1;
  for (;;) {
    await notifyDoneJobs(sh);
    let buf = "";
    let ps = sh.getScalar("PS1") ?? "";
    let result: ParseResult | undefined;
    for (;;) {
      sh.writeSync(2, sh.expandPromptString(ps));
      let l: { line: string; eof: boolean } | null;
      try {
        l = await input.readLine();
      } catch (e) {
        if (e instanceof Interrupted && t.killedBy === undefined) {
          sh.writeSync(2, "\n");
          buf = "";
          result = undefined;
          ps = sh.getScalar("PS1") ?? "";
          sh.status = 130;
          continue;
        }
        throw e;
      }
      if (l === null) {
        if (buf) {
          sh.writeSync(2, "bash: syntax error: unexpected end of file\n");
        }
        sh.writeSync(2, "exit\n");
        return finishInteractive(sh, sh.status);
      }
      buf += `${l.line}\n`;
      result = parseBuffer(buf, line, sh.dialect);
      if (result.kind !== "incomplete" && !heredocOpen(result)) break;
      ps = sh.getScalar("PS2") ?? "> ";
    }
    line += buf.split("\n").length - 1;
    if (result.kind === "error") {
      for (const m of result.error.lines()) if (m) sh.writeSync(2, `bash: ${m}\n`);
      sh.status = 2;
      continue;
    }
    try {
      sh.lineno = line;
      await sh.execList(result.stmts);
      sh.clearControl();
    } catch (e) {
      if (e instanceof ExitShell) return e.noTrap ? e.status : finishInteractive(sh, e.status);
      if (e instanceof FatalError || e instanceof DiscardLine) {
        sh.status = e.status;
        continue;
      }
      if (e instanceof StopRun) return e.status;
      throw e;
    }
  }
}

async function finishInteractive(sh: Shell, st: number): Promise<number> {
  return sh.finish(st);
}

/**
 * A non-interactive shell reading commands from stdin: one line at a time,
 * executing each complete command before reading further.
 */
export async function runLines(sh: Shell): Promise<number> {
  const input = new InStream(sh.task, 0);
  return sh.runChild(async () => {
    let line = 1;
    let buf = "";
    let bufLine = 1;
    for (;;) {
      const l = await input.readLine();
      if (l === null) {
        if (buf) {
          const r = parseBuffer(buf, bufLine, sh.dialect);
          if (r.kind === "ok") {
            for (const w of r.warnings) sh.writeSync(2, `bash: line ${w.line}: ${w.message}\n`);
            await runStmts(sh, r.stmts);
          }
          else {
            const err = r.kind === "error" ? r.error : finalError(buf, bufLine, sh.dialect);
            if (err) {
              printParseError(sh, err, "stdin");
              return err.exitStatus(sh.status, "file");
            }
          }
        }
        return sh.status;
      }
      if (!buf) bufLine = line;
      buf += l.eof ? l.line : `${l.line}\n`;
      line++;
      const r = parseBuffer(buf, bufLine, sh.dialect);
      if ((r.kind === "incomplete" || heredocOpen(r)) && !l.eof) continue;
      const text = buf;
      buf = "";
      if (r.kind === "error") {
        printParseError(sh, r.error, "stdin");
        return r.error.exitStatus(sh.status, "file");
      }
      if (r.kind === "incomplete") {
        const err = finalError(text, bufLine, sh.dialect);
        if (err) {
          printParseError(sh, err, "stdin");
          return err.exitStatus(sh.status, "file");
        }
        continue;
      }
      for (const w of r.warnings) sh.writeSync(2, `bash: line ${w.line}: ${w.message}\n`);
      await runStmts(sh, r.stmts);
    }
  });
}

/**
 * A line that starts a here-document whose delimiter was not read yet: bash reading its input
 * line by line goes on reading the body before running the command (the reader would otherwise
 * end the body at the end of the buffer, with its "delimited by end-of-file" warning).
 */
function heredocOpen(r: ParseResult): boolean {
  return r.kind === "ok" && r.warnings.length > 0;
}

function finalError(text: string, startLine: number, dialect: "bash" | "dash" = "bash"): ParseError | undefined {
  try {
    const r = new ScriptReader(text, { startLine, dialect });
    while (r.next() !== null) {
      /* read to the end */
    }
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  return undefined;
}

async function runStmts(sh: Shell, stmts: Statement[]): Promise<void> {
  if (sh.opts.noexec) return;
  try {
    await sh.execList(stmts);
  } catch (e) {
    if (!(e instanceof DiscardLine)) throw e;
    sh.status = e.status;
  }
  sh.clearControl();
}
