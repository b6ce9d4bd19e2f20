// rtnl_linkprop() (net/core/rtnetlink.c): RTM_NEWLINKPROP / RTM_DELLINKPROP,
// the requests behind `ip link property add|del dev DEV altname NAME…`.

import { kerr } from "../../uapi/errno.js";
import type { RtmLinkProp } from "../../uapi/rtnetlink.js";
import { utf8Length } from "../../wire/bytes.js";
import { ALTIFNAMSIZ, altnamePropListSize, netdevAltnameCreate, netdevAltnameDestroy, nlaTotalSize } from "./altname.js";
import { devGetByIndex, devGetByName, netdevStateChange } from "./dev.js";
import type { NetNamespace } from "./netns.js";

/**
 * Each IFLA_ALT_IFNAME in turn: the first failure ends the request with the
 * names before it kept (as the kernel does); any change announces the device
 * (netdev_state_change: only while it is up).
 */
export function rtnlLinkprop(net: NetNamespace, req: RtmLinkProp): void {
  const a = req.attrs;
  let dev;
  if (req.ifi_index > 0) dev = devGetByIndex(net, req.ifi_index);
  else if (a.IFLA_IFNAME !== undefined) dev = devGetByName(net, a.IFLA_IFNAME);
  else throw kerr("EINVAL");
  if (!dev) throw kerr("ENODEV");
  const names = a.IFLA_PROP_LIST;
  if (!names) return;
  let changed = false;
  try {
    for (const name of names) {
      // ifla_policy[IFLA_ALT_IFNAME]: NLA_STRING of at most ALTIFNAMSIZ - 1 bytes.
      if (utf8Length(name) >= ALTIFNAMSIZ) throw kerr("EINVAL", "Attribute failed policy validation");
      if (req.type === "RTM_NEWLINKPROP") {
        if (altnamePropListSize(dev) + nlaTotalSize(ALTIFNAMSIZ) >= 0xffff) {
          throw kerr("EINVAL", "effective property list too long");
        }
        netdevAltnameCreate(dev, name);
      } else netdevAltnameDestroy(dev, name);
      changed = true;
    }
  } finally {
    if (changed) netdevStateChange(dev);
  }
}
