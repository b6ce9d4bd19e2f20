// fold(1): wraps lines at -w WIDTH columns (80). Columns count as a terminal
// shows them (a tab to the next multiple of 8, backspace back one, carriage
// return to 0) unless -b counts bytes; -s breaks after the last blank that
// fits. A character that alone exceeds the width still goes on a line of its
// own. The obsolete -N is -w N.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, describe, q } from "./common/cmd.js";
import { eachChunk } from "./common/stream.js";
import { fromLatin1, latin1 } from "./common/lines.js";

/** fold's state across chunks: the line being built and its column. */
class FoldState {
  line = "";
  col = 0;
}

export function foldText(s: string, width: number, bytes: boolean, spaces: boolean, st = new FoldState(), final = true): string {
  const adjust = (col: number, c: string) => {
    if (bytes) return col + 1;
    if (c === "\b") return col > 0 ? col - 1 : 0;
    if (c === "\r") return 0;
    if (c === "\t") return col + 8 - (col % 8);
    return col + 1;
  };
  let out = "";
  let line = st.line;
  let col = st.col;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\n") {
      out += line + c;
      line = "";
      col = 0;
      continue;
    }
    // Bounded: each pass either stores c or shortens the pending line.
    for (let guard = 0; guard <= s.length + 1; guard++) {
      const next = adjust(col, c);
      if (next <= width) {
        line += c;
        col = next;
        break;
      }
      if (spaces) {
        const k = Math.max(line.lastIndexOf(" "), line.lastIndexOf("\t"));
        if (k >= 0) {
          out += line.slice(0, k + 1) + "\n";
          line = line.slice(k + 1);
          col = 0;
          for (const ch of line) col = adjust(col, ch);
          continue;
        }
      }
      if (line === "") {
        line = c;
        col = next;
        break;
      }
      out += line + "\n";
      line = "";
      col = 0;
    }
  }
  if (final) {
    st.line = "";
    st.col = 0;
    return out + line;
  }
  st.line = line;
  st.col = col;
  return out;
}

export const foldMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  // The obsolete -N form, rewritten as -w N before option parsing.
  const raw = ctx.argv.slice(1);
  const ddash = raw.indexOf("--");
  const args = raw.map((a, i) => (/^-\d+$/.test(a) && (ddash < 0 || i < ddash) && !["-w", "--width", "--widt", "--wid", "--wi", "--w"].includes(raw[i - 1] ?? "") ? `-w${a.slice(1)}` : a));
  const p = await new Cmd({ ...ctx, argv: [ctx.argv[0]!, ...args] }).parse({
    short: "bsw:",
    long: [
      { name: "bytes", arg: "none", key: "b" },
      { name: "spaces", arg: "none", key: "s" },
      { name: "width", arg: "required", key: "w" },
    ],
  });
  if (typeof p === "number") return p;
  let width = 80;
  let bytes = false;
  let spaces = false;
  for (const o of p.opts) {
    if (o.key === "b") bytes = true;
    else if (o.key === "s") spaces = true;
    else if (o.key === "w") {
      const v = o.value!;
      if (!/^\s*\+?\d+$/.test(v)) {
        await cmd.error(`invalid number of columns: ${q(v)}`);
        return 1;
      }
      const n = BigInt(v.trim());
      // xdectoumax: past uintmax is EOVERFLOW, outside 1..SIZE_MAX-TAB_WIDTH-1 is ERANGE.
      if (n >= 1n << 64n || n < 1n || n > (1n << 64n) - 10n) {
        await cmd.error(`invalid number of columns: ${q(v)}: ${n >= 1n << 64n ? "Value too large for defined data type" : "Numerical result out of range"}`);
        return 1;
      }
      width = Number(n);
    }
  }
  let status = 0;
  for (const name of p.operands.length ? p.operands : ["-"]) {
    // A chunk's complete output is written as it comes; the unfinished line waits for the next.
    const st = new FoldState();
    const err = await eachChunk(cmd, name, async (chunk) => {
      const out = foldText(latin1(chunk), width, bytes, spaces, st, false);
      if (out) await cmd.out(fromLatin1(out));
    });
    if (st.line) await cmd.out(fromLatin1(st.line));
    if (err !== undefined) {
      await cmd.error(`${name}: ${describe(err)}`);
      status = 1;
    }
  }
  return status;
};
