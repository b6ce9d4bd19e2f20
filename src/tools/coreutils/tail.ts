// tail(1): last N lines or bytes (-n N, -c N, -N), or from line/byte N on
// (-n +N, -c +N, +N); headers with several files. -f polls the files once
// per virtual second (as tail does without inotify) until a signal ends it.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q, qs } from "./common/cmd.js";
import { concatBytes } from "../../wire/bytes.js";
import { splitLines } from "./common/lines.js";
import { parseCount } from "./common/size.js";

export const tailMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  let args = cmd.args;
  // Obsolete forms as the first argument: -5, +5, -5c, +3l.
  if (args[0] && /^[-+]\d+[bcl]?$/.test(args[0])) {
    const m = args[0].match(/^([-+])(\d+)([bcl]?)$/)!;
    const unit = m[3] === "c" || m[3] === "b" ? "-c" : "-n";
    const n = m[3] === "b" ? `${Number(m[2]) * 512}` : m[2]!;
    args = [unit, m[1] === "+" ? `+${n}` : n, ...args.slice(1)];
  }
  const parsed = await new Cmd({ ...ctx, argv: [cmd.name, ...args] }).parse({
    short: "c:n:qvzfF",
    long: [
      { name: "bytes", arg: "required", key: "c" },
      { name: "lines", arg: "required", key: "n" },
      { name: "quiet", arg: "none", key: "q" },
      { name: "silent", arg: "none", key: "q" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "zero-terminated", arg: "none", key: "z" },
    ],
  });
  if (typeof parsed === "number") return parsed;
  let bytes = false;
  let count = 10;
  let fromStart = false;
  let headers: boolean | undefined;
  let delim = 10;
  let follow = false;
  for (const o of parsed.opts) {
    if (o.key === "n" || o.key === "c") {
      let v = o.value!;
      fromStart = v.startsWith("+");
      if (v.startsWith("+") || v.startsWith("-")) v = v.slice(1);
      const n = parseCount(v);
      if (n === undefined) {
        await cmd.error(`invalid number of ${o.key === "c" ? "bytes" : "lines"}: ${q(o.value!)}`);
        return 1;
      }
      count = n;
      bytes = o.key === "c";
    } else if (o.key === "q") headers = false;
    else if (o.key === "v") headers = true;
    else if (o.key === "z") delim = 0;
    else if (o.key === "f" || o.key === "F") follow = true;
  }
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const showHeaders = headers ?? files.length > 1;
  let status = 0;
  let first = true;
  /** Bytes already shown of each followed file. */
  const shown = new Map<string, number>();
  for (const name of files) {
    let data: Uint8Array;
    try {
      data = await cmd.readFile(name);
    } catch (e) {
      const n = cmd.tryLookup(name);
      if (n?.kind === "dir") {
        if (showHeaders) await cmd.out(`${first ? "" : "\n"}==> ${name} <==\n`);
        first = false;
        await cmd.error(`error reading ${qs(name)}: ${describe(e)}`);
      } else await cmd.error(`cannot open ${qs(name)} for reading: ${describe(e)}`);
      status = 1;
      continue;
    }
    if (showHeaders) await cmd.out(`${first ? "" : "\n"}==> ${name === "-" ? "standard input" : name} <==\n`);
    first = false;
    shown.set(name, data.length);
    if (bytes) {
      await cmd.out(fromStart ? data.subarray(Math.max(0, count - 1)) : data.subarray(Math.max(0, data.length - count)));
    } else {
      const lines = splitLines(data, delim);
      await cmd.out(concatBytes(...(fromStart ? lines.slice(Math.max(0, count - 1)) : lines.slice(Math.max(0, lines.length - count)))));
    }
  }
  // A pipe on stdin is not followed (tail ignores -f there).
  const followed = [...shown.keys()].filter((n) => n !== "-");
  if (!follow || !followed.length) return status;
  let last = followed[followed.length - 1];
  for (;;) {
    await ctx.task.sleep(1e9);
    for (const name of followed) {
      const n = cmd.tryLookup(name);
      if (n?.kind !== "file") continue;
      const from = shown.get(name)!;
      if (n.data.length === from) continue;
      const start = n.data.length < from ? 0 : from;
      if (n.data.length < from) await cmd.error(`${name}: file truncated`);
      if (showHeaders && name !== last) await cmd.out(`\n==> ${name} <==\n`);
      last = name;
      await cmd.out(n.data.slice(start));
      shown.set(name, n.data.length);
    }
  }
};
