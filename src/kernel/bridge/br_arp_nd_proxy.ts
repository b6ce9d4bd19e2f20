// Proxy ARP and neighbour suppression on bridge ports (net/bridge/br_arp_nd_proxy.c):
// an ARP request arriving on a port is answered by the bridge itself when the bridge
// device's ARP table holds a valid entry for the target whose address the FDB knows,
// and either the ingress port does proxy ARP or the target's port does proxy_arp_wifi
// or neigh_suppress. The answer leaves by the ingress port with the target's MAC as its
// source, as if the target had replied. The request is still flooded, but never to a
// proxy-ARP port, and (once "replied") not to proxy_arp_wifi or neigh_suppress ports.
// IPv6 neighbour discovery suppression (br_do_suppress_nd) is not modelled.

import { ARPOP_REPLY, ARPOP_REQUEST } from "../../wire/arp.js";
import { IFF_NOARP } from "../../uapi/if_link.js";
import { NUD_VALID } from "../core/neighbour.js";
import type { SkBuff } from "../core/skbuff.js";
import { arpSendFrom, arpTbl } from "../ipv4/arp.js";
import { ifaByLocal } from "../ipv4/devinet.js";
import { isLoopback, isMulticast } from "../ipv4/route.js";
import { get16, get32 } from "../../wire/bytes.js";
import { fdbFind } from "./br_fdb.js";
import type { NetBridge, NetBridgePort } from "./br_private.js";

const ARPOP_RREQUEST = 3;
const ARPOP_RREPLY = 4;

/** br_recalculate_neigh_suppress_enabled(): BROPT_NEIGH_SUPPRESS_ENABLED when some port suppresses. */
export function brRecalculateNeighSuppress(br: NetBridge): void {
  let on = false;
  for (const q of br.ports) if (q.neighSuppress) on = true;
  if (on || br.neighSuppressOn) br.neighSuppressOn = on;
}

/**
 * br_do_proxy_suppress_arp(): for an ARP (or RARP) frame from port `p`; true when
 * BR_INPUT_SKB_CB(skb)->proxyarp_replied is set (br_flood then skips proxy_arp_wifi and
 * neigh_suppress ports). The caller (br_input.ts) only calls it when a port suppresses
 * or proxy ARP was ever on (an exact shortcut, not in Linux: otherwise every path below
 * ends without a reply and without "replied").
 */
export function brDoProxySuppressArp(skb: SkBuff, br: NetBridge, p: NetBridgePort): boolean {
  const suppress = br.neighSuppressOn === true;
  const dev = br.dev;
  const d = skb.data;
  const o = 14;
  // arp_hdr_len(dev): 8 + 2 * (6 + 4) bytes after the Ethernet header.
  if (dev.flags & IFF_NOARP || d.length < o + 28) return false;
  // ar_pro IPv4, ar_hln the bridge's address length, ar_pln 4.
  if (d[o + 2] !== 0x08 || d[o + 3] !== 0x00 || d[o + 4] !== 6 || d[o + 5] !== 4) return false;
  const op = get16(d, o + 6);
  const sip = get32(d, o + 14);
  const tip = get32(d, o + 24);
  // ipv4_is_loopback / ipv4_is_multicast of the target.
  if (isLoopback(tip) || isMulticast(tip)) return false;
  if (suppress) {
    if (p.neighSuppress) return false;
    // A gratuitous ARP (zero or own sender address) is not flooded to suppressing ports.
    if (op !== ARPOP_RREQUEST && op !== ARPOP_RREPLY && (sip >>> 24 === 0 || sip === tip)) return true;
  }
  if (op !== ARPOP_REQUEST) return false;
  // Our own address: no proxy reply, and no flooding to suppressing ports.
  // br_is_local_ip(): an IPv4 address of the bridge device.
  if (suppress && ifaByLocal([br.dev], tip) !== undefined) return true;
  const n = arpTbl.lookup(dev, tip);
  if (!n) return false;
  if (!(n.state & NUD_VALID)) return false;
  const ha = n.ha;
  const f = fdbFind(br, ha);
  if (!f) return false;
  let replied = false;
  if (p.proxyArp || f.dst?.proxyArpWifi || f.dst?.neighSuppress) {
    // br_arp_send() without a VLAN: arp_send() on the ingress port, speaking for the target.
    const sha = d.slice(o + 8, o + 14);
    arpSendFrom(ARPOP_REPLY, skb.dev, sip, tip, sha, ha, sha);
    replied = true;
  }
  return replied || suppress;
}
