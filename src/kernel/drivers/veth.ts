// drivers/net/veth.c: a pair of Ethernet devices joined back to back. What one
// sends, the other receives (through the receiver's backlog, at the current
// virtual time). Carrier follows "both ends up"; deleting either end deletes
// both; the peer may live in another namespace, which is what `@ifN` and
// link-netnsid report. MTU 68..65535. numtxqueues/numrxqueues default to the
// number of possible CPUs: 2 on the machine the goldens were recorded on.

import { macBytes } from "../core/skbuff.js";
import { kerr } from "../../uapi/errno.js";
import { netifCarrierOff, netifCarrierOn, registerNetdevice, rtnlConfigureLink, unregisterNetdevice } from "../core/dev.js";
import { peernet2idAlloc } from "../core/net_namespace.js";
import { kfreeSkbReason, netifRx } from "../core/dev_rx.js";
import { ethTypeTrans } from "../core/dev_xmit.js";
import type { NetDevice, NetDeviceOps } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { allocEtherdev, ETH_MAX_MTU } from "./ether.js";

interface VethPriv {
  peer?: NetDevice;
  dropped: number;
  /** real_num_tx/rx_queues: veth_init_queues() sets 1 unless the count was given. */
  realTx: number;
  realRx: number;
}

/** veth_get_channels(): maximums are the allocated queues, current counts the real ones. */
export function vethChannels(dev: NetDevice): { maxRx: number; maxTx: number; rx: number; tx: number } {
  const p = dev.priv as VethPriv;
  return { maxRx: dev.numRxQueues, maxTx: dev.numTxQueues, rx: p.realRx, tx: p.realTx };
}

/**
 * veth_set_channels() behind ethnl_set_channels(): the counts given replace the current ones, checked
 * against the maximums and for at least one rx and one tx channel; errors name the attribute (its index
 * in the request) the way the extack points at it.
 */
export function vethSetChannels(dev: NetDevice, counts: Array<[string, number]>): { msg: string; attr: number } | undefined {
  const p = dev.priv as VethPriv;
  const max: Record<string, number> = { rx: dev.numRxQueues, tx: dev.numTxQueues, other: 0, combined: 0 };
  const cur: Record<string, number> = { rx: p.realRx, tx: p.realTx, other: 0, combined: 0 };
  const idx = (k: string) => counts.findIndex(([n]) => n === k);
  for (const [k, n] of counts) cur[k] = n;
  const over = ["rx", "tx", "other", "combined"].find((k) => idx(k) >= 0 && cur[k]! > max[k]!);
  if (over) return { msg: "requested channel count exceeds maximum", attr: idx(over) };
  let bad = !cur.combined && !cur.rx ? "rx" : !cur.combined && !cur.tx ? "tx" : undefined;
  if (bad) {
    if (idx("combined") >= 0) bad = "combined";
    return { msg: "requested channel counts would result in no RX or TX channel being configured", attr: idx(bad) };
  }
  p.realRx = cur.rx!;
  p.realTx = cur.tx!;
  return undefined;
}

function peerOf(dev: NetDevice): NetDevice | undefined {
  return (dev.priv as VethPriv).peer;
}

export const VETH_OPS: NetDeviceOps = {
  kind: "veth",
  realNumTxQueues: (dev) => (dev.priv as VethPriv).realTx,
  speedMbps: 10000,
  driver: "veth",
  featuresFile: "veth",
  ndoOpen(dev) {
    const peer = peerOf(dev);
    if (!peer) return;
    if (peer.isUp) {
      netifCarrierOn(dev);
      netifCarrierOn(peer);
    }
  },
  ndoStop(dev) {
    netifCarrierOff(dev);
    const peer = peerOf(dev);
    if (peer) netifCarrierOff(peer);
  },
  ndoGetIflink(dev) {
    return peerOf(dev)?.ifindex ?? 0;
  },
  getLinkNet(dev) {
    return peerOf(dev)?.net ?? dev.net;
  },
  dellink(dev) {
    const peer = peerOf(dev);
    (dev.priv as VethPriv).peer = undefined;
    if (peer) (peer.priv as VethPriv).peer = undefined;
    return peer ? [peer] : [];
  },
  /** veth_xmit() -> veth_forward_skb() -> __dev_forward_skb() -> netif_rx(). */
  ndoStartXmit(skb, dev) {
    const rcv = peerOf(dev);
    const len = skb.data.length;
    if (!rcv) {
      dev.stats.tx_dropped++;
      kfreeSkbReason(skb, "NOT_SPECIFIED");
      return "DROP";
    }
    // is_skb_forwardable(): the receiver must be up and the frame must fit its MTU.
    if (!rcv.isUp) {
      (dev.priv as VethPriv).dropped++;
      dev.stats.tx_dropped++;
      rcv.stats.rx_dropped++;
      kfreeSkbReason(skb, "DEV_READY");
      return "DROP";
    }
    if (len > rcv.mtu + 14 + 4) {
      dev.stats.tx_dropped++;
      rcv.stats.rx_dropped++;
      kfreeSkbReason(skb, "PKT_TOO_BIG");
      return "DROP";
    }
    dev.stats.tx_packets++;
    dev.stats.tx_bytes += len;
    rcv.stats.rx_packets++;
    rcv.stats.rx_bytes += len;
    // __dev_forward_skb() hands the same skb to the peer (the sender is done
    // with it; taps copied what they saw): retargeted in place, not cloned.
    const rx = skb;
    rx.dev = rcv;
    rx.iif = rcv.ifindex;
    rx.brInput = false;
    ethTypeTrans(rx);
    // veth_get_stats64() reports no multicast count: `ip -s link` shows mcast 0
    // after the peer's MLD reports (recorded).
    netifRx(rx);
    return "OK";
  },
  /** What ndoStartXmit does for a frame that goes through: the counters only (see NetDeviceOps). */
  ndoForwardToPeer(dev, len) {
    const rcv = peerOf(dev);
    if (!rcv || !rcv.isUp || len > rcv.mtu + 14 + 4) return undefined;
    dev.stats.tx_packets++;
    dev.stats.tx_bytes += len;
    rcv.stats.rx_packets++;
    rcv.stats.rx_bytes += len;
    return rcv;
  },
  ndoPeer(dev) {
    return peerOf(dev);
  },
  ethtoolStats(dev) {
    const rows: Array<[string, number]> = [["peer_ifindex", peerOf(dev)?.ifindex ?? 0]];
    // real_num_rx_queues / real_num_tx_queues: one active queue each.
    for (let q = 0; q < 1; q++) {
      for (const n of ["xdp_packets", "xdp_bytes", "drops", "xdp_redirect", "xdp_drops", "xdp_tx", "xdp_tx_errors"]) {
        rows.push([`rx_queue_${q}_${n}`, 0]);
      }
    }
    for (let q = 0; q < 1; q++) {
      rows.push([`tx_queue_${q}_xdp_xmit`, 0], [`tx_queue_${q}_xdp_xmit_errors`, 0]);
    }
    return rows;
  },
};

export const VETH_DEFAULT_QUEUES = 2;

export interface VethEnd {
  name: string;
  net: NetNamespace;
  addr?: Uint8Array;
  mtu?: number;
  txqueuelen?: number;
  ifindex?: number;
  numTxQueues?: number;
  numRxQueues?: number;
}

function vethSetup(end: VethEnd, randomMac: () => Uint8Array): NetDevice {
  const dev = allocEtherdev(VETH_OPS, end.name, end.net);
  dev.maxMtu = ETH_MAX_MTU;
  dev.numTxQueues = end.numTxQueues ?? VETH_DEFAULT_QUEUES;
  dev.numRxQueues = end.numRxQueues ?? VETH_DEFAULT_QUEUES;
  dev.priv = {
    dropped: 0,
    realTx: end.numTxQueues !== undefined ? dev.numTxQueues : 1,
    realRx: end.numRxQueues !== undefined ? dev.numRxQueues : 1,
  } satisfies VethPriv;
  if (end.addr) {
    dev.addr = macBytes(end.addr);
    dev.addrAssignType = "SET";
  } else {
    dev.addr = macBytes(randomMac());
    dev.addrAssignType = "RANDOM";
  }
  if (end.txqueuelen !== undefined) dev.txqueuelen = end.txqueuelen;
  if (end.mtu !== undefined) {
    if (end.mtu < dev.minMtu || end.mtu > dev.maxMtu) throw kerr("EINVAL");
    dev.mtu = end.mtu;
  }
  return dev;
}

/** veth_newlink(): registers the peer first (it gets the lower ifindex), then the device. */
export function vethNewlink(dev: VethEnd, peer: VethEnd, randomMac: () => Uint8Array): NetDevice {
  const p = vethSetup(peer, randomMac);
  registerNetdevice(p, peer.ifindex ?? 0);
  // Carrier goes off once each end is registered: both count one transition.
  netifCarrierOff(p);
  // rtnl_configure_link(peer): the peer is announced before the device registers (so as "@NONE").
  rtnlConfigureLink(p, 0, 0);
  let d: NetDevice;
  try {
    d = vethSetup(dev, randomMac);
    registerNetdevice(d, dev.ifindex ?? 0);
  } catch (e) {
    // The half-made pair goes away again; its index stays consumed, as in Linux.
    unregisterNetdevice(p);
    throw e;
  }
  netifCarrierOff(d);
  (d.priv as VethPriv).peer = p;
  (p.priv as VethPriv).peer = d;
  // rtnl_newlink_create() -> rtnl_configure_link(dev): the device's first RTM_NEWLINK is
  // filled once the ends are tied, and rtnl_fill_link_netnsid() allocates an id for the
  // peer's namespace in the device's own (peernet2id_alloc). The peer's was filled before
  // the tie (veth_newlink's rtnl_configure_link(peer)): no id the other way.
  if (d.net !== p.net) peernet2idAlloc(d.net, p.net);
  return d;
}
