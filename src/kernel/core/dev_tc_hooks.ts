// net/core/dev.c's tc hooks — sch_handle_ingress() on the receive path
// (after the taps, before the rx handler) and sch_handle_egress() before the
// root qdisc on transmit — as slots net/sched/sch_ingress.ts fills when it
// loads, so net/core need not import the scheduler. Until then (or with no
// ingress/clsact qdisc on the device) every frame passes.

import type { SkBuff } from "./skbuff.js";

/** What a hook decided: go on, freed as dropped (counted by the caller), or taken (stolen/redirected). */
export type TcHookVerdict = "PASS" | "DROP" | "CONSUMED";

export const tcHooks: {
  ingress: (skb: SkBuff) => TcHookVerdict;
  egress: (skb: SkBuff) => TcHookVerdict;
} = {
  ingress: () => "PASS",
  egress: () => "PASS",
};
