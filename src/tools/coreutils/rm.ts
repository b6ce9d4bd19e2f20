// rm(1): files; -r/-R trees; -d empty directories; -f ignores missing files
// and missing operands; -v; refuses "/", "." and "..".
import type { Program } from "../../kernel/task/program.js";
import { normalizePath } from "../../kernel/fs/vfs.js";
import { Cmd, describe, qs } from "./common/cmd.js";

export const rmMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "dfiIrRv",
    long: [
      { name: "dir", arg: "none", key: "d" },
      { name: "force", arg: "none", key: "f" },
      { name: "recursive", arg: "none", key: "r" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "interactive", arg: "optional" },
      { name: "one-file-system", arg: "none" },
      { name: "no-preserve-root", arg: "none" },
      { name: "preserve-root", arg: "optional" },
    ],
  });
  if (typeof p === "number") return p;
  let force = false;
  let recursive = false;
  let dirOk = false;
  let verbose = false;
  let preserveRoot = true;
  for (const o of p.opts) {
    if (o.key === "f") force = true;
    else if (o.key === "i" || o.key === "I") force = false;
    else if (o.key === "r" || o.key === "R") recursive = true;
    else if (o.key === "d") dirOk = true;
    else if (o.key === "v") verbose = true;
    else if (o.key === "no-preserve-root") preserveRoot = false;
  }
  if (!p.operands.length) return force ? 0 : cmd.usage("missing operand");
  let status = 0;
  const { task } = ctx;
  const fs = cmd.fs;
  const removeTree = async (path: string): Promise<boolean> => {
    const n = cmd.tryLookup(path, true);
    if (!n) return false;
    if (n.kind === "dir") {
      let ok = true;
      for (const name of [...fs.list(task, n)].sort()) ok = (await removeTree(`${path.replace(/\/+$/, "")}/${name}`)) && ok;
      if (!ok) return false;
      try {
        fs.rmdir(task, task.cwd, path);
        if (verbose) await cmd.out(`removed directory ${qs(path)}\n`);
        return true;
      } catch (e) {
        await cmd.error(`cannot remove ${qs(path)}: ${describe(e)}`);
        status = 1;
        return false;
      }
    }
    try {
      fs.unlink(task, task.cwd, path);
      if (verbose) await cmd.out(`removed ${qs(path)}\n`);
      return true;
    } catch (e) {
      await cmd.error(`cannot remove ${qs(path)}: ${describe(e)}`);
      status = 1;
      return false;
    }
  };
  for (const path of p.operands) {
    const base = path.replace(/\/+$/, "").split("/").pop();
    if (base === "." || base === "..") {
      await cmd.error(`refusing to remove '.' or '..' directory: skipping ${qs(path)}`);
      status = 1;
      continue;
    }
    const n = cmd.tryLookup(path, true);
    if (recursive && preserveRoot && normalizePath(task.cwd, path) === "/" && n) {
      await cmd.error("it is dangerous to operate recursively on '/'");
      await cmd.error("use --no-preserve-root to override this failsafe");
      status = 1;
      continue;
    }
    if (!n) {
      if (!force) {
        await cmd.error(`cannot remove ${qs(path)}: No such file or directory`);
        status = 1;
      }
      continue;
    }
    if (n.kind === "dir" && !recursive) {
      if (!dirOk) {
        await cmd.error(`cannot remove ${qs(path)}: Is a directory`);
        status = 1;
        continue;
      }
      try {
        fs.rmdir(task, task.cwd, path);
        if (verbose) await cmd.out(`removed directory ${qs(path)}\n`);
      } catch (e) {
        await cmd.error(`cannot remove ${qs(path)}: ${describe(e)}`);
        status = 1;
      }
      continue;
    }
    await removeTree(path);
  }
  return status;
};
