// Netfilter for IPv6 (net/ipv6/netfilter/, nf_conntrack_proto_icmpv6.c): the
// IPv6 path calls nfHook(NFPROTO_IPV6, ...) at its hook points (kernel/ipv6/
// ip6_input.ts, ip6_output.ts); the ip6 family's tables register their base
// chains there (nf_tables.ts). This file adds what conntrack does for IPv6
// once any ip6tables table exists in a namespace:
// - at PRE_ROUTING before raw (the defrag slot), a packet coming from another
//   namespace arrives with no connection (skb_scrub_packet), as for IPv4;
// - at PRE_ROUTING and LOCAL_OUT (NF_IP6_PRI_CONNTRACK, -200), neighbour
//   discovery and MLD messages are marked UNTRACKED, as
//   nf_conntrack_icmpv6_error() does for its noct_valid_new types (MLD query,
//   report, done, MLDv2 report, router/neighbour solicitation/advertisement).
//   So "-m state --state UNTRACKED" matches them after raw, and raw itself sees
//   no conntrack information yet (state INVALID).
// Those are the only IPv6 packets the model carries (kernel/ipv6 has no IPv6
// sockets, unicast routing or forwarding), so no IPv6 connection is ever
// tracked and the ip6 nat table never runs.

import { NFPROTO_IPV6, NF_INET_LOCAL_OUT, NF_INET_PRE_ROUTING } from "../../uapi/x_tables.js";
import { IFF_LOOPBACK } from "../../uapi/if_link.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { NF_ACCEPT, NF_IP_PRI_CONNTRACK, nfRegisterNetHook, type NfVerdict } from "./core.js";
import { nftRegisterCommitHook } from "./nf_tables.js";
import type { NfSkb } from "./nf_skb.js";
import { networkOffset } from "./pktinfo.js";

/** noct_valid_new[]: ICMPv6 types conntrack leaves untracked. */
const NOCT_TYPES = new Set([130, 131, 132, 133, 134, 135, 136, 143]);
const EXTHDRS = new Set([0, 43, 60]);
const NF_IP6_PRI_CONNTRACK_DEFRAG = -400;

/** The ICMPv6 type of a packet, behind hop-by-hop/routing/destination headers; undefined if not ICMPv6. */
function icmpv6Type(skb: SkBuff): number | undefined {
  const b = skb.data;
  const nh = networkOffset(skb);
  if (b.length < nh + 40) return undefined;
  let proto = b[nh + 6]!;
  let off = nh + 40;
  while (EXTHDRS.has(proto) && off + 8 <= b.length) {
    proto = b[off]!;
    off += (b[off + 1]! + 1) * 8;
  }
  return proto === 58 && off < b.length ? b[off] : undefined;
}

function ct6In(skb: SkBuff): NfVerdict {
  const s = skb as NfSkb;
  if (s.nfct || s.nfNotrack) return NF_ACCEPT;
  const t = icmpv6Type(skb);
  if (t !== undefined && NOCT_TYPES.has(t)) s.nfct = { ctinfo: "UNTRACKED" };
  return NF_ACCEPT;
}

function ct6Scrub(skb: SkBuff): NfVerdict {
  if (skb.dev.flags & IFF_LOOPBACK) return NF_ACCEPT;
  const s = skb as NfSkb;
  s.nfct = undefined;
  s.nfctInvalid = false;
  s.nfNotrack = false;
  return NF_ACCEPT;
}

const registered = new WeakSet<NetNamespace>();

nftRegisterCommitHook((net) => {
  if (registered.has(net)) return;
  registered.add(net);
  const reg = (hook: 0 | 3, priority: number, fn: (skb: SkBuff) => NfVerdict) =>
    nfRegisterNetHook(net, { pf: NFPROTO_IPV6, hook, priority, owner: "nf_conntrack_ipv6", fn });
  reg(NF_INET_PRE_ROUTING, NF_IP6_PRI_CONNTRACK_DEFRAG, ct6Scrub);
  reg(NF_INET_PRE_ROUTING, NF_IP_PRI_CONNTRACK, ct6In);
  reg(NF_INET_LOCAL_OUT, NF_IP_PRI_CONNTRACK, ct6In);
}, NFPROTO_IPV6);
