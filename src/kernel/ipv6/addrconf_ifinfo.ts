// inet6_dump_ifinfo() / inet6_fill_ifinfo(): addrconf's own answer to an
// RTM_GETLINK dump asked with ifi_family AF_INET6 (what `ip -6 addr` without
// a device reads). Every device with an inet6_dev, each with only its name,
// hardware address, MTU, IFLA_LINK (when it differs from its own index: a
// veth whose peer elsewhere has the same index shows none) and operstate; no
// qdisc, master, group, link kind, link-netnsid or broadcast address. The
// counters come along (`ip -6 -s addr` prints them, without carrier changes).
// Of IFLA_PROTINFO's IPv6 details only the token (`ip token`) is given.

import { AF_INET6 } from "../../uapi/socket.js";
import { IF_OPER_DOWN, type IfInfoMsg } from "../../uapi/if_link.js";
import { devGetFlags, devListByIndex } from "../core/dev.js";
import { inet6Af, rtnlRegisterLinkDump } from "../core/rtnl_link_dump.js";
import { kerr } from "../../uapi/errno.js";
import { sysctlSetQuiet } from "../fs/procfs-sys.js";
import { hasStableSecret } from "./stable_address.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { cnf, in6DevGet } from "./inet6_dev.js";
import { inet6SetIftoken } from "./addrconf.js";

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
  m.IFLA_INET6_TOKEN = in6DevGet(dev)?.token ?? 0n;
  return m;
}

rtnlRegisterLinkDump(AF_INET6, (net: NetNamespace) => {
  const out: IfInfoMsg[] = [];
  for (const dev of devListByIndex(net)) if (in6DevGet(dev)) out.push(inet6FillIfinfo(dev));
  return out;
});

/**
 * IFLA_AF_SPEC / AF_INET6 in RTM_NEWLINK/RTM_SETLINK: addr_gen_mode, which
 * `ip -d link` shows (addrgenmode) and `ip link set DEV addrgenmode M` sets.
 * The mode is the device's addr_gen_mode sysctl; setting it changes nothing
 * else until the link is configured again (down and up), unlike a write to
 * the sysctl itself (addrconf.ts). A stable_secret mode without any secret is
 * EINVAL (check_stable_privacy).
 */
inet6Af.ops = {
  fillAddrGenMode(dev) {
    return in6DevGet(dev) ? cnf(dev, "addr_gen_mode", 0) : undefined;
  },
  validateLinkAf(dev) {
    if (!in6DevGet(dev)) throw kerr("EAFNOSUPPORT");
  },
  setToken(dev, token) {
    const idev = in6DevGet(dev);
    if (!idev) throw kerr("EAFNOSUPPORT");
    inet6SetIftoken(idev, token);
  },
  validateAddrGenMode(dev, mode) {
    if (!in6DevGet(dev)) throw kerr("EAFNOSUPPORT");
    if (mode < 0 || mode > 3) throw kerr("EINVAL");
    if (mode === 2 && !hasStableSecret(dev)) throw kerr("EINVAL");
  },
  setAddrGenMode(dev, mode) {
    sysctlSetQuiet(dev.net, `net.ipv6.conf.${dev.name}.addr_gen_mode`, String(mode));
  },
};
