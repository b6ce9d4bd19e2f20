// cmp (GNU diffutils 3.8): byte-by-byte comparison of two files ("-" or a
// missing second operand is stdin). Prints where they first differ
// ("A B differ: byte N, line M"), or that one ended first ("cmp: EOF on A
// after byte N, line M", "... which is empty"); exit 0 same, 1 different, 2
// trouble. Options: -s/--quiet/--silent only (no -l, -b, -i, -n).

import type { Program } from "../../kernel/task/program.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { Cmd } from "../coreutils/common/cmd.js";

export const cmpMain: Program = async (ctx) => {
  const err = (s: string) => ctx.stderr.write(`cmp: ${s}\n`);
  let silent = false;
  const files: string[] = [];
  let opts = true;
  for (const a of ctx.argv.slice(1)) {
    if (opts && a === "--") {
      opts = false;
      continue;
    }
    if (opts && (a === "-s" || a === "--quiet" || a === "--silent")) {
      silent = true;
      continue;
    }
    if (opts && a.startsWith("-") && a !== "-") {
      await err(a.startsWith("--") ? `unrecognized option '${a}'` : `invalid option -- '${a[1]}'`);
      await err("Try 'cmp --help' for more information.");
      return 2;
    }
    files.push(a);
  }
  if (files.length === 0) {
    await err("missing operand after 'cmp'");
    await err("Try 'cmp --help' for more information.");
    return 2;
  }
  if (files.length > 4) {
    await err(`extra operand '${files[4]}'`);
    await err("Try 'cmp --help' for more information.");
    return 2;
  }
  const [n1, n2 = "-"] = files;
  const data: Uint8Array[] = [];
  // "-" is stdin; a pipe or device (/dev/fd/63 of `cmp <(…) <(…)`) is read through to its end.
  const cmd = new Cmd(ctx);
  for (const n of [n1!, n2]) {
    try {
      data.push(await cmd.readFile(n));
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await err(`${n}: ${strerror(e.errno)}`);
      return 2;
    }
  }
  const [a, b] = data as [Uint8Array, Uint8Array];
  const n = Math.min(a.length, b.length);
  let line = 1;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      if (!silent) await ctx.stdout.write(`${n1} ${n2} differ: byte ${i + 1}, line ${line}\n`);
      return 1;
    }
    if (a[i] === 10) line++;
  }
  if (a.length === b.length) return 0;
  if (!silent) {
    const short = a.length < b.length ? n1! : n2;
    // A complete last line is counted; an incomplete one is the line "in" which it ended.
    const where = a[n - 1] === 10 ? `line ${line - 1}` : `in line ${line}`;
    await err(n === 0 ? `EOF on ${short} which is empty` : `EOF on ${short} after byte ${n}, ${where}`);
  }
  return 1;
};
