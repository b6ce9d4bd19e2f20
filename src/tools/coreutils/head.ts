// head(1): first N lines or bytes (-n N, -c N, -N), or all but the last N
// (-n -N, -c -N); headers with several files (-q, -v). Reading stops as soon
// as enough is read, so `yes | head -1` ends; on a regular file the unread
// rest is given back to the shared description, as head's lseek does.
import type { Program } from "../../kernel/task/program.js";
import { readChunk, RegularFile, unread, type OpenFile } from "../../kernel/task/file.js";
import { Cmd, describe, q, qs, readAll } from "./common/cmd.js";
import { concatBytes } from "../../wire/bytes.js";
import { splitLines } from "./common/lines.js";
import { parseCount } from "./common/size.js";

export const headMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  let args = cmd.args;
  // Obsolete "-N[bkmcl...]" as first argument: -5 means -n 5.
  if (args[0] && /^-\d+[bkmlcqv]*$/.test(args[0])) {
    const m = args[0].match(/^-(\d+)([bkm]?)([lc]?)([qv]*)$/);
    if (m) {
      const unit = m[3] === "c" ? "-c" : "-n";
      args = [unit, m[1]! + (m[2] ?? ""), ...(m[4] ? [`-${m[4]}`] : []), ...args.slice(1)];
    }
  }
  const parsed = await new Cmd({ ...ctx, argv: [cmd.name, ...args] }).parse({
    short: "c:n:qvz",
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
  let allBut = false;
  let headers: boolean | undefined;
  let delim = 10;
  for (const o of parsed.opts) {
    if (o.key === "n" || o.key === "c") {
      let v = o.value!;
      allBut = v.startsWith("-");
      if (allBut) v = v.slice(1);
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
  }
  const files = parsed.operands.length ? parsed.operands : ["-"];
  const showHeaders = headers ?? files.length > 1;
  let status = 0;
  let first = true;
  for (const name of files) {
    let f: OpenFile;
    try {
      f = cmd.openRead(name);
    } catch (e) {
      if (cmd.tryLookup(name)?.kind === "dir") {
        // open(2) succeeds on a directory; read(2) is what fails.
        if (showHeaders) await cmd.out(`${first ? "" : "\n"}==> ${name} <==\n`);
        first = false;
        await cmd.error(`error reading ${qs(name)}: ${describe(e)}`);
      } else await cmd.error(`cannot open ${qs(name)} for reading: ${describe(e)}`);
      status = 1;
      continue;
    }
    if (showHeaders) await cmd.out(`${first ? "" : "\n"}==> ${name === "-" ? "standard input" : name} <==\n`);
    first = false;
    try {
      if (allBut) {
        const data = await readAll(f, ctx);
        if (bytes) await cmd.out(data.subarray(0, Math.max(0, data.length - count)));
        else {
          const lines = splitLines(data, delim);
          await cmd.out(concatBytes(...lines.slice(0, Math.max(0, lines.length - count))));
        }
        continue;
      }
      let left = count;
      while (left > 0) {
        const c = await readChunk(f, ctx.task);
        if (c === null) break;
        let take = c.length;
        if (bytes) take = Math.min(left, c.length);
        else {
          for (let i = 0; i < c.length; i++) {
            if (c[i] === delim && --left === 0) {
              take = i + 1;
              break;
            }
          }
        }
        if (bytes) left -= take;
        await cmd.out(c.subarray(0, take));
        if (take < c.length && f instanceof RegularFile) unread(f, c.subarray(take));
      }
    } catch (e) {
      await cmd.error(`error reading ${qs(name)}: ${describe(e)}`);
      status = 1;
    }
  }
  return status;
};
