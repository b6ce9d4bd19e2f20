// rtnl_register(family, RTM_GETLINK, NULL, dumpit): the families that answer a
// link dump themselves. Only AF_INET6 does (addrconf's inet6_dump_ifinfo, what
// `ip -6 addr` reads); rtnetlink.ts sends a dump for any other family to
// PF_UNSPEC's rtnl_dump_ifinfo. Kept apart from rtnetlink.ts so a protocol can
// register while the stack's modules are still loading.

import type { IfInfoMsg } from "../../uapi/if_link.js";
import type { NetNamespace } from "./netns.js";

type LinkDump = (net: NetNamespace) => IfInfoMsg[];
const dumps = new Map<number, LinkDump>();

export function rtnlRegisterLinkDump(family: number, fn: LinkDump): void {
  dumps.set(family, fn);
}

export function familyLinkDump(family: number): LinkDump | undefined {
  return dumps.get(family);
}
