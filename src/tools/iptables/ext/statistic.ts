// statistic match (extensions/libxt_statistic.c): --mode random
// --probability P (stored as P*2^31, printed with %.11f) or --mode nth
// --every N [--packet P].

import type { XtStatistic } from "../../../uapi/xt_ext.js";
import { paramError } from "../errors.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";

const O_MODE = 0, O_PROB = 1, O_EVERY = 2, O_PACKET = 3;
const F = (id: number) => 1 << id;

function body(d: XtStatistic, prefix: string): string {
  const inv = d.invert ? " !" : "";
  if (d.mode === "random") return ` ${prefix}mode random${inv} ${prefix}probability ${(d.probability / 0x80000000).toFixed(11)}`;
  let s = ` ${prefix}mode nth${inv} ${prefix}every ${d.every + 1}`;
  if (d.packet || prefix) s += ` ${prefix}packet ${d.packet}`;
  return s;
}

export const STATISTIC: XtExtension<XtStatistic> = {
  kind: "match",
  name: "statistic",
  revision: 0,
  x6: true,
  help: () =>
    "statistic match options:\n" +
    " --mode mode                    Match mode (random, nth)\n" +
    " random mode:\n" +
    "[!] --probability p\t\t Probability\n" +
    " nth mode:\n" +
    "[!] --every n\t\t\t Match every nth packet\n" +
    " --packet p\t\t\t Initial counter value (0 <= p <= n-1, default 0)\n",
  options: [
    { name: "mode", hasArg: true, id: O_MODE, mand: true },
    { name: "probability", hasArg: true, id: O_PROB, invert: true, excl: F(O_EVERY) | F(O_PACKET) },
    { name: "every", hasArg: true, id: O_EVERY, invert: true, excl: F(O_PROB), also: F(O_PACKET) },
    { name: "packet", hasArg: true, id: O_PACKET, excl: F(O_PROB), also: F(O_EVERY) },
  ],
  init: () => ({ mode: "random", invert: false, probability: 0, every: 0, packet: 0, count: 0 }),
  parse(c) {
    const d = c.data;
    if (c.invert) d.invert = true;
    switch (c.opt.id) {
      case O_MODE:
        if (c.arg === "random") d.mode = "random";
        else if (c.arg === "nth") d.mode = "nth";
        else paramError(`Bad mode "${c.arg}"`);
        break;
      case O_PROB: {
        const t = c.arg.trim();
        const v = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
        if (!Number.isFinite(v) || v < 0 || v > 1) paramError(`statistic: bad value for option "--probability", or out of range (0-1).\n`);
        d.probability = Math.round(0x80000000 * v);
        break;
      }
      case O_EVERY:
        d.every = parseUint("statistic", "every", c.arg, 1, 0xffffffff) - 1;
        break;
      case O_PACKET:
        d.packet = parseUint("statistic", "packet", c.arg, 0, 0xffffffff);
        break;
    }
  },
  final(c) {
    const d = c.data;
    if (d.mode === "random" && !(c.flags & F(O_PROB))) paramError("--probability must be specified when using random mode");
    if (d.mode === "nth" && !(c.flags & (F(O_EVERY) | F(O_PACKET)))) paramError("--every and --packet must be specified when using nth mode");
    if (d.packet > d.every) paramError("the --packet p must be 0 <= p <= n-1");
    d.count = d.every - d.packet;
  },
  print: (d) => " statistic" + body(d, ""),
  save: (d) => body(d, "--"),
};
