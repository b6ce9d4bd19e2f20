// The IPv6 model's initcall: importing this registers addrconf's netdev
// notifier, the ETH_P_IPV6 handler and the /proc/net files. Imported by
// kernel/net-init.ts after IPv4's IGMP (whose notifier must run first).

import "./addrconf.js";
import "./addrconf_ifinfo.js";
import "./ip6_input.js";
import "./ndisc_tbl.js";
import "./ip6_forward.js";
import "./proc.js";
import "./proc_snmp6.js";
import "./udp.js";
import "./tcp_ipv6.js";
import type { NetDevice } from "../core/netdevice.js";
import type { Host } from "../host.js";
import { addrconfSettle } from "./addrconf.js";

/**
 * For registerHostNetSetup (kernel/net-init.ts): a booted VM has been up for
 * a while, so its link-local addresses passed DAD long ago and the boot-time
 * reports are over.
 */
export function ipv6HostNetSetup(_host: Host, devs: { lo: NetDevice; eth0: NetDevice }): void {
  addrconfSettle(devs.lo);
  addrconfSettle(devs.eth0);
}
