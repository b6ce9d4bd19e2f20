// paste(1): lines of the FILEs side by side (or, with -s, each file's lines on one
// line), joined by the -d list used in turn (escapes \n \t \\ \0 = none); "-"
// is stdin, read one line per use as GNU does, so `paste - -` pairs lines.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, qn } from "./common/cmd.js";
import { fromLatin1 } from "./common/lines.js";
import { STDIO_BUFSIZ } from "../grep/textio.js";
import { LineSplitter } from "./common/stream.js";
import { readChunk, type OpenFile } from "../../kernel/task/file.js";
import type { Task } from "../../kernel/task/task.js";

export const pasteMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "d:sz",
    long: [
      { name: "delimiters", arg: "required", key: "d" },
      { name: "serial", arg: "none", key: "s" },
      { name: "zero-terminated", arg: "none", key: "z" },
    ],
  });
  if (typeof p === "number") return p;
  let delims = ["\t"];
  let serial = false;
  let term = "\n";
  for (const o of p.opts) {
    if (o.key === "s") serial = true;
    else if (o.key === "z") term = "\0";
    else if (o.key === "d") {
      const d = parseDelims(o.value!);
      if (d === undefined) {
        await cmd.error(`delimiter list ends with an unescaped backslash: ${o.value!}`);
        return 1;
      }
      delims = d;
    }
  }
  const names = p.operands.length ? p.operands : ["-"];
  // Every operand is opened first (a missing one stops paste before any
  // output); lines are then read as they are needed and written as each
  // output line is complete, so paste keeps pace with a pipe. All "-"
  // operands share one stdin stream and take its next line in turn.
  let out = "";
  const flush = async () => {
    if (out) await cmd.out(fromLatin1(out));
    out = "";
  };
  // Before paste would wait for input: stdout is stdio's, kept until its buffer fills (line by line on a terminal).
  const beforeRead = async () => {
    if (out.length >= STDIO_BUFSIZ || ctx.stdout.isTTY) await flush();
  };
  const sources: LineSource[] = [];
  let stdin: LineSource | undefined;
  for (const n of names) {
    try {
      if (n === "-") sources.push((stdin ??= new LineSource(cmd.openRead("-"), term.charCodeAt(0), n, cmd.task)));
      else sources.push(new LineSource(cmd.openRead(n), term.charCodeAt(0), n, cmd.task));
    } catch (e) {
      await cmd.error(`${qn(n)}: ${describe(e)}`);
      return 1;
    }
  }
  try {
    if (serial) {
      const done = new Set<LineSource>();
      for (const src of sources) {
        if (done.has(src)) {
          out += term;
          continue;
        }
        done.add(src);
        let i = 0;
        for (let cell = await src.next(beforeRead); cell !== undefined; cell = await src.next(beforeRead)) {
          out += (i ? delims[(i - 1) % delims.length] : "") + cell;
          i++;
        }
        out += term;
      }
    } else {
      // Parallel: stop when every file is exhausted.
      for (;;) {
        let any = false;
        let line = "";
        for (let f = 0; f < sources.length; f++) {
          const cell = await sources[f]!.next(beforeRead);
          if (cell !== undefined) any = true;
          line += cell ?? "";
          if (f < sources.length - 1) line += delims[f % delims.length];
        }
        if (!any) break;
        out += line + term;
      }
    }
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    await flush();
    await cmd.error(`${qn(e.name)}: ${describe(e.cause)}`);
    return 1;
  }
  await flush();
  return 0;
};

class ReadError {
  constructor(
    readonly name: string,
    readonly cause: unknown,
  ) {}
}

/** One input's lines, read a chunk at a time when the next line is wanted. */
class LineSource {
  private lines: string[] = [];
  private at = 0;
  private eof = false;
  private readonly split: LineSplitter;
  constructor(
    private readonly file: OpenFile,
    delim: number,
    private readonly name: string,
    private readonly task: Task,
  ) {
    this.split = new LineSplitter(delim);
  }

  /** The next line, or undefined at the end; `beforeRead` runs before paste would block on a read. */
  async next(beforeRead: () => Promise<void>): Promise<string | undefined> {
    while (this.at >= this.lines.length && !this.eof) {
      await beforeRead();
      let c;
      try {
        c = await readChunk(this.file, this.task);
      } catch (e) {
        throw new ReadError(this.name, e);
      }
      this.at = 0;
      if (c === null) {
        this.eof = true;
        const last = this.split.end();
        this.lines = last === undefined ? [] : [last];
      } else this.lines = this.split.push(c);
    }
    return this.at < this.lines.length ? this.lines[this.at++] : undefined;
  }
}

/** The -d list: one delimiter per character, backslash escapes as GNU paste reads them. */
function parseDelims(s: string): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\") {
      out.push(c);
      continue;
    }
    if (i + 1 >= s.length) return undefined;
    const e = s[++i]!;
    out.push(e === "n" ? "\n" : e === "t" ? "\t" : e === "0" ? "" : e === "b" ? "\b" : e === "f" ? "\f" : e === "r" ? "\r" : e === "v" ? "\v" : e);
  }
  return out.length ? out : [""];
}
