// rev (util-linux 2.38.1): reverses each line character by character (UTF-8
// code points, as fgetws in C.UTF-8 reads them). Bytes that are not UTF-8 stop
// that file with "rev: NAME: LINE: Invalid or incomplete multibyte or wide
// character" (LINE counts from 0); "-" is a file name, not stdin (as in
// 2.38). Lines are reversed as they arrive, so rev works at the end of a
// pipe that stays open.
import type { Program } from "../../kernel/task/program.js";
import { readChunk, RegularFile, type OpenFile } from "../../kernel/task/file.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { getopt } from "../coreutils/common/getopt.js";

const HELP = `
Usage: rev [options] [file ...]

Reverse lines characterwise.

Options:
 -h, --help     display this help
 -V, --version  display version

For more details see rev(1).
`;

export const revMain: Program = async (ctx) => {
  const r = getopt(ctx.argv.slice(1), {
    short: "Vh",
    long: [
      { name: "version", arg: "none", key: "V" },
      { name: "help", arg: "none", key: "h" },
    ],
  });
  if (r.kind === "error") {
    await ctx.stderr.write(`rev: ${r.message}\nTry 'rev --help' for more information.\n`);
    return 1;
  }
  for (const o of r.opts) {
    if (o.key === "h") {
      await ctx.stdout.write(HELP.slice(1));
      return 0;
    }
    await ctx.stdout.write("rev from util-linux 2.38.1\n");
    return 0;
  }
  const task = ctx.task;
  let status = 0;
  const inputs = r.operands.length ? r.operands : [undefined];
  for (const name of inputs) {
    let file: OpenFile | undefined;
    if (name === undefined) file = task.getFd(0);
    else {
      try {
        const n = task.host.fs.lookup(task, task.cwd, name);
        if (n.kind === "file") file = new RegularFile(task.host.fs, n, { read: true, write: false }, name);
        else if (n.kind === "special") file = n.open(task, { read: true, write: false });
        else if (n.kind === "dir") {
          // fopen of a directory succeeds; the first read fails.
          await ctx.stderr.write(`rev: ${name}: 0: ${strerror(21)}\n`);
          status = 1;
          continue;
        }
      } catch (e) {
        if (!(e instanceof KernelError)) throw e;
        await ctx.stderr.write(`rev: cannot open ${name}: ${strerror(e.errno)}\n`);
        status = 1;
        continue;
      }
    }
    if (!file) continue;
    if (!(await revStream(ctx, file, name ?? "stdin"))) status = 1;
  }
  return status;
};

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Reverses the lines of one input; false after a decoding error. */
async function revStream(ctx: Parameters<Program>[0], file: OpenFile, name: string): Promise<boolean> {
  let pending = new Uint8Array(0);
  let line = 0;
  const emit = async (bytes: Uint8Array, nl: boolean): Promise<boolean> => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      await ctx.stderr.write(`rev: ${name}: ${line}: Invalid or incomplete multibyte or wide character\n`);
      return false;
    }
    line++;
    await ctx.stdout.write(`${[...text].reverse().join("")}${nl ? "\n" : ""}`);
    return true;
  };
  for (;;) {
    let chunk: Uint8Array | null;
    try {
      chunk = await readChunk(file, ctx.task);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await ctx.stderr.write(`rev: ${name}: ${line}: ${strerror(e.errno)}\n`);
      return false;
    }
    if (chunk === null) break;
    const buf = new Uint8Array(pending.length + chunk.length);
    buf.set(pending);
    buf.set(chunk, pending.length);
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
      if (buf[i] !== 10) continue;
      if (!(await emit(buf.subarray(start, i), true))) return false;
      start = i + 1;
    }
    pending = buf.slice(start);
  }
  if (pending.length) return emit(pending, false);
  return true;
}
