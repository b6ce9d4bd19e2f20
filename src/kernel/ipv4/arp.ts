// ARP (net/ipv4/arp.c): the IPv4 neighbour table (arp_tbl) with its
// constructor (lo and NOARP devices need no resolution, broadcast and
// multicast addresses map statically), solicitation (broadcast requests while
// INCOMPLETE, unicast ones in PROBE; the source address is the packet's own if
// local, as arp_announce=0 does), error reports (ICMP host unreachable for
// each packet that waited on a FAILED entry), and arp_rcv/arp_process:
// replies to requests for any local address (arp_ignore=0, arp_filter=0),
// learning the requester as STALE, and taking replies only for entries that
// already exist unless arp_accept allows new ones. Also the device events that
// empty the table and arp_notify's gratuitous requests (inetdev_event).

import { emitArp, parseArp, ARPOP_REPLY, ARPOP_REQUEST } from "../../wire/arp.js";
import { macFromBytes, macToBytes } from "../../wire/addr.js";
import { IFF_LOOPBACK, IFF_NOARP, IFF_POINTOPOINT } from "../../uapi/if_link.js";
import { NUD_REACHABLE, NUD_STALE } from "../../uapi/neighbour.js";
import { RT_SCOPE_LINK, RTN_BROADCAST, RTN_LOCAL, RTN_MULTICAST, RTN_UNICAST } from "../../uapi/route.js";
import { registerNetdevNotifier } from "../core/dev.js";
import { devAddPack, kfreeSkbReason } from "../core/dev_rx.js";
import { devQueueXmit } from "../core/dev_xmit.js";
import { nfArpHook } from "../netfilter/nf_arp.js";
import { NEIGH_UPDATE_F_OVERRIDE, NeighTable, NUD_VALID, type Neighbour } from "../core/neighbour.js";
import { netCore } from "../core/net_namespace.js";
import { ETH_BROADCAST, type NetDevice } from "../core/netdevice.js";
import { allocSkb, ETH_P_ARP, ETH_P_IP, type SkBuff } from "../core/skbuff.js";
import { inDevGet, inetAddrOnlink, inetSelectAddr } from "./devinet.js";
import { inetAddrType } from "./fib.js";
import { setArpIfdown } from "./fib_frontend.js";
import { setIpv4GoodNh } from "./fib_multipath.js";
import { pneighIfdown, pneighLookup } from "../core/pneigh.js";
import { devConf, devConfMax, devConfMaxUncached, devConfOr, neighParm } from "./netns_ipv4.js";
import { ipRouteInput, ipRouteOutput, isLoopback, isMulticast } from "./route.js";
import { HZ, NS_PER_JIFFY, USER_HZ } from "../core/jiffies.js";

/** Hook set by ip_output/icmp: a queued packet's neighbour failed (ipv4_link_failure). */
let linkFailure: (skb: SkBuff) => void = () => {};
export function setArpLinkFailure(fn: (skb: SkBuff) => void): void {
  linkFailure = fn;
}
/** ipv4_link_failure() for an IPv4 packet queued on another table's neighbour (ndisc, RFC 5549 routes). */
export function ip4LinkFailure(skb: SkBuff): void {
  linkFailure(skb);
}

/** The Ethernet header every IPv4/ARP frame of the model carries (eth_header). */
export function ethHeader(dst: Uint8Array, src: Uint8Array, proto: number, payload: Uint8Array): Uint8Array {
  const f = new Uint8Array(14 + payload.length);
  for (let i = 0; i < 6; i++) {
    f[i] = dst[i]!;
    f[6 + i] = src[i]!;
  }
  f[12] = proto >> 8;
  f[13] = proto & 0xff;
  f.set(payload, 14);
  return f;
}

/** arp_mc_map(): 01:00:5e + the low 23 bits of the group. */
function mcMap(addr: number): Uint8Array {
  return new Uint8Array([0x01, 0x00, 0x5e, (addr >>> 16) & 0x7f, (addr >>> 8) & 0xff, addr & 0xff]);
}

function hostOf(dev: NetDevice) {
  return netCore(dev.net).host;
}

/** arp_send_dst(): build and transmit one ARP packet. */
function arpSend(
  op: number,
  dev: NetDevice,
  destIp: number,
  srcIp: number,
  destHw: Uint8Array | undefined,
  targetHw: Uint8Array | undefined,
): void {
  arpSendFrom(op, dev, destIp, srcIp, destHw, undefined, targetHw);
}

/**
 * arp_send() with its src_hw: the sender address (Ethernet source and ARP sender) is
 * `srcHw` when given, the device's own otherwise (the bridge's proxy replies speak for another host).
 */
export function arpSendFrom(
  op: number,
  dev: NetDevice,
  destIp: number,
  srcIp: number,
  destHw: Uint8Array | undefined,
  srcHw: Uint8Array | undefined,
  targetHw: Uint8Array | undefined,
): void {
  if (dev.flags & IFF_NOARP) return;
  const src = srcHw ?? dev.addr;
  const payload = emitArp({
    op,
    senderMac: macFromBytes(src),
    senderIp: srcIp,
    targetMac: targetHw ? macFromBytes(targetHw) : 0,
    targetIp: destIp,
  });
  const frame = ethHeader(destHw ?? dev.broadcast, src, ETH_P_ARP, payload);
  const skb = allocSkb(frame, dev, hostOf(dev).clock.now);
  skb.pktType = "OUTGOING";
  // arp_xmit(): NF_HOOK(NFPROTO_ARP, NF_ARP_OUT, ..., arp_xmit_finish)
  if (!nfArpHook(skb, "output")) {
    kfreeSkbReason(skb, "NETFILTER_DROP");
    return;
  }
  devQueueXmit(skb);
}

/** The IPv4 source and destination of a queued frame. */
function ipAddrs(skb: SkBuff): { saddr: number; daddr: number } {
  const d = skb.data;
  const o = 14;
  const get = (i: number) => ((d[o + i]! << 24) | (d[o + i + 1]! << 16) | (d[o + i + 2]! << 8) | d[o + i + 3]!) >>> 0;
  return { saddr: get(12), daddr: get(16) };
}

export const arpTbl: NeighTable = new NeighTable(
  "arp_cache",
  {
    parmsFamily: "ipv4",
    // arp_constructor(): a loopback or point-to-point device has one neighbour, keyed 0.0.0.0.
    primaryKey(dev, key) {
      return dev.flags & (IFF_LOOPBACK | IFF_POINTOPOINT) ? 0 : key;
    },
    construct(dev, key) {
      const type = inetAddrType(dev.net, key, dev);
      if (type === RTN_MULTICAST) return mcMap(key);
      if (dev.flags & (IFF_NOARP | IFF_LOOPBACK)) return dev.addr;
      if (type === RTN_BROADCAST || dev.flags & IFF_POINTOPOINT) return dev.broadcast;
      return undefined;
    },
    solicit(n: Neighbour, skb: SkBuff | undefined) {
      const dev = n.dev;
      let saddr = 0;
      if (skb) {
        const s = ipAddrs(skb).saddr;
        // arp_solicit(): 0 (and any value above 2) announces any local source; 1 only one
        // on a subnet of this device shared with the target; 2 picks an address below.
        const announce = devConfMax(dev, "arp_announce");
        // inet_addr_type_dev_table(): any local address of the namespace, whichever device holds it.
        const local = inetAddrType(dev.net, s) === RTN_LOCAL;
        if ((announce === 0 || announce > 2) && local) saddr = s;
        else if (announce === 1 && local && inetAddrOnlink(dev, n.key, s)) saddr = s;
      }
      if (!saddr) saddr = inetSelectAddr(dev, n.key, RT_SCOPE_LINK);
      let probes = n.probes - arpTbl.ucastProbes(dev);
      let dstHw: Uint8Array | undefined;
      if (probes < 0) dstHw = n.ha;
      else {
        probes -= arpTbl.appProbes(dev);
        if (probes < 0) return;
      }
      // arp_solicit() passes target_hw NULL: even a unicast probe asks with a zero target address.
      arpSend(ARPOP_REQUEST, dev, n.key, saddr, dstHw, undefined);
    },
    errorReport(_n, skb) {
      linkFailure(skb);
    },
    xmit(n, skb) {
      // dev_hard_header() with the resolved address, then dev_queue_xmit().
      const d = skb.data;
      n.writeHa(d, 0);
      const own = n.dev.addr;
      // (Byte by byte: no views per packet.)
      if (own.length >= 6) for (let i = 0; i < 6; i++) d[6 + i] = own[i]!;
      else d.set(own.subarray(0, 6), 6);
      skb.dev = n.dev;
      return devQueueXmit(skb);
    },
  },
  (dev, name, dflt) => neighParm(dev, name, dflt),
);

/** __ipv4_neigh_lookup_noref + __neigh_create: the entry for a next hop. */
export function arpNeighFor(dev: NetDevice, nexthop: number): Neighbour {
  return arpTbl.lookup(dev, nexthop) ?? arpTbl.create(dev, nexthop);
}

/** arp_ignore() for modes 0..2 and 8 (3 behaves as 0 here; 4-7 and above 8 are 0 in Linux too). */
function arpIgnore(dev: NetDevice, sip: number, tip: number): boolean {
  const mode = devConfMax(dev, "arp_ignore");
  const ifas = inDevGet(dev)?.ifaList ?? [];
  if (mode === 1) return !ifas.some((i) => i.local === tip);
  if (mode === 2) return !ifas.some((i) => i.local === tip && ((sip ^ i.address) & i.mask) >>> 0 === 0);
  return mode === 8;
}

/** arp_accept(): 0 never, 1 always, 2 only a sender inside one of the device's subnets (inet_confirm_addr). */
function arpAccept(dev: NetDevice, sip: number): boolean {
  const mode = devConfMax(dev, "arp_accept");
  if (mode === 0) return false;
  if (mode !== 2) return true;
  return (inDevGet(dev)?.ifaList ?? []).some((i) => i.scope <= RT_SCOPE_LINK && ((sip ^ i.address) & i.mask) >>> 0 === 0);
}

/** arp_filter(): answer only if the route back to the asker leaves by this device. */
function arpFilter(dev: NetDevice, sip: number, tip: number): boolean {
  try {
    return ipRouteOutput(dev.net, { daddr: sip, saddr: tip, oif: 0, tos: 0 }).dev !== dev;
  } catch {
    return true;
  }
}

/** arp_rcv() + arp_process() */
function arpRcv(skb: SkBuff): void {
  const dev = skb.dev;
  const inDev = inDevGet(dev);
  if (!inDev || dev.flags & IFF_NOARP) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return;
  }
  if (skb.pktType === "OTHERHOST" || skb.pktType === "LOOPBACK") {
    kfreeSkbReason(skb, "OTHERHOST");
    return;
  }
  const p = parseArp(skb.data.subarray(14));
  if (!p.ok) {
    kfreeSkbReason(skb, "PKT_TOO_SMALL");
    return;
  }
  // NF_HOOK(NFPROTO_ARP, NF_ARP_IN, ..., arp_process)
  if (!nfArpHook(skb, "input")) {
    kfreeSkbReason(skb, "NETFILTER_DROP");
    return;
  }
  const arp = p.repr;
  if (arp.op !== ARPOP_REQUEST && arp.op !== ARPOP_REPLY) return;
  const sip = arp.senderIp;
  const tip = arp.targetIp;
  const sha = macToBytes(arp.senderMac);
  if (isMulticast(tip) || (!devConfOr(dev, "route_localnet") && isLoopback(tip))) return;
  if (sip === 0) {
    // Duplicate address detection probe.
    if (arp.op === ARPOP_REQUEST && inetAddrType(dev.net, tip, dev) === RTN_LOCAL && !arpIgnore(dev, sip, tip)) {
      arpSend(ARPOP_REPLY, dev, sip, tip, sha, sha);
    }
    return;
  }
  if (arp.op === ARPOP_REQUEST) {
    const r = ipRouteInput(dev, tip, sip, 0);
    if (r.kind === "ok" && r.rt.type === RTN_LOCAL) {
      let dontSend = arpIgnore(dev, sip, tip);
      if (!dontSend && devConfOr(dev, "arp_filter")) dontSend = arpFilter(dev, sip, tip);
      if (!dontSend) {
        const n = arpTbl.create(dev, sip);
        arpTbl.update(n, sha, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE);
        arpSend(ARPOP_REPLY, dev, sip, tip, sha, sha);
      }
      return;
    }
    // Proxy ARP (arp_fwd_proxy): a forwarding device with proxy_arp answers with its
    // own address for a unicast destination routed out through another device.
    // A proxy entry for the target (pneigh_lookup) answers the same way without proxy_arp.
    if (
      r.kind === "ok" &&
      r.rt.type === RTN_UNICAST &&
      devConf(dev, "forwarding") &&
      r.rt.dev !== dev &&
      (devConfOr(dev, "proxy_arp") || pneighLookup(dev.net, tip, dev, false))
    ) {
      const n = arpTbl.create(dev, sip);
      arpTbl.update(n, sha, NUD_STALE, NEIGH_UPDATE_F_OVERRIDE);
      const delay = neighParm(dev, "proxy_delay", 80);
      if (skb.pktType === "HOST" || delay === 0) arpSend(ARPOP_REPLY, dev, sip, tip, sha, sha);
      else {
        // pneigh_enqueue(): answered after a random part of proxy_delay (jiffies at HZ 250).
        const clock = hostOf(dev).clock;
        const jiffies = Math.floor((delay * HZ) / USER_HZ);
        const wait = hostOf(dev).rng.int(0, Math.max(0, jiffies - 1)) * NS_PER_JIFFY;
        clock.at(clock.now + wait, () => {
          if (dev.regState === "REGISTERED" && dev.isUp) arpSend(ARPOP_REPLY, dev, sip, tip, sha, sha);
        });
      }
      return;
    }
  }
  // Update the table: an existing entry always; a new one only under arp_accept for a
  // gratuitous ARP or a reply from a unicast address (arp_process, arp_accept, arp_is_garp).
  let n = arpTbl.lookup(dev, sip);
  let isGarp = false;
  // arp_accept is only consulted when there is no entry yet.
  const accept = n === undefined && arpAccept(dev, sip);
  if (n || accept) {
    const garpShape = tip === sip && (arp.op === ARPOP_REQUEST || arp.targetMac === arp.senderMac);
    // inet_addr_type(sip): looked up once, and only when something reads it.
    const unicast = (garpShape || (accept && arp.op === ARPOP_REPLY)) && inetAddrType(dev.net, sip, dev) === RTN_UNICAST;
    isGarp = garpShape && unicast;
    if (accept && (isGarp || (arp.op === ARPOP_REPLY && unicast))) n = arpTbl.create(dev, sip);
  }
  if (n) {
    const now = hostOf(dev).clock.now;
    const override = now > n.updated + arpTbl.locktime(dev) || isGarp;
    const state = arp.op !== ARPOP_REPLY || skb.pktType !== "HOST" ? NUD_STALE : NUD_REACHABLE;
    arpTbl.update(n, sha, state, override ? NEIGH_UPDATE_F_OVERRIDE : 0);
  }
}

devAddPack({ type: ETH_P_ARP, func: arpRcv });

// arp_netdev_event() / neigh_ifdown(): entries of a device that goes down,
// changes address or loses its carrier (arp_evict_nocarrier) are dropped.
// inetdev_event() (devinet.c) on NETDEV_UP/NETDEV_CHANGEADDR with arp_notify: one
// gratuitous request per address (inetdev_send_gratuitous_arp), after the flush above.
registerNetdevNotifier((event, dev) => {
  switch (event) {
    case "UP":
      arpNotify(dev);
      break;
    case "CHANGEADDR":
      arpTbl.flushDev(dev, true);
      arpNotify(dev);
      break;
    case "CHANGE":
      if (!dev.carrier && devConfOr(dev, "arp_evict_nocarrier")) arpTbl.flushDev(dev, true);
      break;
    case "UNREGISTER":
      arpTbl.flushDev(dev, false);
      break;
    default:
      break;
  }
}, ["UP", "CHANGEADDR", "CHANGE", "UNREGISTER"]);

/** inetdev_send_gratuitous_arp() under IN_DEV_ARP_NOTIFY: "who-has A tell A" for each address. */
function arpNotify(dev: NetDevice): void {
  const inDev = inDevGet(dev);
  if (!inDev || inDev.ifaList.length === 0 || !devConfMaxUncached(dev, "arp_notify")) return;
  for (const ifa of inDev.ifaList) arpSend(ARPOP_REQUEST, dev, ifa.local, ifa.local, undefined, undefined);
}
// ipv4_good_nh() for nexthop groups (fib_multipath.ts): no entry for the gateway, or a valid one.
setIpv4GoodNh((nh) => {
  const n = nh.dev ? arpTbl.lookup(nh.dev, nh.gw) : undefined;
  return !n || (n.state & NUD_VALID) !== 0;
});
// arp_ifdown() -> neigh_ifdown(): the entries and the proxy entries of the device.
setArpIfdown((dev) => {
  arpTbl.flushDev(dev, false);
  pneighIfdown(dev, false);
});

export { ETH_BROADCAST, ETH_P_IP };
