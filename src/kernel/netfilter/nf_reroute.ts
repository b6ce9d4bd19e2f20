// Re-routing locally generated packets after netfilter changed what routing
// depends on (net/ipv4/netfilter.c ip_route_me_harder()):
// - the mangle table's OUTPUT chain (iptables-nft makes it a "route" chain,
//   nft_chain_route_ipv4; iptable_mangle's ipt_mangle_out does the same): when
//   the chain changed the mark, the addresses or the TOS, the packet is routed
//   again — this is how `-j MARK` in mangle OUTPUT steers `ip rule fwmark`;
// - NAT at LOCAL_OUT (nf_nat_ipv4_local_fn): when the connection's destination
//   was rewritten (DNAT in the nat OUTPUT chain), the packet is routed to the
//   new destination.
// The lookup uses the packet's mark, its (possibly foreign) source and the
// flow keys the rules need; a failed lookup drops the packet.
//
// Where we differ in form, not effect: the kernel reroutes inside the mangle
// and NAT hook functions; here two hooks bracket the mangle chain's priority
// (-151 snapshot, -149 compare) and one runs right after NAT's (-99). Nothing
// else sits at those priorities, so the order of events is the same. The
// socket's bound device (SO_BINDTODEVICE) is not carried by the skb here, so
// the new lookup has no output device imposed.

import { KernelError } from "../../uapi/errno.js";
import { NFPROTO_IPV4 } from "../../uapi/x_tables.js";
import { RTN_LOCAL, RTN_UNICAST } from "../../uapi/route.js";
import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { inetAddrType } from "../ipv4/fib.js";
import { fibRulesFlowKeys } from "../ipv4/fib_rules.js";
import { setSkbRtable, skbRtable } from "../ipv4/ip_output.js";
import { ipRouteOutput } from "../ipv4/route.js";
import { NF_ACCEPT, NF_DROP, NF_IP_PRI_MANGLE, NF_IP_PRI_NAT_DST, nfRegisterNetHook, nfUnregisterNetHook, type NfHookOps, type NfVerdict } from "./core.js";
import { nfCtGet, nfCtRegisterCompanion } from "./conntrack/nf_conntrack_core.js";
import { nftDumpTable, nftRegisterCommitHook } from "./nf_tables.js";
import { networkOffset } from "./pktinfo.js";

const NF_INET_LOCAL_OUT = 3;

const g32 = (d: Uint8Array, o: number): number => ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;

/** ip_route_me_harder(): a fresh output route for the packet as it now is; false when routing refused it. */
export function ipRouteMeHarder(net: NetNamespace, skb: SkBuff): boolean {
  const off = networkOffset(skb);
  const d = skb.data;
  if (d.length < off + 20) return false;
  let saddr = g32(d, off + 12);
  const daddr = g32(d, off + 16);
  const old = skbRtable(skb);
  const type = inetAddrType(net, saddr, old?.dev);
  // A local or unicast source is kept even if not ours (FLOWI_FLAG_ANYSRC); others are chosen anew.
  const anysrc = type === RTN_LOCAL || type === RTN_UNICAST;
  if (!anysrc) saddr = 0;
  try {
    const rt = ipRouteOutput(net, {
      daddr,
      saddr,
      oif: 0,
      tos: d[off + 1]! & 0x1e,
      mark: skb.mark,
      anysrc,
      ...fibRulesFlowKeys(net, d.subarray(off)),
    });
    setSkbRtable(skb, rt);
    return true;
  } catch (e) {
    if (e instanceof KernelError) return false;
    throw e;
  }
}

// ---------------------------------------------------------------- mangle OUTPUT

interface Snapshot {
  mark: number;
  saddr: number;
  daddr: number;
  tos: number;
}
const before = new WeakMap<SkBuff, Snapshot>();

function snapshot(skb: SkBuff): Snapshot | undefined {
  const off = networkOffset(skb);
  const d = skb.data;
  if (d.length < off + 20) return undefined;
  return { mark: skb.mark, saddr: g32(d, off + 12), daddr: g32(d, off + 16), tos: d[off + 1]! };
}

function mangleOps(net: NetNamespace): NfHookOps[] {
  return [
    {
      pf: NFPROTO_IPV4,
      hook: NF_INET_LOCAL_OUT,
      priority: NF_IP_PRI_MANGLE - 1,
      owner: "mangle/route-snapshot",
      fn: (skb): NfVerdict => {
        const s = snapshot(skb);
        if (s) before.set(skb, s);
        return NF_ACCEPT;
      },
    },
    {
      pf: NFPROTO_IPV4,
      hook: NF_INET_LOCAL_OUT,
      priority: NF_IP_PRI_MANGLE + 1,
      owner: "mangle/route",
      fn: (skb): NfVerdict => {
        const was = before.get(skb);
        before.delete(skb);
        const now = snapshot(skb);
        if (!was || !now) return NF_ACCEPT;
        if (was.mark === now.mark && was.saddr === now.saddr && was.daddr === now.daddr && was.tos === now.tos) return NF_ACCEPT;
        return ipRouteMeHarder(net, skb) ? NF_ACCEPT : NF_DROP;
      },
    },
  ];
}

const KEY = "nf_reroute_mangle";

// The route chain exists while the mangle table has its OUTPUT base chain.
nftRegisterCommitHook((net) => {
  const t = nftDumpTable(net, "mangle");
  const want = !!t?.chains.some((c) => c.base?.hook === NF_INET_LOCAL_OUT);
  const have = net.pernet.get(KEY) as NfHookOps[] | undefined;
  if (want && !have) {
    const ops = mangleOps(net);
    for (const o of ops) nfRegisterNetHook(net, o);
    net.pernet.set(KEY, ops);
  } else if (!want && have) {
    for (const o of have) nfUnregisterNetHook(net, o);
    net.pernet.delete(KEY);
  }
});

// ---------------------------------------------------------------- NAT LOCAL_OUT

nfCtRegisterCompanion((net, pf) => pf !== NFPROTO_IPV4 ? [] : [
  {
    pf: NFPROTO_IPV4,
    hook: NF_INET_LOCAL_OUT,
    priority: NF_IP_PRI_NAT_DST + 1,
    owner: "nf_nat/local-reroute",
    fn: (skb): NfVerdict => {
      const got = nfCtGet(skb);
      if (!got || got.ct.net !== net) return NF_ACCEPT;
      const reply = got.ctinfo.endsWith("_REPLY");
      const mine = reply ? got.ct.reply : got.ct.orig;
      const other = reply ? got.ct.orig : got.ct.reply;
      if (mine.dst === other.src) return NF_ACCEPT;
      return ipRouteMeHarder(net, skb) ? NF_ACCEPT : NF_DROP;
    },
  },
]);
