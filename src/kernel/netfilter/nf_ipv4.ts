// Plugs the netfilter hook core into the IPv4 stack's hook points
// (kernel/ipv4/nf_hooks.ts setInetNfHook) and gives REJECT the IPv4 stack's
// ICMP sender (nf_reject_ipv4.c: nf_send_unreach via icmp_send) and the TCP
// reset sender (nf_send_reset, built like tcp_v4_send_reset). Loaded with
// the rule store: until iptables has run, no table exists and every hook
// point passes packets through, as on a kernel where nothing registered.

import { NFPROTO_IPV4, type NfInetHook } from "../../uapi/x_tables.js";
import { icmpSend, ipHdr } from "../ipv4/icmp.js";
import { tcpV4SendReset } from "../ipv4/tcp_output.js";
import { skbRtable } from "../ipv4/ip_output.js";
import { setInetNfHook, type NfInetHook as Ipv4HookName } from "../ipv4/nf_hooks.js";
import { nfHook, nfHookActive } from "./core.js";
import { setNfRejectIpv4 } from "./xt/ipt_REJECT.js";
// ip_route_me_harder after mangle OUTPUT and NAT LOCAL_OUT.
import "./nf_reroute.js";
import { bridgedPrerouted } from "./br_netfilter.js";

/** The hook number of a name (a switch: a keyed load with five different keys was megamorphic and showed in a flood's profile). */
function hookNum(hook: Ipv4HookName): NfInetHook {
  switch (hook) {
    case "NF_INET_PRE_ROUTING":
      return 0;
    case "NF_INET_LOCAL_IN":
      return 1;
    case "NF_INET_FORWARD":
      return 2;
    case "NF_INET_LOCAL_OUT":
      return 3;
    default:
      return 4;
  }
}

const ICMP_DEST_UNREACH = 3;

setInetNfHook(
  (hook, inDev, outDev, skb, okfn) => {
    // ip_sabotage_in(): a bridged frame's PRE_ROUTING hooks already ran at the bridge.
    if (hook === "NF_INET_PRE_ROUTING" && bridgedPrerouted(skb)) return okfn(skb);
    const dev = inDev ?? outDev ?? skb.dev;
    nfHook(NFPROTO_IPV4, hookNum(hook), dev.net, skb, inDev, outDev, okfn);
  },
  // Plain: nothing registered at the point (PRE_ROUTING also drops br_netfilter's mark: never plain).
  (hook, inDev, outDev, skb) => hook !== "NF_INET_PRE_ROUTING" && !nfHookActive((inDev ?? outDev ?? skb.dev).net, NFPROTO_IPV4, hookNum(hook)),
);

setNfRejectIpv4({
  sendUnreach(skb, code) {
    icmpSend(skb, skbRtable(skb), ICMP_DEST_UNREACH, code, 0);
  },
  sendReset(skb) {
    // nf_send_reset(): never for fragments or for a segment that is itself a RST.
    const iph = ipHdr(skb);
    if (iph.fragOff || iph.protocol !== 6) return;
    const t = skb.data.subarray(14 + iph.ihl, 14 + iph.len);
    if (t.length < 20) return;
    const g16 = (o: number) => (t[o]! << 8) | t[o + 1]!;
    const g32 = (o: number) => ((t[o]! << 24) | (t[o + 1]! << 16) | (t[o + 2]! << 8) | t[o + 3]!) >>> 0;
    const doff = (t[12]! >> 4) * 4;
    tcpV4SendReset(skb.dev.net, {
      saddr: iph.saddr,
      daddr: iph.daddr,
      sport: g16(0),
      dport: g16(2),
      seq: g32(4),
      ack: g32(8),
      flags: t[13]!,
      len: Math.max(0, t.length - doff),
    }, true);
  },
});
