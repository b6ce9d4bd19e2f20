// ln(1): symbolic (-s) and hard links; -f replaces, -n treats a symlink to a
// directory as a file, -v; TARGET alone links into the current directory.
import type { Program } from "../../kernel/task/program.js";
import { KernelError } from "../../uapi/errno.js";
import { Cmd, describe, qs } from "./common/cmd.js";

export const lnMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "bfinrsTt:vLP",
    long: [
      { name: "force", arg: "none", key: "f" },
      { name: "no-dereference", arg: "none", key: "n" },
      { name: "symbolic", arg: "none", key: "s" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "target-directory", arg: "required", key: "t" },
      { name: "no-target-directory", arg: "none", key: "T" },
      { name: "relative", arg: "none", key: "r" },
    ],
  });
  if (typeof p === "number") return p;
  const has = (k: string) => p.opts.some((o) => o.key === k);
  const symbolic = has("s");
  const force = has("f");
  const ops = p.operands;
  const tOpt = p.opts.find((o) => o.key === "t")?.value;
  if (!ops.length) return cmd.usage("missing file operand");
  let pairs: Array<[string, string]>;
  const base = (s: string) => s.replace(/\/+$/, "").split("/").pop() || s;
  const isDir = (d: string) => {
    const n = has("n") ? cmd.tryLookup(d, true) : cmd.tryLookup(d);
    return n?.kind === "dir";
  };
  if (tOpt !== undefined) pairs = ops.map((t) => [t, `${tOpt}/${base(t)}`]);
  else if (ops.length === 1) pairs = [[ops[0]!, base(ops[0]!)]];
  else {
    const last = ops[ops.length - 1]!;
    if (ops.length > 2 && !isDir(last)) {
      await cmd.error(cmd.tryLookup(last) ? `target ${qs(last)} is not a directory` : `target ${qs(last)}: No such file or directory`);
      return 1;
    }
    pairs = isDir(last) && !has("T") ? ops.slice(0, -1).map((t) => [t, `${last.replace(/\/+$/, "")}/${base(t)}`]) : [[ops[0]!, last]];
  }
  let status = 0;
  const { task } = ctx;
  for (const [target, link] of pairs) {
    try {
      const existing = cmd.tryLookup(link, true);
      if (existing) {
        if (!force) throw new KernelError(17);
        if (existing.kind === "dir") throw new KernelError(21);
        cmd.fs.unlink(task, task.cwd, link);
      }
      if (symbolic) cmd.fs.symlink(task, task.cwd, target, link);
      else {
        const src = cmd.tryLookup(target, true);
        if (!src) {
          await cmd.error(`failed to access ${qs(target)}: No such file or directory`);
          status = 1;
          continue;
        }
        if (src.kind === "dir") {
          await cmd.error(`${qs(target)}: hard link not allowed for directory`);
          status = 1;
          continue;
        }
        const { dir, name } = cmd.fs.parentOf(task, task.cwd, link);
        dir.entries.set(name, src);
        src.nlink++;
      }
      if (has("v")) await cmd.out(`${qs(link)} ${symbolic ? "->" : "=>"} ${qs(target)}\n`);
    } catch (e) {
      await cmd.error(`failed to create ${symbolic ? "symbolic" : "hard"} link ${qs(link)}${symbolic ? "" : ` => ${qs(target)}`}: ${describe(e)}`);
      status = 1;
    }
  }
  return status;
};
