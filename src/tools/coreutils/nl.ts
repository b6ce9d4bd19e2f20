// nl(1): numbers lines. Each logical page has header, body and footer
// sections, started by lines holding only the delimiter three, two or one
// times (\:\:\:, \:\:, \:; -d CC, one character keeping ':' as the second);
// such a line prints as an empty one and restarts numbering (unless -p).
// Styles (-h/-b/-f): a all, t non-empty, n none, pBRE lines matching the
// BRE. -l N numbers only every Nth of consecutive empty lines under style a.
// Numbers: -v START, -i INCR, -w WIDTH, -n ln|rn|rz, -s SEP; unnumbered
// lines get WIDTH+len(SEP) spaces. A last line without newline gets one.
import type { Program } from "../../kernel/task/program.js";
import { compileRegex, RegexSyntaxError, type PosixRegex } from "../lib/regex/index.js";
import { Cmd, describe, q } from "./common/cmd.js";
import { eachChunk, LineSplitter } from "./common/stream.js";
import { fromLatin1, latin1 } from "./common/lines.js";
import { STDIO_BUFSIZ } from "../grep/textio.js";

type Style = { kind: "a" | "t" | "n" } | { kind: "p"; re: PosixRegex };

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

export const nlMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "b:d:f:h:i:l:n:ps:v:w:",
    long: [
      { name: "body-numbering", arg: "required", key: "b" },
      { name: "section-delimiter", arg: "required", key: "d" },
      { name: "footer-numbering", arg: "required", key: "f" },
      { name: "header-numbering", arg: "required", key: "h" },
      { name: "line-increment", arg: "required", key: "i" },
      { name: "join-blank-lines", arg: "required", key: "l" },
      { name: "number-format", arg: "required", key: "n" },
      { name: "no-renumber", arg: "none", key: "p" },
      { name: "number-separator", arg: "required", key: "s" },
      { name: "starting-line-number", arg: "required", key: "v" },
      { name: "number-width", arg: "required", key: "w" },
    ],
  });
  if (typeof p === "number") return p;
  const styles: Record<"h" | "b" | "f", Style> = { h: { kind: "n" }, b: { kind: "t" }, f: { kind: "n" } };
  let delim = "\\:";
  let incr = 1n;
  let start = 1n;
  let blankJoin = 1;
  let format = "rn";
  let renumber = true;
  let sep = "\t";
  let width = 6;
  const what = { h: "header", b: "body", f: "footer" } as const;
  const int = (v: string) => (/^\s*[-+]?\d+$/.test(v) ? BigInt(v.trim()) : undefined);
  for (const o of p.opts) {
    const v = o.value ?? "";
    if (o.key === "h" || o.key === "b" || o.key === "f") {
      if (v === "a" || v === "t" || v === "n") styles[o.key] = { kind: v };
      else if (v.startsWith("p")) {
        try {
          styles[o.key] = { kind: "p", re: compileRegex(latin1(new TextEncoder().encode(v.slice(1))), { flavor: "bre" }) };
        } catch (e) {
          if (!(e instanceof RegexSyntaxError)) throw e;
          await cmd.error(e.message);
          return 1;
        }
      } else return cmd.usage(`invalid ${what[o.key]} numbering style: ${q(v)}`);
    } else if (o.key === "d") delim = v.length === 1 ? `${v}:` : v;
    else if (o.key === "p") renumber = false;
    else if (o.key === "s") sep = v;
    else if (o.key === "n") {
      if (!["ln", "rn", "rz"].includes(v)) return cmd.usage(`invalid line numbering format: ${q(v)}`);
      format = v;
    } else {
      const n = int(v);
      const name = { i: "line number increment", l: "line number of blank lines", v: "starting line number", w: "line number field width" }[o.key as "i" | "l" | "v" | "w"];
      if (n === undefined) {
        await cmd.error(`invalid ${name}: ${q(v)}`);
        return 1;
      }
      const low = o.key === "l" || o.key === "w" ? 1n : INT64_MIN;
      const high = o.key === "w" ? 2147483647n : INT64_MAX;
      if (n < low || n > high) {
        await cmd.error(`invalid ${name}: ${q(v)}: Numerical result out of range`);
        return 1;
      }
      if (o.key === "i") incr = n;
      else if (o.key === "l") blankJoin = Number(n);
      else if (o.key === "v") start = n;
      else width = Number(n);
    }
  }
  let out = "";
  let lineNo = start;
  let section: "h" | "b" | "f" = "b";
  let blanks = 0;
  let status = 0;
  const blank = " ".repeat(width + new TextEncoder().encode(sep).length);
  const sepBytes = latin1(new TextEncoder().encode(sep));
  const numbered = (n: bigint) => {
    const s = n.toString();
    if (format === "ln") return s.padEnd(width);
    if (format === "rz") return n < 0n ? `-${(-n).toString().padStart(width - 1, "0")}` : s.padStart(width, "0");
    return s.padStart(width);
  };
  // One line's output; false once the number would overflow (nl stops there).
  const number1 = (line: string): boolean => {
    const kind = line === delim.repeat(3) ? "h" : line === delim.repeat(2) ? "b" : line === delim ? "f" : undefined;
    if (kind && delim !== "") {
      section = kind;
      if (renumber) lineNo = start;
      out += "\n";
      return true;
    }
    const st = styles[section];
    let number = false;
    if (st.kind === "a") {
      if (line === "") {
        blanks++;
        if (blanks >= blankJoin) {
          number = true;
          blanks = 0;
        }
      } else {
        number = true;
        blanks = 0;
      }
    } else if (st.kind === "t") number = line !== "";
    else if (st.kind === "p") number = st.re.test(line);
    if (!number) {
      out += `${blank}${line}\n`;
      return true;
    }
    out += `${numbered(lineNo)}${sepBytes}${line}\n`;
    const next = lineNo + incr;
    if (next > INT64_MAX || next < INT64_MIN) return false;
    lineNo = next;
    return true;
  };
  const flush = async () => {
    if (out) await cmd.out(fromLatin1(out));
    out = "";
  };
  const overflow = async () => {
    await flush();
    await cmd.error("line number overflow");
    return 1;
  };
  // Lines are numbered and written chunk by chunk, so nl keeps pace with a pipe.
  for (const name of p.operands.length ? p.operands : ["-"]) {
    const split = new LineSplitter();
    let overflowed = false;
    const err = await eachChunk(cmd, name, async (chunk) => {
      for (const line of split.push(chunk)) {
        if (!number1(line)) {
          overflowed = true;
          return false;
        }
      }
      // stdout is stdio's: kept until its buffer fills, line by line on a terminal.
      if (out.length >= STDIO_BUFSIZ || ctx.stdout.isTTY) await flush();
      return true;
    });
    if (overflowed) return overflow();
    if (err !== undefined) {
      await flush();
      await cmd.error(`${name}: ${describe(err)}`);
      status = 1;
      continue;
    }
    const last = split.end();
    if (last !== undefined && !number1(last)) return overflow();
  }
  if (out) await cmd.out(fromLatin1(out));
  return status;
};
