// How nft 1.0.6 prints the rule set the kernel holds (`nft list ...`), for
// the tables iptables-nft fills: the table and chain blocks, base chain
// declarations (type, hook, priority names, policy) and each rule.
//
// The model's nf_tables store keeps rules in iptables' form (IptEntry); nft
// prints what iptables-nft would have sent for them: native expressions for
// the IPv4 header fields, tcp (ports, flags) and udp ports, the mark and
// limit matches, TRACE and the verdicts; every other extension went to the
// kernel as an xt compat expression, which nft prints through the
// extension's translation (done here for icmp, addrtype, conntrack/state,
// statistic, multiport, pkttype, iprange, mac, length, ttl, connmark,
// comment, LOG, REJECT, MARK, CONNMARK, CT --notrack, TCPMSS, MASQUERADE,
// REDIRECT, SNAT, DNAT) or as "xt match NAME" / "xt target NAME". A table
// holding any compat expression gets nft's "managed by iptables-nft" warning
// line. Extensions and option combinations not translated here print the
// "xt" form, where the real nft may print a translation.

import type { IptEntry, XtChain, XtCounters, XtTableDump } from "../../uapi/x_tables.js";
import { XT_CONNTRACK_STATE_ALIAS, XT_CONNTRACK_STATE_DNAT, XT_CONNTRACK_STATE_SNAT, XT_STATE_UNTRACKED } from "../../uapi/xt_ext.js";
import type { IptIcmp, IptReject, NfNatRange, XtAddrtype, XtConnmarkTarget, XtConntrack, XtCt, XtIprange, XtLength, XtLog, XtMac, XtMarkMatch, XtMarkTarget, XtMultiport, XtPkttype, XtRateinfo, XtStatistic, XtTcp, XtUdp } from "../../uapi/xt_ext.js";
import { XT_ECN_IP, XT_ECN_TCP_CWR, XT_ECN_TCP_ECE, type XtDscp, type XtEcn, type XtSpi, type XtTos, type XtTtl } from "../../uapi/xt_ext_iphdr.js";
import { formatIp6 } from "../../wire/addr.js";
import type { Ip6tFrag, Ip6tIcmp6 } from "../../uapi/xt_ext_ip6.js";
import { XT_TIME_ALL_MONTHDAYS, XT_TIME_ALL_WEEKDAYS, XT_TIME_MAX_DATE, type XtTime } from "../../uapi/xt_ext_time.js";
import { XT_OWNER_GID, XT_OWNER_UID, type XtConnbytes, type XtOwner } from "../../uapi/xt_ext_match.js";
import type { XtClassify, XtHelper, XtNflog, XtNfqueue, XtQuota, XtRealm, XtTcpmss, XtTcpmssTarget } from "../../uapi/xt_ext_misc.js";
import type { XtDccp, XtSctp } from "../../uapi/xt_ext_sctpdccp.js";
import { XT_HL_BYTES, XT_HL_DIP, XT_HL_DPT, XT_HL_INVERT, XT_HL_SIP, XT_HL_SPT, type XtHashlimit } from "../../uapi/xt_ext_hashlimit.js";
import { printBytes, printRate } from "../iptables/ext/hashlimit.js";
import { mask6ToCidr } from "../iptables/print.js";
import { listedStmts, stmtText } from "./native-render.js";
import type { NftField, NftStmt, NftTableDump, NftVal } from "../../uapi/nft_native.js";

export type NftFamily = "ip" | "ip6" | "inet" | "arp" | "bridge" | "netdev";

/** nft's output flags: -a (handles), -n (numeric priorities and protocols), -s (counters without values). */
export interface NftOutput {
  handle?: boolean;
  numeric?: boolean;
  stateless?: boolean;
  /** -j: JSON (native-json.ts). */
  json?: boolean;
}

const HOOKS = ["prerouting", "input", "forward", "output", "postrouting"];

/** The standard priority names nft prints for the ip/ip6 families. */
function priorityText(prio: number, hook: number, o: NftOutput = {}): string {
  if (o.numeric) return String(prio);
  if (prio === -300) return "raw";
  if (prio === -150) return "mangle";
  if (prio === -100 && hook === 0) return "dstnat";
  if (prio === 0) return "filter";
  if (prio === 50) return "security";
  if (prio === 100 && hook === 4) return "srcnat";
  return String(prio);
}

function chainType(table: string, hook: number): string {
  if (table === "nat") return "nat";
  if (table === "mangle" && hook === 3) return "route";
  return "filter";
}

const fmtIp = (a: number) => `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;

function prefixLen(m: number): number {
  let n = 0;
  while (n < 32 && (m << n) & 0x80000000) n++;
  return ((0xffffffff << (32 - n)) >>> 0) === m >>> 0 || (n === 0 && m === 0) ? n : -1;
}

function addrExpr(what: string, addr: number, mask: number, inv: boolean): string {
  const op = inv ? "!= " : "";
  const n = prefixLen(mask);
  if (n === 32) return `ip ${what} ${op}${fmtIp(addr)}`;
  if (n >= 0) return `ip ${what} ${op}${fmtIp(addr)}/${n}`;
  return `ip ${what} & ${fmtIp(mask)} ${op}${fmtIp(addr)}`;
}

/** A number as nft prints it in hex (unsigned, unpadded). */
const hex = (v: number): string => `0x${(v >>> 0).toString(16)}`;

/** An ip6tables address test (ip6 saddr/daddr, with a prefix or a mask). */
function addrExpr6(what: string, addr: bigint, mask: bigint, inv: boolean): string {
  const op = inv ? "!= " : "";
  const n = mask6ToCidr(mask);
  if (n < 0) return `ip6 ${what} & ${formatIp6(mask)} ${op}${formatIp6(addr)}`;
  return `ip6 ${what} ${op}${formatIp6(addr)}${n === 128 ? "" : `/${n}`}`;
}

/** nft's names of ICMPv6 types. */
const ICMP6_NAMES: Record<number, string> = {
  1: "destination-unreachable", 2: "packet-too-big", 3: "time-exceeded", 4: "parameter-problem", 128: "echo-request", 129: "echo-reply",
  130: "mld-listener-query", 131: "mld-listener-report", 132: "mld-listener-done", 133: "nd-router-solicit", 134: "nd-router-advert",
  135: "nd-neighbor-solicit", 136: "nd-neighbor-advert", 137: "nd-redirect", 143: "mld2-listener-report",
};

/** libip6t_REJECT's icmpv6 names by enum ip6t_reject_with. */
const REJECT6_WITH = ["no-route", "admin-prohibited", "", "addr-unreachable", "port-unreachable", "", "tcp reset", "policy-fail", "reject-route"];

function ifname(name: string): string {
  return `"${name.endsWith("+") ? `${name.slice(0, -1)}*` : name}"`;
}

const PROTOS: Record<number, string> = { 1: "icmp", 2: "igmp", 4: "ipv4", 6: "tcp", 17: "udp", 41: "ipv6", 47: "gre", 50: "esp", 51: "ah", 58: "ipv6-icmp", 132: "sctp", 136: "udplite", 33: "dccp" };

function ports(proto: string, dir: string, r: [number, number], inv: boolean): string | undefined {
  if (r[0] === 0 && r[1] === 65535 && !inv) return undefined;
  const v = r[0] === r[1] ? String(r[0]) : `${r[0]}-${r[1]}`;
  return `${proto} ${dir} ${inv ? "!= " : ""}${v}`;
}

const TCP_FLAGS = ["fin", "syn", "rst", "psh", "ack", "urg", "ecn", "cwr"];
const tcpFlags = (v: number) => TCP_FLAGS.filter((_, i) => v & (1 << i)).join(",");

const ICMP_TYPES: Record<number, string> = {
  0: "echo-reply", 3: "destination-unreachable", 4: "source-quench", 5: "redirect", 8: "echo-request", 9: "router-advertisement",
  10: "router-solicitation", 11: "time-exceeded", 12: "parameter-problem", 13: "timestamp-request", 14: "timestamp-reply",
  15: "info-request", 16: "info-reply", 17: "address-mask-request", 18: "address-mask-reply",
};

/** XT_ADDRTYPE_* bits, in bit order, by nft's names. */
const ADDRTYPES = ["unspec", "unicast", "local", "broadcast", "anycast", "multicast", "blackhole", "unreachable", "prohibit"];

const CT_NAMES: [number, string][] = [[1, "invalid"], [8, "new"], [4, "related"], [2, "established"], [XT_STATE_UNTRACKED, "untracked"]];

function ctState(mask: number): string {
  return CT_NAMES.filter(([b]) => mask & b).map(([, n]) => n).join(",");
}

/** libxt_limit's rate units (per day, hour, minute, second in 1/10000 s). */
const RATES: [string, number][] = [["day", 864000000], ["hour", 36000000], ["minute", 600000], ["second", 10000]];

function limitText(d: XtRateinfo): string {
  // The coarsest unit from which the period divides evenly enough (as iptables' limit translation picks it).
  let i = 1;
  for (; i < RATES.length; i++) {
    const mult = RATES[i]![1];
    if (d.avg > mult || Math.floor(mult / d.avg) < mult % d.avg) break;
  }
  const [unit, mult] = RATES[i - 1]!;
  return `limit rate ${Math.floor(mult / d.avg)}/${unit}${d.burst !== 5 ? ` burst ${d.burst} packets` : ""}`;
}

const REJECT_WITH = ["net-unreachable", "host-unreachable", "prot-unreachable", "port-unreachable", "", "net-prohibited", "host-prohibited", "tcp reset", "admin-prohibited"];

interface Rendered {
  text: string;
  compat: boolean;
}

function matchText(name: string, data: object, proto: number): { text: string | undefined; compat: boolean } {
  switch (name) {
    case "tcp": {
      const d = data as XtTcp;
      if (d.option) {
        // libxt_tcp's translation: ports, the option, then the flags (a zero compare value as 0x0)
        const parts = [ports("tcp", "sport", d.spts, (d.invflags & 1) !== 0), ports("tcp", "dport", d.dpts, (d.invflags & 2) !== 0)].filter(Boolean);
        parts.push(`tcp option ${d.option} ${d.invflags & 8 ? "missing" : "exists"}`);
        if (d.flgMask) parts.push(`tcp flags ${d.invflags & 4 ? "!= " : ""}${tcpFlags(d.flgCmp) || "0x0"} / ${tcpFlags(d.flgMask)}`);
        return { text: parts.join(" "), compat: true };
      }
      // both inverted and none set: not seen printed (left as the compat form)
      if (d.flgMask && d.invflags & 4 && d.flgCmp === 0) return { text: `xt match tcp`, compat: true };
      const parts = [ports("tcp", "sport", d.spts, (d.invflags & 1) !== 0), ports("tcp", "dport", d.dpts, (d.invflags & 2) !== 0)].filter(Boolean);
      // native (add_nft_tcpflags): `flags & mask == 0` prints as "! mask", an inverted test as "!= cmp / mask"
      if (d.flgMask && d.flgCmp === 0) parts.push(`tcp flags ! ${tcpFlags(d.flgMask)}`);
      else if (d.flgMask) parts.push(`tcp flags ${d.invflags & 4 ? "!= " : ""}${tcpFlags(d.flgCmp)} / ${tcpFlags(d.flgMask)}`);
      return { text: parts.length ? parts.join(" ") : proto === 6 ? undefined : "meta l4proto tcp", compat: false };
    }
    case "icmp": {
      const d = data as IptIcmp;
      const name = ICMP_TYPES[d.type];
      // type "any" (255): the protocol test alone
      if (d.type === 255 && !d.invflags) return { text: "ip protocol icmp", compat: true };
      if (!name || d.code[0] !== 0 || d.code[1] !== 255) return { text: "xt match icmp", compat: true };
      return { text: `icmp type ${d.invflags ? "!= " : ""}${name}`, compat: true };
    }
    case "addrtype": {
      // 1.8.9's translation: the source types if any, else the destination's, "!=" if either
      // is inverted, braces around several types; .iif/.oif for --limit-iface-in/out.
      const d = data as XtAddrtype;
      const val = d.source || d.dest;
      const types = ADDRTYPES.filter((_, i) => val & (1 << i));
      let t = `fib ${d.source ? "saddr" : "daddr"} `;
      if (d.flags & 4) t += ". iif ";
      else if (d.flags & 8) t += ". oif ";
      t += "type ";
      if (d.flags & 3) t += "!= ";
      t += types.length > 1 ? `{ ${types.join(", ")} }` : (types[0] ?? "");
      return { text: t, compat: true };
    }
    case "statistic": {
      const d = data as XtStatistic;
      if (d.invert) return { text: "xt match statistic", compat: true };
      if (d.mode === "random") return { text: `meta random & 2147483647 < ${d.probability}`, compat: true };
      // The kernel keeps every - 1.
      return { text: `numgen inc mod ${d.every + 1} ${d.packet}`, compat: true };
    }
    case "multiport": {
      const d = data as XtMultiport;
      if (d.flags === "any" && d.invert) return { text: "xt match multiport", compat: true };
      const items: string[] = [];
      for (let i = 0; i < d.ports.length; i++) {
        if (d.pflags[i]) {
          items.push(`${d.ports[i]}-${d.ports[i + 1]}`);
          i++;
        } else items.push(String(d.ports[i]));
      }
      const pr = PROTOS[proto] ?? String(proto);
      // --ports: a source . destination pair per item, the other side any port
      if (d.flags === "any") {
        // (each port on its own: this form does not read the range flags)
        const pairs = d.ports.flatMap((x) => [`0-65535 . ${x}`, `${x} . 0-65535`]);
        return { text: `${pr} sport . ${pr} dport { ${pairs.join(", ")} }`, compat: true };
      }
      const dir = d.flags === "src" ? "sport" : "dport";
      return { text: `${pr} ${dir} ${d.invert ? "!= " : ""}${items.length > 1 ? `{ ${items.join(", ")} }` : items[0]}`, compat: true };
    }
    case "time": {
      // libxt_time's translation: UTC day times and week days (its text starts with a space when no date is given)
      const d = data as XtTime;
      if (d.flags || d.monthdays !== XT_TIME_ALL_MONTHDAYS || d.dateStart !== 0 || d.dateStop !== XT_TIME_MAX_DATE) return { text: "xt match time", compat: true };
      const hms = (v: number) => [Math.floor(v / 3600), Math.floor(v / 60) % 60, v % 60].map((x) => String(x).padStart(2, "0")).join(":");
      let t = "";
      if (d.daytimeStart !== 0 || d.daytimeStop !== 86399) t += ` meta hour "${hms(d.daytimeStart)}"-"${hms(d.daytimeStop)}"`;
      if (d.weekdays !== XT_TIME_ALL_WEEKDAYS) {
        // bit 1 Monday .. bit 7 Sunday; nft counts Sunday as 0
        const days: number[] = [];
        for (let b = 1; b <= 7; b++) if (d.weekdays & (1 << b)) days.push(b % 7);
        days.sort((x, y) => x - y);
        t += ` meta day ${days.length > 1 ? `{ ${days.join(", ")} }` : days[0]}`;
      }
      return { text: t, compat: true };
    }
    case "connbytes": {
      const d = data as XtConnbytes;
      if (d.to < d.from || d.to === 0xffffffffffffffffn) return { text: "xt match connbytes", compat: true };
      const dir = ["original ", "reply ", ""][d.direction] ?? "";
      const what = ["packets", "bytes", "avgpkt"][d.what] ?? "bytes";
      return { text: `ct ${dir}${what} ${d.from === d.to ? d.from : `${d.from}-${d.to}`}`, compat: true };
    }
    case "pkttype": {
      const d = data as XtPkttype;
      const n = ["host", "broadcast", "multicast", "other"][d.pkttype];
      return { text: n && !d.invert ? `pkttype ${n}` : "xt match pkttype", compat: true };
    }
    case "iprange": {
      const d = data as XtIprange;
      const parts: string[] = [];
      // IPRANGE_SRC_INV 0x10, IPRANGE_DST_INV 0x20
      if (d.flags & 1) parts.push(`ip saddr ${d.flags & 0x10 ? "!= " : ""}${fmtIp(d.srcMin)}-${fmtIp(d.srcMax)}`);
      if (d.flags & 2) parts.push(`ip daddr ${d.flags & 0x20 ? "!= " : ""}${fmtIp(d.dstMin)}-${fmtIp(d.dstMax)}`);
      return { text: parts.join(" "), compat: true };
    }
    case "mac": {
      const d = data as XtMac;
      return { text: `ether saddr ${d.invert ? "!= " : ""}${d.srcaddr.map((b) => b.toString(16).padStart(2, "0")).join(":")}`, compat: true };
    }
    case "length": {
      const d = data as XtLength;
      return { text: `meta length ${d.invert ? "!= " : ""}${d.min === d.max ? d.min : `${d.min}-${d.max}`}`, compat: true };
    }
    case "ttl": {
      const d = data as XtTtl;
      return { text: `ip ttl ${["", "!= ", "lt ", "gt "][d.mode] ?? ""}${d.ttl}`, compat: true };
    }
    case "icmp6": {
      const d = data as Ip6tIcmp6;
      const n = ICMP6_NAMES[d.type];
      if (!n || d.codeMin !== 0 || d.codeMax !== 255 || d.invert) return { text: "xt match icmp6", compat: true };
      return { text: `icmpv6 type ${n}`, compat: true };
    }
    case "hl": {
      const d = data as XtTtl;
      return { text: `ip6 hoplimit ${["", "!= ", "lt ", "gt "][d.mode] ?? ""}${d.ttl}`, compat: true };
    }
    case "frag": {
      const d = data as Ip6tFrag;
      if (d.flags !== 4 || d.hasLen || d.ids[0] !== 0 || d.ids[1] !== 0xffffffff || d.invIds) return { text: "xt match frag", compat: true };
      return { text: "frag more-fragments 1", compat: true };
    }
    case "connmark": {
      // libxt_connmark's translation
      const d = data as XtMarkMatch;
      if (d.mask >>> 0 !== 0xffffffff) return { text: `ct mark and ${hex(d.mask)} ${d.invert ? "!=" : "=="} ${hex(d.mark)}`, compat: true };
      return { text: `ct mark ${d.invert ? "!= " : ""}${hex(d.mark)}`, compat: true };
    }
    case "tcpmss": {
      const d = data as XtTcpmss;
      return { text: `tcp option maxseg size ${d.invert ? "!= " : ""}${d.min === d.max ? d.min : `${d.min}-${d.max}`}`, compat: true };
    }
    case "owner": {
      // libxt_owner's translation covers a uid or a gid test alone
      const d = data as XtOwner;
      const range = (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`);
      if (d.match === XT_OWNER_UID) return { text: `skuid ${d.invert & XT_OWNER_UID ? "!= " : ""}${range(d.uidMin, d.uidMax)}`, compat: true };
      if (d.match === XT_OWNER_GID) return { text: `skgid ${d.invert & XT_OWNER_GID ? "!= " : ""}${range(d.gidMin, d.gidMax)}`, compat: true };
      return { text: "xt match owner", compat: true };
    }
    case "udp": {
      const d = data as XtUdp;
      const parts = [ports("udp", "sport", d.spts, (d.invflags & 1) !== 0), ports("udp", "dport", d.dpts, (d.invflags & 2) !== 0)].filter(Boolean);
      return { text: parts.length ? parts.join(" ") : undefined, compat: false };
    }
    case "mark": {
      const d = data as XtMarkMatch;
      const hex = (v: number) => `0x${(v >>> 0).toString(16).padStart(8, "0")}`;
      const op = d.invert ? "!=" : "==";
      return { text: d.mask >>> 0 === 0xffffffff ? `meta mark ${d.invert ? "!= " : ""}${hex(d.mark)}` : `meta mark & ${hex(d.mask)} ${op} ${hex(d.mark)}`, compat: false };
    }
    case "limit":
      return { text: limitText(data as XtRateinfo), compat: false };
    case "conntrack":
      return { text: conntrackText(data as XtConntrack), compat: true };
    case "helper": {
      const d = data as XtHelper;
      return { text: `ct helper ${d.invert ? "!= " : ""}"${d.name}"`, compat: true };
    }
    case "realm": {
      const d = data as XtRealm;
      if (d.mask >>> 0 === 0xffffffff) return { text: `rtclassid ${d.invert ? "!= " : ""}${hex(d.id)}`, compat: true };
      return { text: `rtclassid and ${hex(d.mask)} ${d.invert ? "!=" : "=="} ${hex(d.id)}`, compat: true };
    }
    case "dscp": {
      const d = data as XtDscp;
      return { text: `ip dscp ${d.invert ? "!= " : ""}0x${d.dscp.toString(16).padStart(2, "0")}`, compat: true };
    }
    case "quota": {
      const d = data as XtQuota;
      return { text: `quota ${d.invert ? "over " : ""}${d.quota} bytes`, compat: true };
    }
    case "esp":
    case "ah": {
      const d = data as XtSpi;
      if (!("min" in d)) return { text: `xt match ${name}`, compat: true };
      if (d.min === 0 && d.max === 0xffffffff && !d.invert) return { text: "", compat: true };
      return { text: `${name} spi ${d.invert ? "!= " : ""}${d.min === d.max ? d.min : `${d.min}-${d.max}`}`, compat: true };
    }
    case "sctp":
    case "dccp": {
      const d = data as XtSctp | XtDccp;
      const typesOk = name === "dccp" && (d.flags & ~7) === 0 && !(d.invflags & 4);
      if (d.flags & ~3 && !typesOk) return { text: `xt match ${name}`, compat: true };
      const parts = [ports(name, "sport", d.spts, (d.invflags & 1) !== 0), ports(name, "dport", d.dpts, (d.invflags & 2) !== 0)].filter(Boolean);
      if (d.flags & 4) {
        const types = DCCP_TYPES.filter((_, i) => (d as XtDccp).typemask & (1 << i));
        parts.push(`dccp type ${types.length > 1 ? `{ ${types.join(", ")} }` : types[0]}`);
      }
      return { text: parts.join(" "), compat: true };
    }
    case "hashlimit":
      return { text: hashlimitText(data as XtHashlimit), compat: true };
    case "ecn": {
      const d = data as XtEcn;
      const ECT = ["not-ect", "ect1", "ect0", "ce"];
      if (d.invert) return { text: "xt match ecn", compat: true };
      if (d.operation === XT_ECN_TCP_CWR) return { text: "tcp flags cwr", compat: true };
      if (d.operation === XT_ECN_TCP_ECE) return { text: "tcp flags ecn", compat: true };
      if (d.operation === XT_ECN_IP) return { text: `ip ecn ${ECT[d.ipEct] ?? d.ipEct}`, compat: true };
      return { text: "xt match ecn", compat: true };
    }
    case "comment":
      // nft keeps a translated comment out of the expression list: what is left prints as nothing.
      return { text: "", compat: true };
    default:
      return { text: `xt match ${name}`, compat: true };
  }
}

/**
 * libxt_hashlimit's translation, a meter keyed by the mode's fields (daddr, dport, saddr, sport),
 * for packet rates with a mode and full masks; the timeout shows when the table's expiry is not 1 s.
 */
function hashlimitText(d: XtHashlimit): string {
  const masked = (k: string, bits: number) => (bits === 32 ? k : `${k} and ${fmtIp(bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0)}`);
  const keys = ([[XT_HL_DIP, masked("ip daddr", d.dstMask)], [XT_HL_DPT, "tcp dport"], [XT_HL_SIP, masked("ip saddr", d.srcMask)], [XT_HL_SPT, "tcp sport"]] as const)
    .filter(([b]) => d.mode & b)
    .map(([, k]) => k);
  if (!keys.length) return "xt match hashlimit";
  let s = `meter ${d.name} { ${keys.join(" . ")} `;
  if (d.expire !== 1000) s += `timeout ${Math.floor(d.expire / 1000)}s `;
  if (d.mode & XT_HL_BYTES) {
    // byte rates in nft's units: "1 mbytes/second", "burst 2 mbytes"
    const nftBytes = (b: number) => {
      const [n, u] = /^(\d+)(\w+)$/.exec(printBytes(b))!.slice(1);
      return `${n} ${u === "mb" ? "mbytes" : u === "kb" ? "kbytes" : "bytes"}`;
    };
    s += `limit rate ${d.mode & XT_HL_INVERT ? "over " : ""}${nftBytes(d.avg)}/second`;
    if (d.burst) s += ` burst ${nftBytes(d.burst)}`;
    return `${s} }`;
  }
  const [n, unit] = printRate(d.avg * d.interval).split("/");
  const UNITS: Record<string, string> = { sec: "second", min: "minute", hour: "hour", day: "day" };
  s += `limit rate ${d.mode & XT_HL_INVERT ? "over " : ""}${n}/${UNITS[unit!] ?? unit}`;
  if (d.burst !== 5) s += ` burst ${d.burst} packets`;
  return `${s} }`;
}

const DCCP_TYPES = ["request", "response", "data", "ack", "dataack", "closereq", "close", "reset", "sync", "syncack", "invalid"];

const CT_STATUS_NAMES: [number, string][] = [[1, "expected"], [2, "seen-reply"], [4, "assured"], [8, "confirmed"], [16, "snat"], [32, "dnat"], [512, "dying"]];

/**
 * libxt_conntrack's translation: state, status, expiration, direction, then the original
 * protocol, the four addresses and the four ports; the virtual states SNAT/DNAT are the
 * connection's status (-m state sends conntrack with the STATE_ALIAS flag). Forms not
 * recorded stay "xt match conntrack".
 */
function conntrackText(d: XtConntrack): string {
  const flags = d.matchFlags & ~XT_CONNTRACK_STATE_ALIAS;
  const inv = (bit: number) => (d.invertFlags & bit) !== 0;
  const xt = "xt match conntrack";
  const parts: string[] = [];
  // _conntrack3_mt_xlate's order: direction, protocol, state, status, expiration, addresses, ports
  if (flags & 0x1000) {
    if (d.direction === undefined) return xt;
    parts.push(`ct direction ${d.direction.toLowerCase()}`);
  }
  if (flags & 2) {
    if (inv(2)) return xt;
    parts.push(`ct original protocol ${d.l4proto}`);
  }
  if (flags & 1) {
    if (d.stateMask === XT_CONNTRACK_STATE_DNAT && !inv(1)) parts.push("ct status dnat");
    else if (d.stateMask === XT_CONNTRACK_STATE_SNAT && !inv(1)) parts.push("ct status snat");
    else if (d.stateMask & ~(0x0f | XT_STATE_UNTRACKED)) return xt;
    else parts.push(`ct state ${inv(1) ? "! " : ""}${ctState(d.stateMask)}`);
  }
  if (flags & 0x40) {
    const names = CT_STATUS_NAMES.filter(([b]) => d.statusMask & b);
    if (names.reduce((m, [b]) => m | b, 0) !== d.statusMask) return xt;
    parts.push(`ct status ${inv(0x40) ? "! " : ""}${names.map(([, n]) => n).join(",")}`);
  }
  if (flags & 0x80) {
    if (inv(0x80)) return xt;
    parts.push(`ct expiration ${d.expiresMin === d.expiresMax ? d.expiresMin : `${d.expiresMin}-${d.expiresMax}`}`);
  }
  const addrs: [number, string, { addr: number; mask: number } | undefined][] = [
    [4, "original saddr", d.origSrc], [8, "original daddr", d.origDst], [16, "reply saddr", d.replSrc], [32, "reply daddr", d.replDst],
  ];
  for (const [bit, what, a] of addrs) {
    if (!(flags & bit)) continue;
    if (!a) return xt;
    // A mask that is no prefix prints the address alone (as the translation does).
    const n = prefixLen(a.mask);
    parts.push(`ct ${what} ${inv(bit) ? "!= " : ""}${fmtIp(a.addr)}${n === 32 || n < 0 ? "" : `/${n}`}`);
  }
  const portsOf: [number, string, [number, number]][] = [
    [0x100, "original proto-src", d.origSrcPort], [0x200, "original proto-dst", d.origDstPort],
    [0x400, "reply proto-src", d.replSrcPort], [0x800, "reply proto-dst", d.replDstPort],
  ];
  for (const [bit, what, r] of portsOf) {
    if (!(flags & bit)) continue;
    if (inv(bit)) return xt;
    parts.push(`ct ${what} ${r[0] === r[1] ? r[0] : `${r[0]}-${r[1]}`}`);
  }
  if (flags & ~0x1fff) return xt;
  return parts.join(" ");
}

function natText(kw: string, r: NfNatRange): string {
  let s = kw;
  const ips = (r.flags & 1) !== 0;
  const ports = (r.flags & 2) !== 0;
  if (ips || ports) {
    s += " to ";
    if (ips) s += fmtIp(r.minAddr) + (r.maxAddr !== r.minAddr ? `-${fmtIp(r.maxAddr)}` : "");
    if (ports) s += `:${r.minProto}${r.maxProto !== r.minProto ? `-${r.maxProto}` : ""}`;
  }
  return s;
}

/** The NAT flags after the range: random, fully-random, persistent. */
function natFlags(text: string, r: NfNatRange): string {
  const f: string[] = [];
  if (r.flags & 4) f.push("random");
  if (r.flags & 16) f.push("fully-random");
  if (r.flags & 8) f.push("persistent");
  return f.length ? `${text} ${f.join(",")}` : text;
}

function targetText(e: IptEntry): { text: string | undefined; compat: boolean } {
  const t = e.target;
  switch (t.kind) {
    case "none":
      return { text: undefined, compat: false };
    case "verdict":
      return { text: t.verdict.toLowerCase(), compat: false };
    case "jump":
      return { text: `${t.goto ? "goto" : "jump"} ${t.chain}`, compat: false };
    case "ext":
      break;
  }
  const d = t.data as object;
  switch (t.name) {
    case "TRACE":
      return { text: "meta nftrace set 1", compat: false };
    case "LOG": {
      const l = d as XtLog;
      let s = "log";
      if (l.prefix) s += ` prefix "${l.prefix}"`;
      if (l.level !== 4) s += ` level ${["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"][l.level]}`;
      // libxt_LOG's flags: all of them (XT_LOG_MASK) as "all", else tcp (sequence, options), ip options, skuid, ether
      const f = l.logflags;
      if ((f & 0x2f) === 0x2f) s += " flags all";
      else {
        if (f & 3) s += ` flags tcp ${[f & 1 ? "sequence" : "", f & 2 ? "options" : ""].filter(Boolean).join(",")}`;
        if (f & 4) s += " flags ip options";
        if (f & 8) s += " flags skuid";
        if (f & 0x20) s += " flags ether";
      }
      return { text: s, compat: true };
    }
    case "REJECT": {
      const w = (d as IptReject).with;
      if (e.ip.ip6) return { text: w === 4 ? "reject" : w === 6 ? "reject with tcp reset" : `reject with icmpv6 type ${REJECT6_WITH[w]}`, compat: true };
      return { text: w === 3 ? "reject" : w === 7 ? "reject with tcp reset" : `reject with icmp type ${REJECT_WITH[w]}`, compat: true };
    }
    case "MARK": {
      const m = d as XtMarkTarget;
      if (m.mask >>> 0 === 0xffffffff) return { text: `meta mark set ${hex(m.mark)}`, compat: true };
      if (m.mark === 0) return { text: `meta mark set mark and ${hex(~m.mask)}`, compat: true };
      if (m.mask >>> 0 === m.mark >>> 0) return { text: `meta mark set mark or ${hex(m.mark)}`, compat: true };
      if (m.mask === 0) return { text: `meta mark set mark xor ${hex(m.mark)}`, compat: true };
      return { text: `meta mark set mark and ${hex(~m.mask)} xor ${hex(m.mark)}`, compat: true };
    }
    case "CONNMARK": {
      const c = d as XtConnmarkTarget;
      if (c.mode === "set" && c.ctmask >>> 0 === 0xffffffff) return { text: `ct mark set 0x${(c.ctmark >>> 0).toString(16)}`, compat: true };
      if (c.mode === "restore" && c.ctmask >>> 0 === 0xffffffff && c.nfmask >>> 0 === 0xffffffff) return { text: "meta mark set ct mark", compat: true };
      if (c.mode === "save" && c.ctmask >>> 0 === 0xffffffff && c.nfmask >>> 0 === 0xffffffff) return { text: "ct mark set mark", compat: true };
      // libxt_CONNMARK's translation of the masked forms (--set-xmark is xor then and; and/or/xor alone)
      if (c.mode === "set") {
        if (c.ctmark === 0) return { text: `ct mark set ct mark and ${hex(~c.ctmask)}`, compat: true };
        if (c.ctmark >>> 0 === c.ctmask >>> 0) return { text: `ct mark set ct mark or ${hex(c.ctmark)}`, compat: true };
        if (c.ctmask === 0) return { text: `ct mark set ct mark xor ${hex(c.ctmark)}`, compat: true };
        return { text: `ct mark set ct mark xor ${hex(c.ctmark)} and ${hex(~c.ctmask)}`, compat: true };
      }
      if (c.mode === "save" && c.nfmask >>> 0 === c.ctmask >>> 0) return { text: `ct mark set mark and ${hex(c.ctmask)}`, compat: true };
      if (c.mode === "restore" && c.nfmask >>> 0 === c.ctmask >>> 0) return { text: `meta mark set ct mark and ${hex(c.ctmask)}`, compat: true };
      return { text: "xt target CONNMARK", compat: true };
    }
    case "CT": {
      const c = d as XtCt;
      return { text: c.notrack && !c.helper && !c.zone ? "notrack" : "xt target CT", compat: true };
    }
    case "NFLOG": {
      // iptables-nft sends NFLOG as nft's own log expression: nft orders its options itself.
      const l = d as XtNflog;
      let s = "log";
      if (l.prefix) s += ` prefix "${l.prefix}"`;
      s += ` group ${l.group}`;
      if (l.size !== undefined) s += ` snaplen ${l.size}`;
      if (l.threshold) s += ` queue-threshold ${l.threshold}`;
      return { text: s, compat: false };
    }
    case "NFQUEUE": {
      const q = d as XtNfqueue;
      let s = `queue num ${q.queuenum}${q.queuesTotal > 1 ? `-${q.queuenum + q.queuesTotal - 1}` : ""}`;
      const f = [q.bypass ? "bypass" : "", q.cpuFanout ? "fanout" : ""].filter(Boolean);
      if (f.length) s += ` ${f.join(",")}`;
      return { text: s, compat: true };
    }
    case "CLASSIFY": {
      const p = (d as XtClassify).priority >>> 0;
      return { text: `meta priority set ${(p >>> 16).toString(16)}:${(p & 0xffff).toString(16)}`, compat: true };
    }
    case "DSCP":
      return { text: `ip dscp set 0x${(d as XtDscp).dscp.toString(16).padStart(2, "0")}`, compat: true };
    case "TOS": {
      // libxt_TOS's translation as 1.8.9 prints it, ip6 keyword and all.
      const tos = d as XtTos;
      const hex2 = (v: number) => `0x${v.toString(16).padStart(2, "0")}`;
      if (tos.mask === 0xff || tos.mask === 0x3f) return { text: `ip6 dscp set ${hex2(tos.value >> 2)}`, compat: true };
      if (tos.value === 0 && tos.mask !== 0) return { text: `ip6 dscp set ip6 dscp and ${hex2((~tos.mask & 0xff) >> 2)}`, compat: true };
      if (tos.value === tos.mask) return { text: `ip6 dscp set ip6 dscp or ${hex2(tos.value >> 2)}`, compat: true };
      if (tos.mask === 0) return { text: `ip6 dscp set ip6 dscp xor ${hex2(tos.value >> 2)}`, compat: true };
      return { text: "xt target TOS", compat: true };
    }
    case "TCPMSS": {
      const m = (d as XtTcpmssTarget).mss;
      return { text: `tcp option maxseg size set ${m === 0xffff ? "rt mtu" : m}`, compat: true };
    }
    case "REDIRECT":
      return { text: natFlags(natText("redirect", { ...(d as NfNatRange), flags: (d as NfNatRange).flags & ~1 }), d as NfNatRange), compat: true };
    case "MASQUERADE":
      return { text: natFlags(natText("masquerade", { ...(d as NfNatRange), flags: (d as NfNatRange).flags & ~1 }), d as NfNatRange), compat: true };
    case "SNAT":
      return { text: natFlags(natText("snat", d as NfNatRange), d as NfNatRange), compat: true };
    case "DNAT":
      return { text: natFlags(natText("dnat", d as NfNatRange), d as NfNatRange), compat: true };
    default:
      return { text: `xt target ${t.name}`, compat: true };
  }
}

/** One rule as nft prints it, and whether it holds a compat expression. */
export function ruleText(e: IptEntry, c: XtCounters, o: NftOutput = {}): Rendered {
  const parts: string[] = [];
  let compat = false;
  const ip = e.ip;
  const inv = (f: number) => (ip.invflags & f) !== 0;
  if (ip.iniface) parts.push(`iifname ${inv(0x01) ? "!= " : ""}${ifname(ip.iniface)}`);
  if (ip.outiface) parts.push(`oifname ${inv(0x02) ? "!= " : ""}${ifname(ip.outiface)}`);
  // The protocol: nft leaves "meta l4proto tcp" out when a tcp/udp port expression depends on it.
  const first = e.matches[0];
  const protoImplied =
    ip.proto !== 0 &&
    !inv(0x40) &&
    first !== undefined &&
    ((ip.proto === 6 && first.name === "tcp" && !matchText("tcp", first.data, 6).compat && matchText("tcp", first.data, 6).text !== undefined) ||
      (ip.proto === 17 && first.name === "udp" && matchText("udp", first.data, 17).text !== undefined));
  if (ip.proto !== 0 && !protoImplied) parts.push(`meta l4proto ${inv(0x40) ? "!= " : ""}${o.numeric ? ip.proto : (PROTOS[ip.proto] ?? ip.proto)}`);
  if (ip.ip6) {
    if (ip.ip6.smsk || inv(0x08)) parts.push(addrExpr6("saddr", ip.ip6.src, ip.ip6.smsk, inv(0x08)));
    if (ip.ip6.dmsk || inv(0x10)) parts.push(addrExpr6("daddr", ip.ip6.dst, ip.ip6.dmsk, inv(0x10)));
  } else {
    if (ip.smsk || inv(0x08)) parts.push(addrExpr("saddr", ip.src, ip.smsk, inv(0x08)));
    if (ip.dmsk || inv(0x10)) parts.push(addrExpr("daddr", ip.dst, ip.dmsk, inv(0x10)));
  }
  if (ip.flags & 0x01) parts.push(`ip frag-off & 8191 ${inv(0x80) ? "==" : "!="} 0`);
  for (const m of e.matches) {
    const r = matchText(m.name, m.data, ip.proto);
    compat ||= r.compat;
    if (r.text !== undefined) parts.push(r.text);
  }
  parts.push(o.stateless ? "counter" : `counter packets ${c.pcnt} bytes ${c.bcnt}`);
  const t = targetText(e);
  compat ||= t.compat;
  if (t.text !== undefined) parts.push(t.text);
  return { text: parts.join(" "), compat };
}

/** A chain's opening line (`# handle N` with -a). */
function chainHead(ch: XtChain, o: NftOutput): string {
  return `\tchain ${ch.name} {${o.handle ? ` # handle ${ch.handle}` : ""}`;
}

/** The base chain declaration and, unless `declOnly` (list chains), the rules. */
function chainBody(family: NftFamily, table: string, ch: XtChain, lines: string[], o: NftOutput = {}, declOnly = false): boolean {
  let compat = false;
  if (ch.base) {
    const b = ch.base;
    lines.push(`\t\ttype ${chainType(table, b.hook)} hook ${HOOKS[b.hook]} priority ${priorityText(b.priority, b.hook, o)}; policy ${b.policy.toLowerCase()};`);
  }
  if (declOnly) return false;
  for (const r of ch.rules) {
    // A rule nft added prints from its own statements (no counter unless it has one).
    const t = r.native ? { text: listedStmts(r.native).map((s) => stmtText(s, family, o)).join(" "), compat: false } : ruleText(r.entry, r.counters, o);
    compat ||= t.compat;
    lines.push(`\t\t${t.text}${o.handle ? ` # handle ${r.handle}` : ""}`);
  }
  return compat;
}

function hasCompat(chains: XtChain[]): boolean {
  return chains.some((c) => c.rules.some((r) => !r.native && ruleText(r.entry, r.counters).compat));
}

/** nft warns when what it fetched (the table's rules, or the one chain's) holds compat expressions. */
function warning(family: NftFamily, name: string, chains: XtChain[]): string {
  return hasCompat(chains) ? `# Warning: table ${family} ${name} is managed by iptables-nft, do not touch!\n` : "";
}

/** `nft list table FAMILY NAME` (and each table of `list ruleset`). */
export function tableText(family: NftFamily, t: XtTableDump, o: NftOutput = {}): string {
  const blocks = t.chains.map((ch) => {
    const lines = [chainHead(ch, o)];
    chainBody(family, t.name, ch, lines, o);
    lines.push("\t}");
    return lines.join("\n") + "\n";
  });
  const head = `table ${family} ${t.name} {${o.handle && t.handle !== undefined ? ` # handle ${t.handle}` : ""}`;
  return `${warning(family, t.name, t.chains)}${head}\n${blocks.join("\n")}}\n`;
}

/** `nft list chain FAMILY TABLE CHAIN` */
export function chainText(family: NftFamily, t: XtTableDump, ch: XtChain, o: NftOutput = {}): string {
  const lines = [chainHead(ch, o)];
  chainBody(family, t.name, ch, lines, o);
  lines.push("\t}");
  return `${warning(family, t.name, [ch])}table ${family} ${t.name} {\n${lines.join("\n")}\n}\n`;
}

/**
 * An iptables rule as the expressions iptables-nft sent: interfaces, protocol,
 * addresses, tcp/udp ports, mark and limit natively, the counter, the verdict;
 * any other extension through nft_compat (`xt`), as nft's JSON shows them.
 */
function xtStmts(e: IptEntry, c: XtCounters): NftStmt[] {
  const out: NftStmt[] = [];
  const ip = e.ip;
  const inv = (f: number) => (ip.invflags & f) !== 0;
  const m = (field: NftField, neg: boolean, v: NftVal): NftStmt => ({ k: "match", field, neg, vals: [v], set: false });
  const iface = (n: string): NftVal => ({ kind: "str", s: n.endsWith("+") ? `${n.slice(0, -1)}*` : n });
  if (ip.iniface) out.push(m("iifname", inv(0x01), iface(ip.iniface)));
  if (ip.outiface) out.push(m("oifname", inv(0x02), iface(ip.outiface)));
  const addr = (field: NftField, a: bigint, mask: bigint, bits: number, neg: boolean) => {
    let len = 0;
    for (let i = bits - 1; i >= 0 && mask & (1n << BigInt(i)); i--) len++;
    out.push(m(field, neg, len === bits ? { kind: "single", v: a } : { kind: "prefix", v: a, len }));
  };
  if (ip.ip6) {
    if (ip.ip6.smsk || inv(0x08)) addr("ip6 saddr", ip.ip6.src, ip.ip6.smsk, 128, inv(0x08));
    if (ip.ip6.dmsk || inv(0x10)) addr("ip6 daddr", ip.ip6.dst, ip.ip6.dmsk, 128, inv(0x10));
  } else {
    if (ip.smsk || inv(0x08)) addr("ip saddr", BigInt(ip.src >>> 0), BigInt(ip.smsk >>> 0), 32, inv(0x08));
    if (ip.dmsk || inv(0x10)) addr("ip daddr", BigInt(ip.dst >>> 0), BigInt(ip.dmsk >>> 0), 32, inv(0x10));
  }
  // nft_ipv4_add()/nft_ipv6_add(): interfaces, addresses, then the protocol.
  if (ip.proto) out.push(m("meta l4proto", inv(0x40), { kind: "single", v: BigInt(ip.proto) }));
  for (const x of e.matches) {
    if (x.name === "tcp" || x.name === "udp") {
      const d = x.data as XtUdp;
      const port = (dir: "sport" | "dport", r: [number, number], neg: boolean) => {
        if (r[0] === 0 && r[1] === 65535 && !neg) return;
        out.push(m(`${x.name} ${dir}` as NftField, neg, r[0] === r[1] ? { kind: "single", v: BigInt(r[0]) } : { kind: "range", lo: BigInt(r[0]), hi: BigInt(r[1]) }));
      };
      port("sport", d.spts, (d.invflags & 1) !== 0);
      port("dport", d.dpts, (d.invflags & 2) !== 0);
      const t = x.data as XtTcp;
      // --tcp-flags/--syn go out as a masked compare of the flags byte; --tcp-option through nft_compat.
      if (x.name === "tcp" && t.flgMask) out.push({ k: "match", field: "tcp flags", neg: (t.invflags & 4) !== 0, vals: [{ kind: "single", v: BigInt(t.flgCmp) }], set: false, flags: { mask: BigInt(t.flgMask) } });
      if (x.name === "tcp" && (t.option || t.invflags & 8)) out.push({ k: "xt", type: "match", name: "tcp" });
    } else if (x.name === "mark" && (x.data as XtMarkMatch).mask >>> 0 === 0xffffffff) {
      out.push(m("meta mark", (x.data as XtMarkMatch).invert, { kind: "single", v: BigInt((x.data as XtMarkMatch).mark >>> 0) }));
    } else if (x.name === "limit") {
      const r = /^limit rate (\d+)\/(\w+)(?: burst (\d+) packets)?$/.exec(limitText(x.data as XtRateinfo))!;
      out.push({ k: "limit", rate: Number(r[1]), unit: r[2]!, burst: r[3] ? Number(r[3]) : 5 });
    } else out.push({ k: "xt", type: "match", name: x.name });
  }
  out.push({ k: "counter", packets: c.pcnt, bytes: c.bcnt });
  const t = e.target;
  if (t.kind === "verdict") out.push({ k: "verdict", v: t.verdict.toLowerCase() as "accept" });
  else if (t.kind === "jump") out.push({ k: "verdict", v: t.goto ? "goto" : "jump", chain: t.chain });
  else if (t.kind === "ext") out.push(t.name === "TRACE" ? { k: "nftrace", on: true } : { k: "xt", type: "target", name: t.name });
  return out;
}

/** A table iptables-nft made as nft's JSON sees it: chains with their hooks, and every rule's expressions. */
export function xtAsNative(family: NftFamily, t: XtTableDump): NftTableDump {
  return {
    family,
    name: t.name,
    handle: t.handle ?? 0,
    sets: [],
    chains: t.chains.map((c) => ({
      name: c.name,
      handle: c.handle,
      ...(c.base && { base: { type: chainType(t.name, c.base.hook) as "filter", hook: HOOKS[c.base.hook]!, priority: c.base.priority, policy: c.base.policy === "DROP" ? ("drop" as const) : ("accept" as const) } }),
      rules: c.rules.map((r) => ({ handle: r.handle, stmts: r.native ?? xtStmts(r.entry, r.counters) })),
    })),
  };
}

/** `nft list chains`: each table with its chains' declarations only, no rules, no warning. */
export function chainsText(family: NftFamily, t: XtTableDump, o: NftOutput = {}): string {
  const lines: string[] = [];
  for (const ch of t.chains) {
    lines.push(chainHead(ch, o));
    chainBody(family, t.name, ch, lines, o, true);
    lines.push("\t}");
  }
  return `table ${family} ${t.name} {\n${lines.map((l) => `${l}\n`).join("")}}\n`;
}
