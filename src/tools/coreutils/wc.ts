// wc(1): lines, words, characters, bytes, longest line; with GNU's column
// width rule: wide enough for the total size of the regular files named, at
// least 7 when one input is not a regular file, and unpadded for a single
// count of a single input.
import type { Program } from "../../kernel/task/program.js";
import { RegularFile } from "../../kernel/task/file.js";
import { Cmd, describe, qn } from "./common/cmd.js";

interface Counts {
  l: number;
  w: number;
  m: number;
  c: number;
  L: number;
}

function count(data: Uint8Array): Counts {
  let l = 0;
  let w = 0;
  let inWord = false;
  const text = new TextDecoder().decode(data);
  let m = 0;
  let L = 0;
  let col = 0;
  for (const ch of text) {
    m++;
    if (ch === "\n") {
      l++;
      L = Math.max(L, col);
      col = 0;
    } else if (ch === "\t") col += 8 - (col % 8);
    else if (ch >= " ") col++;
    const space = ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\v" || ch === "\f";
    if (space) inWord = false;
    else if (!inWord && ch >= " ") {
      inWord = true;
      w++;
    }
  }
  L = Math.max(L, col);
  return { l, w, m, c: data.length, L };
}

export const wcMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "clLmw",
    long: [
      { name: "bytes", arg: "none", key: "c" },
      { name: "chars", arg: "none", key: "m" },
      { name: "lines", arg: "none", key: "l" },
      { name: "words", arg: "none", key: "w" },
      { name: "max-line-length", arg: "none", key: "L" },
      { name: "files0-from", arg: "required" },
    ],
  });
  if (typeof p === "number") return p;
  const sel = new Set(p.opts.map((o) => o.key).filter((k) => "clLmw".includes(k)));
  if (!sel.size) ["l", "w", "c"].forEach((k) => sel.add(k));
  const order = (["l", "w", "m", "c", "L"] as const).filter((k) => sel.has(k));
  const files = p.operands.length ? p.operands : ["-"];
  const named = p.operands.length > 0;
  // Read every input first: the column width depends on all of them.
  const inputs: Array<{ name: string; data?: Uint8Array; err?: unknown; regular: boolean }> = [];
  for (const f of files) {
    try {
      const data = await cmd.readFile(f);
      const regular = f === "-" ? ctx.task.getFd(0) instanceof RegularFile : cmd.tryLookup(f)?.kind === "file";
      inputs.push({ name: f, data, regular });
    } catch (e) {
      inputs.push({ name: f, err: e, regular: false });
    }
  }
  // GNU sizes columns from stat(): the total size of the regular inputs,
  // at least 7 wide if one is not regular; unpadded for one count of one input.
  let width = 1;
  if (!(files.length === 1 && order.length === 1)) {
    let min = 1;
    let total = 0;
    for (const i of inputs) {
      const isDir = i.err !== undefined && cmd.tryLookup(i.name)?.kind === "dir";
      if (i.err !== undefined && !isDir) continue;
      if (i.regular) total += i.data!.length;
      else min = 7;
    }
    for (let t = total; t >= 10; t = Math.floor(t / 10)) width++;
    width = Math.max(width, min);
  }
  const fmt = (c: Counts, name: string | undefined) =>
    `${order.map((k) => String(c[k]).padStart(width)).join(" ")}${name !== undefined ? ` ${name}` : ""}\n`;
  const tot: Counts = { l: 0, w: 0, m: 0, c: 0, L: 0 };
  let status = 0;
  for (const { name: f, data: read, err } of inputs) {
    let data = read ?? new Uint8Array(0);
    if (err !== undefined) {
      await cmd.error(`${qn(f)}: ${describe(err)}`);
      status = 1;
      // A directory opens, fails to read, and still gets its line of zeros.
      if (cmd.tryLookup(f)?.kind !== "dir") continue;
      data = new Uint8Array(0);
    }
    const c = count(data);
    tot.l += c.l;
    tot.w += c.w;
    tot.m += c.m;
    tot.c += c.c;
    tot.L = Math.max(tot.L, c.L);
    await cmd.out(fmt(c, named ? f : undefined));
  }
  if (files.length > 1) await cmd.out(fmt(tot, "total"));
  return status;
};
