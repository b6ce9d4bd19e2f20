// q_drr.c (iproute2 6.1): drr takes no qdisc option; its classes take
// `quantum SIZE`. The recording kernel has no sch_drr: refused as an unknown kind.

import { ArgCursor, registerQdiscParser, type QdiscOptParser } from "./q_opts.js";
import { getSize } from "./tc_util.js";

export const DRR: QdiscOptParser = {
  id: "drr",
  parseQopt(ctx, argv) {
    if (argv.length === 0) return {};
    if (argv[0] !== "help") ctx.err(`What is "${argv[0]}"?\n`);
    ctx.err("Usage: ... drr\n");
    return null;
  },
  parseCopt(ctx, argv) {
    const out: { TCA_DRR_QUANTUM?: number } = {};
    const a = new ArgCursor(ctx, argv);
    for (; a.more; a.i++) {
      if (a.cur === "quantum") {
        const v = getSize(a.next());
        if (v === undefined) {
          ctx.err('Illegal "quantum"\n');
          return null;
        }
        out.TCA_DRR_QUANTUM = v;
      } else {
        if (a.cur !== "help") ctx.err(`What is "${a.cur}"?\n`);
        ctx.err("Usage: ... drr quantum SIZE\n");
        return null;
      }
    }
    return out;
  },
};

registerQdiscParser(DRR);
