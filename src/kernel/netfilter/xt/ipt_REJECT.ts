// REJECT target (net/ipv4/netfilter/ipt_REJECT.c): drops the packet and
// answers it, with an ICMP destination-unreachable of the chosen code or a
// TCP reset. Only in the filter table's INPUT, FORWARD and OUTPUT; tcp-reset
// only for -p tcp.
// The reply is built by the IPv4 stack (nf_reject_ipv4.c's send functions),
// which registers them through setNfRejectIpv4(); until it has, REJECT drops.

import { IPT_ICMP_ECHOREPLY, IPT_TCP_RESET, type IptReject } from "../../../uapi/xt_ext.js";
import type { SkBuff } from "../../core/skbuff.js";
import { NF_DROP, type NfHookState } from "../core.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_FWD, HOOK_IN, HOOK_OUT, xtRegisterTarget } from "../xt_registry.js";

export interface NfRejectIpv4 {
  /** nf_send_unreach(): ICMP type 3 with `code` back to the sender of skb. */
  sendUnreach(skb: SkBuff, code: number, state: NfHookState): void;
  /** nf_send_reset(): a TCP RST answering skb. */
  sendReset(skb: SkBuff, state: NfHookState): void;
}

let senders: NfRejectIpv4 | undefined;

/** The IPv4 stack registers how to build and send REJECT's replies. */
export function setNfRejectIpv4(s: NfRejectIpv4): void {
  senders = s;
}

/** enum ipt_reject_with -> ICMP_DEST_UNREACH code. */
const UNREACH_CODE: Record<number, number> = { 0: 0, 1: 1, 2: 2, 3: 3, 5: 9, 6: 10, 8: 13 };

xtRegisterTarget({
  name: "REJECT",
  revisions: [0],
  table: "filter",
  hooks: HOOK_IN | HOOK_FWD | HOOK_OUT,
  target: (p: XtPkt, d: object) => {
    const r = d as IptReject;
    if (senders) {
      if (r.with === IPT_TCP_RESET) senders.sendReset(p.skb, p.state);
      else {
        const code = UNREACH_CODE[r.with];
        if (code !== undefined) senders.sendUnreach(p.skb, code, p.state);
      }
    }
    return NF_DROP;
  },
  check: (ctx, d) => {
    const r = d as IptReject;
    if (r.with === IPT_ICMP_ECHOREPLY) return "EINVAL";
    if (r.with === IPT_TCP_RESET && (ctx.entry.ip.proto !== 6 || ctx.entry.ip.invflags & 0x40)) return "EINVAL";
    return undefined;
  },
});
