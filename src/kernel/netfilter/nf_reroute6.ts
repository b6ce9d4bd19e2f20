// nf_nat_ipv6_local_fn() -> nf_ip6_route_me_harder() (net/ipv6/netfilter.c):
// a locally generated IPv6 packet whose destination NAT changed at LOCAL_OUT
// is routed again, so it leaves by the new destination's route (another
// device, or a gateway where the old one was on-link). No route: dropped.
// The IPv4 counterpart is nf_reroute.ts.

import { NFPROTO_IPV6, NF_INET_LOCAL_OUT } from "../../uapi/x_tables.js";
import { devGetByIndex } from "../core/dev.js";
import type { SkBuff } from "../core/skbuff.js";
import { setSkbRt6 } from "../ipv6/ip6_output.js";
import { ip6RouteLookup } from "../ipv6/route.js";
import { ip6FromBytes } from "../../wire/addr.js";
import { NF_ACCEPT, NF_DROP, NF_IP_PRI_NAT_DST, type NfVerdict } from "./core.js";
import { nfCtGet, nfCtRegisterCompanion } from "./conntrack/nf_conntrack_core.js";
import { networkOffset } from "./pktinfo.js";

function reroute6(skb: SkBuff): NfVerdict {
  const got = nfCtGet(skb);
  if (!got) return NF_ACCEPT;
  const reply = got.ctinfo.endsWith("_REPLY");
  const mine = reply ? got.ct.reply : got.ct.orig;
  const other = reply ? got.ct.orig : got.ct.reply;
  if (mine.dst === other.src) return NF_ACCEPT;
  const net = got.ct.net;
  const daddr = ip6FromBytes(skb.data, networkOffset(skb) + 24);
  const route = ip6RouteLookup(net, daddr, 0, devGetByIndex(net, 1));
  if (!route) return NF_DROP;
  setSkbRt6(skb, route);
  return NF_ACCEPT;
}

nfCtRegisterCompanion((net, pf) =>
  pf !== NFPROTO_IPV6
    ? []
    : [{ pf: NFPROTO_IPV6, hook: NF_INET_LOCAL_OUT, priority: NF_IP_PRI_NAT_DST + 1, owner: "nf_nat_ipv6/local-reroute", fn: (skb) => (nfCtGet(skb)?.ct.net === net ? reroute6(skb) : NF_ACCEPT) }],
);
