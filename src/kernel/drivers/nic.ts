// A physical NIC as a booted VM has one: eth0 (virtio_net). Frames it sends go
// to whatever the world plugged into it (`wire`), frames the wire delivers come
// in through the backlog like any driver's. With nothing plugged in, frames are
// counted as sent and go nowhere, as on a cable to a switch that ignores them.

import { netifCarrierOn } from "../core/dev.js";
import { netifRx } from "../core/dev_rx.js";
import { ethTypeTrans } from "../core/dev_xmit.js";
import type { NetDevice, NetDeviceOps } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { allocSkb, type SkBuff } from "../core/skbuff.js";
import { allocEtherdev } from "./ether.js";

export interface NicPriv {
  /** Where transmitted frames go (another host's NIC, a simulated LAN). */
  wire?: (frame: Uint8Array) => void;
  /** The link's state as the device reports it (VIRTIO_NET_S_LINK_UP); unset = always up. */
  linkUp?: () => boolean;
}

export const NIC_OPS: NetDeviceOps = {
  driver: "virtio_net",
  featuresFile: "virtio_net",
  // A queue-less NIC gets the kernel's default qdisc: pfifo_fast on the recorded
  // kernel, which has no fq_codel (a Debian VM's sysctl would ask for fq_codel).
  defaultQdisc: "pfifo_fast",
  ndoOpen(dev: NetDevice) {
    // virtnet_open(): the link is up as soon as the device is, unless the
    // device reports its link down (a world cable set down).
    if ((dev.priv as NicPriv).linkUp?.() !== false) netifCarrierOn(dev);
  },
  ndoStartXmit(skb: SkBuff, dev: NetDevice) {
    dev.stats.tx_packets++;
    dev.stats.tx_bytes += skb.data.length;
    (dev.priv as NicPriv).wire?.(skb.data.slice());
    return "OK";
  },
};

export function nicSetup(name: string, net: NetNamespace, mac: Uint8Array): NetDevice {
  const dev = allocEtherdev(NIC_OPS, name, net);
  dev.addr = mac;
  dev.permAddr = mac.slice();
  dev.addrAssignType = "PERM";
  dev.maxMtu = 65535;
  dev.priv = {} satisfies NicPriv;
  // No carrier until opened (probe leaves it off), so booting reaches "state UP".
  dev.carrier = false;
  return dev;
}

/** A frame arriving from the wire (the NIC's receive interrupt). */
export function nicReceive(dev: NetDevice, frame: Uint8Array, now: number): void {
  if (!dev.isUp) return;
  dev.stats.rx_packets++;
  dev.stats.rx_bytes += frame.length;
  const skb = allocSkb(frame, dev, now);
  ethTypeTrans(skb);
  netifRx(skb);
}
