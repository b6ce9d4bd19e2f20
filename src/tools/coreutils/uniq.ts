// uniq(1): collapses adjacent equal lines: -c -d -D -u -i -f N -s N -w N -z;
// INPUT and OUTPUT operands.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q, qn } from "./common/cmd.js";
import { fromLatin1 } from "./common/lines.js";
import { STDIO_BUFSIZ } from "../grep/textio.js";
import { eachChunk, LineSplitter } from "./common/stream.js";
import type { OpenFile } from "../../kernel/task/file.js";

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
  const keyOf = (l: string) => {
    let s = l;
    for (let f = 0; f < skipFields; f++) s = s.replace(/^[ \t]*[^ \t]*/, "");
    s = s.slice(skipChars);
    if (checkChars !== Infinity) s = s.slice(0, checkChars);
    return ignoreCase ? s.toLowerCase() : s;
  };
  const term = String.fromCharCode(delim);
  // Lines are compared with the previous one as they arrive and a run is
  // written when a different line ends it (as uniq.c's loop does), so uniq
  // keeps pace with a pipe; the output file is opened once the input is.
  let outFile: OpenFile | undefined;
  const emit = async (text: string) => {
    if (!text) return;
    if (p.operands[1] === undefined) await cmd.out(fromLatin1(text));
    else await outFile!.write!(ctx.task, fromLatin1(text));
  };
  let first: string | undefined;
  let key = "";
  let n = 0;
  let out = "";
  const endRun = () => {
    if (first === undefined) return;
    if (allRepeated) return;
    if (!((repeated && n < 2) || (uniqueOnly && n > 1))) {
      out += (count ? `${String(n).padStart(7)} ` : "") + first + term;
    }
  };
  const take = (line: string) => {
    const k = keyOf(line);
    if (first !== undefined && k === key) {
      // -D writes a run's lines as soon as it is a run.
      if (allRepeated) out += (++n === 2 ? first + term : "") + line + term;
      else n++;
      return;
    }
    endRun();
    first = line;
    key = k;
    n = 1;
  };
  const openOut = () => {
    if (p.operands[1] !== undefined && !outFile) outFile = cmd.openWrite(p.operands[1]);
  };
  const split = new LineSplitter(delim);
  let outErr: unknown;
  const err = await eachChunk(cmd, input, async (chunk) => {
    try {
      openOut();
    } catch (e) {
      outErr = e;
      return false;
    }
    for (const line of split.push(chunk)) take(line);
    // stdout is stdio's: kept until its buffer fills, line by line on a terminal.
    if (out.length >= STDIO_BUFSIZ || (p.operands[1] === undefined && ctx.stdout.isTTY)) {
      await emit(out);
      out = "";
    }
    return true;
  });
  if (outErr === undefined && err === undefined) {
    try {
      openOut();
    } catch (e) {
      outErr = e;
    }
  }
  if (outErr !== undefined) {
    await cmd.error(`${qn(p.operands[1]!)}: ${describe(outErr)}`);
    return 1;
  }
  if (err !== undefined) {
    await cmd.error(`${qn(input)}: ${describe(err)}`);
    return 1;
  }
  const last = split.end();
  if (last !== undefined) take(last);
  endRun();
  await emit(out);
  return 0;
};
