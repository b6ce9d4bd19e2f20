// tc/q_fifo.c: pfifo, bfifo, pfifo_head_drop (`limit N`: packets, or bytes
// for bfifo, read with get_size), and pfifo_fast, which takes no options
// (its dump prints through prio's printer, tc_qdisc.ts).

import type { TcFifoQopt } from "../../../uapi/pkt_sched.js";
import { nextArg, registerQdiscUtil, TcFail, type QdiscUtil, type TcCtx } from "./tc_common.js";
import { getSize, printSize } from "./tc_util.js";

function explain(ctx: TcCtx): void {
  ctx.err("Usage: ... <[p|b]fifo | pfifo_head_drop> [ limit NUMBER ]\n");
}

function fifoUtil(id: string): QdiscUtil {
  return {
    id,
    parseQopt(ctx, argv) {
      let limit: number | undefined;
      for (let i = 0; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === "limit") {
          const v = nextArg(ctx, argv, i++);
          const n = getSize(v);
          if (n === undefined) {
            ctx.err(`${id}: Illegal value for "limit": "${v}"\n`);
            throw new TcFail(1);
          }
          limit = n;
        } else if (a === "help") {
          explain(ctx);
          throw new TcFail(1);
        } else {
          ctx.err(`${id}: unknown parameter "${a}"\n`);
          explain(ctx);
          throw new TcFail(1);
        }
      }
      return limit === undefined ? undefined : ({ limit } satisfies TcFifoQopt);
    },
    printQopt(ctx, opt) {
      const q = opt as TcFifoQopt;
      if (id === "bfifo") printSize(ctx.out, "ANY", "limit", "limit %s", q.limit);
      else ctx.out.uint("ANY", "limit", "limit %up", q.limit);
    },
  };
}

registerQdiscUtil(fifoUtil("bfifo"));
registerQdiscUtil(fifoUtil("pfifo"));
registerQdiscUtil(fifoUtil("pfifo_head_drop"));
// pfifo_fast_qdisc_util: no parser ("does not support option parsing").
registerQdiscUtil({ id: "pfifo_fast" });
