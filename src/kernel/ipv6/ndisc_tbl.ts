// The IPv6 neighbour table (net/ipv6/ndisc.c nd_tbl) on the shared neighbour
// core (kernel/core/neighbour.ts), as arp.ts builds arp_tbl on it: keys are
// IPv6 addresses (bigint); the constructor maps multicast to 33:33:xx and
// needs no resolution on lo/NOARP devices; ndisc_solicit() sends neighbour
// solicitations — to the solicited-node group while INCOMPLETE, to the
// cached MAC in PROBE — from the waiting packet's source when it is ours,
// else the device's link-local address (none while its DAD runs: then the
// probe is skipped), with a source link-layer option;
// ndisc_error_report() answers each packet that waited on a FAILED entry with
// ICMPv6 address unreachable. Receiving: ndiscRecvNs (learn the asker as
// STALE, answer with a solicited advertisement through the table, so the
// asker's entry goes to DELAY) and ndiscRecvNa (solicited: REACHABLE,
// else STALE; the router flag becomes NTF_ROUTER). Parameters come from
// net.ipv6.neigh.DEV.* (defaults as IPv4's: 3 multicast probes 1 s apart).

import { IFF_LOOPBACK, IFF_NOARP } from "../../uapi/if_link.js";
import { NTF_ROUTER, NUD_REACHABLE, NUD_STALE } from "../../uapi/neighbour.js";
import { RT_TABLE_MAIN, RTN_UNICAST } from "../../uapi/route.js";
import { ip6FromBytes, macFromBytes, macToBytes, multicastMac6, solicitedNode, type Ip6Addr } from "../../wire/addr.js";
import { emitIcmpv6, ICMPV6_DEST_UNREACH, type NdOption } from "../../wire/icmpv6.js";
import { NEXTHDR_ICMP } from "../../wire/ipv6.js";
import { registerNetdevNotifier } from "../core/dev.js";
import { devQueueXmit } from "../core/dev_xmit.js";
import { NEIGH_UPDATE_F_OVERRIDE, NEIGH_UPDATE_F_WEAK_OVERRIDE, NeighTable, type Neighbour } from "../core/neighbour.js";
import type { NetDevice } from "../core/netdevice.js";
import { ETH_P_IP, type SkBuff } from "../core/skbuff.js";
import { icmp6Send } from "./icmp.js";
import { afterJiffies, cnf, in6DevGet, ipv6GetLladdr, ndParm, randomBelow } from "./inet6_dev.js";
import { ip6SendUnicast, setIp6NeighOutput, setIp6NeighTouch } from "./ip6_output.js";
import { setIp4ViaIp6Output } from "../ipv4/ip_output.js";
import { ip4LinkFailure } from "../ipv4/arp.js";
import { ndiscSend } from "./ndisc.js";
import { ipv6ChkAddr, ipv6DevGetSaddr } from "./saddr.js";
import { IFA_F_OPTIMISTIC, IFA_F_TENTATIVE } from "../../uapi/if_addr.js";
import { pneighEntries, pneighIfdown, pneighLookup } from "../core/pneigh.js";
import { HZ, USER_HZ } from "../core/jiffies.js";
import { ipv6DevMcDec } from "./mcast.js";
import { sysctlGet } from "../fs/procfs-sys.js";

/** ICMPV6_ADDR_UNREACH */
const ADDR_UNREACH = 3;

function srcOf(skb: SkBuff): Ip6Addr {
  return ip6FromBytes(skb.data, 22);
}

/** ndisc_send_ns(): from `saddr` (with our MAC as source link-layer option) to `daddr`. */
function ndiscSendNs(dev: NetDevice, target: Ip6Addr, daddr: Ip6Addr, saddr: Ip6Addr, dstMac?: number): void {
  const options: NdOption[] = [{ kind: "source-lladdr", mac: macFromBytes(dev.addr) }];
  ndiscSend(dev, saddr, daddr, { kind: "neighbor-solicit", target, options }, dstMac);
}

export const ndTbl: NeighTable<bigint> = new NeighTable<bigint>(
  "ndisc_cache",
  {
    parmsFamily: "ipv6",
    construct(dev, key) {
      if (key >> 120n === 0xffn) return macToBytes(multicastMac6(key));
      if (dev.flags & (IFF_NOARP | IFF_LOOPBACK)) return dev.addr;
      return undefined;
    },
    solicit(n: Neighbour<bigint>, skb: SkBuff | undefined) {
      const dev = n.dev;
      let saddr: Ip6Addr | undefined;
      if (skb) {
        const s = srcOf(skb);
        if (ipv6ChkAddr(dev.net, s, dev)) saddr = s;
      }
      if (saddr === undefined) {
        // ndisc_send_ns(): no usable link-local address yet (DAD under way): no solicitation.
        const idev = in6DevGet(dev);
        saddr = idev && ipv6GetLladdr(idev, IFA_F_TENTATIVE | IFA_F_OPTIMISTIC)?.addr;
        if (saddr === undefined) return;
      }
      let probes = n.probes - ndTbl.ucastProbes(dev);
      if (probes < 0) {
        ndiscSendNs(dev, n.key, n.key, saddr, n.haMac());
        return;
      }
      probes -= ndTbl.appProbes(dev);
      if (probes < 0) return;
      ndiscSendNs(dev, n.key, solicitedNode(n.key), saddr);
    },
    errorReport(n, skb) {
      // ndisc_error_report() -> dst_link_failure(): an IPv4 packet's own dst answers (ipv4_link_failure).
      if (skb.protocol === ETH_P_IP) return ip4LinkFailure(skb);
      icmp6Send(skb, ICMPV6_DEST_UNREACH, ADDR_UNREACH, 0, n.dev);
    },
    xmit(n, skb) {
      n.writeHa(skb.data, 0);
      skb.data.set(n.dev.addr.subarray(0, 6), 6);
      skb.dev = n.dev;
      return devQueueXmit(skb);
    },
  },
  (dev, name, dflt) => ndParm(dev, name, dflt),
);

/** ip6_finish_output2's __ipv6_neigh_lookup_noref + __neigh_create + neigh_output. */
// __neigh_create() returns the entry a key already has.
setIp6NeighTouch((dev, nexthop) => {
  ndTbl.create(dev, nexthop);
});

function ndNeighOutput(dev: NetDevice, nexthop: Ip6Addr, skb: SkBuff): number {
  const n = ndTbl.lookup(dev, nexthop) ?? ndTbl.create(dev, nexthop);
  return ndTbl.output(n, skb);
}

// ip_finish_output2() -> ip_neigh_gw6(): an IPv4 packet routed via an IPv6 next hop waits on its ndisc entry.
setIp4ViaIp6Output(ndNeighOutput);
setIp6NeighOutput(ndNeighOutput);

function llOption(options: NdOption[], kind: "source-lladdr" | "target-lladdr"): Uint8Array | undefined {
  const o = options.find((x) => x.kind === kind);
  return o && (o.kind === "source-lladdr" || o.kind === "target-lladdr") ? macToBytes(o.mac) : undefined;
}

/** ndisc_recv_ns() for address resolution (the source is not ::): the target is ours and usable on `dev`. */
export function ndiscRecvNs(dev: NetDevice, saddr: Ip6Addr, target: Ip6Addr, options: NdOption[], proxy?: { router: boolean; inc: boolean }): void {
  const lladdr = llOption(options, "source-lladdr");
  if (lladdr) {
    // neigh_event_ns(): the asker, STALE with the address it gave.
    const n = ndTbl.lookup(dev, saddr) ?? ndTbl.create(dev, saddr);
    ndTbl.update(n, lladdr, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE | NEIGH_UPDATE_F_WEAK_OVERRIDE);
  }
  // ndisc_send_na(): solicited, override, router if forwarding; sent through the neighbour table.
  // For a proxied target (no address of ours): no override, the proxy entry's router flag, the
  // target link-layer option only when asked by multicast, and a source chosen for the asker.
  let src = target;
  if (proxy) {
    const sel = ipv6DevGetSaddr(dev.net, saddr, dev);
    if (sel === undefined) return;
    src = sel;
  }
  const msg = emitIcmpv6(
    {
      kind: "neighbor-advert",
      router: proxy ? proxy.router : cnf(dev, "forwarding") !== 0,
      solicited: true,
      override: !proxy,
      target,
      options: !proxy || proxy.inc ? [{ kind: "target-lladdr", mac: macFromBytes(dev.addr) }] : [],
    },
    src,
    saddr,
  );
  const rt = { table: RT_TABLE_MAIN, type: RTN_UNICAST, dst: saddr, dstLen: 128, dev, metric: 0, seq: 0 };
  ip6SendUnicast({ rt, dev }, src, saddr, NEXTHDR_ICMP, 255, msg, false);
}

/**
 * ndisc_recv_ns() for a target that is not ours: a forwarding device with
 * proxy_ndp (conf.all or its own) answers for a proxy entry (pndisc_is_router
 * gives its NTF_ROUTER flag) — a solicitation sent to a multicast group after
 * a random part of proxy_delay (pneigh_enqueue, then pndisc_redo runs it
 * again), a unicast one at once. True when it was taken.
 */
export function ndiscRecvNsProxy(dev: NetDevice, saddr: Ip6Addr, daddr: Ip6Addr, target: Ip6Addr, options: NdOption[], pktHost: boolean): boolean {
  if (!cnf(dev, "forwarding")) return false;
  if (!cnf(dev, "proxy_ndp") && Number(sysctlGet(dev.net, "net.ipv6.conf.all.proxy_ndp") ?? 0) === 0) return false;
  const pn = pneighLookup(dev.net, target, dev, false);
  if (!pn) return false;
  const router = (pn.flags & NTF_ROUTER) !== 0;
  const inc = daddr >> 120n === 0xffn;
  const delay = ndParm(dev, "proxy_delay", 80);
  if (!pktHost && inc && delay !== 0) {
    afterJiffies(dev, randomBelow(dev, Math.floor((delay * HZ) / USER_HZ)), () => {
      if (dev.regState === "REGISTERED" && dev.isUp) ndiscRecvNs(dev, saddr, target, options, { router, inc });
    });
    return true;
  }
  ndiscRecvNs(dev, saddr, target, options, { router, inc });
  return true;
}

/** ndisc_recv_na(): updates an entry we hold for the target (none is created). */
export function ndiscRecvNa(dev: NetDevice, target: Ip6Addr, m: { router: boolean; solicited: boolean; override: boolean; options: NdOption[] }): void {
  const n = ndTbl.lookup(dev, target);
  if (!n) return;
  const lladdr = llOption(m.options, "target-lladdr");
  const state = m.solicited ? NUD_REACHABLE : NUD_STALE;
  ndTbl.update(n, lladdr, state, NEIGH_UPDATE_F_WEAK_OVERRIDE | (m.override ? NEIGH_UPDATE_F_OVERRIDE : 0));
  if (m.router) n.flags |= NTF_ROUTER;
  else n.flags &= ~NTF_ROUTER;
}

/** neigh_ifdown(&nd_tbl, dev): rt6_disable_ip() calls it from addrconf_ifdown, after the routes go. */
export function ndiscIfdown(dev: NetDevice): void {
  ndTbl.flushDev(dev, false);
}

// ndisc_netdev_event(): a device's entries go with its address or its
// registration, and (ndisc_evict_nocarrier) with its carrier.
registerNetdevNotifier((event, dev) => {
  if (event === "CHANGEADDR") ndTbl.flushDev(dev, true);
  else if (event === "CHANGE") {
    // neigh_carrier_down(): every entry but permanent ones.
    if (!dev.carrier && cnf(dev, "ndisc_evict_nocarrier", 1) && Number(sysctlGet(dev.net, "net.ipv6.conf.all.ndisc_evict_nocarrier") ?? 1)) {
      ndTbl.flushDev(dev, true);
    }
  } else if (event === "DOWN" || event === "UNREGISTER") {
    // (the entries went already: addrconf, earlier in the chain, ran rt6_disable_ip)
    // pndisc_destructor() of each proxy entry on the device: its group is left.
    for (const e of pneighEntries(dev.net, true)) if (e.dev === dev) ipv6DevMcDec(dev, solicitedNode(e.key as Ip6Addr));
    pneighIfdown(dev, true);
  }
}, ["CHANGEADDR", "CHANGE", "DOWN", "UNREGISTER"]);
