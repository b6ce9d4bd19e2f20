// lib/utils.c's batch file opening as ip and bridge share it: "-" is standard
// input, anything else a file, and a file that cannot be opened is reported
// the way both tools print it.
import { KernelError, strerror } from "../../../uapi/errno.js";
import type { ProgramContext } from "../../../kernel/task/program.js";
import type { Task } from "../../../kernel/task/task.js";
import { readChunk } from "../../../kernel/task/file.js";

/**
 * The batch's text, or undefined after printing why it could not be read.
 * freopen() opens any readable path: /dev/stdin (a here-document or a pipe
 * behind fd 0) reads like "-"; a directory opens and its first read ends the
 * batch quietly (getline fails with EISDIR).
 */
export async function readBatch(ctx: { task: Task; err(s: string): void }, pc: ProgramContext, name: string): Promise<string | undefined> {
  if (name === "-") return pc.stdin.readAll();
  const task = ctx.task;
  try {
    const n = task.host.fs.lookup(task, task.cwd, name);
    if (n.kind === "dir") return "";
    if (n.kind === "file") return new TextDecoder().decode(n.data);
    if (n.kind !== "special") throw new KernelError(22);
    const f = n.open(task, { read: true, write: false });
    const dec = new TextDecoder();
    let text = "";
    for (let c = await readChunk(f, task); c !== null; c = await readChunk(f, task)) text += dec.decode(c, { stream: true });
    return text + dec.decode();
  } catch (e) {
    const errno = e instanceof KernelError ? e.errno : 2;
    ctx.err(`Cannot open file "${name}" for reading: ${strerror(errno)}\n`);
    return undefined;
  }
}

/** MAX_ARGS (include/utils.h): makeargs() gives up at this many words. */
const MAX_ARGS = 512;

/** Why makeargs() ends the program: it prints the message and exit(1)s. */
export class BatchFatal {
  constructor(readonly message: string) {}
}

/**
 * makeargs() (lib/utils.c): a batch line into words split at " \t\r\n". A
 * word that starts with a quote runs to the same quote (the quote may be
 * followed directly by the next word); a quote inside a word is an ordinary
 * character. No closing quote is fatal ("Unterminated quoted string"), as is a
 * 512th word. '#' was cut away before (getcmdline), even inside quotes.
 */
export function makeargs(line: string): string[] | BatchFatal {
  const out: string[] = [];
  const ws = (c: string | undefined) => c === " " || c === "\t" || c === "\r" || c === "\n";
  let i = 0;
  while (i < line.length) {
    while (i < line.length && ws(line[i])) i++;
    if (i >= line.length) break;
    if (out.length >= MAX_ARGS - 1) return new BatchFatal("Too many arguments to command\n");
    const c = line[i]!;
    if (c === '"' || c === "'") {
      const end = line.indexOf(c, i + 1);
      if (end < 0) return new BatchFatal("Unterminated quoted string\n");
      out.push(line.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < line.length && !ws(line[i])) i++;
    out.push(line.slice(start, i));
    i++;
  }
  return out;
}

/** What do_batch()'s walk meets next: a command, the fatal end of makeargs(), or getcmdline()'s "Missing continuation line" (the batch ends with the status so far). */
export type BatchStep = { lineno: number; args: string[] } | { fatal: string } | { missing: string };

/**
 * getcmdline() + makeargs() over the batch text, lazily, as do_batch() reads:
 * each physical line loses everything from its first '#'; a line still ending
 * in backslash-newline is joined with the next (which loses its comment
 * first), and the line number is the last physical line read; blank lines are
 * skipped. A step is produced only when the commands before it have run.
 */
export function* batchSteps(text: string): Generator<BatchStep> {
  let pos = 0;
  let lineno = 0;
  // getline(): the next physical line with its newline, or undefined at the end.
  const getline = (): string | undefined => {
    if (pos >= text.length) return undefined;
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl + 1;
    const l = text.slice(pos, end);
    pos = end;
    lineno++;
    return l;
  };
  const uncomment = (l: string) => {
    const h = l.indexOf("#");
    return h < 0 ? l : l.slice(0, h);
  };
  for (;;) {
    const first = getline();
    if (first === undefined) return;
    let line = uncomment(first);
    for (let k = line.indexOf("\\\n"); k >= 0; k = line.indexOf("\\\n")) {
      const next = getline();
      if (next === undefined) {
        yield { missing: "Missing continuation line\n" };
        return;
      }
      line = line.slice(0, k) + uncomment(next);
    }
    const args = makeargs(line);
    if (args instanceof BatchFatal) {
      yield { fatal: args.message };
      return;
    }
    if (args.length) yield { lineno, args };
  }
}
