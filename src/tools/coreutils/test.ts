// test(1) and [(1) from coreutils 9.1 (/usr/bin/test, /usr/bin/[): the
// evaluator is lib/test-expr.ts; file tests look at the emulated VFS. Only
// `[` answers --help/--version, as the real one does.
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Inode } from "../../kernel/fs/inode.js";
import { helpText, versionText } from "./common/cmd.js";
import { evalTest, type FileStat, type TestEnv } from "./lib/test-expr.js";

function toStat(n: Inode | undefined): FileStat | undefined {
  if (!n) return undefined;
  const type =
    n.kind === "dir" ? "dir" : n.kind === "symlink" ? "symlink" : n.kind === "file" ? "file" : n.typeChar === "c" ? "char" : n.typeChar === "p" ? "fifo" : "file";
  const size = n.kind === "file" ? n.data.length : n.kind === "symlink" ? n.target.length : n.kind === "dir" ? 4096 : n.size ?? 0;
  return { type, mode: n.mode, size, mtime: n.mtime, ino: n.ino };
}

/** File tests against a task's view of the filesystem (root: r/w always allowed). */
export function vfsTestEnv(ctx: ProgramContext): TestEnv {
  const { task } = ctx;
  const fs = task.host.fs;
  return {
    stat: (p) => (p === "" ? undefined : toStat(fs.tryLookup(task, task.cwd, p))),
    lstat: (p) => (p === "" ? undefined : toStat(fs.tryLookup(task, task.cwd, p, true))),
    isatty: (fd) => !!task.getFd(fd)?.tty,
  };
}

async function run(ctx: ProgramContext, bracket: boolean): Promise<number> {
  const args = ctx.argv.slice(1);
  const name = ctx.argv[0]!;
  if (bracket && args.length === 1 && (args[0] === "--help" || args[0] === "--version")) {
    await ctx.stdout.write(args[0] === "--help" ? helpText(name) : versionText(name));
    return 0;
  }
  const r = evalTest(args, vfsTestEnv(ctx), { dialect: "coreutils", bracket });
  for (const d of r.diagnostics) await ctx.stderr.write(`${name}: ${d}\n`);
  return r.status;
}

export const testMain: Program = (ctx) => run(ctx, false);
export const bracketMain: Program = (ctx) => run(ctx, true);
