// inet6_dump_ifinfo() / inet6_fill_ifinfo(): addrconf's own answer to an
// RTM_GETLINK dump asked with ifi_family AF_INET6 (what `ip -6 addr` without
// a device reads). Every device with an inet6_dev, each with only its name,
// hardware address, MTU, IFLA_LINK (when it differs from its own index: a
// veth whose peer elsewhere has the same index shows none) and operstate; no
// qdisc, master, group, link kind, link-netnsid or broadcast address. The
// counters come along (`ip -6 -s addr` prints them, without carrier changes).
// IFLA_PROTINFO's IPv6 details are left out (no tool here reads them).

import { AF_INET6 } from "../../uapi/socket.js";
import { IF_OPER_DOWN, type IfInfoMsg } from "../../uapi/if_link.js";
import { devGetFlags, devListByIndex } from "../core/dev.js";
import { rtnlRegisterLinkDump } from "../core/rtnl_link_dump.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { in6DevGet } from "./inet6_dev.js";

function inet6FillIfinfo(dev: NetDevice): IfInfoMsg {
  const m: IfInfoMsg = {
    ifi_type: dev.type,
    ifi_index: dev.ifindex,
    ifi_flags: devGetFlags(dev),
    IFLA_IFNAME: dev.name,
    IFLA_MTU: dev.mtu,
    IFLA_OPERSTATE: dev.isUp ? dev.operstate : IF_OPER_DOWN,
    IFLA_STATS64: { ...dev.stats },
  };
  if (dev.addr.length) m.IFLA_ADDRESS = dev.addr.slice();
  if (dev.iflink !== dev.ifindex) m.IFLA_LINK = dev.iflink;
  return m;
}

rtnlRegisterLinkDump(AF_INET6, (net: NetNamespace) => {
  const out: IfInfoMsg[] = [];
  for (const dev of devListByIndex(net)) if (in6DevGet(dev)) out.push(inet6FillIfinfo(dev));
  return out;
});
