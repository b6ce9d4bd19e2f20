// How nft 1.0.6 prints the rule set the kernel holds (`nft list ...`), for
// the tables iptables-nft fills: the table and chain blocks, base chain
// declarations (type, hook, priority names, policy) and each rule.
//
// The model's nf_tables store keeps rules in iptables' form (IptEntry); nft
// prints what iptables-nft would have sent for them: native expressions for
// the IPv4 header fields, tcp/udp ports, the mark and limit matches, TRACE
// and the verdicts; every other extension went to the kernel as an xt
// compat expression, which nft prints through the extension's translation
// (done here for conntrack/state, comment, LOG, REJECT, MARK --set-mark,
// MASQUERADE, SNAT, DNAT) or as "xt match NAME" / "xt target NAME". A
// table holding any compat expression gets nft's "managed by iptables-nft"
// warning line. Translations not listed above print the "xt" form, where the
// real nft may print a translation.

import type { IptEntry, XtChain, XtCounters, XtTableDump } from "../../uapi/x_tables.js";
import { XT_CONNTRACK_STATE_ALIAS } from "../../uapi/xt_ext.js";
import type { IptReject, NfNatRange, XtConntrack, XtLog, XtMarkMatch, XtMarkTarget, XtRateinfo, XtTcp, XtUdp } from "../../uapi/xt_ext.js";

export type NftFamily = "ip" | "ip6";

const HOOKS = ["prerouting", "input", "forward", "output", "postrouting"];

/** The standard priority names nft prints for the ip/ip6 families. */
function priorityText(prio: number, hook: number): string {
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

function ifname(name: string): string {
  return `"${name.endsWith("+") ? `${name.slice(0, -1)}*` : name}"`;
}

const PROTOS: Record<number, string> = { 1: "icmp", 2: "igmp", 4: "ipv4", 6: "tcp", 17: "udp", 41: "ipv6", 47: "gre", 50: "esp", 51: "ah", 58: "ipv6-icmp", 132: "sctp", 136: "udplite", 33: "dccp" };

function ports(proto: string, dir: string, r: [number, number], inv: boolean): string | undefined {
  if (r[0] === 0 && r[1] === 65535 && !inv) return undefined;
  const v = r[0] === r[1] ? String(r[0]) : `${r[0]}-${r[1]}`;
  return `${proto} ${dir} ${inv ? "!= " : ""}${v}`;
}

const CT_NAMES: [number, string][] = [[1, "invalid"], [8, "new"], [4, "related"], [2, "established"], [64, "untracked"]];

function ctState(mask: number): string {
  return CT_NAMES.filter(([b]) => mask & b).map(([, n]) => n).join(",");
}

const TIME_UNITS: [number, string][] = [[86400, "day"], [3600, "hour"], [60, "minute"], [1, "second"]];

function limitText(d: XtRateinfo): string {
  // avg is 1/10000 s per packet: find the unit giving a whole rate.
  for (const [secs, unit] of TIME_UNITS) {
    const rate = (secs * 10000) / d.avg;
    if (Number.isInteger(rate) || unit === "second") return `limit rate ${Math.round(rate)}/${unit}${d.burst !== 5 ? ` burst ${d.burst} packets` : ""}`;
  }
  return "";
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
      if (d.flgMask || d.option) return { text: `xt match tcp`, compat: true };
      const parts = [ports("tcp", "sport", d.spts, (d.invflags & 1) !== 0), ports("tcp", "dport", d.dpts, (d.invflags & 2) !== 0)].filter(Boolean);
      return { text: parts.length ? parts.join(" ") : proto === 6 ? undefined : "meta l4proto tcp", compat: false };
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
    case "conntrack": {
      const d = data as XtConntrack;
      // Only --ctstate translates here.
      // (-m state sends conntrack with the STATE_ALIAS flag.)
      if ((d.matchFlags & ~XT_CONNTRACK_STATE_ALIAS) === 1 && !d.invertFlags) return { text: `ct state ${ctState(d.stateMask)}`, compat: true };
      return { text: "xt match conntrack", compat: true };
    }
    case "comment":
      // nft keeps a translated comment out of the expression list: what is left prints as nothing.
      return { text: "", compat: true };
    default:
      return { text: `xt match ${name}`, compat: true };
  }
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
      return { text: s, compat: true };
    }
    case "REJECT": {
      const w = (d as IptReject).with;
      return { text: w === 3 ? "reject" : w === 7 ? "reject with tcp reset" : `reject with icmp type ${REJECT_WITH[w]}`, compat: true };
    }
    case "MARK": {
      const m = d as XtMarkTarget;
      if (m.mask >>> 0 === 0xffffffff) return { text: `meta mark set 0x${(m.mark >>> 0).toString(16)}`, compat: true };
      return { text: "xt target MARK", compat: true };
    }
    case "MASQUERADE":
      return { text: natText("masquerade", d as NfNatRange).replace("masquerade to :", "masquerade to :"), compat: true };
    case "SNAT":
      return { text: natText("snat", d as NfNatRange), compat: true };
    case "DNAT":
      return { text: natText("dnat", d as NfNatRange), compat: true };
    default:
      return { text: `xt target ${t.name}`, compat: true };
  }
}

/** One rule as nft prints it, and whether it holds a compat expression. */
export function ruleText(e: IptEntry, c: XtCounters): Rendered {
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
    ((ip.proto === 6 && first.name === "tcp" && !((first.data as XtTcp).flgMask || (first.data as XtTcp).option) && matchText("tcp", first.data, 6).text !== undefined) ||
      (ip.proto === 17 && first.name === "udp" && matchText("udp", first.data, 17).text !== undefined));
  if (ip.proto !== 0 && !protoImplied) parts.push(`meta l4proto ${inv(0x40) ? "!= " : ""}${PROTOS[ip.proto] ?? ip.proto}`);
  if (ip.smsk || inv(0x08)) parts.push(addrExpr("saddr", ip.src, ip.smsk, inv(0x08)));
  if (ip.dmsk || inv(0x10)) parts.push(addrExpr("daddr", ip.dst, ip.dmsk, inv(0x10)));
  if (ip.flags & 0x01) parts.push(`ip frag-off & 8191 ${inv(0x80) ? "==" : "!="} 0`);
  for (const m of e.matches) {
    const r = matchText(m.name, m.data, ip.proto);
    compat ||= r.compat;
    if (r.text !== undefined) parts.push(r.text);
  }
  parts.push(`counter packets ${c.pcnt} bytes ${c.bcnt}`);
  const t = targetText(e);
  compat ||= t.compat;
  if (t.text !== undefined) parts.push(t.text);
  return { text: parts.join(" "), compat };
}

function chainBody(table: string, ch: XtChain, lines: string[]): boolean {
  let compat = false;
  if (ch.base) {
    const b = ch.base;
    lines.push(`\t\ttype ${chainType(table, b.hook)} hook ${HOOKS[b.hook]} priority ${priorityText(b.priority, b.hook)}; policy ${b.policy.toLowerCase()};`);
  }
  for (const r of ch.rules) {
    const t = ruleText(r.entry, r.counters);
    compat ||= t.compat;
    lines.push(`\t\t${t.text}`);
  }
  return compat;
}

function hasCompat(chains: XtChain[]): boolean {
  return chains.some((c) => c.rules.some((r) => ruleText(r.entry, r.counters).compat));
}

/** nft warns when what it fetched (the table's rules, or the one chain's) holds compat expressions. */
function warning(family: NftFamily, name: string, chains: XtChain[]): string {
  return hasCompat(chains) ? `# Warning: table ${family} ${name} is managed by iptables-nft, do not touch!\n` : "";
}

/** `nft list table FAMILY NAME` (and each table of `list ruleset`). */
export function tableText(family: NftFamily, t: XtTableDump): string {
  const blocks = t.chains.map((ch) => {
    const lines = [`\tchain ${ch.name} {`];
    chainBody(t.name, ch, lines);
    lines.push("\t}");
    return lines.join("\n") + "\n";
  });
  return `${warning(family, t.name, t.chains)}table ${family} ${t.name} {\n${blocks.join("\n")}}\n`;
}

/** `nft list chain FAMILY TABLE CHAIN` */
export function chainText(family: NftFamily, t: XtTableDump, ch: XtChain): string {
  const lines = [`\tchain ${ch.name} {`];
  chainBody(t.name, ch, lines);
  lines.push("\t}");
  return `${warning(family, t.name, [ch])}table ${family} ${t.name} {\n${lines.join("\n")}\n}\n`;
}
