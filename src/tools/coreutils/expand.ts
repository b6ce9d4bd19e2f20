// expand(1) and unexpand(1) with their shared tab-stop list (coreutils'
// expand-common.c): -t N (every N), -t A,B,C (those columns; after the last,
// expand writes one space and unexpand leaves blanks alone), a last entry
// "/N" (then every multiple of N) or "+N" (then every N after the last stop).
// expand turns tabs into spaces (-i: only leading ones); unexpand turns runs
// of blanks that reach a tab stop into tabs (leading ones only, unless -a or
// -t; --first-only undoes that), keeping a single space that reaches a stop
// when a non-blank follows it.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q } from "./common/cmd.js";
import { eachChunk } from "./common/stream.js";
import { fromLatin1, latin1 } from "./common/lines.js";

interface Stops {
  list: number[];
  /** Repeat after the list: every `every` columns from 0 ("/N") or from the last stop ("+N"). */
  every?: number;
  fromLast?: boolean;
}

/** The next tab stop after column `col`, or undefined past the list's end. */
function nextStop(s: Stops, col: number): number | undefined {
  if (!s.list.length) {
    const n = s.every ?? 8;
    return (Math.floor(col / n) + 1) * n;
  }
  if (s.list.length === 1 && s.every === undefined) {
    const n = s.list[0]!;
    return (Math.floor(col / n) + 1) * n;
  }
  const next = s.list.find((x) => x > col);
  if (next !== undefined) return next;
  if (s.every === undefined) return undefined;
  if (s.fromLast) {
    const last = s.list[s.list.length - 1]!;
    return last + (Math.floor((col - last) / s.every) + 1) * s.every;
  }
  return (Math.floor(col / s.every) + 1) * s.every;
}

async function parseStops(cmd: Cmd, specs: string[]): Promise<Stops | number> {
  const s: Stops = { list: [] };
  for (const spec of specs) {
    for (const item of spec.split(/[,\s]+/).filter((x) => x !== "")) {
      const m = /^([/+]?)(\d+)$/.exec(item);
      if (!m) {
        await cmd.error(`tab size contains invalid character(s): ${q(item.replace(/^[/+]?\d*/, ""))}`);
        return 1;
      }
      const n = Number(m[2]);
      if (m[1]) {
        if (n === 0) {
          await cmd.error("tab size cannot be 0");
          return 1;
        }
        s.every = n;
        s.fromLast = m[1] === "+";
        continue;
      }
      if (s.every !== undefined) {
        await cmd.error(`'${m[1]}' specifier only allowed with the last value`);
        return 1;
      }
      if (n === 0) {
        await cmd.error("tab size cannot be 0");
        return 1;
      }
      if (s.list.length && n <= s.list[s.list.length - 1]!) {
        await cmd.error("tab sizes must be ascending");
        return 1;
      }
      s.list.push(n);
    }
  }
  // "/N" or "+N" alone: every N.
  if (!s.list.length && s.every !== undefined) s.fromLast = false;
  return s;
}

// Both filters work on a line whose end may not have arrived yet: the state
// of the line so far lives in the object, `feed` converts what it can, and
// `endLine` flushes the blanks still held (unexpand) when the line ends.
interface LineFilter {
  feed(text: string): string;
  endLine(): string;
}

function expander(s: Stops, initial: boolean): LineFilter {
  let col = 0;
  let leading = true;
  return {
    feed(text) {
      let out = "";
      for (const c of text) {
        if (c === "\t" && (!initial || leading)) {
          const to = nextStop(s, col) ?? col + 1;
          out += " ".repeat(to - col);
          col = to;
          continue;
        }
        if (c === "\b") col = Math.max(0, col - 1);
        else col++;
        if (c !== " " && c !== "\t") leading = false;
        out += c;
      }
      return out;
    },
    endLine() {
      col = 0;
      leading = true;
      return "";
    },
  };
}

function unexpander(s: Stops, all: boolean): LineFilter {
  let col = 0;
  let pending = "";
  let single = false;
  let leading = true;
  return {
    feed(text) {
      let out = "";
      for (const c of text) {
        const blank = c === " " || c === "\t";
        if (single) {
          // The blank before the stop becomes a tab only if the next blank is still converted.
          out += blank && (all || leading) && nextStop(s, col) !== undefined ? "\t" : " ";
          pending = "";
          single = false;
        }
        if (blank && (all || leading)) {
          const stop = nextStop(s, col);
          if (c === "\t") {
            if (stop === undefined) {
              out += pending + c;
              pending = "";
              col++;
              continue;
            }
            col = stop;
            out += "\t";
            pending = "";
            continue;
          }
          col++;
          pending += " ";
          if (stop !== undefined && col === stop) {
            if (pending.length === 1) single = true;
            else {
              out += "\t";
              pending = "";
            }
          }
          continue;
        }
        out += pending;
        pending = "";
        if (c === "\b") col = Math.max(0, col - 1);
        else col++;
        if (!blank) leading = false;
        out += c;
      }
      return out;
    },
    endLine() {
      const out = single ? "\t" : pending;
      col = 0;
      pending = "";
      single = false;
      leading = true;
      return out;
    },
  };
}

async function run(ctx: Parameters<Program>[0], un: boolean): Promise<number> {
  const cmd = new Cmd(ctx);
  // The obsolete -N (and -N,M) tab lists, rewritten as -t before option parsing.
  const args = ctx.argv.slice(1).map((a) => (/^-\d[\d,]*$/.test(a) ? `-t${a.slice(1)}` : a));
  const p = await new Cmd({ ...ctx, argv: [ctx.argv[0]!, ...args] }).parse({
    short: un ? "at:" : "it:",
    long: un
      ? [
          { name: "all", arg: "none", key: "a" },
          { name: "first-only", arg: "none" },
          { name: "tabs", arg: "required", key: "t" },
        ]
      : [
          { name: "initial", arg: "none", key: "i" },
          { name: "tabs", arg: "required", key: "t" },
        ],
  });
  if (typeof p === "number") return p;
  let flag = false;
  let firstOnly = false;
  const specs: string[] = [];
  for (const o of p.opts) {
    if (o.key === "a" || o.key === "i") flag = true;
    else if (o.key === "first-only") firstOnly = true;
    else if (o.key === "t") specs.push(o.value!);
  }
  const stops = await parseStops(cmd, specs);
  if (typeof stops === "number") return stops;
  // unexpand: -t implies -a unless --first-only.
  const all = un && !firstOnly && (flag || specs.length > 0);
  let status = 0;
  for (const name of p.operands.length ? p.operands : ["-"]) {
    // Converted chunk by chunk: each line's end flushes what the filter holds.
    const f = un ? unexpander(stops, all) : expander(stops, flag);
    const err = await eachChunk(cmd, name, async (chunk) => {
      const parts = latin1(chunk).split("\n");
      let out = f.feed(parts[0]!);
      for (let i = 1; i < parts.length; i++) out += `${f.endLine()}\n${f.feed(parts[i]!)}`;
      if (out) await cmd.out(fromLatin1(out));
    });
    const tail = f.endLine();
    if (tail) await cmd.out(fromLatin1(tail));
    if (err !== undefined) {
      await cmd.error(`${name}: ${describe(err)}`);
      status = 1;
    }
  }
  return status;
}

export const expandMain: Program = (ctx) => run(ctx, false);
export const unexpandMain: Program = (ctx) => run(ctx, true);
