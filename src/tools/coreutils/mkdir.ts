// mkdir(1) and rmdir(1): -p (parents), -m MODE, -v; rmdir -p, --ignore-fail-on-non-empty.
import type { Program } from "../../kernel/task/program.js";
import { KernelError } from "../../uapi/errno.js";
import { Cmd, describe, q, qs } from "./common/cmd.js";
import { applyMode } from "./chmod.js";

export const mkdirMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "m:pvZ",
    long: [
      { name: "mode", arg: "required", key: "m" },
      { name: "parents", arg: "none", key: "p" },
      { name: "verbose", arg: "none", key: "v" },
    ],
  });
  if (typeof p === "number") return p;
  let parents = false;
  let verbose = false;
  let mode = 0o755;
  for (const o of p.opts) {
    if (o.key === "p") parents = true;
    else if (o.key === "v") verbose = true;
    else if (o.key === "m") {
      const m = applyMode(0o777, o.value!, false);
      if (m === undefined) {
        await cmd.error(`invalid mode ${q(o.value!)}`);
        return 1;
      }
      mode = m;
    }
  }
  if (!p.operands.length) return cmd.usage("missing operand");
  let status = 0;
  for (const dir of p.operands) {
    try {
      if (parents) {
        // Each missing component in turn, reporting the one that fails.
        const abs = dir.startsWith("/");
        const parts = dir.split("/").filter(Boolean);
        let cur = abs ? "/" : "";
        for (let i = 0; i < parts.length; i++) {
          cur = cur === "" ? parts[i]! : cur.endsWith("/") ? cur + parts[i] : `${cur}/${parts[i]}`;
          const n = cmd.tryLookup(cur);
          if (n?.kind === "dir") continue;
          if (n) {
            await cmd.error(`cannot create directory ${q(cur)}: ${describe(new KernelError(i === parts.length - 1 ? 17 : 20))}`);
            status = 1;
            break;
          }
          cmd.fs.mkdir(ctx.task, ctx.task.cwd, cur, i === parts.length - 1 ? mode : 0o755);
          if (verbose) await cmd.out(`${cmd.name}: created directory ${qs(cur)}\n`);
        }
      } else {
        cmd.fs.mkdir(ctx.task, ctx.task.cwd, dir, mode);
        if (verbose) await cmd.out(`${cmd.name}: created directory ${qs(dir)}\n`);
      }
    } catch (e) {
      await cmd.error(`cannot create directory ${q(dir)}: ${describe(e)}`);
      status = 1;
    }
  }
  return status;
};

export const rmdirMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "pv",
    long: [
      { name: "parents", arg: "none", key: "p" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "ignore-fail-on-non-empty", arg: "none" },
    ],
  });
  if (typeof p === "number") return p;
  const parents = p.opts.some((o) => o.key === "p");
  const verbose = p.opts.some((o) => o.key === "v");
  const ignoreNonEmpty = p.opts.some((o) => o.key === "ignore-fail-on-non-empty");
  if (!p.operands.length) return cmd.usage("missing operand");
  let status = 0;
  const remove = async (d: string): Promise<boolean> => {
    try {
      if (verbose) await cmd.out(`${cmd.name}: removing directory, ${qs(d)}\n`);
      const n = cmd.tryLookup(d, true);
      if (n && n.kind !== "dir") throw new KernelError(20);
      cmd.fs.rmdir(ctx.task, ctx.task.cwd, d);
      return true;
    } catch (e) {
      if (ignoreNonEmpty && e instanceof KernelError && e.errno === 39) return false;
      await cmd.error(`failed to remove ${qs(d)}: ${describe(e)}`);
      status = 1;
      return false;
    }
  };
  for (const dir of p.operands) {
    if (!(await remove(dir)) || !parents) continue;
    let d = dir.replace(/\/+$/, "");
    for (;;) {
      const i = d.lastIndexOf("/");
      if (i <= 0) break;
      d = d.slice(0, i);
      if (!(await remove(d))) break;
    }
  }
  return status;
};
