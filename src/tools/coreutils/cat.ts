// cat(1): concatenates files to stdout, streaming chunk by chunk (so it works
// at the end of a pipe that never closes). -n -b -s -E -T -v -A -e -t.
import type { Program } from "../../kernel/task/program.js";
import { readChunk } from "../../kernel/task/file.js";
import { Cmd } from "./common/cmd.js";
import { ByteSink } from "./lib/bytes.js";

interface CatFlags {
  number: boolean;
  nonblank: boolean;
  squeeze: boolean;
  ends: boolean;
  tabs: boolean;
  nonprint: boolean;
}

/** Line state carried across chunks and files (cat numbers lines through all files). */
class CatState {
  line = 0;
  atLineStart = true;
  blankRun = 0;
}

function transform(chunk: Uint8Array, f: CatFlags, st: CatState): Uint8Array {
  const out = new ByteSink();
  for (const b of chunk) {
    if (st.atLineStart) {
      if (b === 10) {
        st.blankRun++;
        if (f.squeeze && st.blankRun > 1) continue;
      } else st.blankRun = 0;
      if (f.number && (!f.nonblank || b !== 10)) out.text(`${String(++st.line).padStart(6)}\t`);
      st.atLineStart = false;
    }
    if (b === 10) {
      if (f.ends) out.byte(36);
      out.byte(10);
      st.atLineStart = true;
      continue;
    }
    if (b === 9) {
      if (f.tabs) out.text("^I");
      else out.byte(9);
      continue;
    }
    if (f.nonprint) {
      let c = b;
      if (c >= 128) {
        out.text("M-");
        c -= 128;
      }
      if (c < 32) out.text(`^${String.fromCharCode(c + 64)}`);
      else if (c === 127) out.text("^?");
      else out.byte(c);
      continue;
    }
    out.byte(b);
  }
  return out.result();
}

export const catMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "AbeEnstTuv",
    long: [
      { name: "show-all", arg: "none", key: "A" },
      { name: "number-nonblank", arg: "none", key: "b" },
      { name: "show-ends", arg: "none", key: "E" },
      { name: "number", arg: "none", key: "n" },
      { name: "squeeze-blank", arg: "none", key: "s" },
      { name: "show-tabs", arg: "none", key: "T" },
      { name: "show-nonprinting", arg: "none", key: "v" },
    ],
  });
  if (typeof p === "number") return p;
  const f: CatFlags = { number: false, nonblank: false, squeeze: false, ends: false, tabs: false, nonprint: false };
  for (const o of p.opts) {
    switch (o.key) {
      case "A":
        f.nonprint = f.ends = f.tabs = true;
        break;
      case "b":
        f.number = f.nonblank = true;
        break;
      case "e":
        f.nonprint = f.ends = true;
        break;
      case "E":
        f.ends = true;
        break;
      case "n":
        f.number = true;
        break;
      case "s":
        f.squeeze = true;
        break;
      case "t":
        f.nonprint = f.tabs = true;
        break;
      case "T":
        f.tabs = true;
        break;
      case "v":
        f.nonprint = true;
        break;
    }
  }
  const plain = !f.number && !f.squeeze && !f.ends && !f.tabs && !f.nonprint;
  const st = new CatState();
  let status = 0;
  for (const name of p.operands.length ? p.operands : ["-"]) {
    let file;
    try {
      file = cmd.openRead(name);
    } catch (e) {
      await cmd.fileError(name, e);
      status = 1;
      continue;
    }
    for (;;) {
      let chunk;
      try {
        chunk = await readChunk(file, ctx.task);
      } catch (e) {
        await cmd.fileError(name, e);
        status = 1;
        break;
      }
      if (chunk === null) break;
      await cmd.out(plain ? chunk : transform(chunk, f, st));
    }
  }
  return status;
};
