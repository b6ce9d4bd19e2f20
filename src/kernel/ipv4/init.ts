// The IPv4 stack's initcalls (inet_init, ip_fib_init, devinet_init, arp_init):
// importing this module registers the protocol handlers, notifiers and /proc
// files, gives every namespace its local and main tables, and configures a
// booted (non-bare) host: lo's 127.0.0.1 comes with lo going up; eth0 gets the
// address a VM on a NAT network leases (10.0.2.15/24) and a default route to
// the LAN's gateway 10.0.2.2 (the gateway itself belongs to the multi-host model).

import { IFA_F_PERMANENT } from "../../uapi/if_addr.js";
import { RT_SCOPE_UNIVERSE, RT_TABLE_MAIN, RTN_UNICAST, RTPROT_BOOT } from "../../uapi/route.js";
import { registerPernetOps } from "../core/net_namespace.js";
import { registerHostNetSetup } from "../net-init.js";
import { inetdevAdopt, inetInsertIfa, newIfa } from "./devinet.js";
import { fibInitTables } from "./fib.js";
import { fibRouteAdd } from "./fib_frontend.js";
import "./arp.js";
import "./ip_input.js";
import "./proc_net.js";
import "./fib_trie_proc.js";
import "./proc_snmp.js";
import "./sockstat.js";
import "./proc_sockets.js";
import "./udp.js";
import "./tcp_ipv4.js";

registerPernetOps({
  name: "ipv4",
  init(core) {
    fibInitTables(core.ns);
    inetdevAdopt(core.devices.values());
  },
});

registerHostNetSetup((_host, { eth0 }) => {
  inetInsertIfa(
    newIfa(eth0, { local: 0x0a00020f, prefixlen: 24, broadcast: 0x0a0002ff, flags: IFA_F_PERMANENT }),
  );
  fibRouteAdd(eth0.net, {
    dst: 0,
    dstLen: 0,
    tos: 0,
    table: RT_TABLE_MAIN,
    protocol: RTPROT_BOOT,
    scope: RT_SCOPE_UNIVERSE,
    type: RTN_UNICAST,
    prefsrc: 0,
    priority: 0,
    oif: eth0.ifindex,
    gw: 0x0a000202,
    flags: 0,
    nlflags: { replace: false, excl: true, append: false, create: true },
  });
});
