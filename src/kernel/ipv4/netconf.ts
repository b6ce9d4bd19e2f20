// inet_netconf_notify_devconf() (devinet.c) and inet6_netconf_notify_devconf()
// (addrconf.c): the RTM_NEWNETCONF a device's configuration announces when it
// is registered (every attribute: NETCONFA_ALL) and the RTM_DELNETCONF (the
// index only) when it goes, to RTNLGRP_IPV4_NETCONF / RTNLGRP_IPV6_NETCONF
// (`ip monitor netconf`). Values are the device's sysctls as they are then.

import type { NetDevice } from "../core/netdevice.js";
import { rtnlNetconfGroup, type NetconfNotify } from "../core/rtnl_notify.js";
import { sysctlGetDevOf } from "../fs/procfs-sys.js";

function conf(dev: NetDevice, prefix: "net.ipv4.conf." | "net.ipv6.conf.", name: string): number {
  return Number(sysctlGetDevOf(dev, prefix, name) ?? 0) | 0;
}

/** A device's netconf message: NETCONFA_ALL for RTM_NEWNETCONF, the index alone for RTM_DELNETCONF. */
export function netconfNotifyDev(type: NetconfNotify["type"], family: 2 | 10, dev: NetDevice): void {
  const net = dev.net;
  if (!rtnlNetconfGroup.listening(net)) return;
  const m: NetconfNotify = { type, family, ifindex: dev.ifindex };
  if (type === "RTM_NEWNETCONF") {
    const p = family === 2 ? "net.ipv4.conf." : "net.ipv6.conf.";
    m.forwarding = conf(dev, p, "forwarding");
    if (family === 2) m.rp_filter = conf(dev, p, "rp_filter");
    m.mc_forwarding = conf(dev, p, "mc_forwarding");
    m.proxy_neigh = conf(dev, p, family === 2 ? "proxy_arp" : "proxy_ndp");
    m.ignore_routes_with_linkdown = conf(dev, p, "ignore_routes_with_linkdown");
  }
  rtnlNetconfGroup.notify(net, m);
}
