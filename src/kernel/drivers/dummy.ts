// drivers/net/dummy.c: a device that swallows everything it is given.
// The recording kernel has no dummy module (no module tree), so this follows
// the upstream driver and iproute2's documentation instead of a recording:
// random MAC, noarp and no multicast (dummy_setup() clears IFF_MULTICAST:
// "<BROADCAST,NOARP>"), mtu 1500 (0..ETH_MAX_MTU is accepted: the driver sets
// min_mtu 0 / max_mtu 0 = no limit), txqueuelen 1000, carrier always on, so
// operstate stays UNKNOWN when it is up ("state UNKNOWN"), ethtool -i "dummy".

import { IFF_MULTICAST, IFF_NOARP } from "../../uapi/if_link.js";
import type { NetDeviceOps } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import type { NetDevice } from "../core/netdevice.js";
import { allocEtherdev } from "./ether.js";

export const DUMMY_OPS: NetDeviceOps = {
  kind: "dummy",
  driver: "dummy",
  featuresFile: "dummy",
  ndoStartXmit(skb, dev) {
    dev.stats.tx_packets++;
    dev.stats.tx_bytes += skb.data.length;
    return "OK";
  },
};

export function dummySetup(name: string, net: NetNamespace, mac: Uint8Array): NetDevice {
  const dev = allocEtherdev(DUMMY_OPS, name, net);
  dev.flags = (dev.flags | IFF_NOARP) & ~IFF_MULTICAST;
  dev.minMtu = 0;
  dev.maxMtu = 0;
  dev.addr = mac;
  dev.tsoMaxSize = 524280;
  return dev;
}
