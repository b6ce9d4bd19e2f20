// rtnl_register(family, RTM_GETLINK, NULL, dumpit): the families that answer a
// link dump themselves. Only AF_INET6 does (addrconf's inet6_dump_ifinfo, what
// `ip -6 addr` reads); rtnetlink.ts sends a dump for any other family to
// PF_UNSPEC's rtnl_dump_ifinfo. Kept apart from rtnetlink.ts so a protocol can
// register while the stack's modules are still loading.

import type { IfInfoMsg } from "../../uapi/if_link.js";
import type { NetNamespace } from "./netns.js";
import type { NetDevice } from "./netdevice.js";

type LinkDump = (net: NetNamespace) => IfInfoMsg[];
const dumps = new Map<number, LinkDump>();

export function rtnlRegisterLinkDump(family: number, fn: LinkDump): void {
  dumps.set(family, fn);
}

export function familyLinkDump(family: number): LinkDump | undefined {
  return dumps.get(family);
}

/**
 * rtnl_af_register(PF_INET6): the IPv6 part of IFLA_AF_SPEC in link messages
 * (addrconf's inet6_fill_link_af / inet6_validate_link_af / inet6_set_link_af),
 * here IFLA_INET6_ADDR_GEN_MODE and IFLA_INET6_TOKEN. Registered by kernel/ipv6.
 */
export interface Inet6AfOps {
  /** The device's addr_gen_mode, or undefined when it has no inet6_dev (no AF_INET6 attribute: ENODATA). */
  fillAddrGenMode(dev: NetDevice): number | undefined;
  /** Throws the KernelError validate_linkmsg() would, before do_setlink changes anything. */
  validateAddrGenMode(dev: NetDevice, mode: number): void;
  setAddrGenMode(dev: NetDevice, mode: number): void;
  /** inet6_validate_link_af(): EAFNOSUPPORT for a device without an inet6_dev. */
  validateLinkAf(dev: NetDevice): void;
  /** inet6_set_iftoken(): throws its EINVAL with the extack. */
  setToken(dev: NetDevice, token: bigint): void;
}

export const inet6Af: { ops?: Inet6AfOps } = {};
