// iproute2 6.1 ip/ipmptcp.c: `ip mptcp endpoint add|delete|change|show|flush`,
// `ip mptcp limits set|show` and `ip mptcp monitor`, talking to the
// "mptcp_pm" generic netlink family (kernel/mptcp/pm_kernel.ts).
// `limits show` prints with no JSON object open, so -j gives the text form,
// as 6.1 does. The monitor subscribes and waits: nslab has no MPTCP
// connections, so no event ever comes (it ends with a signal).

import { formatIp6, formatIpv4 } from "../../../wire/addr.js";
import { AF_INET, AF_INET6 } from "../../../uapi/if_addr.js";
import {
  MPTCP_PM_ADDR_FLAG_BACKUP,
  MPTCP_PM_ADDR_FLAG_FULLMESH,
  MPTCP_PM_ADDR_FLAG_SIGNAL,
  MPTCP_PM_ADDR_FLAG_SUBFLOW,
  MPTCP_PM_NAME,
  type MptcpPmAddrAttrs,
  type MptcpPmAddrMsg,
  type MptcpPmReply,
  type MptcpPmRequest,
} from "../../../uapi/mptcp.js";
import { mptcpPmTalk } from "../../../kernel/mptcp/pm_kernel.js";
import { checkIfname, getUnsigned, incompleteCommand, invarg, IpExit, llIndexToName, llNameToIndex, matches } from "../lib/utils.js";
import { getAddrAf } from "../lib/inet.js";
import { genlInitHandle, genlTalk } from "../lib/libgenl.js";
import { MonitorQueue } from "../lib/monitor_queue.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

const USAGE =
  "Usage:\tip mptcp endpoint add ADDRESS [ dev NAME ] [ id ID ]\n" +
  "\t\t\t\t      [ port NR ] [ FLAG-LIST ]\n" +
  "\tip mptcp endpoint delete id ID [ ADDRESS ]\n" +
  "\tip mptcp endpoint change [ id ID ] [ ADDRESS ] [ port NR ] CHANGE-OPT\n" +
  "\tip mptcp endpoint show [ id ID ]\n" +
  "\tip mptcp endpoint flush\n" +
  "\tip mptcp limits set [ subflows NR ] [ add_addr_accepted NR ]\n" +
  "\tip mptcp limits show\n" +
  "\tip mptcp monitor\n" +
  "FLAG-LIST := [ FLAG-LIST ] FLAG\n" +
  "FLAG  := [ signal | subflow | backup | fullmesh ]\n" +
  "CHANGE-OPT := [ backup | nobackup | fullmesh | nofullmesh ]\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** mptcp_addr_flag_names[], in order (the "no" words set nothing). */
const FLAG_NAMES: Array<[string, number]> = [
  ["signal", MPTCP_PM_ADDR_FLAG_SIGNAL],
  ["subflow", MPTCP_PM_ADDR_FLAG_SUBFLOW],
  ["backup", MPTCP_PM_ADDR_FLAG_BACKUP],
  ["fullmesh", MPTCP_PM_ADDR_FLAG_FULLMESH],
  ["nobackup", 0],
  ["nofullmesh", 0],
];

function missarg(ctx: IpCtx, key: string): never {
  ctx.err(`Error: argument "${key}" is required\n`);
  throw new IpExit(255);
}

type AddrCmd = "ADD_ADDR" | "DEL_ADDR" | "SET_FLAGS" | "GET_ADDR";

/** mptcp_parse_opt(): the MPTCP_PM_ATTR_ADDR nest of a request. */
function parseOpt(ctx: IpCtx, argv: string[], cmd: AddrCmd): MptcpPmAddrAttrs {
  const setting = cmd === "SET_FLAGS";
  const adding = cmd === "ADD_ADDR";
  const deling = cmd === "DEL_ADDR";
  let addr: number | bigint | undefined;
  let idSet = false;
  let id = 0;
  let index = 0;
  let flags = 0;
  let port = 0;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    const flag = FLAG_NAMES.find(([n]) => n === a);
    if (flag) {
      flags |= flag[1];
      if (adding && flags & MPTCP_PM_ADDR_FLAG_SIGNAL && flags & MPTCP_PM_ADDR_FLAG_FULLMESH) {
        invarg(ctx, "flags mustn't have both signal and fullmesh", a);
      }
      if (setting && flags & ~(MPTCP_PM_ADDR_FLAG_BACKUP | MPTCP_PM_ADDR_FLAG_FULLMESH)) {
        invarg(ctx, "invalid flags, backup and fullmesh only", a);
      }
    } else if (matches(a, "id")) {
      const v = next();
      const n = getUnsigned(v, 0xff);
      if (n === undefined) invarg(ctx, "invalid ID\n", v);
      id = n;
      idSet = true;
    } else if (matches(a, "dev")) {
      const v = next();
      if (!checkIfname(v)) invarg(ctx, "invalid interface name\n", v);
      index = llNameToIndex(ctx, v);
      if (!index) invarg(ctx, "device does not exist\n", v);
    } else if (matches(a, "port")) {
      const v = next();
      const n = getUnsigned(v, 0xffff);
      if (n === undefined) invarg(ctx, "expected port", v);
      port = n;
    } else addr = getAddrAf(ctx, a, 0);
  }
  if (addr === undefined && adding) missarg(ctx, "ADDRESS");
  if (!idSet && deling) missarg(ctx, "ID");
  else if (idSet && deling) {
    if (id && addr !== undefined) invarg(ctx, "invalid for non-zero id address\n", "ADDRESS");
    else if (!id && addr === undefined) invarg(ctx, "address is needed for deleting id 0 address\n", "ID");
  }
  if (adding && port && !(flags & MPTCP_PM_ADDR_FLAG_SIGNAL)) invarg(ctx, "flags must have signal when using port", "port");
  if (setting && idSet && port) invarg(ctx, "port can't be used with id", "port");

  const nest: MptcpPmAddrAttrs = {};
  if (idSet) nest.id = id;
  if (flags) nest.flags = flags;
  if (index) nest.ifindex = index;
  if (port) nest.port = port;
  if (typeof addr === "number") {
    nest.family = AF_INET;
    nest.addr4 = addr;
  } else if (typeof addr === "bigint") {
    nest.family = AF_INET6;
    nest.addr6 = addr;
  }
  return nest;
}

/** rtnl_talk() on the genl socket: the reply, or the error printed and undefined. */
function talk(ctx: IpCtx, req: MptcpPmRequest): MptcpPmReply | undefined {
  return genlTalk(ctx, () => mptcpPmTalk(ctx.task.netns, req));
}

/** print_mptcp_addrinfo() */
function printAddr(ctx: IpCtx, m: MptcpPmAddrMsg): void {
  const out = ctx.out;
  out.openObject(null);
  if (m.family === AF_INET && m.addr4 !== undefined) out.string("ANY", "address", "%s ", formatIpv4(m.addr4));
  else if (m.family !== AF_INET && m.addr6 !== undefined) out.string("ANY", "address", "%s ", formatIp6(m.addr6));
  if (m.port) out.uint("ANY", "port", "port %u ", m.port);
  out.uint("ANY", "id", "id %u ", m.id);
  let flags = m.flags;
  for (const [name, mask] of FLAG_NAMES) {
    if (flags & mask) {
      out.string("FP", null, "%s ", name);
      out.bool("JSON", name, "", true);
    }
    flags &= ~mask;
  }
  if (flags) out.string("ANY", "rawflags", "rawflags %s ", flags.toString(16).padStart(2, "0"));
  if (m.ifindex) out.string("ANY", "dev", "dev %s ", llIndexToName(ctx, m.ifindex));
  out.closeObject();
  out.string("FP", null, "\n", null);
}

function addrModify(ctx: IpCtx, argv: string[], cmd: "ADD_ADDR" | "DEL_ADDR" | "SET_FLAGS"): number {
  const addr = parseOpt(ctx, argv, cmd);
  return talk(ctx, { cmd, addr }) ? 0 : 2;
}

function addrShow(ctx: IpCtx, argv: string[]): number {
  const out = ctx.out;
  if (!argv.length) {
    const r = talk(ctx, { cmd: "GET_ADDR", dump: true });
    if (!r) return 2;
    out.newJsonObj(ctx.json, ctx.pretty);
    if (r.type === "addrs") for (const m of r.addrs) printAddr(ctx, m);
    out.deleteJsonObj();
    return 0;
  }
  const addr = parseOpt(ctx, argv, "GET_ADDR");
  const r = talk(ctx, { cmd: "GET_ADDR", dump: false, addr });
  if (!r) return 2;
  out.newJsonObj(ctx.json, ctx.pretty);
  if (r.type === "addrs") for (const m of r.addrs) printAddr(ctx, m);
  out.deleteJsonObj();
  return 0;
}

/** mptcp_parse_limit() + mptcp_limit_get_set() */
function limitGetSet(ctx: IpCtx, argv: string[], get: boolean): number {
  let rcvAddAddrs: number | undefined;
  let subflows: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (matches(a, "subflows")) {
      const v = next();
      subflows = getUnsigned(v);
      if (subflows === undefined) invarg(ctx, "invalid subflows\n", v);
    } else if (matches(a, "add_addr_accepted")) {
      const v = next();
      rcvAddAddrs = getUnsigned(v);
      if (rcvAddAddrs === undefined) invarg(ctx, "invalid add_addr_accepted\n", v);
    } else invarg(ctx, "unknown limit", a);
  }
  const r = talk(ctx, get ? { cmd: "GET_LIMITS" } : { cmd: "SET_LIMITS", rcvAddAddrs, subflows });
  if (!r) return 2;
  if (r.type === "limits") {
    const out = ctx.out;
    out.openObject(null);
    out.uint("ANY", "add_addr_accepted", "add_addr_accepted %d ", r.rcvAddAddrs);
    out.uint("ANY", "subflows", "subflows %d ", r.subflows);
    out.string("FP", null, "%s", "\n");
    out.closeObject();
  }
  return 0;
}

async function monitor(ctx: IpCtx): Promise<number> {
  await ctx.out.flush();
  await new MonitorQueue<never>().next(ctx.task);
  return 0;
}

function unknown(ctx: IpCtx, word: string): never {
  ctx.err(`Command "${word}" is unknown, try "ip mptcp help".\n`);
  throw new IpExit(255);
}

async function doIpmptcp(ctx: IpCtx, argv: string[]): Promise<number> {
  if (!argv.length || matches(argv[0]!, "help")) usage(ctx);
  genlInitHandle(ctx, MPTCP_PM_NAME);
  let w = argv[0]!;
  let rest = argv.slice(1);
  if (matches(w, "endpoint")) {
    if (!rest.length) return addrShow(ctx, []);
    const [c, ...args] = rest as [string, ...string[]];
    if (matches(c, "add")) return addrModify(ctx, args, "ADD_ADDR");
    if (matches(c, "change")) return addrModify(ctx, args, "SET_FLAGS");
    if (matches(c, "delete")) return addrModify(ctx, args, "DEL_ADDR");
    if (matches(c, "show")) return addrShow(ctx, args);
    if (matches(c, "flush")) return talk(ctx, { cmd: "FLUSH_ADDRS" }) ? 0 : 2;
    unknown(ctx, c);
  }
  if (matches(w, "limits")) {
    if (!rest.length) return limitGetSet(ctx, [], true);
    const [c, ...args] = rest as [string, ...string[]];
    if (matches(c, "set")) return limitGetSet(ctx, args, false);
    if (matches(c, "show")) return limitGetSet(ctx, args, true);
    // do_mptcp() goes on with the word after "limits", as the C code does.
    w = c;
    rest = args;
  }
  if (matches(w, "monitor")) {
    if (!rest.length) return monitor(ctx);
    unknown(ctx, rest[0]!);
  }
  unknown(ctx, w);
}

registerIpObject("mptcp", doIpmptcp);
