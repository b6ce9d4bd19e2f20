// struct macvlan_port and the data path of drivers/net/macvlan.c: the lower
// device's rx_handler (macvlan_handle_frame), the broadcast fan-out
// (macvlan_broadcast / macvlan_broadcast_one) and the transmit side
// (macvlan_queue_xmit). One port per lower device, created with its first
// macvlan and gone with its last. Only macvlans that are up are in the port's
// address hash, so only they receive.
//
// Known differences: broadcasts are delivered at once instead of through the
// port's bc_queue work (bcqueuelen is kept and reported, never exceeded), and
// a macvlan's own multicast list is not synced to the lower device (it
// receives a multicast group when it joined it itself, or is promiscuous or
// allmulti; broadcast always).

import { sysctlGenerationBump } from "../../fs/procfs-sys.js";
import { kfreeSkbReason, netifRx } from "../../core/dev_rx.js";
import { devQueueXmit, ethTypeTrans } from "../../core/dev_xmit.js";
import { devMcList } from "../../core/dev_addr_lists.js";
import { etherAddrEqual, type NetDevice } from "../../core/netdevice.js";
import type { SkBuff } from "../../core/skbuff.js";
import { IFF_ALLMULTI, IFF_PROMISC } from "../../../uapi/if_link.js";
import { forwardSource, type MacvlanSourceEntry } from "./macvlan_source.js";
import {
  MACVLAN_MODE_BRIDGE,
  MACVLAN_MODE_PASSTHRU,
  MACVLAN_MODE_PRIVATE,
  MACVLAN_MODE_SOURCE,
  MACVLAN_MODE_VEPA,
} from "../../../uapi/if_link_macvlan.js";

const MACVLAN_MODE_ANY = MACVLAN_MODE_PRIVATE | MACVLAN_MODE_VEPA | MACVLAN_MODE_BRIDGE | MACVLAN_MODE_PASSTHRU | MACVLAN_MODE_SOURCE;

export interface MacvlanPriv {
  lower: NetDevice;
  port: MacvlanPort;
  mode: number;
  flags: number;
  bcQueueLen: number;
  /** The last MTU accepted (to undo the core's store when the lower says no). */
  mtu: number;
  /** vlan->macaddr_count: its entries in the port's source hash (mode source). */
  macaddrCount?: number;
}

export interface MacvlanPort {
  dev: NetDevice;
  /** port->vlans, in creation order. */
  vlans: NetDevice[];
  /** The hash of up macvlans by address. */
  byAddr: Map<string, NetDevice>;
  passthru: boolean;
  /** uc_promisc: the lower went promiscuous for the unicast addresses it was given. */
  ucPromisc: boolean;
  /** vlan_source_hash (macvlan_source.ts), newest first; made at the first source address. */
  sources?: MacvlanSourceEntry[];
}

const ports = new WeakMap<NetDevice, MacvlanPort>();

export function macKey(a: Uint8Array): string {
  return Array.from(a.subarray(0, 6), (b) => b.toString(16).padStart(2, "0")).join(":");
}

export function portOf(lower: NetDevice): MacvlanPort | undefined {
  return ports.get(lower);
}

/** macvlan_port_create(): takes the lower device's rx_handler (EBUSY if a bridge or another upper has it). */
export function portCreate(lower: NetDevice): MacvlanPort | "EBUSY" {
  const have = ports.get(lower);
  if (have) return have;
  if (lower.rxHandler) return "EBUSY";
  const port: MacvlanPort = { dev: lower, vlans: [], byAddr: new Map(), passthru: false, ucPromisc: false };
  ports.set(lower, port);
  lower.rxHandler = (skb) => handleFrame(port, skb);
  // Caches of what a frame on the lower device would do are out of date (core/dev_rx.ts, bridge/br_flood_count.ts).
  sysctlGenerationBump(lower.net);
  return port;
}

/** macvlan_port_destroy(): the last macvlan went. */
export function portDestroy(port: MacvlanPort): void {
  if (port.vlans.length) return;
  if (port.dev.rxHandler) port.dev.rxHandler = undefined;
  ports.delete(port.dev);
  sysctlGenerationBump(port.dev.net);
}

/** macvlan_addr_busy(): the lower's own address (unless passthru) or an up macvlan's. */
export function addrBusy(port: MacvlanPort, addr: Uint8Array): boolean {
  if (!port.passthru && etherAddrEqual(port.dev.addr, addr)) return true;
  return port.byAddr.has(macKey(addr));
}

function privOf(dev: NetDevice): MacvlanPriv {
  return dev.priv as MacvlanPriv;
}

function isMulticast(d: Uint8Array): boolean {
  return (d[0]! & 1) === 1;
}

/** The vlan's mc_filter: broadcast always, its joined groups, everything when promiscuous or allmulti. */
function mcFilterPass(dev: NetDevice, dst: Uint8Array): boolean {
  if (dst.every((b) => b === 0xff)) return true;
  if (dev.flags & (IFF_PROMISC | IFF_ALLMULTI) || dev.promiscuity || dev.allmulti) return true;
  return devMcList(dev).some((h) => etherAddrEqual(h.addr, dst));
}

/** macvlan_count_rx(): the length with the Ethernet header (skb->len + ETH_HLEN). */
function countRx(dev: NetDevice, len: number, multicast: boolean): void {
  dev.stats.rx_packets++;
  dev.stats.rx_bytes += len;
  if (multicast) dev.stats.multicast++;
}

/** macvlan_forward_source_one()'s macvlan_count_rx(): never counted as multicast. */
const countSourceRx = (dev: NetDevice, len: number): void => countRx(dev, len, false);

/** macvlan_broadcast_one(): a copy that enters the stack on `dev`. */
function broadcastOne(skb: SkBuff, dev: NetDevice): void {
  const dst = skb.data.subarray(0, 6);
  const nskb: SkBuff = { data: skb.data.slice(), dev, iif: dev.ifindex, protocol: 0, pktType: "HOST", mark: 0, tstamp: skb.tstamp };
  ethTypeTrans(nskb);
  nskb.pktType = dst.every((b) => b === 0xff) ? "BROADCAST" : "MULTICAST";
  countRx(dev, skb.data.length, true);
  netifRx(nskb);
}

/** macvlan_broadcast(): every up macvlan of the port in one of `mode`, but the sender. */
function broadcast(skb: SkBuff, port: MacvlanPort, src: NetDevice | undefined, mode: number): void {
  const dst = skb.data.subarray(0, 6);
  for (const dev of port.byAddr.values()) {
    if (dev === src || !(privOf(dev).mode & mode)) continue;
    if (!mcFilterPass(dev, dst)) continue;
    broadcastOne(skb, dev);
  }
}

/** macvlan_handle_frame(): the lower device's rx_handler. */
function handleFrame(port: MacvlanPort, skb: SkBuff): "CONSUMED" | "ANOTHER" | "PASS" {
  const d = skb.data;
  if (d.length < 14) return "PASS";
  const dst = d.subarray(0, 6);
  const srcAddr = d.subarray(6, 12);
  if (isMulticast(dst)) {
    if (forwardSource(skb, port, countSourceRx)) {
      kfreeSkbReason(skb, "NOT_SPECIFIED");
      return "CONSUMED";
    }
    const src = port.byAddr.get(macKey(srcAddr));
    if (src && privOf(src).mode !== MACVLAN_MODE_VEPA && privOf(src).mode !== MACVLAN_MODE_BRIDGE) {
      // A private (or passthru) macvlan's own frame reflected by the switch goes back to it alone.
      broadcastOne(skb, src);
      kfreeSkbReason(skb, "NOT_SPECIFIED");
      return "CONSUMED";
    }
    // macvlan_process_broadcast(): a frame from outside reaches every mode but source.
    if (!src) broadcast(skb, port, undefined, MACVLAN_MODE_ANY & ~MACVLAN_MODE_SOURCE);
    else if (privOf(src).mode === MACVLAN_MODE_VEPA) broadcast(skb, port, src, MACVLAN_MODE_VEPA | MACVLAN_MODE_BRIDGE);
    // Bridge-mode siblings saw it on the way out: flood only to VEPA ones.
    else broadcast(skb, port, src, MACVLAN_MODE_VEPA);
    return "PASS";
  }
  if (forwardSource(skb, port, countSourceRx)) {
    kfreeSkbReason(skb, "NOT_SPECIFIED");
    return "CONSUMED";
  }
  const vlan = port.passthru ? port.vlans[0] : port.byAddr.get(macKey(dst));
  if (!vlan || privOf(vlan).mode === MACVLAN_MODE_SOURCE) return "PASS";
  if (!vlan.isUp) {
    kfreeSkbReason(skb, "DEV_READY");
    return "CONSUMED";
  }
  skb.dev = vlan;
  skb.pktType = "HOST";
  countRx(vlan, d.length, false);
  return "ANOTHER";
}

/** macvlan_start_xmit() -> macvlan_queue_xmit() */
export function macvlanXmit(skb: SkBuff, dev: NetDevice): void {
  const v = privOf(dev);
  const len = skb.data.length;
  const lower = v.lower;
  if (v.mode === MACVLAN_MODE_BRIDGE) {
    const dst = skb.data.subarray(0, 6);
    if (isMulticast(dst)) {
      broadcast(skb, v.port, dev, MACVLAN_MODE_BRIDGE);
    } else {
      const dest = v.port.byAddr.get(macKey(dst));
      if (dest && privOf(dest).mode === MACVLAN_MODE_BRIDGE) {
        // dev_forward_skb(lowerdev): in through the lower device, so its taps see it.
        dev.stats.tx_packets++;
        dev.stats.tx_bytes += len;
        if (!lower.isUp) {
          kfreeSkbReason(skb, "DEV_READY");
          return;
        }
        const rx: SkBuff = { data: skb.data, dev: lower, iif: lower.ifindex, protocol: 0, pktType: "HOST", mark: 0, tstamp: skb.tstamp };
        ethTypeTrans(rx);
        netifRx(rx);
        return;
      }
    }
  }
  if (!lower.isUp) {
    dev.stats.tx_dropped++;
    kfreeSkbReason(skb, "DEV_READY");
    return;
  }
  dev.stats.tx_packets++;
  dev.stats.tx_bytes += len;
  skb.dev = lower;
  devQueueXmit(skb);
}
