// cut(1): -b/-c LIST (bytes; coreutils 9.1 treats -c as bytes too), -f LIST
// with -d DELIM, -s, --complement, --output-delimiter, -z.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q, qn } from "./common/cmd.js";
import { fromLatin1 } from "./common/lines.js";
import { STDIO_BUFSIZ } from "../grep/textio.js";
import { eachChunk, LineSplitter } from "./common/stream.js";

type Range = [number, number]; // 1-based inclusive; hi Infinity for "N-"

function parseList(list: string, what: "field" | "byte/character"): Range[] | string {
  const from1 = what === "field" ? "fields are numbered from 1" : "byte/character positions are numbered from 1";
  const out: Range[] = [];
  for (const part of list.split(/[, ]/)) {
    if (part === "") return from1;
    if (part === "-") return "invalid range with no endpoint: -";
    const m = part.match(/^(\d*)(-?)(\d*)$/);
    if (!m) {
      const bad = part.replace(/^\d*-?/, "") || part;
      return `invalid ${what === "field" ? "field" : "byte/character position"} value ${q(bad)}`;
    }
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo;
    if (lo === 0) return from1;
    if (hi < lo) return "invalid decreasing range";
    out.push([lo, hi]);
  }
  return out;
}

export const cutMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "b:c:d:f:nsz",
    long: [
      { name: "bytes", arg: "required", key: "b" },
      { name: "characters", arg: "required", key: "c" },
      { name: "delimiter", arg: "required", key: "d" },
      { name: "fields", arg: "required", key: "f" },
      { name: "only-delimited", arg: "none", key: "s" },
      { name: "complement", arg: "none" },
      { name: "output-delimiter", arg: "required" },
      { name: "zero-terminated", arg: "none", key: "z" },
    ],
  });
  if (typeof p === "number") return p;
  let mode: "b" | "f" | undefined;
  let list = "";
  let delim: string | undefined;
  let onlyDelimited = false;
  let complement = false;
  let outDelim: string | undefined;
  let term = 10;
  for (const o of p.opts) {
    switch (o.key) {
      case "b":
      case "c":
      case "f":
        if (mode) return cmd.usage("only one list may be specified");
        mode = o.key === "f" ? "f" : "b";
        list = o.value!;
        break;
      case "d":
        if (new TextEncoder().encode(o.value!).length > 1) return cmd.usage("the delimiter must be a single character");
        delim = o.value! === "" ? "\0" : o.value!;
        break;
      case "s":
        onlyDelimited = true;
        break;
      case "complement":
        complement = true;
        break;
      case "output-delimiter":
        outDelim = o.value!;
        break;
      case "z":
        term = 0;
        break;
    }
  }
  if (!mode) return cmd.usage("you must specify a list of bytes, characters, or fields");
  if (mode === "b" && delim !== undefined) return cmd.usage("an input delimiter may be specified only when operating on fields");
  if (mode === "b" && onlyDelimited) return cmd.usage("suppressing non-delimited lines makes sense\n\tonly when operating on fields");
  const ranges = parseList(list, mode === "f" ? "field" : "byte/character");
  if (typeof ranges === "string") return cmd.usage(ranges);
  const selected = (i: number) => ranges.some(([lo, hi]) => i >= lo && i <= hi) !== complement;
  const dl = delim ?? "\t";
  const od = outDelim === undefined ? undefined : String.fromCharCode(...new TextEncoder().encode(outDelim));
  const t = String.fromCharCode(term);
  let status = 0;
  let out = "";
  const cutLine = (line: string) => {
    if (mode === "b") {
      // Without --output-delimiter, selected bytes are simply concatenated.
      let s = "";
      let prevSel = false;
      for (let i = 0; i < line.length; i++) {
        if (selected(i + 1)) {
          if (od !== undefined && !prevSel && s) s += od;
          s += line[i];
          prevSel = true;
        } else prevSel = false;
      }
      out += s + t;
      return;
    }
    const fields = line.split(dl);
    if (fields.length === 1) {
      if (!onlyDelimited) out += line + t;
      return;
    }
    out += fields.filter((_, i) => selected(i + 1)).join(od ?? dl) + t;
  };
  const flush = async () => {
    if (out) await cmd.out(fromLatin1(out));
    out = "";
  };
  // Lines are cut and written chunk by chunk, so cut keeps pace with a pipe.
  for (const f of p.operands.length ? p.operands : ["-"]) {
    const split = new LineSplitter(term);
    const err = await eachChunk(cmd, f, async (chunk) => {
      for (const line of split.push(chunk)) cutLine(line);
      // stdout is stdio's: kept until its buffer fills, line by line on a terminal.
      if (out.length >= STDIO_BUFSIZ || ctx.stdout.isTTY) await flush();
    });
    const last = split.end();
    if (last !== undefined) cutLine(last);
    await flush();
    if (err !== undefined) {
      await cmd.error(`${qn(f)}: ${describe(err)}`);
      status = 1;
    }
  }
  return status;
};
