// tac(1): each FILE (or stdin, "-") with its records in reverse order. A record
// ends with the separator (-s STRING, newline by default) or, with -b, starts
// with it; a last record without its separator is printed as it stands (so
// `printf 'a\nb' | tac` gives "ba\n"). Not modelled: -r (separator as a regex).
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, qn, qs } from "./common/cmd.js";
import { fromLatin1, latin1 } from "./common/lines.js";

export const tacMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "bs:",
    long: [
      { name: "before", arg: "none", key: "b" },
      { name: "separator", arg: "required", key: "s" },
    ],
  });
  if (typeof p === "number") return p;
  let before = false;
  let sep = "\n";
  for (const o of p.opts) {
    if (o.key === "b") before = true;
    else if (o.key === "s") {
      // An empty string still ends in its C string's NUL: that byte is the separator.
      sep = o.value === "" ? "\0" : o.value!;
    }
  }
  let status = 0;
  // tac's own 8 KiB output buffer is flushed when full and once at the end, so error messages
  // of later files come before the output of earlier ones.
  let pending = "";
  for (const name of p.operands.length ? p.operands : ["-"]) {
    let data: Uint8Array;
    try {
      data = await cmd.readFile(name);
    } catch (e) {
      // tac seeks and reads from the end: a directory fails on that read, not on open.
      if (describe(e) === "Is a directory") await cmd.error(`${qn(name)}: read error: Invalid argument`);
      else await cmd.error(`failed to open ${qs(name)} for reading: ${describe(e)}`);
      status = 1;
      continue;
    }
    pending += reverseRecords(latin1(data), sep, before);
    if (pending.length >= 8192) {
      const cut = pending.length - (pending.length % 8192);
      await cmd.out(fromLatin1(pending.slice(0, cut)));
      pending = pending.slice(cut);
    }
  }
  if (pending) await cmd.out(fromLatin1(pending));
  return status;
};

function reverseRecords(s: string, sep: string, before: boolean): string {
  const parts = s.split(sep);
  const recs: string[] = [];
  if (before) {
    // Records start with the separator; text ahead of the first one is a record of its own.
    if (parts[0] !== "") recs.push(parts[0]!);
    for (let i = 1; i < parts.length; i++) recs.push(sep + parts[i]!);
    return recs.reverse().join("");
  }
  for (let i = 0; i < parts.length - 1; i++) recs.push(parts[i]! + sep);
  if (parts[parts.length - 1] !== "") recs.push(parts[parts.length - 1]!);
  return recs.reverse().join("");
}
