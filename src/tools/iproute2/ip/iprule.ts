// ip/iprule.c of iproute2 6.1 for IPv4: `ip rule [list|show [SELECTOR]]`,
// `add`, `del`, `flush [SELECTOR]`, `help`, with iprule_modify()'s grammar and
// messages, the dump filter of iprule_list_flush_or_save(), print_rule() for
// text and -j, and flush's rule: every rule that passes the filter and has a
// priority (so not rule 0) is deleted. Talks to the kernel model through
// kernel/ipv4/fib_rules_rtnl.ts; `save`/`restore` are in iprule_dump.ts.
// `nat`/`map-to` (route NAT, gone from Linux) still parse: a warning, action
// RTN_NAT, and the gateway in RTA_GATEWAY, which the kernel ignores (a rule it
// keeps, lists as "masquerade" and answers lookups with EINVAL).
// Left out (a word the model does not carry falls to the rule-type parser, as
// an unknown word does): `tun_id`, and IPv6 rules (`ip -6 rule` lists nothing).

import { KernelError } from "../../../uapi/errno.js";
import { AF_INET, AF_INET6 } from "../../../uapi/if_addr.js";
import { formatIp6 } from "../../../wire/addr.js";
import { getPrefix6, prefix6Match, type Prefix6 } from "./iproute6.js";
import {
  FIB_RULE_IIF_DETACHED,
  FIB_RULE_INVERT,
  FIB_RULE_OIF_DETACHED,
  FIB_RULE_UNRESOLVED,
  FR_ACT_GOTO,
  FR_ACT_NOP,
  FR_ACT_TO_TBL,
  FR_ACT_UNSPEC,
  type FibRuleMsg,
  type FibRulePortRange,
  type FibRuleRequest,
  type FibRuleReply,
} from "../../../uapi/fib_rules.js";
import { NLM_F_CREATE, NLM_F_EXCL } from "../../../uapi/rtnetlink.js";
import { fibRulesRtnlTalk } from "../../../kernel/ipv4/fib_rules_rtnl.js";
import { getprotobyname, getprotobynumber } from "../../iptables/netdb.js";
import { fmt4, getAddr32, getPrefix, protoA2n, protoN2a, protocolArg, rtntypeN2a, tableA2n, tableN2a, type InetPrefix } from "../lib/inet.js";
import { checkIfname, incompleteCommand, invarg, IpExit, matches, nlError } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";
import { iprulesRestore, iprulesSave } from "./iprule_dump.js";

const RTPROT_KERNEL = 2;

const USAGE =
  "Usage: ip rule { add | del } SELECTOR ACTION\n" +
  "       ip rule { flush | save | restore }\n" +
  "       ip rule [ list [ SELECTOR ]]\n" +
  "SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]\n" +
  "            [ fwmark FWMARK[/MASK] ]\n" +
  "            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]\n" +
  "            [ uidrange NUMBER-NUMBER ]\n" +
  "            [ ipproto PROTOCOL ]\n" +
  "            [ sport [ NUMBER | NUMBER-NUMBER ]\n" +
  "            [ dport [ NUMBER | NUMBER-NUMBER ] ]\n" +
  "ACTION := [ table TABLE_ID ]\n" +
  "          [ protocol PROTO ]\n" +
  "          [ nat ADDRESS ]\n" +
  "          [ realms [SRCREALM/]DSTREALM ]\n" +
  "          [ goto NUMBER ]\n" +
  "          SUPPRESSOR\n" +
  "SUPPRESSOR := [ suppress_prefixlength NUMBER ]\n" +
  "              [ suppress_ifgroup DEVGROUP ]\n" +
  "TABLE_ID := [ local | main | default | NUMBER ]\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

function talk(ctx: IpCtx, req: FibRuleRequest): FibRuleReply | undefined {
  try {
    return fibRulesRtnlTalk(ctx.task, req);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    nlError(ctx, e);
    return undefined;
  }
}

/** get_u32(…, 0): strtoul base 0 over the whole word, at most 0xffffffff. */
function getU32(s: string): number | undefined {
  let n: number;
  if (/^\s*\+?0[xX][0-9a-fA-F]+$/.test(s)) n = parseInt(s.replace("+", ""), 16);
  else if (/^\s*\+?0[0-7]*$/.test(s)) n = parseInt(s.replace("+", ""), 8);
  else if (/^\s*\+?[1-9]\d*$/.test(s)) n = Number(s.trim());
  else return undefined;
  return n > 0xffffffff ? undefined : n;
}

/** get_s32(…, 0) */
function getS32(s: string): number | undefined {
  const neg = /^\s*-/.test(s);
  const n = getU32(neg ? s.replace("-", "") : s);
  if (n === undefined) return undefined;
  const v = neg ? -n : n;
  return v > 0x7fffffff || v < -0x80000000 ? undefined : v;
}

/** Debian 12's /etc/iproute2/rt_dsfield (rtnl_dsfield_a2n/n2a read it; the model's rootfs does not carry it). */
const DSFIELD_NAMES: ReadonlyArray<[number, string]> = [
  [0x0, "default"], [0x28, "AF11"], [0x30, "AF12"], [0x38, "AF13"], [0x48, "AF21"], [0x50, "AF22"], [0x58, "AF23"],
  [0x68, "AF31"], [0x70, "AF32"], [0x78, "AF33"], [0x88, "AF41"], [0x90, "AF42"], [0x98, "AF43"], [0x20, "CS1"],
  [0x40, "CS2"], [0x60, "CS3"], [0x80, "CS4"], [0xa0, "CS5"], [0xc0, "CS6"], [0xe0, "CS7"], [0xb8, "EF"],
];

/** rtnl_dsfield_a2n(): a name from rt_dsfield, else hex. */
function dsfieldA2n(s: string): number | undefined {
  const named = DSFIELD_NAMES.find(([, n]) => n === s);
  if (named) return named[0];
  if (!/^(0[xX])?[0-9a-fA-F]+$/.test(s)) return undefined;
  const n = parseInt(s, 16);
  return n > 255 ? undefined : n;
}

/** rtnl_dsfield_n2a() */
function dsfieldN2a(n: number): string {
  return DSFIELD_NAMES.find(([v]) => v === n)?.[1] ?? `0x${n.toString(16).padStart(2, "0")}`;
}

/** Route NAT's action (rtnetlink.h RTN_NAT). */
const RTN_NAT = 10;

/** rtnl_rtntype_a2n(): route types, whose numbers double as rule actions. */
function rtntypeA2n(s: string): number | undefined {
  if (s === "local") return 2;
  if (s === "nat") return 10;
  if (matches(s, "broadcast") || s === "brd") return 3;
  if (matches(s, "anycast")) return 4;
  if (matches(s, "multicast")) return 5;
  if (matches(s, "prohibit")) return 8;
  if (matches(s, "unreachable")) return 7;
  if (matches(s, "blackhole")) return 6;
  if (matches(s, "xresolve")) return 11;
  if (matches(s, "unicast")) return 1;
  if (s === "throw") return 9;
  const n = getU32(s);
  return n === undefined || n > 255 ? undefined : n;
}

/** inet_proto_a2n(): a number below 256, else a name from /etc/protocols. */
export function inetProtoA2n(s: string): number | undefined {
  const m = /^\s*[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (m) {
    const n = getU32(s.replace(/^\s*\+/, ""));
    if (n !== undefined && n < 256) return n;
  }
  return getprotobyname(s);
}

/** sscanf("%hu-%hu"): the number of fields read and the two (wrapped to 16 bits) values. */
function scanPorts(s: string): { n: number; r: FibRulePortRange } {
  const m = /^\s*([+-]?\d+)(?:-\s*([+-]?\d+))?/.exec(s);
  if (!m) return { n: 0, r: { start: 0, end: 0 } };
  const u16 = (t: string) => ((Number(t) % 65536) + 65536) % 65536;
  const start = u16(m[1]!);
  if (m[2] === undefined) return { n: 1, r: { start, end: start } };
  return { n: 2, r: { start, end: u16(m[2]) } };
}

/** sscanf("%u-%u") for uidrange */
function scanUids(s: string): FibRulePortRange | undefined {
  const m = /^\s*\+?(\d+)-\s*\+?(\d+)/.exec(s);
  if (!m) return undefined;
  return { start: Number(m[1]) >>> 0, end: Number(m[2]) >>> 0 };
}

/** rtnl_group_a2n() */
function groupA2n(s: string): number | undefined {
  if (s === "default") return 0;
  const n = getU32(s);
  return n === undefined ? undefined : n | 0;
}

function familyOf(ctx: IpCtx): "inet" | "unspec" {
  return ctx.family === "inet" ? "inet" : "unspec";
}

// ---------------------------------------------------------------- add / del

async function iprulesModify(ctx: IpCtx, cmd: "RTM_NEWRULE" | "RTM_DELRULE", argv: string[]): Promise<number> {
  const m: FibRuleMsg = { family: 0, dst_len: 0, src_len: 0, tos: 0, table: 0, action: FR_ACT_UNSPEC, flags: 0 };
  let nlflags = 0;
  let tableOk = false;
  let l3mdev = false;
  let tid = 0;
  if (cmd === "RTM_NEWRULE") {
    if (argv.length === 0) {
      ctx.err('"ip rule add" requires arguments.\n');
      return 1;
    }
    nlflags = NLM_F_CREATE | NLM_F_EXCL;
    m.action = FR_ACT_TO_TBL;
  }
  if (cmd === "RTM_DELRULE" && argv.length === 0) {
    ctx.err('"ip rule del" requires arguments.\n');
    return 1;
  }
  // get_prefix() with the rule's family: IPv6 under -6, or for an address with a colon.
  const prefix = (which: "src" | "dst", v: string) => {
    mrPrefixCheck(ctx, v);
    if (ctx.family === "inet6" || (ctx.family !== "inet" && v.includes(":"))) {
      const any = anyPrefix(v);
      const p = any ?? getPrefix6(ctx, v);
      if (which === "src") {
        m.src_len = p.len;
        if (!any) m.FRA_SRC6 = p.addr;
      } else {
        m.dst_len = p.len;
        if (!any) m.FRA_DST6 = p.addr;
      }
      return;
    }
    setPrefix(which, getPrefix(ctx, v, familyOf(ctx)));
  };
  const setPrefix = (which: "src" | "dst", p: InetPrefix) => {
    if (which === "src") {
      m.src_len = p.bitlen;
      if (!p.isDefault) m.FRA_SRC = p.addr;
    } else {
      m.dst_len = p.bitlen;
      if (!p.isDefault) m.FRA_DST = p.addr;
    }
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (a === "not") m.flags |= FIB_RULE_INVERT;
    else if (a === "from") prefix("src", next());
    else if (a === "to") prefix("dst", next());
    else if (matches(a, "preference") || matches(a, "order") || matches(a, "priority")) {
      const v = next();
      const n = getU32(v);
      if (n === undefined) invarg(ctx, "preference value is invalid\n", v);
      m.FRA_PRIORITY = n;
    } else if (a === "tos" || matches(a, "dsfield")) {
      const v = next();
      const t = dsfieldA2n(v);
      if (t === undefined) invarg(ctx, "TOS value is invalid\n", v);
      m.tos = t;
    } else if (a === "fwmark") {
      const v = next();
      const slash = v.indexOf("/");
      const markText = slash >= 0 ? v.slice(0, slash) : v;
      const mark = getU32(markText);
      if (mark === undefined) invarg(ctx, "fwmark value is invalid\n", markText);
      m.FRA_FWMARK = mark;
      if (slash >= 0) {
        const mask = getU32(v.slice(slash + 1));
        if (mask === undefined) invarg(ctx, "fwmask value is invalid\n", v.slice(slash + 1));
        m.FRA_FWMASK = mask;
      }
    } else if (matches(a, "realms")) {
      const v = next();
      const parts = v.split("/");
      const nums = parts.map((p) => getU32(p));
      if (parts.length > 2 || nums.some((n) => n === undefined || n > 0xffff)) invarg(ctx, "invalid realms\n", v);
      m.FRA_FLOW = parts.length === 2 ? ((nums[0]! << 16) | nums[1]!) >>> 0 : nums[0]!;
    } else if (matches(a, "protocol")) m.FRA_PROTOCOL = protocolArg(ctx, next());
    else if (matches(a, "table") || a === "lookup") {
      const v = next();
      const t = tableA2n(v);
      if (t === undefined) invarg(ctx, "invalid table ID\n", v);
      tid = t;
      if (t < 256) m.table = t;
      else {
        m.table = 0;
        m.FRA_TABLE = t;
      }
      tableOk = true;
    } else if (matches(a, "suppress_prefixlength") || a === "sup_pl") {
      const v = next();
      const pl = getS32(v);
      if (pl === undefined || pl < 0) invarg(ctx, "suppress_prefixlength value is invalid\n", v);
      m.FRA_SUPPRESS_PREFIXLEN = pl;
    } else if (matches(a, "suppress_ifgroup") || a === "sup_group") {
      const v = next();
      const g = groupA2n(v);
      if (g === undefined) invarg(ctx, 'Invalid "suppress_ifgroup" value\n', v);
      m.FRA_SUPPRESS_IFGROUP = g >>> 0;
    } else if (a === "dev" || a === "iif") {
      const v = next();
      if (!checkIfname(v)) invarg(ctx, '"iif"/"dev" not a valid ifname', v);
      m.FRA_IIFNAME = v;
    } else if (a === "oif") {
      const v = next();
      if (!checkIfname(v)) invarg(ctx, '"oif" not a valid ifname', v);
      m.FRA_OIFNAME = v;
    } else if (a === "l3mdev") {
      m.FRA_L3MDEV = 1;
      tableOk = true;
      l3mdev = true;
    } else if (a === "uidrange") {
      const v = next();
      const r = scanUids(v);
      if (!r) invarg(ctx, "invalid UID range\n", v);
      m.FRA_UID_RANGE = r;
    } else if (a === "nat" || matches(a, "map-to")) {
      const v = next();
      ctx.err("Warning: route NAT is deprecated\n");
      getAddr32(ctx, v);
      m.action = RTN_NAT;
    } else if (a === "ipproto") {
      const v = next();
      const p = inetProtoA2n(v);
      if (p === undefined) invarg(ctx, 'Invalid "ipproto" value\n', v);
      m.FRA_IP_PROTO = p;
    } else if (a === "sport" || a === "dport") {
      const v = next();
      const { n, r } = scanPorts(v);
      if (n === 0) invarg(ctx, a === "sport" ? "invalid port range\n" : "invalid dport range\n", v);
      if (a === "sport") m.FRA_SPORT_RANGE = r;
      else m.FRA_DPORT_RANGE = r;
    } else {
      let w = a;
      if (w === "type") w = next();
      if (matches(w, "help")) usage(ctx);
      let type: number;
      if (matches(w, "goto")) {
        type = FR_ACT_GOTO;
        const v = next();
        const t = getU32(v);
        if (t === undefined) invarg(ctx, "invalid target\n", v);
        m.FRA_GOTO = t;
      } else if (matches(w, "nop")) type = FR_ACT_NOP;
      else {
        const t = rtntypeA2n(w);
        if (t === undefined) invarg(ctx, "Failed to parse rule type", w);
        type = t;
      }
      m.action = type;
      tableOk = true;
    }
  }
  if (l3mdev && tid !== 0) {
    ctx.err("table can not be specified for l3mdev rules\n");
    return 22;
  }
  if (ctx.family === "inet6") m.family = AF_INET6;
  if (m.family === 0) m.family = AF_INET;
  if (ctx.mrFamily) m.family = ctx.mrFamily;
  if (!tableOk && cmd === "RTM_NEWRULE") m.table = 254;
  if (!talk(ctx, { type: cmd, nlmsg_flags: nlflags, msg: m })) return 2;
  return 0;
}

// ---------------------------------------------------------------- list / flush

interface RuleFilter {
  not: boolean;
  l3mdev: boolean;
  iif?: string;
  oif?: string;
  uidrange?: FibRulePortRange;
  tb: number;
  tos?: number;
  pref?: number;
  fwmark: number;
  fwmask: number;
  src?: InetPrefix;
  dst?: InetPrefix;
  src6?: Prefix6;
  dst6?: Prefix6;
  protocol: number;
  protocolmask: number;
  sport?: FibRulePortRange;
  dport?: FibRulePortRange;
  ipproto: number;
}

/** inet_addr_match_rta(): the first bitlen bits agree (no address = match). */
function addrMatch(f: InetPrefix, addr: number | undefined): boolean {
  if (addr === undefined || f.bitlen <= 0) return true;
  const mask = f.bitlen >= 32 ? 0xffffffff : (0xffffffff << (32 - f.bitlen)) >>> 0;
  return ((f.addr ^ addr) & mask) >>> 0 === 0;
}

/** inet_addr_match_rta() for IPv6. */
function addr6Match(f: Prefix6, addr: bigint | undefined): boolean {
  return addr === undefined || prefix6Match(f.addr, addr, f.len);
}

/** get_prefix()'s "default"/"all"/"any": no address, length 0. */
/** The dump's family: preferred_family, or do_multirule()'s RTNL_FAMILY_IPMR / RTNL_FAMILY_IP6MR. */
export function ruleFamily(ctx: IpCtx): number {
  return ctx.mrFamily ?? (ctx.family === "inet6" ? AF_INET6 : AF_INET);
}

/**
 * get_prefix() under `ip mrule`: the family is RTNL_FAMILY_IPMR/IP6MR, which
 * takes only default/all/any; anything else exits 1 naming the family "???"
 * (family_name() knows no name for it).
 */
function mrPrefixCheck(ctx: IpCtx, v: string): void {
  if (!ctx.mrFamily || anyPrefix(v)) return;
  ctx.err(`Error: ??? prefix is expected rather than "${v}".\n`);
  throw new IpExit(1);
}

function anyPrefix(v: string): Prefix6 | undefined {
  return v === "default" || v === "all" || v === "any" ? { addr: 0n, len: 0 } : undefined;
}

/** filter_nlmsg() */
function filterRule(f: RuleFilter, r: FibRuleMsg): boolean {
  if (f.pref !== undefined && f.pref !== (r.FRA_PRIORITY ?? 0)) return false;
  if (f.not && !(r.flags & FIB_RULE_INVERT)) return false;
  if (f.src && (f.src.bitlen > r.src_len || !addrMatch(f.src, r.FRA_SRC))) return false;
  if (f.dst && (f.dst.bitlen > r.dst_len || !addrMatch(f.dst, r.FRA_DST))) return false;
  if (f.src6 && (f.src6.len > r.src_len || !addr6Match(f.src6, r.FRA_SRC6))) return false;
  if (f.dst6 && (f.dst6.len > r.dst_len || !addr6Match(f.dst6, r.FRA_DST6))) return false;
  if (f.tos !== undefined && f.tos !== r.tos) return false;
  if (f.fwmark && f.fwmark !== (r.FRA_FWMARK ?? 0)) return false;
  if (f.fwmask && f.fwmask !== (r.FRA_FWMASK ?? 0)) return false;
  if (f.iif !== undefined && r.FRA_IIFNAME !== f.iif) return false;
  if (f.oif !== undefined && r.FRA_OIFNAME !== f.oif) return false;
  if (f.l3mdev && !r.FRA_L3MDEV) return false;
  if (f.uidrange && (!r.FRA_UID_RANGE || r.FRA_UID_RANGE.start !== f.uidrange.start || r.FRA_UID_RANGE.end !== f.uidrange.end)) return false;
  if (f.ipproto && f.ipproto !== (r.FRA_IP_PROTO ?? 0)) return false;
  if (f.sport?.start && (!r.FRA_SPORT_RANGE || r.FRA_SPORT_RANGE.start !== f.sport.start || r.FRA_SPORT_RANGE.end !== f.sport.end)) return false;
  if (f.dport?.start && (!r.FRA_DPORT_RANGE || r.FRA_DPORT_RANGE.start !== f.dport.start || r.FRA_DPORT_RANGE.end !== f.dport.end)) return false;
  const table = r.FRA_TABLE ?? r.table;
  if (f.tb > 0 && f.tb !== table) return false;
  return true;
}

/** print_rule() */
export function printRule(ctx: IpCtx, r: FibRuleMsg): void {
  const out = ctx.out;
  out.openObject(null);
  out.uint("ANY", "priority", "%u:\t", r.FRA_PRIORITY ?? 0);
  if (r.flags & FIB_RULE_INVERT) out.null("ANY", "not", "not ");
  if (r.FRA_SRC6 !== undefined) {
    out.string("FP", null, "from ", null);
    out.string("ANY", "src", "%s", formatIp6(r.FRA_SRC6));
    if (r.src_len !== 128) out.uint("ANY", "srclen", "/%u", r.src_len);
  } else if (r.FRA_SRC !== undefined) {
    out.string("FP", null, "from ", null);
    out.string("ANY", "src", "%s", fmt4(r.FRA_SRC));
    if (r.src_len !== 32) out.uint("ANY", "srclen", "/%u", r.src_len);
  } else if (r.src_len) {
    out.string("ANY", "src", "from %s", "0");
    out.uint("ANY", "srclen", "/%u", r.src_len);
  } else out.string("ANY", "src", "from %s", "all");
  if (r.FRA_DST6 !== undefined) {
    out.string("FP", null, " to ", null);
    out.string("ANY", "dst", "%s", formatIp6(r.FRA_DST6));
    if (r.dst_len !== 128) out.uint("ANY", "dstlen", "/%u", r.dst_len);
  } else if (r.FRA_DST !== undefined) {
    out.string("FP", null, " to ", null);
    out.string("ANY", "dst", "%s", fmt4(r.FRA_DST));
    if (r.dst_len !== 32) out.uint("ANY", "dstlen", "/%u", r.dst_len);
  } else if (r.dst_len) {
    out.string("ANY", "dst", " to %s", "0");
    out.uint("ANY", "dstlen", "/%u", r.dst_len);
  }
  if (r.tos) out.string("ANY", "tos", " tos %s", dsfieldN2a(r.tos));
  if (r.FRA_FWMARK !== undefined || r.FRA_FWMASK !== undefined) {
    const mark = r.FRA_FWMARK ?? 0;
    const hex = (n: number) => (n ? `0x${n.toString(16)}` : "0");
    out.string("ANY", "fwmark", " fwmark %s", hex(mark));
    if (r.FRA_FWMASK !== undefined && r.FRA_FWMASK !== 0xffffffff) out.string("ANY", "fwmask", "/%s", hex(r.FRA_FWMASK));
  }
  if (r.FRA_IIFNAME !== undefined) {
    out.string("FP", null, " iif ", null);
    out.string("ANY", "iif", "%s", r.FRA_IIFNAME);
    if (r.flags & FIB_RULE_IIF_DETACHED) out.null("ANY", "iif_detached", " [detached]");
  }
  if (r.FRA_OIFNAME !== undefined) {
    out.string("FP", null, " oif ", null);
    out.string("ANY", "oif", "%s", r.FRA_OIFNAME);
    if (r.flags & FIB_RULE_OIF_DETACHED) out.null("ANY", "oif_detached", " [detached]");
  }
  if (r.FRA_L3MDEV) out.null("ANY", "l3mdev", " lookup [l3mdev-table]");
  if (r.FRA_UID_RANGE) {
    out.uint("ANY", "uid_start", " uidrange %u", r.FRA_UID_RANGE.start);
    out.uint("ANY", "uid_end", "-%u", r.FRA_UID_RANGE.end);
  }
  if (r.FRA_IP_PROTO !== undefined) out.string("ANY", "ipproto", " ipproto %s", getprotobynumber(r.FRA_IP_PROTO) ?? String(r.FRA_IP_PROTO));
  for (const [key, range] of [
    ["sport", r.FRA_SPORT_RANGE],
    ["dport", r.FRA_DPORT_RANGE],
  ] as const) {
    if (!range) continue;
    if (range.start === range.end) out.uint("ANY", key, ` ${key} %u`, range.start);
    else {
      out.uint("ANY", `${key}_start`, ` ${key} %u`, range.start);
      out.uint("ANY", `${key}_end`, "-%u", range.end);
    }
  }
  const table = r.FRA_TABLE ?? r.table;
  if (table) {
    out.string("ANY", "table", " lookup %s", tableN2a(table));
    const pl = r.FRA_SUPPRESS_PREFIXLEN;
    if (pl !== undefined && pl !== 0xffffffff) out.int("ANY", "suppress_prefixlen", " suppress_prefixlength %d", pl | 0);
    const g = r.FRA_SUPPRESS_IFGROUP;
    if (g !== undefined && g !== 0xffffffff) out.string("ANY", "suppress_ifgroup", " suppress_ifgroup %s", g === 0 ? "default" : String(g | 0));
  }
  if (r.FRA_FLOW !== undefined) {
    const to = r.FRA_FLOW & 0xffff;
    const from = r.FRA_FLOW >>> 16;
    if (from) out.string("ANY", "flow_from", " realms %s/", String(from));
    else out.string("FP", null, " realms ", null);
    out.string("ANY", "flow_to", "%s", String(to));
  }
  // RTA_GATEWAY (" map-to ADDR") never comes back: the kernel drops it (FRA_UNUSED2).
  if (r.action === RTN_NAT) out.null("ANY", "masquerade", " masquerade");
  else if (r.action === FR_ACT_GOTO) {
    if (r.FRA_GOTO !== undefined) out.uint("ANY", "goto", " goto %u", r.FRA_GOTO);
    else out.string("ANY", "goto", " goto %s", "none");
    if (r.flags & FIB_RULE_UNRESOLVED) out.null("ANY", "unresolved", " [unresolved]");
  } else if (r.action === FR_ACT_NOP) out.null("ANY", "nop", " nop");
  else if (r.action !== FR_ACT_TO_TBL) out.string("ANY", "action", " %s", rtntypeN2a(r.action));
  if (r.FRA_PROTOCOL !== undefined) {
    const p = r.FRA_PROTOCOL;
    if ((p && p !== RTPROT_KERNEL) || ctx.details > 0) out.string("ANY", "protocol", " proto %s", protoN2a(p));
  }
  out.string("FP", null, "\n", null);
  out.closeObject();
}

async function iprulesListFlush(ctx: IpCtx, argv: string[], flush: boolean): Promise<number> {
  const f: RuleFilter = { not: false, l3mdev: false, tb: 0, fwmark: 0, fwmask: 0, protocol: 0, protocolmask: 0, ipproto: 0 };
  const fam = "inet" as const;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (matches(a, "preference") || matches(a, "order") || matches(a, "priority")) {
      const v = next();
      const n = getU32(v);
      if (n === undefined) invarg(ctx, "preference value is invalid\n", v);
      f.pref = n;
    } else if (a === "not") f.not = true;
    else if (a === "tos" || a === "dsfield") {
      const v = next();
      const t = dsfieldA2n(v);
      if (t === undefined) invarg(ctx, "TOS value is invalid\n", v);
      f.tos = t;
    } else if (a === "fwmark") {
      const v = next();
      const slash = v.indexOf("/");
      const markText = slash >= 0 ? v.slice(0, slash) : v;
      const mark = getU32(markText);
      if (mark === undefined) invarg(ctx, "fwmark value is invalid\n", markText);
      f.fwmark = mark;
      if (slash >= 0) {
        const mask = getU32(v.slice(slash + 1));
        if (mask === undefined) invarg(ctx, "fwmask value is invalid\n", v.slice(slash + 1));
        f.fwmask = mask;
      }
    } else if (a === "dev" || a === "iif") {
      const v = next();
      if (!checkIfname(v)) invarg(ctx, '"iif"/"dev" not a valid ifname', v);
      f.iif = v;
    } else if (a === "oif") {
      const v = next();
      if (!checkIfname(v)) invarg(ctx, '"oif" not a valid ifname', v);
      f.oif = v;
    } else if (a === "l3mdev") f.l3mdev = true;
    else if (a === "uidrange") {
      const v = next();
      const r = scanUids(v);
      if (!r) invarg(ctx, "invalid UID range\n", v);
      f.uidrange = r;
    } else if (matches(a, "lookup") || matches(a, "table")) {
      const v = next();
      const t = tableA2n(v);
      if (t === undefined) invarg(ctx, "table id value is invalid\n", v);
      f.tb = t;
    } else if (matches(a, "from") || matches(a, "src")) {
      const v = next();
      mrPrefixCheck(ctx, v);
      if (ctx.family === "inet6") f.src6 = anyPrefix(v) ?? getPrefix6(ctx, v);
      else f.src = getPrefix(ctx, v, fam);
    } else if (matches(a, "protocol")) {
      const v = next();
      f.protocolmask = -1;
      const p = protoA2n(v);
      if (p === undefined) {
        if (v !== "all") invarg(ctx, 'invalid "protocol"\n', v);
        f.protocol = 0;
        f.protocolmask = 0;
      } else f.protocol = p;
    } else if (a === "ipproto") {
      const v = next();
      const p = inetProtoA2n(v);
      if (p === undefined) invarg(ctx, 'Invalid "ipproto" value\n', v);
      f.ipproto = p;
    } else if (a === "sport" || a === "dport") {
      const v = next();
      const { n, r } = scanPorts(v);
      if (n === 0) invarg(ctx, a === "sport" ? "invalid port range\n" : "invalid dport range\n", v);
      if (a === "sport") f.sport = r;
      else f.dport = r;
    } else {
      let v = a;
      if (matches(a, "dst") || matches(a, "to")) v = next();
      mrPrefixCheck(ctx, v);
      if (ctx.family === "inet6") f.dst6 = anyPrefix(v) ?? getPrefix6(ctx, v);
      else f.dst = getPrefix(ctx, v, fam);
    }
  }
  // A prefix "all" still pins the family; with bitlen 0 it matches every rule.
  const reply = talk(ctx, { type: "RTM_GETRULE", family: ruleFamily(ctx) });
  if (!reply || reply.type !== "rules") return 1;
  const rules = reply.rules.filter((r) => filterRule(f, r));
  if (flush) {
    for (const r of rules) {
      if (r.FRA_PROTOCOL !== undefined && ((f.protocol ^ r.FRA_PROTOCOL) & f.protocolmask) !== 0) continue;
      if (r.FRA_PRIORITY === undefined) continue;
      if (!talk(ctx, { type: "RTM_DELRULE", nlmsg_flags: 0, msg: r })) return 2;
    }
    return 0;
  }
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const r of rules) printRule(ctx, r);
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/** do_iprule() */
export async function doIprule(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return iprulesListFlush(ctx, [], false);
  const a = argv[0]!;
  const rest = argv.slice(1);
  if (matches(a, "list") || matches(a, "lst") || matches(a, "show")) return iprulesListFlush(ctx, rest, false);
  if (matches(a, "add")) return iprulesModify(ctx, "RTM_NEWRULE", rest);
  if (matches(a, "delete")) return iprulesModify(ctx, "RTM_DELRULE", rest);
  if (matches(a, "save")) return iprulesSave(ctx, rest);
  if (matches(a, "restore")) return iprulesRestore(ctx);
  if (matches(a, "flush")) return iprulesListFlush(ctx, rest, true);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip rule help".\n`);
  throw new IpExit(255);
}

registerIpObject("rule", doIprule);

/** do_multirule(): `ip mrule` is `ip rule` on the multicast routing rules of IPv4 (-4 or none) or IPv6 (-6). */
registerIpObject("mrule", async (ctx, argv) => {
  if (ctx.family === "packet") {
    ctx.err("Multicast rules are only supported for IPv4/IPv6, was: 17\n");
    throw new IpExit(255);
  }
  return doIprule({ ...ctx, mrFamily: ctx.family === "inet6" ? 129 : 128 }, argv);
});
