// ip/iplink_bridge_slave.c of iproute2 6.1: `ip link set DEV type bridge_slave
// OPTIONS` sends the options as IFLA_INFO_SLAVE_DATA for the port's bridge
// (br_port_slave_changelink). Options the model does not keep (proxy_arp,
// mcast_router, mcast_to_unicast, group_fwd_mask, vlan_tunnel, locked, backup
// ports) are parsed and checked, not sent.

import type { BrportRequest } from "../../../uapi/rtnetlink.js";
import { invarg, IpExit, llNameToIndex, matches, incompleteCommand, numArg, type Ctx } from "../lib/utils.js";

export const BRIDGE_SLAVE_USAGE =
  "Usage: ... bridge_slave [ fdb_flush ]\n" +
  "\t\t\t[ state STATE ]\n" +
  "\t\t\t[ priority PRIO ]\n" +
  "\t\t\t[ cost COST ]\n" +
  "\t\t\t[ guard {on | off} ]\n" +
  "\t\t\t[ hairpin {on | off} ]\n" +
  "\t\t\t[ fastleave {on | off} ]\n" +
  "\t\t\t[ root_block {on | off} ]\n" +
  "\t\t\t[ learning {on | off} ]\n" +
  "\t\t\t[ flood {on | off} ]\n" +
  "\t\t\t[ proxy_arp {on | off} ]\n" +
  "\t\t\t[ proxy_arp_wifi {on | off} ]\n" +
  "\t\t\t[ mcast_router MULTICAST_ROUTER ]\n" +
  "\t\t\t[ mcast_fast_leave {on | off} ]\n" +
  "\t\t\t[ mcast_flood {on | off} ]\n" +
  "\t\t\t[ bcast_flood {on | off} ]\n" +
  "\t\t\t[ mcast_to_unicast {on | off} ]\n" +
  "\t\t\t[ group_fwd_mask MASK ]\n" +
  "\t\t\t[ neigh_suppress {on | off} ]\n" +
  "\t\t\t[ vlan_tunnel {on | off} ]\n" +
  "\t\t\t[ isolated {on | off} ]\n" +
  "\t\t\t[ locked {on | off} ]\n" +
  "\t\t\t[ backup_port DEVICE ] [ nobackup_port ]\n";


/** Order of the on/off switches as bridge_slave_parse_opt() tests them (matches() prefixes). */
const ON_OFF: Array<[string, keyof BrportRequest | null]> = [
  ["hairpin", "IFLA_BRPORT_MODE"],
  ["guard", "IFLA_BRPORT_GUARD"],
  ["root_block", "IFLA_BRPORT_PROTECT"],
  ["fastleave", "IFLA_BRPORT_FAST_LEAVE"],
  ["learning", "IFLA_BRPORT_LEARNING"],
  ["flood", "IFLA_BRPORT_UNICAST_FLOOD"],
  ["mcast_flood", "IFLA_BRPORT_MCAST_FLOOD"],
  ["bcast_flood", "IFLA_BRPORT_BCAST_FLOOD"],
  ["mcast_to_unicast", "IFLA_BRPORT_MCAST_TO_UCAST"],
  ["proxy_arp", "IFLA_BRPORT_PROXYARP"],
  ["proxy_arp_wifi", "IFLA_BRPORT_PROXYARP_WIFI"],
];
const ON_OFF_LATE: Array<[string, keyof BrportRequest | null]> = [
  ["mcast_fast_leave", "IFLA_BRPORT_FAST_LEAVE"],
  ["neigh_suppress", "IFLA_BRPORT_NEIGH_SUPPRESS"],
];
const ON_OFF_LAST: Array<[string, keyof BrportRequest | null]> = [
  ["vlan_tunnel", "IFLA_BRPORT_VLAN_TUNNEL"],
  ["isolated", "IFLA_BRPORT_ISOLATED"],
  ["locked", "IFLA_BRPORT_LOCKED"],
];

/** bridge_slave_parse_opt(): the request data, or undefined after printing why (status 1). */
export function bridgeSlaveParseOpt(ctx: Ctx, argv: string[]): (BrportRequest & { IFLA_BRPORT_FLUSH?: boolean }) | undefined {
  const d: BrportRequest & { IFLA_BRPORT_FLUSH?: boolean } = {};
  const onOff = (name: string, v: string, key: keyof BrportRequest | null) => {
    // parse_on_off(): "off"/"on" or a prefix; else the message and exit(1).
    let n: number;
    if (matches(v, "off")) n = 0;
    else if (matches(v, "on")) n = 1;
    else {
      ctx.err(`Error: argument of "${name}" must be one of "off", "on", not "${v}"\n`);
      throw new IpExit(1);
    }
    if (key) d[key] = n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    const sw = (list: Array<[string, keyof BrportRequest | null]>) => list.find(([n]) => matches(a, n));
    let hit: [string, keyof BrportRequest | null] | undefined;
    if (matches(a, "fdb_flush")) d.IFLA_BRPORT_FLUSH = true;
    else if (matches(a, "state")) {
      const v = next();
      const n = numArg(v, 255);
      if (n === undefined) invarg(ctx, "state is invalid", v);
      d.IFLA_BRPORT_STATE = n;
    } else if (matches(a, "priority")) {
      const v = next();
      const n = numArg(v, 65535);
      if (n === undefined) invarg(ctx, "priority is invalid", v);
      d.IFLA_BRPORT_PRIORITY = n;
    } else if (matches(a, "cost")) {
      const v = next();
      const n = numArg(v, 0xffffffff);
      if (n === undefined) invarg(ctx, "cost is invalid", v);
      d.IFLA_BRPORT_COST = n;
    } else if ((hit = sw(ON_OFF))) onOff(hit[0], next(), hit[1]);
    else if (matches(a, "mcast_router")) {
      const v = next();
      const n = numArg(v, 255);
      if (n === undefined) invarg(ctx, "invalid mcast_router", v);
      d.IFLA_BRPORT_MULTICAST_ROUTER = n;
    } else if ((hit = sw(ON_OFF_LATE))) onOff(hit[0], next(), hit[1]);
    else if (matches(a, "group_fwd_mask")) {
      const v = next();
      if (numArg(v, 65535) === undefined) invarg(ctx, "invalid group_fwd_mask", v);
    } else if ((hit = sw(ON_OFF_LAST))) onOff(hit[0], next(), hit[1]);
    else if (matches(a, "backup_port")) {
      const v = next();
      const idx = llNameToIndex(ctx, v);
      if (!idx) invarg(ctx, "Device does not exist\n", v);
      d.IFLA_BRPORT_BACKUP_PORT = idx;
    } else if (matches(a, "nobackup_port")) d.IFLA_BRPORT_BACKUP_PORT = 0;
    else if (matches(a, "help")) {
      ctx.err(BRIDGE_SLAVE_USAGE);
      return undefined;
    } else {
      ctx.err(`bridge_slave: unknown option "${a}"?\n${BRIDGE_SLAVE_USAGE}`);
      return undefined;
    }
  }
  return d;
}
