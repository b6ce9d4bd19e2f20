// lib/utils.c's batch file opening as ip and bridge share it: "-" is standard
// input, anything else a file, and a file that cannot be opened is reported
// the way both tools print it.
import { KernelError, strerror } from "../../../uapi/errno.js";
import type { ProgramContext } from "../../../kernel/task/program.js";
import type { Task } from "../../../kernel/task/task.js";

/** The batch's text, or undefined after printing why it could not be read. */
export async function readBatch(ctx: { task: Task; err(s: string): void }, pc: ProgramContext, name: string): Promise<string | undefined> {
  if (name === "-") return pc.stdin.readAll();
  try {
    return new TextDecoder().decode(ctx.task.host.fs.readFile(ctx.task, ctx.task.cwd, name));
  } catch (e) {
    const errno = e instanceof KernelError ? e.errno : 2;
    ctx.err(`Cannot open file "${name}" for reading: ${strerror(errno)}\n`);
    return undefined;
  }
}

/** makeargs() (lib/utils.c): a batch line into words (quotes group, # starts a comment); ip and tc share it. */
export function makeargs(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length || line[i] === "#") break;
    let w = "";
    if (line[i] === '"' || line[i] === "'") {
      const q = line[i++]!;
      while (i < line.length && line[i] !== q) w += line[i++];
      i++;
    } else while (i < line.length && !/\s/.test(line[i]!)) w += line[i++];
    out.push(w);
  }
  return out;
}
