// which(1) from debianutils 5.7 (a /bin/sh script on Debian): prints where
// each PROGRAM is found in $PATH (-a: every match). Silent when not found;
// status 1 if any was missing (or none was given), 2 on a bad option.
import type { Program } from "../../kernel/task/program.js";
import type { Inode } from "../../kernel/fs/inode.js";
import { resolveCommand } from "../../kernel/task/exec.js";

/** test -f && test -x: a regular file (or program executable) with an x bit. */
function isExecutableFile(n: Inode | undefined): boolean {
  if (!n) return false;
  const regular = n.kind === "file" || (n.kind === "special" && n.typeChar === "-");
  return regular && (n.mode & 0o111) !== 0;
}

export const whichMain: Program = async (ctx) => {
  const { task } = ctx;
  const fs = task.host.fs;
  let args = ctx.argv.slice(1);
  let all = false;
  // sh's getopts: clustered -a, "--" ends options, anything else is illegal.
  while (args.length && args[0]!.startsWith("-") && args[0] !== "-") {
    const a = args.shift()!;
    if (a === "--") break;
    for (const c of a.slice(1)) {
      if (c === "a") all = true;
      else {
        await ctx.stderr.write(`Illegal option -${c}\n`);
        // $0 of a #! script is the path the kernel executed, not the name typed.
        const self = ctx.argv[0]!;
        const r = self.includes("/") ? undefined : resolveCommand(task, self, ctx.env.get("PATH"));
        await ctx.stdout.write(`Usage: ${r?.kind === "found" ? r.path : self} [-a] args\n`);
        return 2;
      }
    }
  }
  let status = args.length ? 0 : 1;
  let path = ctx.env.get("PATH") ?? "";
  if (/[^:]:$/.test(path)) path += ":";
  let out = "";
  for (const prog of args) {
    let found = false;
    if (prog.includes("/")) {
      if (isExecutableFile(fs.tryLookup(task, task.cwd, prog))) {
        out += `${prog}\n`;
        found = true;
      }
    } else {
      for (const el of path.split(":")) {
        const full = `${el || "."}/${prog}`;
        if (isExecutableFile(fs.tryLookup(task, task.cwd, full))) {
          out += `${full}\n`;
          found = true;
          if (!all) break;
        }
      }
    }
    if (!found) status = 1;
  }
  await ctx.stdout.write(out);
  return status;
};
