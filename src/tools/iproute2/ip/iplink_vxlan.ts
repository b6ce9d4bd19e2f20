// ip/iplink_vxlan.c of iproute2 6.1: `ip link add … type vxlan` options
// (vxlan_parse_opt, with its messages, the missing-dstport warning and the
// usage text) and the `-d` details (vxlan_print_opt, text and JSON).
// Addresses are IPv4 (numbers) or IPv6 (bigints: GROUP6/LOCAL6); the first
// one given fixes the family of the others (get_addr with the other's family).

import { VXLAN_DF_INHERIT, VXLAN_DF_SET, VXLAN_DF_UNSET, type IflaVxlanInfo, type VxlanRequestData } from "../../../uapi/if_link_vxlan.js";
import { fmt4, getAddrAf } from "../lib/inet.js";
import { formatIp6, isMulticast4, isMulticast6 } from "../../../wire/addr.js";
import type { IpOut } from "../lib/json_print.js";
import { duparg2, getUnsigned, incompleteCommand, invarg, IpExit, llIndexToName, llNameToIndex, matches, type Ctx } from "../lib/utils.js";

export const VXLAN_USAGE =
  "Usage: ... vxlan id VNI\n" +
  "\t\t[ { group | remote } IP_ADDRESS ]\n" +
  "\t\t[ local ADDR ]\n" +
  "\t\t[ ttl TTL ]\n" +
  "\t\t[ tos TOS ]\n" +
  "\t\t[ df DF ]\n" +
  "\t\t[ flowlabel LABEL ]\n" +
  "\t\t[ dev PHYS_DEV ]\n" +
  "\t\t[ dstport PORT ]\n" +
  "\t\t[ srcport MIN MAX ]\n" +
  "\t\t[ [no]learning ]\n" +
  "\t\t[ [no]proxy ]\n" +
  "\t\t[ [no]rsc ]\n" +
  "\t\t[ [no]l2miss ]\n" +
  "\t\t[ [no]l3miss ]\n" +
  "\t\t[ ageing SECONDS ]\n" +
  "\t\t[ maxaddress NUMBER ]\n" +
  "\t\t[ [no]udpcsum ]\n" +
  "\t\t[ [no]udp6zerocsumtx ]\n" +
  "\t\t[ [no]udp6zerocsumrx ]\n" +
  "\t\t[ [no]remcsumtx ] [ [no]remcsumrx ]\n" +
  "\t\t[ [no]external ] [ gbp ] [ gpe ]\n" +
  "\t\t[ [no]vnifilter ]\n" +
  "\n" +
  "Where:\tVNI\t:= 0-16777215\n" +
  "\tADDR\t:= { IP_ADDRESS | any }\n" +
  "\tTOS\t:= { NUMBER | inherit }\n" +
  "\tTTL\t:= { 1..255 | auto | inherit }\n" +
  "\tDF\t:= { unset | set | inherit }\n" +
  "\tLABEL := 0-1048575\n";

const isMcast = (a: number | bigint) => (typeof a === "bigint" ? isMulticast6(a) : isMulticast4(a));

/** get_u32(…, 0) / get_be16(…, 0): C-style base-0 numbers within a width. */
function getU(arg: string, max: number): number | undefined {
  if (/^0[xX][0-9a-fA-F]+$/.test(arg) && Number.parseInt(arg, 16) > 0x7fffffff) {
    const n = Number.parseInt(arg, 16);
    return n <= max ? n : undefined;
  }
  if (/^[1-9]\d*$/.test(arg)) {
    const n = Number(arg);
    return n <= max ? n : undefined;
  }
  const n = getUnsigned(arg);
  return n !== undefined && n <= max ? n : undefined;
}

/** rtnl_dsfield_a2n(): a name from rt_dsfield, else hexadecimal (strtoul base 16). */
function dsfieldA2n(arg: string): number | undefined {
  const names: Record<string, number> = { default: 0 };
  if (arg in names) return names[arg];
  if (!/^(0[xX])?[0-9a-fA-F]+$/.test(arg)) return undefined;
  const n = Number.parseInt(arg.replace(/^0[xX]/, ""), 16);
  return n <= 255 ? n : undefined;
}

/** vxlan_parse_opt(): the data, or undefined after printing why (exit status 1). */
export function vxlanParseOpt(ctx: Ctx, argvIn: string[], setOp: boolean): VxlanRequestData | undefined {
  const d: VxlanRequestData = {};
  const seen = new Set<string>();
  let argv = argvIn.slice();
  let vni: number | undefined;
  let daddr: number | bigint | undefined;
  let saddr: number | bigint | undefined;
  const fam = (x: number | bigint | undefined): 0 | 4 | 6 => (x === undefined ? 0 : typeof x === "bigint" ? 6 : 4);
  let learning = 1;
  let metadata = false;
  let dstport: number | undefined;
  const next = () => {
    argv = argv.slice(1);
    if (argv.length === 0) incompleteCommand(ctx);
    return argv[0]!;
  };
  // check_duparg(): an attribute given twice.
  const once = (attr: string, key: string, v: string) => {
    if (seen.has(attr)) duparg2(ctx, key, v);
    seen.add(attr);
  };
  const flag = (attr: keyof VxlanRequestData, on: number, a: string) => {
    once(attr, a, a);
    (d as Record<string, number>)[attr] = on;
  };
  const bothErr = () => {
    ctx.err("vxlan: both group and remote cannot be specified\n");
    return undefined;
  };
  while (argv.length > 0) {
    const a = argv[0]!;
    if (matches(a, "id") || matches(a, "vni")) {
      const v = next();
      once("ID", "id", v);
      const n = getU(v, 0xffffffff);
      if (n === undefined || n >= 1 << 24) invarg(ctx, "invalid id", v);
      vni = n;
    } else if (matches(a, "group")) {
      if (daddr !== undefined && !isMcast(daddr)) return bothErr();
      const v = next();
      once("GROUP", "group", v);
      const ip = getAddrAf(ctx, v, fam(saddr));
      if (!isMcast(ip)) invarg(ctx, "invalid group address", v);
      daddr = ip;
    } else if (matches(a, "remote")) {
      if (daddr !== undefined && isMcast(daddr)) return bothErr();
      const v = next();
      once("GROUP", "remote", v);
      const ip = getAddrAf(ctx, v, fam(saddr));
      // is_addrtype_inet_not_multi(): "::" (unspecified, not multicast) passes; 0.0.0.0 does not
      if (isMcast(ip) || ip === 0) invarg(ctx, "invalid remote address", v);
      daddr = ip;
    } else if (matches(a, "local")) {
      const v = next();
      once("LOCAL", "local", v);
      const ip = v === "any" ? 0 : getAddrAf(ctx, v, fam(daddr));
      if (isMcast(ip) || ((ip === 0 || ip === 0n) && v !== "any")) invarg(ctx, "invalid local address", v);
      saddr = ip;
    } else if (matches(a, "dev")) {
      const v = next();
      once("LINK", "dev", v);
      const link = llNameToIndex(ctx, v);
      if (!link) {
        ctx.err(`Cannot find device "${v}"\n`);
        throw new IpExit(255);
      }
      d.IFLA_VXLAN_LINK = link;
    } else if (matches(a, "ttl") || matches(a, "hoplimit")) {
      const v = next();
      once("TTL", "ttl", v);
      if (v === "inherit") d.IFLA_VXLAN_TTL_INHERIT = 1;
      else if (v === "auto") d.IFLA_VXLAN_TTL = 0;
      else {
        const n = getUnsigned(v);
        if (n === undefined) invarg(ctx, "invalid TTL", v);
        if (n > 255) invarg(ctx, "TTL must be <= 255", v);
        d.IFLA_VXLAN_TTL = n;
      }
    } else if (matches(a, "tos") || matches(a, "dsfield")) {
      const v = next();
      once("TOS", "tos", v);
      if (v === "inherit") d.IFLA_VXLAN_TOS = 1;
      else {
        const n = dsfieldA2n(v);
        if (n === undefined) invarg(ctx, "bad TOS value", v);
        d.IFLA_VXLAN_TOS = n;
      }
    } else if (matches(a, "df")) {
      const v = next();
      once("DF", "df", v);
      if (v === "unset") d.IFLA_VXLAN_DF = VXLAN_DF_UNSET;
      else if (v === "set") d.IFLA_VXLAN_DF = VXLAN_DF_SET;
      else if (v === "inherit") d.IFLA_VXLAN_DF = VXLAN_DF_INHERIT;
      else invarg(ctx, "DF must be 'unset', 'set' or 'inherit'", v);
    } else if (matches(a, "label") || matches(a, "flowlabel")) {
      const v = next();
      once("LABEL", "flowlabel", v);
      const n = getU(v, 0xffffffff);
      if (n === undefined || n > 0xfffff) invarg(ctx, "invalid flowlabel", v);
      d.IFLA_VXLAN_LABEL = n;
    } else if (matches(a, "ageing")) {
      const v = next();
      once("AGEING", "ageing", v);
      let n: number | undefined = 0;
      if (v !== "none") n = getU(v, 0xffffffff);
      if (n === undefined) invarg(ctx, "ageing timer", v);
      d.IFLA_VXLAN_AGEING = n;
    } else if (matches(a, "maxaddress")) {
      const v = next();
      once("LIMIT", "maxaddress", v);
      let n: number | undefined = 0;
      if (v !== "unlimited") n = getU(v, 0xffffffff);
      if (n === undefined) invarg(ctx, "max addresses", v);
      d.IFLA_VXLAN_LIMIT = n;
    } else if (matches(a, "port") || matches(a, "srcport")) {
      const v = next();
      once("PORT_RANGE", "srcport", v);
      const low = getU(v, 0xffff);
      if (low === undefined) invarg(ctx, "min port", v);
      const w = next();
      const high = getU(w, 0xffff);
      if (high === undefined) invarg(ctx, "max port", w);
      if (low || high) d.IFLA_VXLAN_PORT_RANGE = { low, high };
    } else if (matches(a, "dstport")) {
      const v = next();
      once("PORT", "dstport", v);
      const n = getU(v, 0xffff);
      if (n === undefined) invarg(ctx, "dst port", v);
      dstport = n;
    } else if (matches(a, "nolearning")) {
      once("LEARNING", a, a);
      learning = 0;
    } else if (matches(a, "learning")) {
      once("LEARNING", a, a);
      learning = 1;
    } else if (matches(a, "noproxy")) flag("IFLA_VXLAN_PROXY", 0, a);
    else if (matches(a, "proxy")) flag("IFLA_VXLAN_PROXY", 1, a);
    else if (matches(a, "norsc")) flag("IFLA_VXLAN_RSC", 0, a);
    else if (matches(a, "rsc")) flag("IFLA_VXLAN_RSC", 1, a);
    else if (matches(a, "nol2miss")) flag("IFLA_VXLAN_L2MISS", 0, a);
    else if (matches(a, "l2miss")) flag("IFLA_VXLAN_L2MISS", 1, a);
    else if (matches(a, "nol3miss")) flag("IFLA_VXLAN_L3MISS", 0, a);
    else if (matches(a, "l3miss")) flag("IFLA_VXLAN_L3MISS", 1, a);
    else if (matches(a, "udpcsum")) flag("IFLA_VXLAN_UDP_CSUM", 1, a);
    else if (matches(a, "noudpcsum")) flag("IFLA_VXLAN_UDP_CSUM", 0, a);
    else if (matches(a, "udp6zerocsumtx")) flag("IFLA_VXLAN_UDP_ZERO_CSUM6_TX", 1, a);
    else if (matches(a, "noudp6zerocsumtx")) flag("IFLA_VXLAN_UDP_ZERO_CSUM6_TX", 0, a);
    else if (matches(a, "udp6zerocsumrx")) flag("IFLA_VXLAN_UDP_ZERO_CSUM6_RX", 1, a);
    else if (matches(a, "noudp6zerocsumrx")) flag("IFLA_VXLAN_UDP_ZERO_CSUM6_RX", 0, a);
    else if (matches(a, "remcsumtx")) flag("IFLA_VXLAN_REMCSUM_TX", 1, a);
    else if (matches(a, "noremcsumtx")) flag("IFLA_VXLAN_REMCSUM_TX", 0, a);
    else if (matches(a, "remcsumrx")) flag("IFLA_VXLAN_REMCSUM_RX", 1, a);
    else if (matches(a, "noremcsumrx")) flag("IFLA_VXLAN_REMCSUM_RX", 0, a);
    else if (matches(a, "external")) {
      flag("IFLA_VXLAN_COLLECT_METADATA", 1, a);
      metadata = true;
      learning = 0;
    } else if (matches(a, "noexternal")) {
      flag("IFLA_VXLAN_COLLECT_METADATA", 0, a);
      metadata = false;
    } else if (matches(a, "help")) {
      ctx.err(VXLAN_USAGE);
      return undefined;
    } else {
      ctx.err(`vxlan: unknown command "${a}"?\n`);
      ctx.err(VXLAN_USAGE);
      return undefined;
    }
    argv = argv.slice(1);
  }
  if (metadata && vni !== undefined) {
    ctx.err("vxlan: both 'external' and vni cannot be specified\n");
    return undefined;
  }
  if (!metadata && vni === undefined && !setOp) {
    ctx.err("vxlan: missing virtual network identifier\n");
    return undefined;
  }
  if (daddr !== undefined && isMcast(daddr) && d.IFLA_VXLAN_LINK === undefined) {
    ctx.err("vxlan: 'group' requires 'dev' to be specified\n");
    return undefined;
  }
  if (dstport === undefined && !setOp) {
    ctx.err(
      "vxlan: destination port not specified\nWill use Linux kernel default (non-standard value)\n" +
        "Use 'dstport 4789' to get the IANA assigned value\nUse 'dstport 0' to get default and quiet this message\n",
    );
  }
  if (vni !== undefined) d.IFLA_VXLAN_ID = vni;
  if (typeof saddr === "bigint") d.IFLA_VXLAN_LOCAL6 = saddr;
  else if (saddr !== undefined) d.IFLA_VXLAN_LOCAL = saddr;
  if (typeof daddr === "bigint") d.IFLA_VXLAN_GROUP6 = daddr;
  else if (daddr !== undefined) d.IFLA_VXLAN_GROUP = daddr;
  if (!setOp || seen.has("LEARNING")) d.IFLA_VXLAN_LEARNING = learning;
  if (dstport !== undefined) d.IFLA_VXLAN_PORT = dstport;
  return d;
}

/** vxlan_print_opt() */
export function vxlanPrintOpt(ctx: Ctx, out: IpOut, x: IflaVxlanInfo): void {
  out.uint("ANY", "id", "id %u ", x.IFLA_VXLAN_ID);
  if (x.IFLA_VXLAN_GROUP !== undefined) {
    const a = fmt4(x.IFLA_VXLAN_GROUP);
    if (isMcast(x.IFLA_VXLAN_GROUP)) out.string("ANY", "group", "group %s ", a);
    else out.string("ANY", "remote", "remote %s ", a);
  }
  else if (x.IFLA_VXLAN_GROUP6 !== undefined) {
    const a = formatIp6(x.IFLA_VXLAN_GROUP6);
    if (isMcast(x.IFLA_VXLAN_GROUP6)) out.string("ANY", "group6", "group %s ", a);
    else out.string("ANY", "remote6", "remote %s ", a);
  }
  if (x.IFLA_VXLAN_LOCAL !== undefined) out.string("ANY", "local", "local %s ", fmt4(x.IFLA_VXLAN_LOCAL));
  else if (x.IFLA_VXLAN_LOCAL6 !== undefined) out.string("ANY", "local6", "local %s ", formatIp6(x.IFLA_VXLAN_LOCAL6));
  if (x.IFLA_VXLAN_LINK) out.string("ANY", "link", "dev %s ", llIndexToName(ctx, x.IFLA_VXLAN_LINK));
  if (out.isJson) {
    out.openObject("port_range");
    out.uint("JSON", "low", "", x.IFLA_VXLAN_PORT_RANGE.low);
    out.uint("JSON", "high", "", x.IFLA_VXLAN_PORT_RANGE.high);
    out.closeObject();
  } else out.raw(`srcport ${x.IFLA_VXLAN_PORT_RANGE.low} ${x.IFLA_VXLAN_PORT_RANGE.high} `);
  out.uint("ANY", "port", "dstport %u ", x.IFLA_VXLAN_PORT);
  out.bool("JSON", "learning", "", x.IFLA_VXLAN_LEARNING !== 0);
  if (!x.IFLA_VXLAN_LEARNING) out.raw(out.isJson ? "" : "nolearning ");
  const yes = (key: string, on: number, word: string) => {
    if (on) out.bool("ANY", key, `${word} `, true);
  };
  yes("proxy", x.IFLA_VXLAN_PROXY, "proxy");
  yes("rsc", x.IFLA_VXLAN_RSC, "rsc");
  yes("l2miss", x.IFLA_VXLAN_L2MISS, "l2miss");
  yes("l3miss", x.IFLA_VXLAN_L3MISS, "l3miss");
  const tos = x.IFLA_VXLAN_TOS;
  if (tos) {
    if (out.isJson) out.string("JSON", "tos", null, `0x${tos.toString(16)}`);
    else out.raw(tos === 1 ? "tos inherit " : `tos 0x${tos.toString(16)} `);
  }
  if (x.IFLA_VXLAN_TTL_INHERIT) out.string("FP", null, "ttl %s ", "inherit");
  else if (out.isJson || x.IFLA_VXLAN_TTL) out.uint("ANY", "ttl", "ttl %u ", x.IFLA_VXLAN_TTL);
  else out.string("FP", null, "ttl %s ", "auto");
  // The kernel always sends IFLA_VXLAN_DF; "unset" is printed in JSON only.
  if (x.IFLA_VXLAN_DF === undefined || x.IFLA_VXLAN_DF === 0) {
    if (out.isJson) out.string("JSON", "df", null, "unset");
  } else if (x.IFLA_VXLAN_DF === VXLAN_DF_SET) out.string("ANY", "df", "df %s ", "set");
  else if (x.IFLA_VXLAN_DF === VXLAN_DF_INHERIT) out.string("ANY", "df", "df %s ", "inherit");
  if (x.IFLA_VXLAN_LABEL) {
    if (out.isJson) out.string("JSON", "label", null, `0x${x.IFLA_VXLAN_LABEL.toString(16)}`);
    else out.raw(`flowlabel 0x${x.IFLA_VXLAN_LABEL.toString(16)} `);
  }
  if (x.IFLA_VXLAN_AGEING === 0) out.null("ANY", "ageing", "ageing none ");
  else out.uint("ANY", "ageing", "ageing %u ", x.IFLA_VXLAN_AGEING);
  if (x.IFLA_VXLAN_LIMIT) out.uint("ANY", "limit", "maxaddr %u ", x.IFLA_VXLAN_LIMIT);
  const csum = (key: string, on: number, word: string) => {
    if (out.isJson) out.bool("JSON", key, "", on !== 0);
    else out.raw(`${on ? "" : "no"}${word} `);
  };
  csum("udp_csum", x.IFLA_VXLAN_UDP_CSUM, "udpcsum");
  csum("udp_zero_csum6_tx", x.IFLA_VXLAN_UDP_ZERO_CSUM6_TX, "udp6zerocsumtx");
  csum("udp_zero_csum6_rx", x.IFLA_VXLAN_UDP_ZERO_CSUM6_RX, "udp6zerocsumrx");
  yes("remcsum_tx", x.IFLA_VXLAN_REMCSUM_TX, "remcsumtx");
  yes("remcsum_rx", x.IFLA_VXLAN_REMCSUM_RX, "remcsumrx");
  yes("external", x.IFLA_VXLAN_COLLECT_METADATA, "external");
}
