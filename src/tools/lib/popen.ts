// popen(CMD, "r") + pclose() for programs that run another program and parse
// what it prints (routel runs `ip -j route`): ARGV is looked up in PATH, runs
// as our child with its stdout on a pipe we read to the end, and stdin and
// stderr shared with us (so its error messages reach the user as they would).
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import { readChunk, type OpenFile } from "../../kernel/task/file.js";
import { Pipe } from "../../kernel/task/pipe.js";
import type { ProgramContext } from "../../kernel/task/program.js";

export interface Captured {
  /** Exit status as waitpid gives it; undefined when ARGV[0] was not found. */
  status: number | undefined;
  stdout: Uint8Array;
}

export async function captureOutput(ctx: ProgramContext, argv: string[]): Promise<Captured> {
  const t = ctx.task;
  const r = resolveCommand(t, argv[0]!, ctx.env.get("PATH"));
  if (r.kind !== "found") return { status: undefined, stdout: new Uint8Array(0) };
  const pipe = new Pipe();
  const fds = new Map<number, OpenFile>();
  for (const [fd, f] of t.fds) if (fd === 0 || fd === 2) fds.set(fd, f);
  fds.set(1, pipe.writeEnd);
  const child = spawn(t, { argv, env: ctx.env, program: r.program, fds });
  const readEnd = pipe.readEnd;
  readEnd.refs++;
  const parts: Uint8Array[] = [];
  let n = 0;
  try {
    for (;;) {
      const c = await readChunk(readEnd, t);
      if (c === null) break;
      parts.push(c);
      n += c.length;
    }
  } finally {
    readEnd.refs--;
    if (readEnd.refs === 0) readEnd.release?.();
  }
  const status = await child.waitExit(t);
  const out = new Uint8Array(n);
  parts.reduce((o, p) => (out.set(p, o), o + p.length), 0);
  return { status, stdout: out };
}
