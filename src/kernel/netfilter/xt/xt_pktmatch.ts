// Small packet matches:
// - ipcomp (net/netfilter/xt_ipcomp.c): the CPI of an IPComp header (16 bits,
//   compared with the SPI range), first fragments only; needs -p ipcomp.
// - rpfilter (net/ipv4/netfilter/ipt_rpfilter.c): a reverse-path lookup of the
//   source address (flow from the packet's destination, marked with the skb
//   mark under --validmark); it passes when the route is unicast (or local
//   with --accept-local) and leaves by the interface the packet came in on
//   (any interface with --loose). Loopback traffic always passes. raw and
//   mangle PREROUTING only. ip6t_rpfilter does the same over the IPv6
//   routes the model keeps (addrconf's; there is no IPv6 route lookup
//   elsewhere in the model, so it walks them itself).
// - osf (net/netfilter/xt_osf.c): passive OS fingerprinting against the
//   fingerprints loaded with nfnl_osf. The model has no way to load any, so
//   like a kernel whose list is empty it never matches. TCP only.
// - cluster (net/netfilter/xt_cluster.c): the Jenkins hash of the
//   connection's original source address, scaled to the node count, must be
//   one of the local nodes; multicast frames become PACKET_HOST first (the
//   cluster shares a multicast MAC).

import type { XtCluster, XtIpcomp, XtOsf, XtRpfilter } from "../../../uapi/xt_ext_match.js";
import { XT_RPFILTER_ACCEPT_LOCAL, XT_RPFILTER_INVERT, XT_RPFILTER_LOOSE, XT_RPFILTER_VALID_MARK } from "../../../uapi/xt_ext_match.js";
import { IFF_LOOPBACK } from "../../../uapi/if_link.js";
import { RT_SCOPE_UNIVERSE, RT_TABLE_LOCAL, RT_TABLE_MAIN, RTN_LOCAL, RTN_MULTICAST, RTN_UNICAST } from "../../../uapi/route.js";
import { rt6Dump, type Rt6Info } from "../../ipv6/route.js";
import { ETH_HLEN } from "../../core/skbuff.js";
import { fibLookup } from "../../ipv4/fib.js";
import { nfCtGet } from "../conntrack/nf_conntrack_core.js";
import { jhash1Word } from "../../core/jhash.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_FWD, HOOK_IN, HOOK_PRE, xtRegisterMatch } from "../xt_registry.js";

const IPPROTO_COMP = 108;
const IPPROTO_TCP = 6;
const IPTOS_RT_MASK = 0x1c;

xtRegisterMatch({
  name: "ipcomp",
  revisions: [0],
  proto: IPPROTO_COMP,
  match: (p: XtPkt, d: object) => {
    const c = d as XtIpcomp;
    if (p.fragoff) return false;
    const data = p.skb.data;
    if (data.length < p.thoff + 4) {
      p.hotdrop = true;
      return false;
    }
    const cpi = (data[p.thoff + 2]! << 8) | data[p.thoff + 3]!;
    return (cpi >= c.spis[0] && cpi <= c.spis[1]) !== !!(c.invflags & 1);
  },
  check: (_ctx, d) => ((d as XtIpcomp).invflags & ~1 ? "EINVAL" : undefined),
});

const isMulticast = (a: number) => a >>> 28 === 0xe;
const isLbcast = (a: number) => a >>> 0 === 0xffffffff;
const isZeronet = (a: number) => a >>> 24 === 0;
const isLocalMulticast = (a: number) => (a & 0xffffff00) >>> 0 === 0xe0000000;

function rpfilterMatch(p: XtPkt, d: object): boolean {
  const flags = (d as XtRpfilter).flags;
  const invert = !!(flags & XT_RPFILTER_INVERT);
  const inDev = p.in;
  if (p.skb.pktType === "LOOPBACK" || (inDev && inDev.flags & IFF_LOOPBACK)) return !invert;
  const { saddr, daddr } = p.iph;
  if (isZeronet(saddr) && (isLbcast(daddr) || isLocalMulticast(daddr))) return !invert;
  const src = isMulticast(daddr) || isLbcast(daddr) || isZeronet(daddr) ? 0 : daddr;
  const r = fibLookup(p.state.net, {
    dst: saddr,
    src,
    tos: p.iph.tos & IPTOS_RT_MASK,
    scope: RT_SCOPE_UNIVERSE,
    oif: 0,
    iif: 1,
    mark: flags & XT_RPFILTER_VALID_MARK ? p.skb.mark : 0,
  });
  let ok = false;
  if (r.kind === "ok") {
    const t = r.res.type;
    if (t === RTN_UNICAST || (t === RTN_LOCAL && flags & XT_RPFILTER_ACCEPT_LOCAL))
      ok = r.res.fa.fi.nh.dev === inDev || !!(flags & XT_RPFILTER_LOOSE);
  }
  return ok !== invert;
}

xtRegisterMatch({
  name: "rpfilter",
  family: 4,
  revisions: [0],
  hooks: HOOK_PRE,
  match: rpfilterMatch,
  check: (ctx, d) => {
    if ((d as XtRpfilter).flags & ~0xf) return "EINVAL";
    return ctx.table === "mangle" || ctx.table === "raw" ? undefined : "EINVAL";
  },
});

/**
 * ip6t_rpfilter: the same test over the IPv6 routes (local table, then main;
 * the longest prefix, then the lowest metric). A link-local source is looked
 * up on the incoming device only; "::" passes (the forward path drops it).
 */
function rpfilter6Match(p: XtPkt, d: object): boolean {
  const flags = (d as XtRpfilter).flags;
  const invert = !!(flags & XT_RPFILTER_INVERT);
  const inDev = p.in;
  if (p.skb.pktType === "LOOPBACK" || (inDev && inDev.flags & IFF_LOOPBACK)) return !invert;
  const src = p.ip6!.src;
  if (src === 0n) return !invert;
  const linkLocal = src >> 118n === 0x3fan;
  let best: Rt6Info | undefined;
  for (const table of [RT_TABLE_LOCAL, RT_TABLE_MAIN]) {
    for (const r of rt6Dump(p.state.net)) {
      if (r.table !== table) continue;
      const mask = r.dstLen === 0 ? 0n : (((1n << 128n) - 1n) >> BigInt(128 - r.dstLen)) << BigInt(128 - r.dstLen);
      if ((src & mask) !== r.dst) continue;
      if (linkLocal && r.dev !== inDev) continue;
      if (!best || r.dstLen > best.dstLen || (r.dstLen === best.dstLen && r.metric < best.metric)) best = r;
    }
    if (best) break;
  }
  let ok = false;
  if (best && best.type !== RTN_MULTICAST) {
    if (best.type === RTN_LOCAL) ok = !!(flags & XT_RPFILTER_ACCEPT_LOCAL);
    else ok = best.dev === inDev || !!(flags & XT_RPFILTER_LOOSE);
  }
  return ok !== invert;
}

xtRegisterMatch({
  name: "rpfilter",
  family: 6,
  revisions: [0],
  hooks: HOOK_PRE,
  match: rpfilter6Match,
  check: (ctx, d) => {
    if ((d as XtRpfilter).flags & ~0xf) return "EINVAL";
    return ctx.table === "mangle" || ctx.table === "raw" ? undefined : "EINVAL";
  },
});

xtRegisterMatch({
  name: "osf",
  family: 4,
  revisions: [0],
  proto: IPPROTO_TCP,
  hooks: HOOK_PRE | HOOK_IN | HOOK_FWD,
  // No fingerprint list can be loaded in the model: nothing is recognised.
  match: (_p: XtPkt, _d: object) => false,
  check: (_ctx, d) => ((d as XtOsf).genre.length === 0 ? "EINVAL" : undefined),
});


/**
 * xt_cluster_hash(): reciprocal_scale(jhash_1word(src), total_nodes). The
 * kernel hashes the address as it lies in memory (network order) read as a
 * little-endian word (x86), hence the byte swap of our host-order value.
 */
export function clusterNode(src: number, seed: number, total: number): number {
  const le = ((src & 0xff) << 24) | ((src >>> 8) & 0xff) << 16 | ((src >>> 16) & 0xff) << 8 | (src >>> 24);
  return Number((BigInt(jhash1Word(le >>> 0, seed)) * BigInt(total)) >> 32n);
}

function clusterMatch(p: XtPkt, d: object): boolean {
  const c = d as XtCluster;
  const skb = p.skb;
  // The cluster's shared MAC is multicast: such frames are taken as addressed to this host.
  const nh = p.nhoff;
  if (nh >= ETH_HLEN && skb.data[nh - ETH_HLEN]! & 1 && skb.pktType === "MULTICAST") skb.pktType = "HOST";
  const got = nfCtGet(skb);
  if (!got) return false;
  // (An IPv6 source is hashed by its low 32 bits here; the kernel runs jhash2 over all four words.)
  const src = got.ct.orig.src;
  const node = clusterNode(typeof src === "number" ? src : Number(BigInt.asUintN(32, src)), c.hashSeed, c.totalNodes);
  return !!((1 << node) & c.nodeMask) !== !!(c.flags & 1);
}

xtRegisterMatch({
  name: "cluster",
  revisions: [0],
  match: clusterMatch,
  check: (_ctx, d) => {
    const c = d as XtCluster;
    if (c.totalNodes > 32) return "EINVAL";
    if (c.nodeMask >= 2 ** c.totalNodes) return "EINVAL";
    return undefined;
  },
});
