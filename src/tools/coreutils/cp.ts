// cp(1) and mv(1): SOURCE DEST or SOURCE... DIRECTORY. cp copies file data
// (-r/-R/-a for trees, -p/-a keep mode and time, -n no clobber, -v); mv
// renames (across directories too: one filesystem).
import type { Program } from "../../kernel/task/program.js";
import type { Inode } from "../../kernel/fs/inode.js";
import { KernelError } from "../../uapi/errno.js";
import { Cmd, describe, qs } from "./common/cmd.js";

const join = (dir: string, name: string) => `${dir.replace(/\/+$/, "")}/${name}`;
const baseName = (p: string) => p.replace(/\/+$/, "").split("/").pop() || p;

async function copyOps(cmd: Cmd, mv: boolean): Promise<number> {
  const p = await cmd.parse({
    short: mv ? "bfinuvtT:" : "abdfHiLlnPprRsStTuvx",
    long: [
      { name: "archive", arg: "none", key: "a" },
      { name: "force", arg: "none", key: "f" },
      { name: "interactive", arg: "none", key: "i" },
      { name: "no-clobber", arg: "none", key: "n" },
      { name: "recursive", arg: "none", key: "r" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "target-directory", arg: "required", key: "target" },
      { name: "no-target-directory", arg: "none", key: "T" },
      { name: "preserve", arg: "optional", key: "p" },
      { name: "update", arg: "optional", key: "u" },
    ],
  });
  if (typeof p === "number") return p;
  const ctx = cmd.ctx;
  const has = (k: string) => p.opts.some((o) => o.key === k);
  const recursive = has("r") || has("R") || has("a");
  const preserve = has("p") || has("a");
  const noClobber = has("n");
  const verbose = has("v");
  const targetOpt = p.opts.find((o) => o.key === "target")?.value;
  const ops = p.operands;
  if (!ops.length) return cmd.usage("missing file operand");
  let target: string;
  let sources: string[];
  if (targetOpt !== undefined) {
    target = targetOpt;
    sources = ops;
  } else {
    if (ops.length === 1) return cmd.usage(`missing destination file operand after ${qs(ops[0]!)}`);
    target = ops[ops.length - 1]!;
    sources = ops.slice(0, -1);
  }
  const tnode = cmd.tryLookup(target);
  const intoDir = tnode?.kind === "dir" && !has("T");
  if (!intoDir && (sources.length > 1 || targetOpt !== undefined)) {
    if (!tnode) await cmd.error(`target ${qs(target)}: No such file or directory`);
    else await cmd.error(`target ${qs(target)} is not a directory`);
    return 1;
  }
  const { task } = ctx;
  const fs = cmd.fs;
  let status = 0;
  const copyTree = (src: Inode, dst: string) => {
    if (src.kind === "dir") {
      const existing = cmd.tryLookup(dst);
      if (!existing) fs.mkdir(task, task.cwd, dst, src.mode);
      for (const name of fs.list(task, src)) {
        const child = fs.child(task, src, name);
        if (child) copyTree(child, join(dst, name));
      }
      return;
    }
    if (src.kind === "symlink") {
      if (cmd.tryLookup(dst, true)) fs.unlink(task, task.cwd, dst);
      fs.symlink(task, task.cwd, src.target, dst);
      return;
    }
    const data = src.kind === "file" ? src.data : new Uint8Array(0);
    const f = fs.createFile(task, task.cwd, dst, false, src.mode & ~0o022);
    fs.setData(f, data.slice());
    if (preserve) {
      f.mode = src.mode;
      f.mtime = src.mtime;
    }
  };
  for (const src of sources) {
    const dst = intoDir ? join(target, baseName(src)) : target;
    const sn = cmd.tryLookup(src, mv || recursive);
    if (!sn) {
      await cmd.error(`cannot stat ${qs(src)}: No such file or directory`);
      status = 1;
      continue;
    }
    const dn = cmd.tryLookup(dst);
    if (dn && dn === sn) {
      await cmd.error(mv ? `${qs(src)} and ${qs(dst)} are the same file` : `${qs(src)} and ${qs(dst)} are the same file`);
      status = 1;
      continue;
    }
    if (dn && noClobber) continue;
    try {
      if (mv) {
        if (dn?.kind === "dir" && sn.kind !== "dir") throw new KernelError(21);
        if (dn && dn.kind !== "dir" && sn.kind === "dir") {
          await cmd.error(`cannot overwrite non-directory ${qs(dst)} with directory ${qs(src)}`);
          status = 1;
          continue;
        }
        if (dn && dn.kind !== "dir") fs.unlink(task, task.cwd, dst);
        fs.rename(task, task.cwd, src, dst);
        if (verbose) await cmd.out(`renamed ${qs(src)} -> ${qs(dst)}\n`);
        continue;
      }
      if (sn.kind === "dir" && !recursive) {
        await cmd.error(`-r not specified; omitting directory ${qs(src)}`);
        status = 1;
        continue;
      }
      if (sn.kind === "dir" && dn && dn.kind !== "dir") {
        await cmd.error(`cannot overwrite non-directory ${qs(dst)} with directory ${qs(src)}`);
        status = 1;
        continue;
      }
      if (dn?.kind === "dir" && sn.kind !== "dir") {
        await cmd.error(`cannot overwrite directory ${qs(dst)} with non-directory`);
        status = 1;
        continue;
      }
      copyTree(sn, dst);
      if (verbose) await cmd.out(`${qs(src)} -> ${qs(dst)}\n`);
    } catch (e) {
      await cmd.error(mv ? `cannot move ${qs(src)} to ${qs(dst)}: ${describe(e)}` : `cannot create regular file ${qs(dst)}: ${describe(e)}`);
      status = 1;
    }
  }
  return status;
}

export const cpMain: Program = (ctx) => copyOps(new Cmd(ctx), false);
export const mvMain: Program = (ctx) => copyOps(new Cmd(ctx), true);
