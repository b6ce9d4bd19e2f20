// br_ifinfo_notify() / br_fill_ifinfo() (net/bridge/br_netlink.c): the AF_BRIDGE
// RTM_NEWLINK/RTM_DELLINK a port's changes send to RTNLGRP_LINK, beside the
// AF_UNSPEC ones (rtmsg_ifinfo). `bridge monitor link` prints both kinds (the
// AF_BRIDGE ones with the port's "state ... priority ... cost ..."), `ip monitor
// link` too (an AF_BRIDGE one without qdisc, group or broadcast address: br_fill_ifinfo
// carries only the name, master, MTU, operstate, address and link). A deletion carries
// no port attributes (IFLA_PROTINFO only goes with RTM_NEWLINK).
//
// Sent by: br_add_if (after the port is set up), del_nbp (RTM_DELLINK),
// br_stp_enable_port / br_stp_disable_port, br_make_forwarding / br_make_blocking,
// the forward delay timer, br_device_event (a port's UP/DOWN/CHANGE/CHANGEADDR that
// did not enable or disable it), br_setlink (`bridge link set`) and the brport sysfs
// stores.

import type { IfInfoMsg } from "../../uapi/if_link.js";
import { rtnlLinkGroup } from "../core/rtnl_notify.js";
import { rtnlFillIfinfo } from "../core/rtnetlink.js";
import type { NetBridgePort } from "./br_private.js";
import { portInfo } from "./br_if.js";

/**
 * br_stp_enable_port / br_stp_disable_port calls on this port so far: br_device_event's
 * `notified` compares it around its work. Per port, as the kernel's flag is: another
 * port enabled or disabled meanwhile does not stand in for this port's notification.
 */
export function brIfinfoSent(p: NetBridgePort): number {
  return p.enDisSent ?? 0;
}

/** br_stp_enable_port() / br_stp_disable_port(): the port's notification, counted. */
export function brIfinfoNotifyEnDis(p: NetBridgePort): void {
  p.enDisSent = (p.enDisSent ?? 0) + 1;
  brIfinfoNotify("RTM_NEWLINK", p);
}


/** br_ifinfo_notify(event, NULL, port) */
export function brIfinfoNotify(type: "RTM_NEWLINK" | "RTM_DELLINK", p: NetBridgePort): void {
  const net = p.dev.net;
  if (!rtnlLinkGroup.listening(net)) return;
  const full = rtnlFillIfinfo(p.dev, net, true);
  const msg: IfInfoMsg = {
    ifi_type: full.ifi_type,
    ifi_index: full.ifi_index,
    ifi_flags: full.ifi_flags,
    IFLA_IFNAME: full.IFLA_IFNAME,
    IFLA_MASTER: p.br.dev.ifindex,
    IFLA_MTU: full.IFLA_MTU,
    IFLA_OPERSTATE: full.IFLA_OPERSTATE,
  };
  if (full.IFLA_ADDRESS) msg.IFLA_ADDRESS = full.IFLA_ADDRESS;
  // IFLA_LINK when the device has a link of its own, but no IFLA_LINK_NETNSID.
  if (full.IFLA_LINK !== undefined && full.IFLA_LINK !== full.ifi_index) msg.IFLA_LINK = full.IFLA_LINK;
  if (type === "RTM_NEWLINK") msg.IFLA_PROTINFO = portInfo(p);
  rtnlLinkGroup.notify(net, { type, family: 7, msg });
}
