// ip/iplink.c: `ip link add|set|change|replace|delete|show|help`, with
// iplink_parse()'s argument grammar and errors, the veth "peer" options
// (link_veth.c) and the bridge options (iplink_bridge.c parse subset), and the
// listing path of ipaddress.c (ipaddr_list_flush_or_save with do_link).

import type { ProgramContext } from "../../../kernel/task/program.js";
import { vrfIndexArg } from "../lib/vrf.js";
import { IFF_ALLMULTI, IFF_DYNAMIC, IFF_MULTICAST, IFF_NOARP, IFF_NOTRAILERS, IFF_PROMISC, IFF_UP, type IfInfoMsg } from "../../../uapi/if_link.js";
import {
  NLM_F_CREATE,
  NLM_F_EXCL,
  NLM_F_REPLACE,
  RTEXT_FILTER_SKIP_STATS,
  RTEXT_FILTER_VF,
  type BridgeRequestData,
  type IflaLinkInfoRequest,
  type IflaRequestAttrs,
} from "../../../uapi/rtnetlink.js";
import { openNsFd } from "../../../kernel/fs/nsfs.js";
import type { IpOut } from "../lib/json_print.js";
import {
  checkIfname,
  duparg,
  duparg2,
  getInteger,
  getUnsigned,
  incompleteCommand,
  invarg,
  IpExit,
  llAddrA2n,
  llNameToIndex,
  llProtoA2n,
  matches,
  talk,
  type Ctx,
} from "../lib/utils.js";
import { nameFromNsid, NETNS_RUN_DIR } from "./ipnetns.js";
import { printLinkinfo, type LinkPrintOpts } from "./print_link.js";
import { VXLAN_USAGE, vxlanParseOpt } from "./iplink_vxlan.js";
import { BRIDGE_SLAVE_USAGE, bridgeSlaveParseOpt } from "./iplink_bridge_slave.js";
import { macvlanParseOpt } from "./iplink_macvlan.js";
import { iplinkProp } from "./iplink_prop.js";

export interface IpCtx extends Ctx {
  out: IpOut;
  json: boolean;
  pretty: boolean;
  details: number;
  stats: number;
  brief: boolean;
  oneline: boolean;
  /** ipaddress.c's do_link global: set by `link show` and never cleared (a batch's later `addr show` prints as link show). */
  doLink?: boolean;
  /** preferred_family: "packet" for -0, "inet"/"inet6" for -4/-6. */
  family: "unspec" | "inet" | "inet6" | "packet";
  all: boolean;
  env: ReadonlyMap<string, string>;
  /** -timestamp (1) / -tshort (2): `ip monitor` prints when each message came. */
  timestamp?: number;
  /** Standard input, for what a command reads there (getpass() without a terminal: `ip sr hmac set`). */
  stdin?: ProgramContext["stdin"];
  /** `ip mrule`: the rules' family is RTNL_FAMILY_IPMR (128) or RTNL_FAMILY_IP6MR (129) instead of preferred_family. */
  mrFamily?: 128 | 129;
  /** Standard output for bytes (`save` writes a binary netlink stream there). */
  stdout?: ProgramContext["stdout"];
}

export function iplinkUsage(ctx: Ctx): never {
  ctx.err(LINK_USAGE);
  throw new IpExit(255);
}

interface LinkReq {
  flags: number;
  ifiIndex: number;
  ifiFlags: number;
  ifiChange: number;
  attrs: IflaRequestAttrs;
  /** fds opened for IFLA_NET_NS_FD, closed after the request. */
  fds: number[];
}

function onOff(ctx: Ctx, msg: string, realval: string): number {
  ctx.err(`Error: argument of "${msg}" must be "on" or "off", not "${realval}"\n`);
  return -1;
}

/** netns_get_fd(): a name under /run/netns (or a path) opened as a namespace fd. */
function netnsGetFd(ctx: Ctx, name: string): number | undefined {
  const path = name.includes("/") ? name : `${NETNS_RUN_DIR}/${name}`;
  try {
    return openNsFd(ctx.task, path);
  } catch {
    return undefined;
  }
}

/** iplink_parse(): returns the number of arguments consumed, or -1; *type set when "type" was seen. */
function iplinkParse(ctx: IpCtx, argvIn: string[], req: LinkReq, out: { type?: string; rest: string[] }): number {
  // argv[k] is the word being parsed (no copy of the rest per word).
  const argv = argvIn;
  let k = 0;
  let name: string | undefined;
  let dev: string | undefined;
  let link: string | undefined;
  let qlen = -1;
  let mtu = -1;
  let netns = -1;
  let index = 0;
  let group = -1;
  let addrLen = 0;
  let moveNetns = false;
  let numtx = -1;
  let numrx = -1;
  const next = () => {
    k++;
    if (k >= argv.length) incompleteCommand(ctx);
    return argv[k]!;
  };
  while (k < argv.length) {
    const a = argv[k]!;
    if (a === "up") {
      req.ifiChange |= IFF_UP;
      req.ifiFlags |= IFF_UP;
    } else if (a === "down") {
      req.ifiChange |= IFF_UP;
      req.ifiFlags &= ~IFF_UP;
    } else if (a === "name") {
      const v = next();
      if (name !== undefined) duparg(ctx, "name", v);
      if (!checkIfname(v)) invarg(ctx, '"name" not a valid ifname', v);
      name = v;
      if (dev === undefined) dev = name;
    } else if (a === "index") {
      const v = next();
      if (index) duparg(ctx, "index", v);
      index = Number.parseInt(v, 10) || 0;
      if (index <= 0) invarg(ctx, 'Invalid "index" value', v);
    } else if (matches(a, "link")) {
      // The lower device of a stacked link; checked when creating, ignored otherwise.
      link = next();
    } else if (matches(a, "address")) {
      const v = next();
      const addr = llAddrA2n(ctx, v);
      if (!addr) return -1;
      addrLen = addr.length;
      req.attrs.IFLA_ADDRESS = addr;
    } else if (matches(a, "broadcast") || a === "brd") {
      const v = next();
      const addr = llAddrA2n(ctx, v);
      if (!addr) return -1;
      req.attrs.IFLA_BROADCAST = addr;
    } else if (matches(a, "txqueuelen") || a === "qlen" || matches(a, "txqlen")) {
      const v = next();
      if (qlen !== -1) duparg(ctx, "txqueuelen", v);
      const n = getInteger(v);
      if (n === undefined) invarg(ctx, 'Invalid "txqueuelen" value\n', v);
      qlen = n;
      req.attrs.IFLA_TXQLEN = n;
    } else if (a === "mtu") {
      const v = next();
      if (mtu !== -1) duparg(ctx, "mtu", v);
      const n = getInteger(v);
      if (n === undefined) invarg(ctx, 'Invalid "mtu" value\n', v);
      mtu = n;
      req.attrs.IFLA_MTU = n;
    } else if (a === "netns") {
      const v = next();
      if (netns !== -1) duparg(ctx, "netns", v);
      const fd = netnsGetFd(ctx, v);
      if (fd !== undefined) {
        netns = fd;
        req.fds.push(fd);
        req.attrs.IFLA_NET_NS_FD = fd;
      } else {
        const n = getInteger(v);
        if (n === undefined) invarg(ctx, 'Invalid "netns" value\n', v);
        netns = n;
        req.attrs.IFLA_NET_NS_PID = n;
      }
      moveNetns = true;
    } else if (a === "multicast" || a === "allmulticast" || a === "promisc" || a === "trailers" || a === "arp" || matches(a, "dynamic")) {
      const v = next();
      const key = matches(a, "dynamic") ? "dynamic" : a;
      const bit = { multicast: IFF_MULTICAST, allmulticast: IFF_ALLMULTI, promisc: IFF_PROMISC, trailers: IFF_NOTRAILERS, arp: IFF_NOARP, dynamic: IFF_DYNAMIC }[key]!;
      // trailers and arp are inverted flags (NOTRAILERS, NOARP).
      const inverted = key === "trailers" || key === "arp";
      req.ifiChange |= bit;
      if (v === "on") req.ifiFlags = inverted ? req.ifiFlags & ~bit : req.ifiFlags | bit;
      else if (v === "off") req.ifiFlags = inverted ? req.ifiFlags | bit : req.ifiFlags & ~bit;
      else return onOff(ctx, key, v);
    } else if (a === "carrier") {
      const v = next();
      if (v !== "on" && v !== "off") return onOff(ctx, "carrier", v);
      req.attrs.IFLA_CARRIER = v === "on" ? 1 : 0;
    } else if (matches(a, "master")) {
      const v = next();
      const idx = llNameToIndex(ctx, v);
      if (!idx) invarg(ctx, "Device does not exist\n", v);
      req.attrs.IFLA_MASTER = idx;
    } else if (a === "vrf") {
      req.attrs.IFLA_MASTER = vrfIndexArg(ctx, next());
    } else if (matches(a, "nomaster")) {
      req.attrs.IFLA_MASTER = 0;
    } else if (matches(a, "type")) {
      out.type = next();
      k++;
      break;
    } else if (matches(a, "alias")) {
      const v = next();
      if (new TextEncoder().encode(v).length >= 256) invarg(ctx, "alias too long\n", v);
      req.attrs.IFLA_IFALIAS = v;
    } else if (a === "group") {
      const v = next();
      if (group !== -1) duparg(ctx, "group", v);
      const n = v === "default" ? 0 : getInteger(v);
      if (n === undefined) invarg(ctx, 'Invalid "group" value\n', v);
      group = n;
      req.attrs.IFLA_GROUP = n;
    } else if (matches(a, "numtxqueues")) {
      const v = next();
      if (numtx !== -1) duparg(ctx, "numtxqueues", v);
      const n = getInteger(v);
      if (n === undefined) invarg(ctx, 'Invalid "numtxqueues" value\n', v);
      numtx = n;
      req.attrs.IFLA_NUM_TX_QUEUES = n;
    } else if (matches(a, "numrxqueues")) {
      const v = next();
      if (numrx !== -1) duparg(ctx, "numrxqueues", v);
      const n = getInteger(v);
      if (n === undefined) invarg(ctx, 'Invalid "numrxqueues" value\n', v);
      numrx = n;
      req.attrs.IFLA_NUM_RX_QUEUES = n;
    } else if (matches(a, "addrgenmode")) {
      const v = next();
      const modes = ["eui64", "none", "stable_secret", "random"];
      const m = modes.indexOf(v);
      if (m < 0) invarg(ctx, "Invalid address generation mode\n", v);
      req.attrs.IFLA_INET6_ADDR_GEN_MODE = m;
    } else {
      if (matches(a, "help")) iplinkUsage(ctx);
      let v = a;
      if (a === "dev") v = next();
      if (dev !== name) duparg2(ctx, "dev", v);
      if (!checkIfname(v, 128)) invarg(ctx, '"dev" not a valid ifname', v);
      dev = v;
    }
    k++;
  }
  const consumed = k;
  out.rest = argv.slice(k);
  if (name === undefined) name = dev;
  else if (dev === undefined) dev = name;

  if (dev && addrLen && !(req.flags & NLM_F_CREATE)) {
    const cur = linkByName(ctx, dev);
    const halen = cur?.IFLA_ADDRESS?.length;
    if (halen !== undefined && halen !== addrLen) {
      ctx.err(`Invalid address length ${addrLen} - must be ${halen} bytes\n`);
      return -1;
    }
  }
  if (index && !(req.flags & NLM_F_CREATE) && !moveNetns) {
    ctx.err("index can be used only when creating devices or when moving device to another netns.\n");
    throw new IpExit(255);
  }
  if (!(req.flags & NLM_F_CREATE)) {
    if (dev === undefined) {
      ctx.err('Not enough information: "dev" argument is required.\n');
      throw new IpExit(255);
    }
    req.ifiIndex = llNameToIndex(ctx, dev);
    if (!req.ifiIndex) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return -1;
    }
    if (name === dev) name = undefined;
    if (index) req.attrs.IFLA_NEW_IFINDEX = index;
  } else {
    if (name !== dev) {
      ctx.err('both "name" and "dev" cannot be used when creating devices.\n');
      throw new IpExit(255);
    }
    if (link !== undefined) {
      const ifindex = llNameToIndex(ctx, link);
      if (!ifindex) {
        ctx.err(`Cannot find device "${link}"\n`);
        return -1;
      }
      req.attrs.IFLA_LINK = ifindex;
    }
    req.ifiIndex = index;
  }
  if (name !== undefined) req.attrs.IFLA_IFNAME = name;
  return consumed;
}

function linkByName(ctx: Ctx, name: string): IfInfoMsg | undefined {
  const r = talkQuiet(ctx, name);
  return r;
}

function talkQuiet(ctx: Ctx, name: string): IfInfoMsg | undefined {
  const idx = llNameToIndex(ctx, name);
  if (!idx) return undefined;
  const r = talk({ ...ctx, err: () => {} }, { type: "RTM_GETLINK", dump: false, ifi_index: idx, attrs: { IFLA_EXT_MASK: RTEXT_FILTER_SKIP_STATS } });
  return r?.type === "links" ? r.links[0] : undefined;
}

/** link_veth.c veth_parse_opt(): "peer" followed by a whole link description. */
function vethParseOpt(ctx: IpCtx, argv: string[], li: IflaLinkInfoRequest & { IFLA_INFO_KIND: "veth" }, fds: number[]): number {
  if (argv[0] !== "peer") {
    ctx.err("Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n");
    return -1;
  }
  const peer: LinkReq = { flags: NLM_F_CREATE | NLM_F_EXCL, ifiIndex: 0, ifiFlags: 0, ifiChange: 0, attrs: {}, fds };
  const o: { type?: string; rest: string[] } = { rest: [] };
  const rest = argv.slice(1);
  if (rest.length === 0) {
    li.IFLA_INFO_DATA = { VETH_INFO_PEER: { ifi_index: 0, attrs: {} } };
    return 0;
  }
  const n = iplinkParse(ctx, rest, peer, o);
  if (n < 0) return -1;
  if (o.type) {
    ctx.err("Failed to add a veth peer: type not supported\n");
    return -1;
  }
  li.IFLA_INFO_DATA = { VETH_INFO_PEER: { ifi_index: peer.ifiIndex, attrs: peer.attrs } };
  return 0;
}

/** iplink_bridge.c bridge_parse_opt(): every option, in upstream's order (matches() prefixes). */
function bridgeParseOpt(ctx: IpCtx, argvIn: string[]): BridgeRequestData | undefined {
  const d: BridgeRequestData = {};
  let argv = argvIn.slice();
  const next = () => {
    argv = argv.slice(1);
    if (argv.length === 0) incompleteCommand(ctx);
    return argv[0]!;
  };
  const num = (key: string, max: number) => {
    const v = next();
    const n = getUnsigned(v, max);
    if (n === undefined) invarg(ctx, `invalid ${key}`, v);
    return n;
  };
  const u32 = (key: string) => num(key, 0xffff_ffff);
  const u16 = (key: string) => num(key, 0xffff);
  const u8 = (key: string) => num(key, 0xff);
  // get_u64(): values past 2^53 are not representable here; they are beyond any timer anyway.
  const u64 = (key: string) => num(key, Number.MAX_SAFE_INTEGER);
  while (argv.length) {
    const a = argv[0]!;
    if (matches(a, "forward_delay")) d.IFLA_BR_FORWARD_DELAY = u32("forward_delay");
    else if (matches(a, "hello_time")) d.IFLA_BR_HELLO_TIME = u32("hello_time");
    else if (matches(a, "max_age")) d.IFLA_BR_MAX_AGE = u32("max_age");
    else if (matches(a, "ageing_time")) d.IFLA_BR_AGEING_TIME = u32("ageing_time");
    else if (matches(a, "stp_state")) d.IFLA_BR_STP_STATE = u32("stp_state");
    else if (matches(a, "priority")) d.IFLA_BR_PRIORITY = u16("priority");
    else if (matches(a, "vlan_filtering")) d.IFLA_BR_VLAN_FILTERING = u8("vlan_filtering");
    else if (matches(a, "vlan_protocol")) {
      // ll_proto_a2n(): a protocol name (any case) or a number.
      const v = next();
      const n = llProtoA2n(v);
      if (n === undefined) invarg(ctx, "invalid vlan_protocol", v);
      d.IFLA_BR_VLAN_PROTOCOL = n;
    } else if (matches(a, "group_fwd_mask")) d.IFLA_BR_GROUP_FWD_MASK = u16("group_fwd_mask");
    else if (matches(a, "group_address")) {
      const addr = llAddrA2n(ctx, next());
      if (!addr) return undefined;
      d.IFLA_BR_GROUP_ADDR = addr;
    } else if (a === "no_linklocal_learn") d.IFLA_BR_NO_LINKLOCAL_LEARN = u8("no_linklocal_learn");
    else if (matches(a, "fdb_flush")) d.IFLA_BR_FDB_FLUSH = true;
    else if (matches(a, "vlan_default_pvid")) d.IFLA_BR_VLAN_DEFAULT_PVID = u16("vlan_default_pvid");
    else if (matches(a, "vlan_stats_enabled")) d.IFLA_BR_VLAN_STATS_ENABLED = u8("vlan_stats_enabled");
    else if (matches(a, "vlan_stats_per_port")) d.IFLA_BR_VLAN_STATS_PER_PORT = u8("vlan_stats_per_port");
    else if (matches(a, "mcast_router")) d.IFLA_BR_MCAST_ROUTER = u8("mcast_router");
    else if (matches(a, "mcast_snooping")) d.IFLA_BR_MCAST_SNOOPING = u8("mcast_snooping");
    else if (a === "mcast_vlan_snooping") d.IFLA_BR_MCAST_VLAN_SNOOPING = u8("mcast_vlan_snooping");
    else if (matches(a, "mcast_query_use_ifaddr")) d.IFLA_BR_MCAST_QUERY_USE_IFADDR = u8("mcast_query_use_ifaddr");
    else if (matches(a, "mcast_querier")) d.IFLA_BR_MCAST_QUERIER = u8("mcast_querier");
    else if (matches(a, "mcast_hash_elasticity")) d.IFLA_BR_MCAST_HASH_ELASTICITY = u32("mcast_hash_elasticity");
    else if (matches(a, "mcast_hash_max")) d.IFLA_BR_MCAST_HASH_MAX = u32("mcast_hash_max");
    else if (matches(a, "mcast_last_member_count")) d.IFLA_BR_MCAST_LAST_MEMBER_CNT = u32("mcast_last_member_count");
    else if (matches(a, "mcast_startup_query_count")) d.IFLA_BR_MCAST_STARTUP_QUERY_CNT = u32("mcast_startup_query_count");
    else if (matches(a, "mcast_last_member_interval")) d.IFLA_BR_MCAST_LAST_MEMBER_INTVL = u64("mcast_last_member_interval");
    else if (matches(a, "mcast_membership_interval")) d.IFLA_BR_MCAST_MEMBERSHIP_INTVL = u64("mcast_membership_interval");
    else if (matches(a, "mcast_querier_interval")) d.IFLA_BR_MCAST_QUERIER_INTVL = u64("mcast_querier_interval");
    else if (matches(a, "mcast_query_interval")) d.IFLA_BR_MCAST_QUERY_INTVL = u64("mcast_query_interval");
    else if (matches(a, "mcast_query_response_interval")) d.IFLA_BR_MCAST_QUERY_RESPONSE_INTVL = u64("mcast_query_response_interval");
    else if (matches(a, "mcast_startup_query_interval")) d.IFLA_BR_MCAST_STARTUP_QUERY_INTVL = u64("mcast_startup_query_interval");
    else if (matches(a, "mcast_stats_enabled")) d.IFLA_BR_MCAST_STATS_ENABLED = u8("mcast_stats_enabled");
    else if (matches(a, "mcast_igmp_version")) d.IFLA_BR_MCAST_IGMP_VERSION = u8("mcast_igmp_version");
    else if (matches(a, "mcast_mld_version")) d.IFLA_BR_MCAST_MLD_VERSION = u8("mcast_mld_version");
    else if (matches(a, "nf_call_iptables")) d.IFLA_BR_NF_CALL_IPTABLES = u8("nf_call_iptables");
    else if (matches(a, "nf_call_ip6tables")) d.IFLA_BR_NF_CALL_IP6TABLES = u8("nf_call_ip6tables");
    else if (matches(a, "nf_call_arptables")) d.IFLA_BR_NF_CALL_ARPTABLES = u8("nf_call_arptables");
    else if (matches(a, "help")) {
      ctx.err(BRIDGE_USAGE);
      throw new IpExit(255);
    } else {
      ctx.err(`bridge: unknown command "${a}"?\n`);
      ctx.err(BRIDGE_USAGE);
      return undefined;
    }
    argv = argv.slice(1);
  }
  return d;
}

/** iplink_modify(): returns the exit status (already negated as do_cmd does). */
function iplinkModify(ctx: IpCtx, cmd: "RTM_NEWLINK" | "RTM_DELLINK", flags: number, argv: string[]): number {
  const req: LinkReq = { flags, ifiIndex: 0, ifiFlags: 0, ifiChange: 0, attrs: {}, fds: [] };
  try {
    const o: { type?: string; rest: string[] } = { rest: [] };
    const ret = iplinkParse(ctx, argv, req, o);
    if (ret < 0) return 1;
    if (o.type !== undefined) {
      const type = o.type;
      const rest = o.rest;
      let li: IflaLinkInfoRequest | undefined = { IFLA_INFO_KIND: type };
      if (type === "bridge_slave") {
        // IFLA_INFO_SLAVE_KIND "bridge" with the port options; no IFLA_INFO_KIND.
        const data = bridgeSlaveParseOpt(ctx, rest);
        if (!data) return 1;
        req.attrs.IFLA_INFO_SLAVE = { kind: "bridge", data };
        li = undefined;
      } else if (type === "veth" && rest.length) {
        const v: IflaLinkInfoRequest & { IFLA_INFO_KIND: "veth" } = { IFLA_INFO_KIND: "veth" };
        if (vethParseOpt(ctx, rest, v, req.fds) < 0) return 1;
        li = v;
      } else if (type === "bridge" && rest.length) {
        const data = bridgeParseOpt(ctx, rest);
        if (!data) return 1;
        li = { IFLA_INFO_KIND: "bridge", IFLA_INFO_DATA: data };
      } else if (type === "vxlan" && rest.length) {
        const data = vxlanParseOpt(ctx, rest, !(flags & NLM_F_CREATE));
        if (!data) return 1;
        li = { IFLA_INFO_KIND: "vxlan", IFLA_INFO_DATA: data };
      } else if (type === "macvlan" && rest.length) {
        const data = macvlanParseOpt(ctx, rest);
        if (!data) return 1;
        li = { IFLA_INFO_KIND: "macvlan", IFLA_INFO_DATA: data };
      } else if (rest.length && KNOWN_KINDS_NO_OPTS.has(type)) {
        // A kind iproute2 knows without options of its own: the words are sent and ignored.
      } else if (rest.length && KINDS_WITHOUT_MODULE.has(type)) {
        // iproute2's link_util parses the options (vlan's id and protocol are
        // checked here); this kernel has no module for the kind, so the
        // request then fails with "Unknown device type." (rtnetlink.ts).
        if (type === "vlan" && vlanCheckOpts(ctx, rest) < 0) return 255;
      } else if (rest.length) {
        if (matches(rest[0]!, "help")) iplinkUsage(ctx);
        ctx.err(`Garbage instead of arguments "${rest[0]} ...". Try "ip link help".\n`);
        return 1;
      }
      if (li) req.attrs.IFLA_LINKINFO = li;
    } else if (flags & NLM_F_CREATE) {
      ctx.err('Not enough information: "type" argument is required\n');
      return 1;
    }
    const r =
      cmd === "RTM_NEWLINK"
        ? talk(ctx, {
            type: "RTM_NEWLINK",
            nlmsg_flags: req.flags,
            ifi_index: req.ifiIndex,
            ifi_flags: req.ifiFlags,
            ifi_change: req.ifiChange,
            attrs: req.attrs,
          })
        : talk(ctx, { type: "RTM_DELLINK", ifi_index: req.ifiIndex, attrs: { IFLA_IFNAME: req.attrs.IFLA_IFNAME } });
    return r ? 0 : 2;
  } finally {
    for (const fd of req.fds) ctx.task.closeFd(fd);
  }
}

/** Kinds iproute2 knows but whose options the model does not take. */
const KNOWN_KINDS_NO_OPTS = new Set(["dummy", "ifb"]);

/**
 * Kinds iproute2 6.1 has a link_util for (it parses their options) but
 * whose module the recording machine's kernel lacks (recorded: "Error:
 * Unknown device type." for vlan, bond, vrf, gre, ipvlan, geneve).
 */
const KINDS_WITHOUT_MODULE = new Set([
  "vlan", "bond", "bond_slave", "vrf", "gre", "gretap", "ip6gre", "ip6gretap", "erspan", "ip6erspan", "ipip", "sit", "ip6tnl",
  "vti", "vti6", "xfrm", "geneve", "ipvlan", "ipvtap", "macsec", "vxcan", "bareudp", "amt", "gtp", "hsr", "can", "ipoib", "rmnet",
  "virt_wifi",
]);

/** vlan_parse_opt()'s checks of the words it converts: id (u16) and protocol. */
function vlanCheckOpts(ctx: IpCtx, rest: string[]): number {
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const v = rest[i + 1];
    if (a === "id" && v !== undefined) {
      i++;
      const id = getUnsigned(v); // get_u16(…, 0)
      if (id === undefined || id > 0xffff) {
        ctx.err(`Error: argument "${v}" is wrong: id is invalid\n`);
        return -1;
      }
    } else if (a === "protocol" && v !== undefined) {
      i++;
      if (!["802.1q", "802.1ad"].includes(v.toLowerCase())) {
        ctx.err(`Error: argument "${v}" is wrong: protocol is invalid\n`);
        return -1;
      }
    }
  }
  return 0;
}

export function linkPrintOpts(ctx: IpCtx, doLink: boolean): LinkPrintOpts {
  return {
    doLink,
    details: ctx.details,
    stats: ctx.stats,
    brief: ctx.brief,
    nsidName: (id) => nameFromNsid(ctx, id),
    showLinkLayer: ctx.family === "unspec" || ctx.family === "packet" || doLink,
    packetFamily: ctx.family === "packet" || doLink,
  };
}

/**
 * ipaddr_list_link(): sets the globals preferred_family = AF_PACKET and do_link = 1, which stay set for
 * the commands after it in a batch (a later `addr show` prints links the way `link show` does).
 */
function ipaddrListLinkSticky(ctx: IpCtx, argv: string[]): Promise<number> {
  ctx.family = "packet";
  ctx.doLink = true;
  return ipaddrListLink(ctx, argv, true);
}

/**
 * ipaddr_list_flush_or_save(IPADD_LIST) for links: filters (dev, up, master,
 * nomaster, type, group), then one print per device. `afterLink` lets `ip addr`
 * print the addresses below each link.
 */
export async function ipaddrListLink(
  ctx: IpCtx,
  argvIn: string[],
  doLink: boolean,
  afterLink?: (m: IfInfoMsg) => void,
): Promise<number> {
  let argv = argvIn.slice();
  let filterDev: string | undefined;
  let up = false;
  let master = 0;
  let kind: string | undefined;
  let slaveKind: string | undefined;
  let group = -1;
  const next = () => {
    argv = argv.slice(1);
    if (argv.length === 0) incompleteCommand(ctx);
    return argv[0]!;
  };
  while (argv.length) {
    const a = argv[0]!;
    if (a === "up") up = true;
    else if (a === "group") {
      const v = next();
      const n = v === "default" ? 0 : getInteger(v);
      if (n === undefined) invarg(ctx, 'Invalid "group" value\n', v);
      group = n;
    } else if (a === "master") {
      const v = next();
      const idx = llNameToIndex(ctx, v);
      if (!idx) invarg(ctx, "Device does not exist\n", v);
      master = idx;
    } else if (a === "vrf") {
      master = vrfIndexArg(ctx, next());
    } else if (a === "nomaster") master = -1;
    else if (a === "type") {
      const v = next();
      if (v.endsWith("_slave")) slaveKind = v.slice(0, -"_slave".length);
      else kind = v;
    } else {
      let v = a;
      if (a === "dev") v = next();
      else if (matches(a, "help")) iplinkUsage(ctx);
      if (filterDev !== undefined) duparg2(ctx, "dev", v);
      filterDev = v;
    }
    argv = argv.slice(1);
  }
  let filterIndex = 0;
  if (filterDev !== undefined) {
    filterIndex = llNameToIndex(ctx, filterDev);
    if (filterIndex <= 0) {
      ctx.err(`Device "${filterDev}" does not exist.\n`);
      return 1;
    }
  }
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  const mask = RTEXT_FILTER_VF | (ctx.stats ? 0 : RTEXT_FILTER_SKIP_STATS);
  let links: IfInfoMsg[];
  if (filterIndex) {
    const r = talk(ctx, { type: "RTM_GETLINK", dump: false, ifi_index: filterIndex, attrs: { IFLA_EXT_MASK: mask } });
    if (!r || r.type !== "links") {
      out.deleteJsonObj();
      await out.flush();
      return doLink && group === -1 ? 2 : 0;
    }
    links = r.links;
  } else {
    const r = talk(ctx, {
      type: "RTM_GETLINK",
      dump: true,
      ifi_index: 0,
      attrs: { IFLA_EXT_MASK: mask, IFLA_MASTER: master > 0 ? master : undefined, IFLA_INFO_KIND: kind },
    });
    links = r?.type === "links" ? r.links : [];
  }
  const opts = linkPrintOpts(ctx, doLink);
  for (const m of links) {
    if (up && !(m.ifi_flags & IFF_UP)) continue;
    if (group !== -1 && m.IFLA_GROUP !== group) continue;
    if (master > 0 && m.IFLA_MASTER !== master) continue;
    if (master === -1 && m.IFLA_MASTER !== undefined) continue;
    if (kind !== undefined && m.IFLA_LINKINFO?.IFLA_INFO_KIND !== kind) continue;
    if (slaveKind !== undefined && m.IFLA_LINKINFO?.IFLA_INFO_SLAVE_KIND !== slaveKind) continue;
    out.openObject(null);
    printLinkinfo(ctx, out, m, opts);
    afterLink?.(m);
    out.closeObject();
    await out.flush();
  }
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/** do_iplink()'s add, set/change, replace and delete; undefined for its other commands. */
export function iplinkModifyCmd(ctx: IpCtx, a: string, rest: string[]): number | undefined {
  if (matches(a, "add")) return iplinkModify(ctx, "RTM_NEWLINK", NLM_F_CREATE | NLM_F_EXCL, rest);
  if (matches(a, "set") || matches(a, "change")) return iplinkModify(ctx, "RTM_NEWLINK", 0, rest);
  if (matches(a, "replace")) return iplinkModify(ctx, "RTM_NEWLINK", NLM_F_CREATE | NLM_F_REPLACE, rest);
  if (matches(a, "delete")) return iplinkModify(ctx, "RTM_DELLINK", 0, rest);
  return undefined;
}

/** do_iplink() */
export async function doIplink(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return ipaddrListLinkSticky(ctx, []);
  const a = argv[0]!;
  const rest = argv.slice(1);
  const m = iplinkModifyCmd(ctx, a, rest);
  if (m !== undefined) return m;
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return ipaddrListLinkSticky(ctx, rest);
  if (matches(a, "property")) return iplinkProp(ctx, rest, () => iplinkUsage(ctx));
  if (matches(a, "help")) {
    // do_help(): a kind with a print_help writes it to stdout and succeeds.
    const help = rest.length ? TYPE_HELP[rest[0]!] : undefined;
    if (help === undefined) iplinkUsage(ctx);
    ctx.out.raw(help);
    await ctx.out.flush();
    return 0;
  }
  ctx.err(`Command "${a}" is unknown, try "ip link help".\n`);
  throw new IpExit(255);
}

/** print_help() of the link kinds the model has. */
const TYPE_HELP: Record<string, string> = {
  veth: "Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n",
  dummy: "Usage: ... dummy\n",
  get bridge() {
    return BRIDGE_USAGE;
  },
  get vxlan() {
    return VXLAN_USAGE;
  },
  get bridge_slave() {
    return BRIDGE_SLAVE_USAGE;
  },
};

const BRIDGE_USAGE =
  "Usage: ... bridge [ fdb_flush ]\n" +
  "		  [ forward_delay FORWARD_DELAY ]\n" +
  "		  [ hello_time HELLO_TIME ]\n" +
  "		  [ max_age MAX_AGE ]\n" +
  "		  [ ageing_time AGEING_TIME ]\n" +
  "		  [ stp_state STP_STATE ]\n" +
  "		  [ priority PRIORITY ]\n" +
  "		  [ group_fwd_mask MASK ]\n" +
  "		  [ group_address ADDRESS ]\n" +
  "		  [ no_linklocal_learn NO_LINKLOCAL_LEARN ]\n" +
  "		  [ vlan_filtering VLAN_FILTERING ]\n" +
  "		  [ vlan_protocol VLAN_PROTOCOL ]\n" +
  "		  [ vlan_default_pvid VLAN_DEFAULT_PVID ]\n" +
  "		  [ vlan_stats_enabled VLAN_STATS_ENABLED ]\n" +
  "		  [ vlan_stats_per_port VLAN_STATS_PER_PORT ]\n" +
  "		  [ mcast_snooping MULTICAST_SNOOPING ]\n" +
  "		  [ mcast_vlan_snooping MULTICAST_VLAN_SNOOPING ]\n" +
  "		  [ mcast_router MULTICAST_ROUTER ]\n" +
  "		  [ mcast_query_use_ifaddr MCAST_QUERY_USE_IFADDR ]\n" +
  "		  [ mcast_querier MULTICAST_QUERIER ]\n" +
  "		  [ mcast_hash_elasticity HASH_ELASTICITY ]\n" +
  "		  [ mcast_hash_max HASH_MAX ]\n" +
  "		  [ mcast_last_member_count LAST_MEMBER_COUNT ]\n" +
  "		  [ mcast_startup_query_count STARTUP_QUERY_COUNT ]\n" +
  "		  [ mcast_last_member_interval LAST_MEMBER_INTERVAL ]\n" +
  "		  [ mcast_membership_interval MEMBERSHIP_INTERVAL ]\n" +
  "		  [ mcast_querier_interval QUERIER_INTERVAL ]\n" +
  "		  [ mcast_query_interval QUERY_INTERVAL ]\n" +
  "		  [ mcast_query_response_interval QUERY_RESPONSE_INTERVAL ]\n" +
  "		  [ mcast_startup_query_interval STARTUP_QUERY_INTERVAL ]\n" +
  "		  [ mcast_stats_enabled MCAST_STATS_ENABLED ]\n" +
  "		  [ mcast_igmp_version IGMP_VERSION ]\n" +
  "		  [ mcast_mld_version MLD_VERSION ]\n" +
  "		  [ nf_call_iptables NF_CALL_IPTABLES ]\n" +
  "		  [ nf_call_ip6tables NF_CALL_IP6TABLES ]\n" +
  "		  [ nf_call_arptables NF_CALL_ARPTABLES ]\n" +
  "\n" +
  "Where: VLAN_PROTOCOL := { 802.1Q | 802.1ad }\n";

/** iplink_usage() as iproute2 6.1 prints it (with libbpf). */
const LINK_USAGE =
  "Usage: ip link add [link DEV | parentdev NAME] [ name ] NAME\n\t\t    [ txqueuelen PACKETS ]\n\t\t    [ address LLADDR ]\n\t\t    [ broadcast LLADDR ]\n\t\t    [ mtu MTU ] [index IDX ]\n\t\t    [ numtxqueues QUEUE_COUNT ]\n\t\t    [ numrxqueues QUEUE_COUNT ]\n\t\t    [ netns { PID | NAME } ]\n\t\t    type TYPE [ ARGS ]\n\n\tip link delete { DEVICE | dev DEVICE | group DEVGROUP } type TYPE [ ARGS ]\n\n\tip link set { DEVICE | dev DEVICE | group DEVGROUP }\n\t\t\t[ { up | down } ]\n\t\t\t[ type TYPE ARGS ]\n\t\t[ arp { on | off } ]\n\t\t[ dynamic { on | off } ]\n\t\t[ multicast { on | off } ]\n\t\t[ allmulticast { on | off } ]\n\t\t[ promisc { on | off } ]\n\t\t[ trailers { on | off } ]\n\t\t[ carrier { on | off } ]\n\t\t[ txqueuelen PACKETS ]\n\t\t[ name NEWNAME ]\n\t\t[ address LLADDR ]\n\t\t[ broadcast LLADDR ]\n\t\t[ mtu MTU ]\n\t\t[ netns { PID | NAME } ]\n\t\t[ link-netns NAME | link-netnsid ID ]\n\t\t[ alias NAME ]\n\t\t[ vf NUM [ mac LLADDR ]\n\t\t\t [ vlan VLANID [ qos VLAN-QOS ] [ proto VLAN-PROTO ] ]\n\t\t\t [ rate TXRATE ]\n\t\t\t [ max_tx_rate TXRATE ]\n\t\t\t [ min_tx_rate TXRATE ]\n\t\t\t [ spoofchk { on | off} ]\n\t\t\t [ query_rss { on | off} ]\n\t\t\t [ state { auto | enable | disable} ]\n\t\t\t [ trust { on | off} ]\n\t\t\t [ node_guid EUI64 ]\n\t\t\t [ port_guid EUI64 ] ]\n\t\t[ { xdp | xdpgeneric | xdpdrv | xdpoffload } { off |\n\t\t\t  object FILE [ { section | program } NAME ] [ verbose ] |\n\t\t\t  pinned FILE } ]\n\t\t[ master DEVICE ][ vrf NAME ]\n\t\t[ nomaster ]\n\t\t[ addrgenmode { eui64 | none | stable_secret | random } ]\n\t\t[ protodown { on | off } ]\n\t\t[ protodown_reason PREASON { on | off } ]\n\t\t[ gso_max_size BYTES ] | [ gso_max_segs PACKETS ]\n\t\t[ gro_max_size BYTES ]\n\n\tip link show [ DEVICE | group GROUP ] [up] [master DEV] [vrf NAME] [type TYPE]\n\t\t[nomaster]\n\n\tip link xstats type TYPE [ ARGS ]\n\n\tip link afstats [ dev DEVICE ]\n\tip link property add dev DEVICE [ altname NAME .. ]\n\tip link property del dev DEVICE [ altname NAME .. ]\n\n\tip link help [ TYPE ]\n\nTYPE := { amt | bareudp | bond | bond_slave | bridge | bridge_slave |\n          dsa | dummy | erspan | geneve | gre | gretap | gtp | ifb |\n          ip6erspan | ip6gre | ip6gretap | ip6tnl |\n          ipip | ipoib | ipvlan | ipvtap |\n          macsec | macvlan | macvtap |\n          netdevsim | nlmon | rmnet | sit | team | team_slave |\n          vcan | veth | vlan | vrf | vti | vxcan | vxlan | wwan |\n          xfrm | virt_wifi }\n";
