// arp_reduce() (drivers/net/vxlan/vxlan_core.c): with `proxy`, every ARP
// frame the vxlan device is asked to send stays local. A request for an
// address in the vxlan's own neighbour table (`ip neigh add ... dev vxlan0`)
// in a connected state (PERMANENT, NOARP, REACHABLE) is answered at once: an
// ARP reply from the entry's MAC enters the stack on the vxlan device (and
// from there the bridge it is a port of) — unless the FDB maps that MAC to no
// remote address (a bridge-local neighbour). An address with no entry at all
// raises an l3miss notification when `l3miss` is set. Anything else (replies,
// an entry still INCOMPLETE, loopback or multicast targets) is consumed.
// The IPv6 counterpart (neigh_reduce for neighbour solicitations) is not
// modelled: IPv6 over vxlan is flooded as usual.

import { IFF_NOARP } from "../../../uapi/if_link.js";
import { ARPOP_REPLY, ARPOP_REQUEST, emitArp, parseArp } from "../../../wire/arp.js";
import { macFromBytes } from "../../../wire/addr.js";
import { netifRx } from "../../core/dev_rx.js";
import { ethTypeTrans } from "../../core/dev_xmit.js";
import { NUD_CONNECTED } from "../../core/neighbour.js";
import type { NetDevice } from "../../core/netdevice.js";
import { netCore } from "../../core/net_namespace.js";
import type { SkBuff } from "../../core/skbuff.js";
import { arpTbl, ethHeader } from "../../ipv4/arp.js";
import type { VxlanPriv } from "./vxlan_dev.js";
import { vxlanIpMiss } from "./vxlan_miss.js";

const ETH_P_ARP = 0x0806;

export function isArpFrame(frame: Uint8Array): boolean {
  return frame.length >= 14 && frame[12] === 0x08 && frame[13] === 0x06;
}

export function arpReduce(skb: SkBuff, dev: NetDevice, v: VxlanPriv): void {
  if (dev.flags & IFF_NOARP) return;
  const p = parseArp(skb.data.subarray(14));
  if (!p.ok) {
    // Shorter than an ARP header for this device: pskb_may_pull() failed.
    if (p.error === "truncated") dev.stats.tx_dropped++;
    return;
  }
  const a = p.repr;
  if (a.op !== ARPOP_REQUEST) return;
  const tip = a.targetIp >>> 0;
  if (tip >>> 24 === 127 || tip >>> 28 === 0xe) return;
  const n = arpTbl.lookup(dev, tip);
  if (!n) {
    if (v.cfg.l3miss) vxlanIpMiss(dev, tip);
    return;
  }
  if (!(n.state & NUD_CONNECTED)) return;
  const now = netCore(dev.net).host.clock.now;
  const f = v.fdb.find(n.ha, now);
  if (f && f.remotes.length && f.remotes[0]!.ip === 0) return; // bridge-local neighbor
  // arp_create(ARPOP_REPLY, ETH_P_ARP, sip, dev, tip, sha, n->ha, sha)
  const sha = skb.data.subarray(14 + 8, 14 + 14);
  const payload = emitArp({ op: ARPOP_REPLY, senderMac: macFromBytes(n.ha), senderIp: tip, targetMac: macFromBytes(sha), targetIp: a.senderIp });
  const frame = ethHeader(sha, n.ha, ETH_P_ARP, payload);
  const rx: SkBuff = { data: frame, dev, iif: dev.ifindex, protocol: 0, pktType: "HOST", mark: 0, tstamp: now };
  ethTypeTrans(rx);
  rx.pktType = "HOST";
  netifRx(rx);
}
