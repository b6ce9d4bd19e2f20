// bridge/link.c of iproute2 6.1: `bridge link [show [dev DEV]]` lists bridge
// ports: "IDX: NAME[@PEER]: <FLAGS> mtu N master BR state STATE priority P
// cost C", with -d the port's switches on a second line, and -j the same as
// JSON. The data is the PF_BRIDGE view of RTM_GETLINK, which the model
// answers from the ports' IFLA_INFO_SLAVE_DATA.
// `bridge link set` (brlink_modify) sends the options as IFLA_PROTINFO of a
// PF_BRIDGE RTM_SETLINK; options the model does not know (mcast_router,
// learning_sync, vlan_tunnel, locked, hwmode, backup ports) are parsed and
// checked as iproute2 does but not sent.

import type { IfInfoMsg, IflaBrportInfo } from "../../../uapi/if_link.js";
import { RTEXT_FILTER_SKIP_STATS } from "../../../uapi/rtnetlink.js";
import { printLinkFlags, printNameAndLink } from "../ip/print_link.js";
import type { BrportRequest } from "../../../uapi/rtnetlink.js";
import { atoi, IpExit, llIndexToName, llNameToIndex, matches, talk, duparg, incompleteCommand } from "../lib/utils.js";
import type { BridgeCtx } from "./ctx.js";
import type { LinkNotify } from "../../../kernel/core/rtnl_notify.js";

const LINK_USAGE =
  "Usage: bridge link set dev DEV [ cost COST ] [ priority PRIO ] [ state STATE ]\n" +
  "                               [ guard {on | off} ]\n" +
  "                               [ hairpin {on | off} ]\n" +
  "                               [ fastleave {on | off} ]\n" +
  "                               [ root_block {on | off} ]\n" +
  "                               [ learning {on | off} ]\n" +
  "                               [ learning_sync {on | off} ]\n" +
  "                               [ flood {on | off} ]\n" +
  "                               [ mcast_router MULTICAST_ROUTER ]\n" +
  "                               [ mcast_flood {on | off} ]\n" +
  "                               [ bcast_flood {on | off} ]\n" +
  "                               [ mcast_to_unicast {on | off} ]\n" +
  "                               [ neigh_suppress {on | off} ]\n" +
  "                               [ vlan_tunnel {on | off} ]\n" +
  "                               [ isolated {on | off} ]\n" +
  "                               [ locked {on | off} ]\n" +
  "                               [ hwmode {vepa | veb} ]\n" +
  "                               [ backup_port DEVICE ] [ nobackup_port ]\n" +
  "                               [ self ] [ master ]\n" +
  "       bridge link show [dev DEV]\n";

function usage(ctx: BridgeCtx): never {
  ctx.err(LINK_USAGE);
  throw new IpExit(255);
}

const PORT_STATES = ["disabled", "listening", "learning", "forwarding", "blocking"];

function printOnoff(ctx: BridgeCtx, key: string, v: number): void {
  ctx.out.onOff("ANY", key, `${key} %s `, v !== 0);
}

/** print_protinfo() */
function printProtinfo(ctx: BridgeCtx, p: IflaBrportInfo): void {
  const out = ctx.out;
  const st = PORT_STATES[p.IFLA_BRPORT_STATE];
  if (st !== undefined) out.string("ANY", "state", "state %s ", st);
  else out.uint("ANY", "state", "state (%d) ", p.IFLA_BRPORT_STATE);
  out.uint("ANY", "priority", "priority %u ", p.IFLA_BRPORT_PRIORITY);
  out.uint("ANY", "cost", "cost %u ", p.IFLA_BRPORT_COST);
  if (!ctx.details) return;
  if (!out.isJson) out.raw(`${out.sl}    `);
  printOnoff(ctx, "hairpin", p.IFLA_BRPORT_MODE);
  printOnoff(ctx, "guard", p.IFLA_BRPORT_GUARD);
  printOnoff(ctx, "root_block", p.IFLA_BRPORT_PROTECT);
  printOnoff(ctx, "fastleave", p.IFLA_BRPORT_FAST_LEAVE);
  printOnoff(ctx, "learning", p.IFLA_BRPORT_LEARNING);
  printOnoff(ctx, "flood", p.IFLA_BRPORT_UNICAST_FLOOD);
  printOnoff(ctx, "mcast_flood", p.IFLA_BRPORT_MCAST_FLOOD);
  printOnoff(ctx, "bcast_flood", p.IFLA_BRPORT_BCAST_FLOOD);
  out.uint("ANY", "mcast_router", "mcast_router %u ", p.IFLA_BRPORT_MULTICAST_ROUTER);
  printOnoff(ctx, "mcast_to_unicast", p.IFLA_BRPORT_MCAST_TO_UCAST);
  printOnoff(ctx, "neigh_suppress", p.IFLA_BRPORT_NEIGH_SUPPRESS);
  printOnoff(ctx, "vlan_tunnel", p.IFLA_BRPORT_VLAN_TUNNEL);
  if (p.IFLA_BRPORT_BACKUP_PORT !== undefined) out.string("ANY", "backup_port", "backup_port %s ", llIndexToName(ctx, p.IFLA_BRPORT_BACKUP_PORT));
  printOnoff(ctx, "isolated", p.IFLA_BRPORT_ISOLATED);
  printOnoff(ctx, "locked", p.IFLA_BRPORT_LOCKED);
}

/**
 * print_linkinfo() of bridge/link.c for one link: "Deleted " when asked (RTM_DELLINK),
 * mtu when the message has it, the port's state when it carries IFLA_PROTINFO. A
 * PF_BRIDGE message (br_fill_ifinfo) has IFLA_LINK but no IFLA_LINK_NETNSID: a peer
 * in another namespace is named by its index looked up here ("va@br0").
 */
function printPort(ctx: BridgeCtx, m: IfInfoMsg, family: number, port?: IflaBrportInfo, deleted = false): void {
  const out = ctx.out;
  out.openObject(null);
  if (deleted) out.bool("ANY", "deleted", "Deleted ", true);
  out.int("ANY", "ifindex", "%d: ", m.ifi_index);
  const mdown = printNameAndLink(ctx, out, "%s: ", m.IFLA_IFNAME, family === 7 ? { ...m, IFLA_LINK_NETNSID: undefined } : m);
  printLinkFlags(out, m.ifi_flags, mdown);
  if (m.IFLA_MTU !== undefined) out.int("ANY", "mtu", "mtu %u ", m.IFLA_MTU);
  if (m.IFLA_MASTER !== undefined) out.string("ANY", "master", "master %s ", llIndexToName(ctx, m.IFLA_MASTER));
  if (port) printProtinfo(ctx, port);
  out.string("FP", null, "%s", "\n");
  out.closeObject();
}

/** A notification (`bridge monitor link`): AF_UNSPEC and AF_BRIDGE messages. */
export function printLinkMon(ctx: BridgeCtx, n: LinkNotify, banner: boolean): void {
  const m = n.msg as IfInfoMsg;
  if (banner) ctx.out.raw("[LINK]");
  printPort(ctx, m, n.family, m.IFLA_PROTINFO, n.type === "RTM_DELLINK");
}

async function brlinkShow(ctx: BridgeCtx, argv: string[]): Promise<number> {
  let filterDev: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "dev") {
      i++;
      if (argv[i] === undefined) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      if (filterDev !== undefined) duparg(ctx, "dev", argv[i]!);
      filterDev = argv[i];
    }
  }
  let filterIndex = 0;
  if (filterDev !== undefined) {
    filterIndex = llNameToIndex(ctx, filterDev);
    if (!filterIndex) {
      ctx.err(`Cannot find device "${filterDev}"\n`);
      return 255;
    }
  }
  const r = talk(ctx, { type: "RTM_GETLINK", dump: true, ifi_index: 0, attrs: { IFLA_EXT_MASK: RTEXT_FILTER_SKIP_STATS } });
  if (!r || r.type !== "links") return 255;
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of r.links) {
    const slave = m.IFLA_LINKINFO?.IFLA_INFO_SLAVE_DATA;
    if (!slave || slave.kind !== "bridge") continue;
    if (filterIndex && filterIndex !== m.ifi_index) continue;
    // The PF_BRIDGE dump (br_fill_ifinfo).
    printPort(ctx, m, 7, slave.port);
  }
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/** parse_on_off() -> parse_one_of(): "off"/"on" or a prefix of one (off first); else -EINVAL. */
function parseOnOff(ctx: BridgeCtx, msg: string, v: string): number {
  if (matches(v, "off")) return 0;
  if (matches(v, "on")) return 1;
  ctx.err(`Error: argument of "${msg}" must be one of "off", "on", not "${v}"\n`);
  throw new IpExit(234);
}

const FLAG_ATTRS: Record<string, keyof BrportRequest | null> = {
  guard: "IFLA_BRPORT_GUARD",
  hairpin: "IFLA_BRPORT_MODE",
  fastleave: "IFLA_BRPORT_FAST_LEAVE",
  root_block: "IFLA_BRPORT_PROTECT",
  learning: "IFLA_BRPORT_LEARNING",
  learning_sync: null,
  flood: "IFLA_BRPORT_UNICAST_FLOOD",
  mcast_flood: "IFLA_BRPORT_MCAST_FLOOD",
  bcast_flood: "IFLA_BRPORT_BCAST_FLOOD",
  mcast_to_unicast: "IFLA_BRPORT_MCAST_TO_UCAST",
  neigh_suppress: "IFLA_BRPORT_NEIGH_SUPPRESS",
  vlan_tunnel: "IFLA_BRPORT_VLAN_TUNNEL",
  isolated: "IFLA_BRPORT_ISOLATED",
  locked: "IFLA_BRPORT_LOCKED",
};

/** brlink_modify() */
async function brlinkModify(ctx: BridgeCtx, argv: string[]): Promise<number> {
  const protinfo: BrportRequest = {};
  let dev: string | undefined;
  let cost = 0;
  let priority = -1;
  let state = -1;
  let flags = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "dev") dev = next();
    else if (a in FLAG_ATTRS) {
      const v = parseOnOff(ctx, a, next());
      const key = FLAG_ATTRS[a];
      if (key) protinfo[key] = v;
    } else if (a === "mcast_router") {
      // __s8 mcast_router = atoi(): sent (as a u8) when not negative.
      const v = (atoi(next()) << 24) >> 24;
      if (v >= 0) protinfo.IFLA_BRPORT_MULTICAST_ROUTER = v;
      else delete protinfo.IFLA_BRPORT_MULTICAST_ROUTER;
    }
    else if (a === "cost") cost = atoi(next()) >>> 0;
    else if (a === "priority") priority = (atoi(next()) << 16) >> 16;
    else if (a === "state") {
      const v = next();
      if (/^[ \t\n\v\f\r]*[+-]?\d+$/.test(v)) state = (atoi(v) << 24) >> 24;
      else {
        state = PORT_STATES.indexOf(v);
        if (state < 0) {
          ctx.err("Error: invalid STP port state\n");
          return 255;
        }
      }
    } else if (a === "hwmode") {
      const v = next();
      flags = 2;
      if (v !== "vepa" && v !== "veb") {
        ctx.err('Mode argument must be "vepa" or "veb".\n');
        return 255;
      }
    } else if (a === "self") flags |= 2;
    else if (a === "master") flags |= 1;
    else if (a === "backup_port") {
      const v = next();
      const idx = llNameToIndex(ctx, v);
      if (!idx) {
        ctx.err(`Error: device ${v} does not exist\n`);
        return 255;
      }
      protinfo.IFLA_BRPORT_BACKUP_PORT = idx;
    } else if (a === "nobackup_port") protinfo.IFLA_BRPORT_BACKUP_PORT = 0;
    else usage(ctx);
  }
  if (dev === undefined) {
    ctx.err("Device is a required argument.\n");
    return 255;
  }
  const ifindex = llNameToIndex(ctx, dev);
  if (!ifindex) {
    ctx.err(`Cannot find bridge device "${dev}"\n`);
    return 255;
  }
  if (cost > 0) protinfo.IFLA_BRPORT_COST = cost;
  if (priority >= 0) protinfo.IFLA_BRPORT_PRIORITY = priority;
  if (state >= 0) protinfo.IFLA_BRPORT_STATE = state;
  const r = talk(ctx, { type: "RTM_SETLINK_BRIDGE", ifi_index: ifindex, protinfo, flags });
  return r ? 0 : 255;
}

export async function doLink(ctx: BridgeCtx, argv: string[]): Promise<number> {
  if (!argv.length) return brlinkShow(ctx, []);
  const a = argv[0]!;
  if (matches(a, "set") || matches(a, "change")) return brlinkModify(ctx, argv.slice(1));
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return brlinkShow(ctx, argv.slice(1));
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "bridge link help".\n`);
  throw new IpExit(255);
}
