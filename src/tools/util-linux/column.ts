// column (util-linux 2.38.1, Debian's bsdextrautils). -t: split each non-empty
// line at runs of the -s characters (whitespace by default) and print a table:
// every cell but the last column's is padded to its column's width and followed
// by the -o separator (two spaces). Without -t: the entries (non-empty lines)
// fill columns down then across (-x: across then down) in tab stops of the
// longest entry rounded up to 8, within -c width (COLUMNS, else 80 when not a
// terminal). Widths count characters. Not modelled: -J (JSON), -N/-H/-R/-T… column options.
import type { Program } from "../../kernel/task/program.js";
import { getopt } from "../coreutils/common/getopt.js";
import { Cmd, describe } from "../coreutils/common/cmd.js";

export const columnMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const r = getopt(ctx.argv.slice(1), {
    short: "tc:s:o:xVh",
    long: [
      { name: "table", arg: "none", key: "t" },
      { name: "output-width", arg: "required", key: "c" },
      { name: "separator", arg: "required", key: "s" },
      { name: "output-separator", arg: "required", key: "o" },
      { name: "fillrows", arg: "none", key: "x" },
      { name: "version", arg: "none", key: "V" },
      { name: "help", arg: "none", key: "h" },
    ],
  });
  if (r.kind === "error") {
    await ctx.stderr.write(`column: ${r.message}\nTry 'column --help' for more information.\n`);
    return 1;
  }
  let table = false;
  let fillRows = false;
  let seps: string | undefined;
  let outSep = "  ";
  const envCols = Number(ctx.env.get("COLUMNS") ?? "");
  let width = Number.isInteger(envCols) && envCols > 0 ? envCols : 80;
  for (const o of r.opts) {
    switch (o.key) {
      case "V":
        await ctx.stdout.write("column from util-linux 2.38.1\n");
        return 0;
      case "h":
        await ctx.stdout.write("\nUsage:\n column [options] [<file>...]\n\nColumnate lists.\n\nFor more details see column(1).\n");
        return 0;
      case "t":
        table = true;
        break;
      case "x":
        fillRows = true;
        break;
      case "s":
        seps = o.value!;
        break;
      case "o":
        outSep = o.value!;
        break;
      case "c": {
        const n = Number(o.value);
        if (!/^[0-9]+$/.test(o.value!)) {
          await ctx.stderr.write(`column: invalid columns argument: '${o.value}'\n`);
          return 1;
        }
        width = n;
        break;
      }
    }
  }
  if (table && fillRows) {
    await ctx.stderr.write("column: mutually exclusive arguments: --table --fillrows\n");
    return 1;
  }
  let text = "";
  let status = 0;
  const dec = new TextDecoder();
  for (const name of r.operands.length ? r.operands : ["-"]) {
    try {
      text += dec.decode(await cmd.readFile(name));
      if (text.length && !text.endsWith("\n")) text += "\n";
    } catch (e) {
      await ctx.stderr.write(`column: ${name}: ${describe(e)}\n`);
      status = 1;
    }
  }
  const lines = text.split("\n").filter((l) => l !== "");
  const out = table ? tableText(lines, seps, outSep) : fillText(lines, width, fillRows);
  await ctx.stdout.write(out);
  return status;
};

const len = (s: string) => [...s].length;

function tableText(lines: string[], seps: string | undefined, outSep: string): string {
  const isSep = (c: string) => (seps === undefined ? c === " " || c === "\t" : seps.includes(c));
  const rows = lines.map((l) => {
    const cells: string[] = [];
    let cur = "";
    let inCell = false;
    for (const c of l) {
      if (isSep(c)) {
        if (inCell) cells.push(cur);
        cur = "";
        inCell = false;
      } else {
        cur += c;
        inCell = true;
      }
    }
    if (inCell) cells.push(cur);
    return cells;
  });
  const ncols = Math.max(0, ...rows.map((r) => r.length));
  const widths: number[] = new Array(ncols).fill(0);
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i]!, len(c))));
  let out = "";
  for (const r of rows) {
    for (let i = 0; i < ncols; i++) {
      const c = r[i] ?? "";
      if (i === ncols - 1) out += c;
      else out += c + " ".repeat(widths[i]! - len(c)) + outSep;
    }
    out += "\n";
  }
  return out;
}

function fillText(entries: string[], width: number, fillRows: boolean): string {
  if (!entries.length) return "";
  const longest = Math.max(...entries.map(len));
  if (longest >= width) return entries.map((e) => e + "\n").join("");
  const maxLen = (longest + 8) & ~7;
  const numCols = Math.max(1, Math.floor(width / maxLen));
  let out = "";
  let chcnt = 0;
  // Tabs up to the last tab stop not past endcol.
  const tabs = (endcol: number) => {
    for (let cnt = (chcnt + 8) & ~7; cnt <= endcol; cnt = (chcnt + 8) & ~7) {
      out += "\t";
      chcnt = cnt;
    }
  };
  if (fillRows) {
    let col = 0;
    let endcol = maxLen;
    for (const e of entries) {
      out += e;
      chcnt += len(e);
      if (++col === numCols) {
        chcnt = col = 0;
        endcol = maxLen;
        out += "\n";
      } else {
        tabs(endcol);
        endcol += maxLen;
      }
    }
    if (chcnt) out += "\n";
    return out;
  }
  const numRows = Math.ceil(entries.length / numCols);
  for (let row = 0; row < numRows; row++) {
    let endcol = maxLen;
    chcnt = 0;
    for (let base = row, col = 0; col < numCols; col++) {
      out += entries[base]!;
      chcnt += len(entries[base]!);
      base += numRows;
      if (base >= entries.length) break;
      tabs(endcol);
      endcol += maxLen;
    }
    out += "\n";
  }
  return out;
}
