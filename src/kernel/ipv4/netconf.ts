// inet_netconf_notify_devconf() (devinet.c) and inet6_netconf_notify_devconf()
// (addrconf.c): the RTM_NEWNETCONF a device's configuration announces when it
// is registered (every attribute: NETCONFA_ALL) and the RTM_DELNETCONF (the
// index only) when it goes, to RTNLGRP_IPV4_NETCONF / RTNLGRP_IPV6_NETCONF
// (`ip monitor netconf`). Values are the device's sysctls as they are then.
// A sysctl write that changes forwarding, rp_filter, proxy_arp/proxy_ndp or
// ignore_routes_with_linkdown announces that one attribute for the device, or
// for "all"/"default" (devinet_conf_proc, devinet_sysctl_forward,
// addrconf_sysctl_forward/proxy_ndp/ignore_routes_with_linkdown); turning
// forwarding on or off for all announces all, default and every device in
// list order (IPv4: each device; IPv6: those whose value changed, all last).

import type { NetDevice } from "../core/netdevice.js";
import { rtnlNetconfGroup, type NetconfNotify } from "../core/rtnl_notify.js";
import type { NetNamespace } from "../core/netns.js";
import { devGetByName, devList } from "../core/dev.js";
import { registerSysctlWriteHook, sysctlGetDevOf } from "../fs/procfs-sys.js";

const NETCONFA_IFINDEX_ALL = -1;
const NETCONFA_IFINDEX_DEFAULT = -2;

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

type Attr = "forwarding" | "rp_filter" | "proxy_neigh" | "ignore_routes_with_linkdown";

function send(net: NetNamespace, family: 2 | 10, ifindex: number, attr: Attr, v: number): void {
  if (rtnlNetconfGroup.listening(net)) rtnlNetconfGroup.notify(net, { type: "RTM_NEWNETCONF", family, ifindex, [attr]: v });
}

/** "all", "default" or a device's name: its NETCONFA_IFINDEX (0: no such device). */
function ifindexOf(net: NetNamespace, name: string): number {
  if (name === "all") return NETCONFA_IFINDEX_ALL;
  if (name === "default") return NETCONFA_IFINDEX_DEFAULT;
  return devGetByName(net, name)?.ifindex ?? 0;
}

const KNOB = /^net\.ipv([46])\.conf\.([^.]+)\.(forwarding|rp_filter|proxy_arp|proxy_ndp|ignore_routes_with_linkdown)$/;

registerSysctlWriteHook((net, key, value, old, fanout) => {
  if (!rtnlNetconfGroup.listening(net)) return;
  const v = Number(value.split("\t")[0]) | 0;
  const was = Number(old.split("\t")[0]) | 0;
  if (key === "net.ipv4.ip_forward") key = "net.ipv4.conf.all.forwarding";
  const m = KNOB.exec(key);
  if (!m || v === was) return;
  const family = m[1] === "4" ? 2 : 10;
  const name = m[2]!;
  const knob = m[3]!;
  if ((family === 2 && knob === "proxy_ndp") || (family === 10 && (knob === "proxy_arp" || knob === "rp_filter"))) return;
  const attr: Attr = knob === "proxy_arp" || knob === "proxy_ndp" ? "proxy_neigh" : (knob as Attr);
  if (knob === "forwarding" && name === "all") {
    const prefix = family === 2 ? "net.ipv4.conf." : "net.ipv6.conf.";
    if (family === 2) {
      // inet_forward_change(): all, default, then every device with IPv4.
      send(net, 2, NETCONFA_IFINDEX_ALL, attr, v);
      send(net, 2, NETCONFA_IFINDEX_DEFAULT, attr, v);
      for (const d of devList(net)) if (d.ipPtr) send(net, 2, d.ifindex, attr, v);
    } else {
      // addrconf_fixup_forwarding(): default, each device that changed (dev_forward_change), all.
      send(net, 10, NETCONFA_IFINDEX_DEFAULT, attr, v);
      for (const d of devList(net)) if (fanout.has(`${prefix}${d.name}.forwarding`)) send(net, 10, d.ifindex, attr, v);
      send(net, 10, NETCONFA_IFINDEX_ALL, attr, v);
    }
    return;
  }
  const ifindex = ifindexOf(net, name);
  if (ifindex) send(net, family, ifindex, attr, v);
});
