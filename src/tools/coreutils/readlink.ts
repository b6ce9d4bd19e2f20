// readlink(1) and realpath(1): a symlink's target, or a canonical absolute
// path with -f/-e/-m (realpath's -e/-m/-s/--relative-to).
import type { Program } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { KernelError } from "../../uapi/errno.js";
import { Cmd, describe, qn } from "./common/cmd.js";

export type CanonMode = "e" | "f" | "m";

/**
 * Canonical absolute path: symlinks resolved, "." and ".." removed.
 * "e": every component must exist; "f": all but the last; "m": none.
 */
export function canonicalize(task: Task, path: string, mode: CanonMode, followLinks = true): string {
  const fs = task.host.fs;
  const todo = (path.startsWith("/") ? path : `${task.cwd}/${path}`).split("/").filter((s) => s && s !== ".");
  const out: string[] = [];
  let links = 0;
  while (todo.length) {
    const part = todo.shift()!;
    if (part === "..") {
      out.pop();
      continue;
    }
    const cur = `/${[...out, part].join("/")}`;
    const n = fs.tryLookup(task, "/", cur, true);
    if (!n) {
      const last = todo.length === 0;
      if (mode === "m" || (mode === "f" && last)) {
        out.push(part);
        continue;
      }
      throw new KernelError(2);
    }
    if (n.kind === "symlink" && followLinks) {
      if (++links > 40) throw new KernelError(40);
      const t = n.target.split("/").filter((s) => s && s !== ".");
      if (n.target.startsWith("/")) out.length = 0;
      todo.unshift(...t);
      continue;
    }
    if (n.kind !== "dir" && todo.length && mode !== "m") throw new KernelError(20);
    out.push(part);
  }
  return `/${out.join("/")}`;
}

export const readlinkMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "efmnqsvz",
    long: [
      { name: "canonicalize", arg: "none", key: "f" },
      { name: "canonicalize-existing", arg: "none", key: "e" },
      { name: "canonicalize-missing", arg: "none", key: "m" },
      { name: "no-newline", arg: "none", key: "n" },
      { name: "quiet", arg: "none", key: "q" },
      { name: "silent", arg: "none", key: "s" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "zero", arg: "none", key: "z" },
    ],
  });
  if (typeof p === "number") return p;
  let mode: CanonMode | undefined;
  let verbose = false;
  let noNl = false;
  let end = "\n";
  for (const o of p.opts) {
    if (o.key === "e" || o.key === "f" || o.key === "m") mode = o.key;
    else if (o.key === "v") verbose = true;
    else if (o.key === "q" || o.key === "s") verbose = false;
    else if (o.key === "n") noNl = true;
    else if (o.key === "z") end = "\0";
  }
  if (!p.operands.length) return cmd.usage("missing operand");
  if (noNl && p.operands.length > 1) {
    await cmd.error("ignoring --no-newline with multiple arguments");
    noNl = false;
  }
  let status = 0;
  for (const f of p.operands) {
    try {
      let r: string;
      if (mode) r = canonicalize(ctx.task, f, mode);
      else {
        const n = cmd.lookup(f, true);
        if (n.kind !== "symlink") throw new KernelError(22);
        r = n.target;
      }
      await cmd.out(r + (noNl ? "" : end));
    } catch (e) {
      if (verbose) await cmd.error(`${qn(f)}: ${describe(e)}`);
      status = 1;
    }
  }
  return status;
};

export const realpathMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "eLmPqsz",
    long: [
      { name: "canonicalize-existing", arg: "none", key: "e" },
      { name: "canonicalize-missing", arg: "none", key: "m" },
      { name: "logical", arg: "none", key: "L" },
      { name: "physical", arg: "none", key: "P" },
      { name: "quiet", arg: "none", key: "q" },
      { name: "strip", arg: "none", key: "s" },
      { name: "no-symlinks", arg: "none", key: "s" },
      { name: "zero", arg: "none", key: "z" },
      { name: "relative-to", arg: "required" },
      { name: "relative-base", arg: "required" },
    ],
  });
  if (typeof p === "number") return p;
  let mode: CanonMode = "f";
  let quiet = false;
  let follow = true;
  let end = "\n";
  let relTo: string | undefined;
  for (const o of p.opts) {
    if (o.key === "e" || o.key === "m") mode = o.key;
    else if (o.key === "q") quiet = true;
    else if (o.key === "s") follow = false;
    else if (o.key === "z") end = "\0";
    else if (o.key === "relative-to") relTo = o.value;
  }
  if (!p.operands.length) return cmd.usage("missing operand");
  let status = 0;
  let base: string | undefined;
  if (relTo !== undefined) {
    try {
      base = canonicalize(ctx.task, relTo, mode, follow);
    } catch (e) {
      await cmd.error(`${qn(relTo)}: ${describe(e)}`);
      return 1;
    }
  }
  for (const f of p.operands) {
    try {
      if (f === "") throw new KernelError(2);
      let r = canonicalize(ctx.task, f, mode, follow);
      if (base !== undefined) r = relative(base, r);
      await cmd.out(r + end);
    } catch (e) {
      if (!quiet) await cmd.error(`${qn(f)}: ${describe(e)}`);
      status = 1;
    }
  }
  return status;
};

function relative(from: string, to: string): string {
  const a = from.split("/").filter(Boolean);
  const b = to.split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const r = [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
  return r || ".";
}
