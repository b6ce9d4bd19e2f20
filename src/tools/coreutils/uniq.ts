// uniq(1): collapses adjacent equal lines: -c -d -D -u -i -f N -s N -w N -z;
// INPUT and OUTPUT operands.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q, qn } from "./common/cmd.js";
import { binaryLines, fromLatin1 } from "./common/lines.js";

export const uniqMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "cdDf:is:uw:z",
    long: [
      { name: "count", arg: "none", key: "c" },
      { name: "repeated", arg: "none", key: "d" },
      { name: "all-repeated", arg: "optional", key: "D" },
      { name: "skip-fields", arg: "required", key: "f" },
      { name: "ignore-case", arg: "none", key: "i" },
      { name: "skip-chars", arg: "required", key: "s" },
      { name: "unique", arg: "none", key: "u" },
      { name: "check-chars", arg: "required", key: "w" },
      { name: "zero-terminated", arg: "none", key: "z" },
    ],
  });
  if (typeof p === "number") return p;
  let count = false;
  let repeated = false;
  let allRepeated = false;
  let uniqueOnly = false;
  let ignoreCase = false;
  let skipFields = 0;
  let skipChars = 0;
  let checkChars = Infinity;
  let delim = 10;
  for (const o of p.opts) {
    const num = async (what: string) => {
      if (!/^\d+$/.test(o.value!)) {
        await cmd.error(`${o.value}: invalid number of ${what}`);
        return undefined;
      }
      return Number(o.value);
    };
    switch (o.key) {
      case "c":
        count = true;
        break;
      case "d":
        repeated = true;
        break;
      case "D":
        allRepeated = true;
        break;
      case "u":
        uniqueOnly = true;
        break;
      case "i":
        ignoreCase = true;
        break;
      case "z":
        delim = 0;
        break;
      case "f": {
        const n = await num("fields to skip");
        if (n === undefined) return 1;
        skipFields = n;
        break;
      }
      case "s": {
        const n = await num("bytes to skip");
        if (n === undefined) return 1;
        skipChars = n;
        break;
      }
      case "w": {
        const n = await num("bytes to compare");
        if (n === undefined) return 1;
        checkChars = n;
        break;
      }
    }
  }
  if (p.operands.length > 2) return cmd.usage(`extra operand ${q(p.operands[2]!)}`);
  if (allRepeated && count) {
    await cmd.error("printing all duplicated lines and repeat counts is meaningless");
    return cmd.usage(undefined);
  }
  const input = p.operands[0] ?? "-";
  let data: Uint8Array;
  try {
    data = await cmd.readFile(input);
  } catch (e) {
    await cmd.error(`${qn(input)}: ${describe(e)}`);
    return 1;
  }
  const keyOf = (l: string) => {
    let s = l;
    for (let f = 0; f < skipFields; f++) s = s.replace(/^[ \t]*[^ \t]*/, "");
    s = s.slice(skipChars);
    if (checkChars !== Infinity) s = s.slice(0, checkChars);
    return ignoreCase ? s.toLowerCase() : s;
  };
  const lines = binaryLines(data, delim);
  const term = String.fromCharCode(delim);
  let out = "";
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    const k = keyOf(lines[i]!);
    while (j < lines.length && keyOf(lines[j]!) === k) j++;
    const n = j - i;
    if (allRepeated) {
      if (n > 1) for (let x = i; x < j; x++) out += lines[x]! + term;
    } else if (!((repeated && n < 2) || (uniqueOnly && n > 1))) {
      out += (count ? `${String(n).padStart(7)} ` : "") + lines[i]! + term;
    }
    i = j;
  }
  const bytes = fromLatin1(out);
  if (p.operands[1] !== undefined) {
    try {
      await cmd.openWrite(p.operands[1]).write!(ctx.task, bytes);
    } catch (e) {
      await cmd.error(`${qn(p.operands[1])}: ${describe(e)}`);
      return 1;
    }
    return 0;
  }
  await cmd.out(bytes);
  return 0;
};
