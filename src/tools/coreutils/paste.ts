// paste(1): lines of the FILEs side by side (or, with -s, each file's lines on one
// line), joined by the -d list used in turn (escapes \n \t \\ \0 = none); "-"
// is stdin, read one line per use as GNU does, so `paste - -` pairs lines.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, qn } from "./common/cmd.js";
import { binaryLines, fromLatin1 } from "./common/lines.js";

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
  // Every operand's lines; all "-" operands share one stdin stream.
  const files: string[][] = [];
  let stdinLines: string[] | undefined;
  for (const n of names) {
    if (n === "-") {
      stdinLines ??= binaryLines(await ctx.stdin.readAllBytes(), term.charCodeAt(0));
      files.push(stdinLines);
      continue;
    }
    try {
      files.push(binaryLines(await cmd.readFile(n), term.charCodeAt(0)));
    } catch (e) {
      await cmd.error(`${qn(n)}: ${describe(e)}`);
      return 1;
    }
  }
  let out = "";
  if (serial) {
    for (const lines of files) {
      const src = lines === stdinLines ? lines.splice(0) : lines;
      let line = "";
      for (let i = 0; i < src.length; i++) line += (i ? delims[(i - 1) % delims.length] : "") + src[i];
      out += line + term;
    }
  } else {
    // Parallel: stop when every file is exhausted; stdin operands take the next line in turn.
    const pos = files.map(() => 0);
    for (;;) {
      let any = false;
      let line = "";
      for (let f = 0; f < files.length; f++) {
        const lines = files[f]!;
        let cell: string | undefined;
        if (lines === stdinLines) cell = lines.shift();
        else cell = lines[pos[f]!++];
        if (cell !== undefined) any = true;
        line += cell ?? "";
        if (f < files.length - 1) line += delims[f % delims.length];
      }
      if (!any) break;
      out += line + term;
    }
  }
  await cmd.out(fromLatin1(out));
  return 0;
};

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
