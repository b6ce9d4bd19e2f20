// seq(1): FIRST [INCREMENT] LAST with -s SEP, -w (equal width), -f FORMAT.
// Integers are exact (BigInt); decimals print with as many fraction digits
// as FIRST and INCREMENT have, as GNU seq does; exponent notation uses %g.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";
import { printfFormat } from "./lib/printf-format.js";
import { strtofloat } from "./lib/printf-format.js";

function fracDigits(s: string): number {
  if (/[eE]/.test(s)) return -1;
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

export const seqMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  // Negative numbers are operands, not options.
  const args = cmd.args;
  const optArgs: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || /^-[\d.]/.test(a) || a === "-") break;
    optArgs.push(a);
    if (/^-[sf]$/.test(a) || a === "--separator" || a === "--format") optArgs.push(args[++i] ?? "");
  }
  const p = await new Cmd({ ...ctx, argv: [cmd.name, ...optArgs] }).parse({
    short: "f:s:w",
    long: [
      { name: "format", arg: "required", key: "f" },
      { name: "separator", arg: "required", key: "s" },
      { name: "equal-width", arg: "none", key: "w" },
    ],
  });
  if (typeof p === "number") return p;
  const ops = [...p.operands, ...args.slice(i)];
  let sep = "\n";
  let fmt: string | undefined;
  let equal = false;
  for (const o of p.opts) {
    if (o.key === "s") sep = o.value!;
    else if (o.key === "f") fmt = o.value!;
    else if (o.key === "w") equal = true;
  }
  if (!ops.length) return cmd.usage("missing operand");
  if (ops.length > 3) return cmd.usage(`extra operand ${q(ops[3]!)}`);
  const nums: number[] = [];
  for (const o of ops) {
    const r = strtofloat(o);
    if (r.end !== o.length || o === "" || Number.isNaN(r.value)) return cmd.usage(`invalid floating point argument: ${q(o)}`);
    nums.push(r.value);
  }
  if (fmt !== undefined && equal) return cmd.usage("format string may not be specified when printing equal width strings");
  const [firstS, incS, lastS] = ops.length === 1 ? ["1", "1", ops[0]!] : ops.length === 2 ? [ops[0]!, "1", ops[1]!] : [ops[0]!, ops[1]!, ops[2]!];
  const [first, inc, last] = ops.length === 1 ? [1, 1, nums[0]!] : ops.length === 2 ? [nums[0]!, 1, nums[1]!] : [nums[0]!, nums[1]!, nums[2]!];
  if (inc === 0) return cmd.usage(`invalid Zero increment value: ${q(incS)}`);
  const out: string[] = [];
  const intLike = (s: string) => /^[+-]?\d+$/.test(s.trim());
  const LIMIT = 10_000_000;
  if (fmt === undefined && intLike(firstS) && intLike(incS) && intLike(lastS)) {
    const f = BigInt(firstS.trim());
    const s = BigInt(incS.trim());
    const l = BigInt(lastS.trim());
    for (let x = f; s > 0n ? x <= l : x >= l; x += s) {
      out.push(x.toString());
      if (out.length > LIMIT) break;
    }
    if (equal) {
      const w = Math.max(...out.map((x) => x.length), 0);
      for (let k = 0; k < out.length; k++) {
        const v = out[k]!;
        out[k] = v.startsWith("-") ? `-${v.slice(1).padStart(w - 1, "0")}` : v.padStart(w, "0");
      }
    }
  } else {
    const fd = Math.max(fracDigits(firstS), fracDigits(incS));
    const useG = fd < 0 || fracDigits(lastS) < 0 && fd < 0;
    const format = fmt ?? (useG ? "%g" : `%.${fd}f`);
    if (fmt !== undefined) {
      const convs = fmt.replace(/%%/g, "").match(/%[-+ #0']*\d*(?:\.\d*)?[a-zA-Z]?/g) ?? [];
      if (convs.length === 0) {
        await cmd.error(`format ${q(fmt)} has no % directive`);
        return 1;
      }
      if (convs.length > 1) {
        await cmd.error(`format ${q(fmt)} has too many % directives`);
        return 1;
      }
      if (!/[aAeEfFgG]$/.test(convs[0]!)) {
        await cmd.error(`format ${q(fmt)} has unknown %${convs[0]!.slice(-1)} directive`);
        return 1;
      }
    }
    for (let k = 0; ; k++) {
      const x = first + k * inc;
      if (inc > 0 ? x > last : x < last) break;
      out.push(new TextDecoder().decode(printfFormat(format, [String(x)]).output));
      if (out.length > LIMIT) break;
    }
    if (equal) {
      const w = Math.max(...out.map((x) => x.length), 0);
      for (let k = 0; k < out.length; k++) {
        const v = out[k]!;
        out[k] = v.startsWith("-") ? `-${v.slice(1).padStart(w - 1, "0")}` : v.padStart(w, "0");
      }
    }
  }
  if (out.length) await cmd.out(`${out.join(sep)}\n`);
  return 0;
};
