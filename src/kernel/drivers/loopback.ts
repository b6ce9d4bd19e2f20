// drivers/net/loopback.c: every namespace's lo, ifindex 1, created DOWN by the
// namespace's pernet init (loopback_net_init). Frames sent on it come straight
// back in through the backlog; it counts each one as sent and received.

import { ARPHRD_LOOPBACK, IFF_LOOPBACK } from "../../uapi/if_link.js";
import { registerNetdevice } from "../core/dev.js";
import { netifRx } from "../core/dev_rx.js";
import { ethTypeTrans } from "../core/dev_xmit.js";
import { registerPernetOps } from "../core/net_namespace.js";
import { NetDevice, type NetDeviceOps } from "../core/netdevice.js";
import { skbClone } from "../core/skbuff.js";

const ETH_HLEN = 14;

export const LOOPBACK_OPS: NetDeviceOps = {
  driver: "loopback",
  featuresFile: "lo",
  ndoStartXmit(skb, dev) {
    // loopback_xmit() counts skb->len after eth_type_trans() pulled the Ethernet header.
    const len = skb.data.length - ETH_HLEN;
    dev.stats.tx_packets++;
    dev.stats.tx_bytes += len;
    dev.stats.rx_packets++;
    dev.stats.rx_bytes += len;
    const rx = skbClone(skb);
    ethTypeTrans(rx);
    netifRx(rx);
    return "OK";
  },
};

registerPernetOps({
  name: "loopback",
  init(core) {
    const lo = new NetDevice(LOOPBACK_OPS, {
      name: "lo",
      net: core.ns,
      type: ARPHRD_LOOPBACK,
      flags: IFF_LOOPBACK,
      mtu: 65536,
      minMtu: 0,
      maxMtu: 0,
      addr: new Uint8Array(6),
      broadcast: new Uint8Array(6),
      txqueuelen: 1000,
    });
    lo.netnsLocal = true;
    lo.addrAssignType = "PERM";
    registerNetdevice(lo);
  },
});
