// env(1): prints the environment, or runs COMMAND with a modified one
// (NAME=VALUE, -i, -u NAME, -C DIR, -0, -S STRING). The command is found
// in the new environment's PATH; failures are reported as GNU env does
// (127 not found, 126 not executable, 125 env's own errors).
import type { Program } from "../../kernel/task/program.js";
import { resolveCommand } from "../../kernel/task/exec.js";
import { normalizePath } from "../../kernel/fs/vfs.js";
import { strerror } from "../../uapi/errno.js";
import { Cmd, q, qs } from "./common/cmd.js";
import { execLike } from "./common/run.js";

/** Splits -S's string as env does: whitespace-separated, with '' and "" quoting and \ escapes. */
function splitS(s: string): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === " " || c === "\t" || c === "\n") {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
    } else if (c === "'") {
      const j = s.indexOf("'", i + 1);
      cur = (cur ?? "") + s.slice(i + 1, j < 0 ? undefined : j);
      i = j < 0 ? s.length : j;
    } else if (c === '"') {
      let j = i + 1;
      let t = "";
      for (; j < s.length && s[j] !== '"'; j++) t += s[j] === "\\" && j + 1 < s.length ? s[++j] : s[j];
      cur = (cur ?? "") + t;
      i = j;
    } else if (c === "\\" && i + 1 < s.length) {
      const n = s[++i]!;
      const named: Record<string, string> = { n: "\n", t: "\t", _: " " };
      cur = (cur ?? "") + (named[n] ?? n);
    } else cur = (cur ?? "") + c;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

export const envMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse(
    {
      short: "+iu:C:0vS:",
      long: [
        { name: "ignore-environment", arg: "none", key: "i" },
        { name: "unset", arg: "required", key: "u" },
        { name: "chdir", arg: "required", key: "C" },
        { name: "null", arg: "none", key: "0" },
        { name: "debug", arg: "none", key: "v" },
        { name: "split-string", arg: "required", key: "S" },
        { name: "default-signal", arg: "optional" },
        { name: "ignore-signal", arg: "optional" },
        { name: "block-signal", arg: "optional" },
      ],
    },
    125,
  );
  if (typeof p === "number") return p;
  let ops = p.operands;
  const env = new Map(ctx.env);
  // A lone "-" before the assignments means -i.
  if (ops[0] === "-") {
    env.clear();
    ops = ops.slice(1);
  }
  let nul = false;
  let dir: string | undefined;
  for (const o of p.opts) {
    if (o.key === "i") env.clear();
    else if (o.key === "u") {
      if (o.value!.includes("=") || o.value === "") {
        await cmd.error(`cannot unset ${q(o.value!)}: Invalid argument`);
        return 125;
      }
      env.delete(o.value!);
    } else if (o.key === "0") nul = true;
    else if (o.key === "C") dir = o.value;
    else if (o.key === "S") ops = [...splitS(o.value!), ...ops];
  }
  const args = ops;
  let i = 0;
  // "=x" counts as an assignment (with an empty name) as putenv() takes it.
  for (; i < args.length && args[i]!.includes("="); i++) {
    const a = args[i]!;
    const eq = a.indexOf("=");
    env.set(a.slice(0, eq), a.slice(eq + 1));
  }
  const command = args.slice(i);
  if (!command.length) {
    if (nul || dir === undefined) {
      if (dir !== undefined) {
        await cmd.error("must specify command with --chdir (-C)");
        return cmd.usage(undefined, 125);
      }
      await cmd.out([...env].map(([k, v]) => `${k}=${v}${nul ? "\0" : "\n"}`).join(""));
      return 0;
    }
    await cmd.error("must specify command with --chdir (-C)");
    return cmd.usage(undefined, 125);
  }
  if (nul) {
    await cmd.error("cannot specify --null (-0) with command");
    return cmd.usage(undefined, 125);
  }
  let cwd: string | undefined;
  if (dir !== undefined) {
    const n = cmd.tryLookup(dir);
    if (n?.kind !== "dir") {
      await cmd.error(`cannot change directory to ${qs(dir)}: ${n ? "Not a directory" : "No such file or directory"}`);
      return 125;
    }
    cwd = normalizePath(ctx.task.cwd, dir);
  }
  const r = resolveCommand(ctx.task, command[0]!, env.get("PATH"));
  if (r.kind === "error") {
    await cmd.error(`${q(command[0]!)}: ${strerror(r.errno)}`);
    return r.errno === 2 ? 127 : 126;
  }
  return execLike(ctx, command, env, r.program, cwd);
};
