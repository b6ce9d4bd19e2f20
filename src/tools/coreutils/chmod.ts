// chmod(1): octal and symbolic modes ([ugoa]*[-+=][rwxXst]*|[ugo], comma
// separated), -R, -v, -c, -f. Permission bits only (everything runs as root).
import type { Program } from "../../kernel/task/program.js";
import type { Inode } from "../../kernel/fs/inode.js";
import { Cmd, describe, q, qs } from "./common/cmd.js";
import { modeString } from "./common/fsinfo.js";

/** Applies a mode string to `mode`; undefined when the string is invalid. `isDir` decides X. */
export function applyMode(mode: number, spec: string, isDir: boolean, umask = 0o022): number | undefined {
  if (/^[0-7]+$/.test(spec)) {
    const v = parseInt(spec, 8);
    if (v > 0o7777) return undefined;
    // Fewer than 5 digits keep a directory's setuid/setgid bits.
    return spec.length < 5 && isDir ? v | (mode & 0o6000) : v;
  }
  let m = mode;
  for (const clause of spec.split(",")) {
    const cm = clause.match(/^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/);
    if (!cm) return undefined;
    const who = cm[1]!;
    const mask = who === "" ? 0o7777 & ~umask : (who.includes("a") ? 0o7777 : 0) | (who.includes("u") ? 0o4700 : 0) | (who.includes("g") ? 0o2070 : 0) | (who.includes("o") ? 0o1007 : 0);
    const ops = cm[2]!.match(/[-+=](?:[rwxXst]*|[ugo])/g)!;
    for (const op of ops) {
      const perms = op.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const src = perms === "u" ? (m >> 6) & 7 : perms === "g" ? (m >> 3) & 7 : m & 7;
        bits = (src << 6) | (src << 3) | src;
      } else {
        for (const c of perms) {
          if (c === "r") bits |= 0o444;
          else if (c === "w") bits |= 0o222;
          else if (c === "x") bits |= 0o111;
          else if (c === "X") bits |= isDir || (m & 0o111) !== 0 ? 0o111 : 0;
          else if (c === "s") bits |= 0o6000;
          else if (c === "t") bits |= 0o1000;
        }
      }
      const whoMask = who === "" ? 0o7777 : mask;
      bits &= op[0] === "=" ? whoMask : mask;
      if (op[0] === "+") m |= bits;
      else if (op[0] === "-") m &= ~bits;
      else m = (m & ~whoMask) | bits;
    }
  }
  return m;
}

export const chmodMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  // A mode like -w or -x is not an option: take it out before parsing.
  const args = cmd.args;
  let modeIdx = -1;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (modeIdx < 0 && /^-[rwxXst]+$/.test(a) && !/^-[Rcfv]+$/.test(a)) modeIdx = i;
    else rest.push(a);
  }
  const p = await new Cmd({ ...ctx, argv: [cmd.name, ...rest] }).parse({
    short: "cfvR",
    long: [
      { name: "changes", arg: "none", key: "c" },
      { name: "silent", arg: "none", key: "f" },
      { name: "quiet", arg: "none", key: "f" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "recursive", arg: "none", key: "R" },
      { name: "reference", arg: "required" },
      { name: "preserve-root", arg: "none" },
      { name: "no-preserve-root", arg: "none" },
    ],
  });
  if (typeof p === "number") return p;
  const has = (k: string) => p.opts.some((o) => o.key === k);
  const ops = modeIdx >= 0 ? [args[modeIdx]!, ...p.operands] : p.operands;
  if (!ops.length) return cmd.usage("missing operand");
  if (ops.length === 1) return cmd.usage(`missing operand after ${q(ops[0]!)}`);
  const spec = ops[0]!;
  if (applyMode(0o644, spec, false) === undefined) return cmd.usage(`invalid mode: ${q(spec)}`);
  let status = 0;
  const visit = async (path: string, n: Inode) => {
    const old = n.mode;
    n.mode = applyMode(old, spec, n.kind === "dir")!;
    const changed = old !== n.mode;
    if (has("v") || (has("c") && changed)) {
      const show = (m: number) => `${m.toString(8).padStart(4, "0")} (${modeString({ ...n, mode: m } as Inode).slice(1)})`;
      await cmd.out(changed ? `mode of ${qs(path)} changed from ${show(old)} to ${show(n.mode)}\n` : `mode of ${qs(path)} retained as ${show(old)}\n`);
    }
    if (has("R") && n.kind === "dir") {
      for (const name of [...cmd.fs.list(ctx.task, n)].sort()) {
        const child = cmd.tryLookup(`${path}/${name}`, true);
        if (child && child.kind !== "symlink") await visit(`${path}/${name}`, child);
      }
    }
  };
  for (const f of ops.slice(1)) {
    let n: Inode;
    try {
      n = cmd.lookup(f);
    } catch (e) {
      if (!has("f")) await cmd.error(`cannot access ${qs(f)}: ${describe(e)}`);
      status = 1;
      continue;
    }
    await visit(f, n);
  }
  return status;
};
