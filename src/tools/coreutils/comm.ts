// comm(1): lines only in FILE1, only in FILE2, and in both, in three columns
// (-1 -2 -3 hide them; --output-delimiter, tab by default, an empty one
// being a NUL byte; --total adds the counts; -z for NUL-ended lines). Lines
// compare as bytes (C.UTF-8). Order checking as GNU does it: by default a
// file out of order is reported (once per file) only after an unpairable
// line, and the run ends with "input is not in sorted order" and status 1;
// --check-order stops at the first one. Lines are written before each message.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q } from "./common/cmd.js";
import { binaryLines, fromLatin1 } from "./common/lines.js";

export const commMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "123z",
    long: [
      { name: "check-order", arg: "none" },
      { name: "nocheck-order", arg: "none" },
      { name: "output-delimiter", arg: "required" },
      { name: "total", arg: "none" },
      { name: "zero-terminated", arg: "none", key: "z" },
    ],
  });
  if (typeof p === "number") return p;
  const hide = [false, false, false];
  let check: "default" | "yes" | "no" = "default";
  let delim: string | undefined;
  let total = false;
  let zero = false;
  for (const o of p.opts) {
    if (o.key === "1" || o.key === "2" || o.key === "3") hide[Number(o.key) - 1] = true;
    else if (o.key === "check-order") check = "yes";
    else if (o.key === "nocheck-order") check = "no";
    else if (o.key === "output-delimiter") {
      if (delim !== undefined && delim !== (o.value || "\0")) {
        await cmd.error("multiple output delimiters specified");
        return 1;
      }
      delim = o.value || "\0";
    } else if (o.key === "total") total = true;
    else if (o.key === "z") zero = true;
  }
  const ops = p.operands;
  if (ops.length < 2) return cmd.usage(ops.length ? `missing operand after ${q(ops[0]!)}` : "missing operand");
  if (ops.length > 2) return cmd.usage(`extra operand ${q(ops[2]!)}`);
  const files: string[][] = [];
  for (const name of ops) {
    try {
      files.push(binaryLines(await cmd.readFile(name), zero ? 0 : 10));
    } catch (e) {
      await cmd.error(`${name}: ${describe(e)}`);
      return 1;
    }
  }
  const sep = delim ?? "\t";
  const eol = zero ? "\0" : "\n";
  let out = "";
  const counts = [0, 0, 0];
  const emit = (col: number, line: string) => {
    counts[col]!++;
    if (hide[col]) return;
    let pre = "";
    for (let c = 0; c < col; c++) if (!hide[c]) pre += sep;
    out += pre + line + eol;
  };
  // Lines reach stdout before each message, as the real comm's do.
  const flush = async () => {
    if (out) await cmd.out(fromLatin1(out));
    out = "";
  };
  const [a, b] = files as [string[], string[]];
  let i = 0;
  let j = 0;
  let unpairable = false;
  const reported = [false, false];
  let disorder = false;
  // Called after file N advanced past `prev`: the new line must not sort before it.
  const checkOrder = async (n: 0 | 1, prev: string, next: string | undefined): Promise<boolean> => {
    if (check === "no" || next === undefined || reported[n] || !(next < prev)) return true;
    if (check === "default" && !unpairable) return true;
    reported[n] = true;
    disorder = true;
    await flush();
    await cmd.error(`file ${n + 1} is not in sorted order`);
    return check !== "yes";
  };
  let fatal = false;
  while ((i < a.length || j < b.length) && !fatal) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      unpairable = true;
      emit(0, x!);
      i++;
      fatal = !(await checkOrder(0, x!, a[i]));
    } else if (x === undefined || y < x) {
      unpairable = true;
      emit(1, y);
      j++;
      fatal = !(await checkOrder(1, y, b[j]));
    } else {
      emit(2, x);
      i++;
      j++;
      fatal = !(await checkOrder(0, x, a[i])) || !(await checkOrder(1, y, b[j]));
    }
  }
  if (fatal) return 1;
  if (total) out += `${counts[0]}${sep}${counts[1]}${sep}${counts[2]}${sep}total${eol}`;
  await flush();
  if (disorder) await cmd.error("input is not in sorted order");
  return disorder ? 1 : 0;
};
