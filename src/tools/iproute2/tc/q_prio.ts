// q_prio.c (iproute2 6.1): prio's bands, priomap and multiqueue as tc parses
// them (a priomap element must be below bands, at most 16 of them). The
// recording kernel has no sch_prio: what is sent is refused as an unknown kind.

import { ArgCursor, type QdiscOptParser } from "./q_opts.js";

const USAGE = "Usage: ... prio bands NUMBER priomap P1 P2...[multiqueue]\n";
const TC_PRIO_MAX = 15;

/** get_integer/get_unsigned with base 10: decimal digits only (strtol/strtoul accept blanks and a sign first). */
function decimal(word: string, signed: boolean): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)$/.exec(word);
  if (m === null || (!signed && m[1] === "-")) return undefined;
  const v = Number(m[2]) * (m[1] === "-" ? -1 : 1);
  return signed ? (v >= -2147483648 && v <= 2147483647 ? v : undefined) : v <= 0xffffffff ? v : undefined;
}

export const PRIO: QdiscOptParser = {
  id: "prio",
  parseQopt(ctx, argv) {
    const opt = { bands: 3, priomap: [1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1] };
    let pmapMode = false;
    let idx = 0;
    let mq = false;
    const a = new ArgCursor(ctx, argv);
    for (; a.more; a.i++) {
      const w = a.cur;
      if (w === "bands") {
        // A late "bands" prints the usage and goes on, as upstream.
        if (pmapMode) ctx.err(USAGE);
        const v = decimal(a.next(), true);
        if (v === undefined) {
          ctx.err('Illegal "bands"\n');
          return null;
        }
        opt.bands = v;
      } else if (w === "priomap") {
        if (pmapMode) {
          ctx.err("Error: duplicate priomap\n");
          return null;
        }
        pmapMode = true;
      } else if (w === "multiqueue") {
        mq = true;
      } else if (w === "help") {
        ctx.err(USAGE);
        return null;
      } else {
        if (!pmapMode) {
          ctx.err(`What is "${w}"?\n`);
          ctx.err(USAGE);
          return null;
        }
        const band = decimal(w, false);
        if (band === undefined) {
          ctx.err('Illegal "priomap" element\n');
          return null;
        }
        // bands is an int compared as unsigned: a negative bands lets every band through.
        if (band >= opt.bands >>> 0) {
          ctx.err('"priomap" element is out of bands\n');
          return null;
        }
        if (idx > TC_PRIO_MAX) {
          ctx.err(`"priomap" index > TC_PRIO_MAX=${TC_PRIO_MAX}\n`);
          return null;
        }
        opt.priomap[idx++] = band & 0xff;
      }
    }
    return mq ? { ...opt, TCA_PRIO_MQ: true } : opt;
  },
};
