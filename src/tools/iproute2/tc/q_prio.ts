// tc/q_prio.c: prio_print_opt(), which also prints pfifo_fast (tc_qdisc.c
// looks "prio" up for it). The prio parser belongs with the kinds this
// kernel lacks (tcf adds parse_qopt here; the kernel refuses prio).

import { TC_PRIO_MAX, type TcPrioQopt } from "../../../uapi/pkt_sched.js";
import { registerQdiscUtil, type TcCtx } from "./tc_common.js";

/** prio_print_opt() */
export function prioPrintOpt(ctx: TcCtx, opt: object): void {
  const q = opt as TcPrioQopt & { mq?: boolean };
  const out = ctx.out;
  out.uint("ANY", "bands", "bands %u ", q.bands);
  out.openArray("ANY", "priomap");
  for (let i = 0; i <= TC_PRIO_MAX; i++) out.uint("ANY", null, " %d", q.priomap[i] ?? 0);
  out.closeArray("ANY", "");
  if (q.mq !== undefined) out.string("FP", null, " multiqueue: %s ", q.mq ? "on" : "off");
  out.bool("JSON", "multiqueue", "", q.mq === true);
}

registerQdiscUtil({ id: "prio", printQopt: prioPrintOpt });
