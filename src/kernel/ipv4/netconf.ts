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
// netconfRtnlTalk() answers RTM_GETNETCONF (`ip netconf`): the doit for one
// configuration (inet_netconf_get_devconf / inet6_netconf_get_devconf) and the
// dump (inet_netconf_dump_devconf / inet6_netconf_dump_devconf: each device
// with the family's per-device state in ifindex order, then all, default;
// family 0 runs both, IPv4 first, as rtnl_dump_all does).

import type { NetDevice } from "../core/netdevice.js";
import { rtnlNetconfGroup, type NetconfNotify } from "../core/rtnl_notify.js";
import type { NetNamespace } from "../core/netns.js";
import { devGetByIndex, devGetByName, devList, devListByIndex } from "../core/dev.js";
import { registerSysctlWriteHook, sysctlGet, sysctlGetDevOf } from "../fs/procfs-sys.js";
import { kerr } from "../../uapi/errno.js";
import {
  NETCONFA_IFINDEX_ALL,
  NETCONFA_IFINDEX_DEFAULT,
  type NetconfMsg,
  type NetconfReply,
  type RtmGetNetconf,
} from "../../uapi/netconf.js";
import type { Task } from "../task/task.js";

type ConfPrefix = "net.ipv4.conf." | "net.ipv6.conf.";
const prefixOf = (family: 2 | 10): ConfPrefix => (family === 2 ? "net.ipv4.conf." : "net.ipv6.conf.");

/** The family's per-device state (in_device / inet6_dev), which decides whether a device has a configuration. */
const hasConf = (dev: NetDevice, family: 2 | 10): boolean => (family === 2 ? dev.ipPtr : dev.ip6Ptr) !== undefined;

/** inet_netconf_fill_devconf(NETCONFA_ALL) and its IPv6 twin: every attribute, read through `knob`. */
function fillAll(family: 2 | 10, ifindex: number, knob: (name: string) => string | undefined): NetconfMsg {
  const v = (name: string): number => Number(knob(name) ?? 0) | 0;
  const m: NetconfMsg = { family, ifindex, forwarding: v("forwarding") };
  if (family === 2) m.rp_filter = v("rp_filter");
  m.mc_forwarding = v("mc_forwarding");
  m.proxy_neigh = v(family === 2 ? "proxy_arp" : "proxy_ndp");
  m.ignore_routes_with_linkdown = v("ignore_routes_with_linkdown");
  return m;
}

function devMsg(family: 2 | 10, dev: NetDevice): NetconfMsg {
  const p = prefixOf(family);
  return fillAll(family, dev.ifindex, (name) => sysctlGetDevOf(dev, p, name));
}

/** The "all" or "default" configuration's message. */
function globalMsg(net: NetNamespace, family: 2 | 10, ifindex: number): NetconfMsg {
  const at = `${prefixOf(family)}${ifindex === NETCONFA_IFINDEX_ALL ? "all" : "default"}.`;
  return fillAll(family, ifindex, (name) => sysctlGet(net, at + name));
}

/** A device's netconf message: NETCONFA_ALL for RTM_NEWNETCONF, the index alone for RTM_DELNETCONF. */
export function netconfNotifyDev(type: NetconfNotify["type"], family: 2 | 10, dev: NetDevice): void {
  const net = dev.net;
  if (!rtnlNetconfGroup.listening(net)) return;
  const m: NetconfNotify = type === "RTM_NEWNETCONF" ? { type, ...devMsg(family, dev) } : { type, family, ifindex: dev.ifindex };
  rtnlNetconfGroup.notify(net, m);
}

function dumpFamily(net: NetNamespace, family: 2 | 10, out: NetconfMsg[]): void {
  for (const dev of devListByIndex(net)) if (hasConf(dev, family)) out.push(devMsg(family, dev));
  out.push(globalMsg(net, family, NETCONFA_IFINDEX_ALL), globalMsg(net, family, NETCONFA_IFINDEX_DEFAULT));
}

/** RTM_GETNETCONF as `task` sends it: the doit with an ifindex, else the dump (throws KernelError). */
export function netconfRtnlTalk(task: Task, req: RtmGetNetconf): NetconfReply {
  const net = task.netns;
  const family = req.family;
  if (req.ifindex === undefined) {
    const msgs: NetconfMsg[] = [];
    if (family === 0 || family === 2) dumpFamily(net, 2, msgs);
    if (family === 0 || family === 10) dumpFamily(net, 10, msgs);
    return { type: "netconf", msgs };
  }
  // rtnetlink_rcv_msg(): a doit needs the family's own handler.
  if (family !== 2 && family !== 10) throw kerr("EOPNOTSUPP");
  if (req.ifindex === NETCONFA_IFINDEX_ALL || req.ifindex === NETCONFA_IFINDEX_DEFAULT) {
    return { type: "netconf", msgs: [globalMsg(net, family, req.ifindex)] };
  }
  const dev = devGetByIndex(net, req.ifindex);
  if (!dev || !hasConf(dev, family)) throw kerr("ENODEV");
  return { type: "netconf", msgs: [devMsg(family, dev)] };
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
