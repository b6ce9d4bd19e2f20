// net/sched/act_mirred.c: mirror or redirect a frame to another device's
// egress (dev_queue_xmit) or ingress (netif_rx). Redirect steals the frame
// (TC_ACT_STOLEN); mirror sends a copy and goes on (pipe unless told
// otherwise). A nested redirect deeper than MIRRED_NEST_LIMIT is dropped.
// The device is held by index: a mirred whose device went away drops what
// it gets (counted as the action's drop).

import { kerr } from "../../uapi/errno.js";
import type { TcaActOptions } from "../../uapi/pkt_cls.js";
import { devGetByIndex } from "../core/dev.js";
import { devQueueXmit } from "../core/dev_xmit.js";
import { netifRx } from "../core/dev_rx.js";
import { skbCopy, type SkBuff } from "../core/skbuff.js";
import type { NetNamespace } from "../core/netns.js";
import { registerTcAction, type TcAction } from "./act_api.js";
import { TC_ACT_SHOT } from "./tcf_block.js";

export const TCA_EGRESS_REDIR = 1;
export const TCA_EGRESS_MIRROR = 2;
export const TCA_INGRESS_REDIR = 3;
export const TCA_INGRESS_MIRROR = 4;
const MIRRED_NEST_LIMIT = 4;

/** struct tc_mirred as the action keeps it. */
interface Mirred {
  eaction: number;
  /** the verdict (TC_ACT_*) */
  action: number;
  ifindex: number;
  net: NetNamespace;
}

let nest = 0;

registerTcAction({
  kind: "mirred",
  init(net, opts: TcaActOptions | undefined, a: TcAction | undefined) {
    const p = opts as { eaction?: number; action?: number; ifindex?: number } | undefined;
    const eaction = p?.eaction ?? 0;
    if (eaction < TCA_EGRESS_REDIR || eaction > TCA_INGRESS_MIRROR) throw kerr("EINVAL", "act_mirred: Unknown mirred option");
    const ifindex = p?.ifindex ?? 0;
    if (!a && !ifindex) throw kerr("EINVAL", "act_mirred: Specified device does not exist");
    if (ifindex && !devGetByIndex(net, ifindex)) throw kerr("ENODEV");
    const old = a?.state as Mirred | undefined;
    return { eaction, action: p?.action ?? 0, ifindex: ifindex || (old?.ifindex ?? 0), net } satisfies Mirred;
  },
  act(skb: SkBuff, a: TcAction) {
    const m = a.state as Mirred;
    const redirect = m.eaction === TCA_EGRESS_REDIR || m.eaction === TCA_INGRESS_REDIR;
    const verdict = m.action;
    const dev = devGetByIndex(m.net, m.ifindex);
    if (!dev || !dev.isUp || nest >= MIRRED_NEST_LIMIT) {
      a.drops++;
      return redirect ? TC_ACT_SHOT : verdict;
    }
    // A private copy goes: the original may still be delivered (mirror) or is freed (redirect).
    const skb2 = skbCopy(skb);
    skb2.dev = dev;
    nest++;
    try {
      if (m.eaction === TCA_EGRESS_REDIR || m.eaction === TCA_EGRESS_MIRROR) devQueueXmit(skb2);
      else {
        skb2.iif = dev.ifindex;
        netifRx(skb2);
      }
    } finally {
      nest--;
    }
    return verdict;
  },
  dump(a: TcAction) {
    const m = a.state as Mirred;
    return { eaction: m.eaction, action: m.action, ifindex: m.ifindex, index: a.index, refcnt: a.refcnt, bindcnt: a.bindcnt };
  },
});
