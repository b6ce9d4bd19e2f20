// shuf(1): a random permutation of the input lines (FILE or stdin), of the
// -e arguments, or of the -i LO-HI integers; -n COUNT at most, -r draws with
// replacement (for ever without -n, until the reader goes away, as yes does),
// -o FILE, -z NUL-ended lines. The randomness is the world's seeded RNG.
// Known difference: the permutation is not GNU's for the same seed (no seed
// is shared with the real program); --random-source is accepted but its file
// is neither opened nor used.
import type { Program } from "../../kernel/task/program.js";
import { Cmd, q } from "./common/cmd.js";
import { binaryLines, fromLatin1 } from "./common/lines.js";

export const shufMain: Program = async (ctx) => {
  const cmd = new Cmd(ctx);
  const p = await cmd.parse({
    short: "ei:n:o:rz",
    long: [
      { name: "echo", arg: "none", key: "e" },
      { name: "input-range", arg: "required", key: "i" },
      { name: "head-count", arg: "required", key: "n" },
      { name: "output", arg: "required", key: "o" },
      { name: "random-source", arg: "required" },
      { name: "repeat", arg: "none", key: "r" },
      { name: "zero-terminated", arg: "none", key: "z" },
    ],
  });
  if (typeof p === "number") return p;
  let echo = false;
  let range: [number, number] | undefined;
  let count = Infinity;
  let output: string | undefined;
  let repeat = false;
  let zero = false;
  for (const o of p.opts) {
    const v = o.value ?? "";
    if (o.key === "e") echo = true;
    else if (o.key === "i") {
      const m = /^(\d+)-(\d+)$/.exec(v);
      if (!m || Number(m[2]) + 1 < Number(m[1])) {
        await cmd.error(`invalid input range: ${q(v)}`);
        return 1;
      }
      range = [Number(m[1]), Number(m[2])];
    } else if (o.key === "n") {
      if (!/^\s*\+?\d+$/.test(v)) {
        await cmd.error(`invalid line count: ${q(v)}`);
        return 1;
      }
      count = Math.min(count, Number(v));
    } else if (o.key === "o") output = v;
    else if (o.key === "r") repeat = true;
    else if (o.key === "z") zero = true;
  }
  if (echo && range) return cmd.usage("cannot combine -e and -i options");
  // The input as a length and an accessor: a range stays lazy (shuf -i 1-99999999999 -n 2
  // must not build the range), shuffled through a sparse map of the places swapped.
  let items: string[] = [];
  let len: number;
  if (range) {
    if (p.operands.length) return cmd.usage(`extra operand ${q(p.operands[0]!)}`);
    len = Math.max(0, range[1] - range[0] + 1);
  } else if (echo) {
    items = p.operands;
    len = items.length;
  } else {
    if (p.operands.length > 1) return cmd.usage(`extra operand ${q(p.operands[1]!)}`);
    const data = await cmd.readOrWarn(p.operands[0] ?? "-");
    if (!data) return 1;
    items = binaryLines(data, zero ? 0 : 10);
    len = items.length;
  }
  const swapped = new Map<number, string>();
  const at = (i: number): string => swapped.get(i) ?? (range ? String(range[0] + i) : items[i]!);
  const eol = zero ? "\0" : "\n";
  const rng = ctx.task.host.rng;
  const out = output === undefined ? undefined : cmd.openWrite(output);
  const write = async (s: string) => {
    const b = fromLatin1(s);
    if (out) await out.write!(ctx.task, b);
    else await cmd.out(b);
  };
  if (repeat) {
    if (!len) {
      if (count === 0) return 0;
      await cmd.error("no lines to repeat");
      return 1;
    }
    // Without -n this runs until the reader goes away (EPIPE), as yes(1) does.
    for (let done = 0; done < count; ) {
      ctx.task.checkSignals();
      let block = "";
      for (let k = 0; k < 512 && done < count; k++, done++) block += at(rng.int(0, len - 1)) + eol;
      await write(block);
    }
    return 0;
  }
  // Fisher–Yates, stopping after the first COUNT places, written in blocks.
  const n = Math.min(count, len);
  for (let k = 0; k < n; ) {
    ctx.task.checkSignals();
    let block = "";
    for (let b = 0; b < 512 && k < n; b++, k++) {
      const r = rng.int(k, len - 1);
      const pick = at(r);
      swapped.set(r, at(k));
      swapped.delete(k);
      block += pick + eol;
    }
    await write(block);
  }
  return 0;
};
