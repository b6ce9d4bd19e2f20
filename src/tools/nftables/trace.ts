// `nft monitor trace` (src/netlink.c netlink_events_trace_cb): each
// NFT_MSG_TRACE message (kernel nf_tables_trace.c) as a line:
//   trace id ID FAMILY TABLE CHAIN packet: iif "x" ether saddr … ip saddr …
//   trace id ID FAMILY TABLE CHAIN rule RULE (verdict V)
//   trace id ID FAMILY TABLE CHAIN policy accept [meta mark 0x…]
// The packet line decodes the headers the message carries as payload
// statements, in each protocol's print order (src/proto.c `format.order`), less
// the fields it filters (ip version, hdrlength, frag-off; tcp sequence, ackseq,
// doff, reserved, urgptr) and the checksums; what no template covers is a raw
// `@th,OFF,LEN 0x…`. A dependency a later statement implies is dropped (ether
// type before ip; ip protocol before icmp/tcp/udp in an ip table, recorded to
// stay in an inet one). Rules are printed from nft's cache: the rule set as
// it was when the monitor started, reloaded when a ruleset event arrives.
// Decoded: Ethernet, IPv4, IPv6 and ICMP/ICMPv6/TCP/UDP.

import type { ProgramContext } from "../../kernel/task/program.js";
import { nfnlTalk } from "../../kernel/netfilter/nfnetlink.js";
import { NFT_TRACETYPE_POLICY, NFT_TRACETYPE_RULE, type NfTraceMsg, type NfTraceVerdict } from "../../kernel/netfilter/nf_trace.js";
import { NFPROTO_FAMILY, type NftTableDump } from "../../uapi/nft_native.js";
import type { XtTableDump } from "../../uapi/x_tables.js";
import { listedStmts, stmtText } from "./native-render.js";
import { ruleText } from "./render.js";
import { nativeDump } from "./native-run.js";
import { formatIp6, ip6FromBytes } from "../../wire/addr.js";

const FAMILY_NAME = new Map(Object.entries(NFPROTO_FAMILY).map(([k, v]) => [v, k]));

/** nft's rule cache: native tables, and the ip/ip6 tables iptables-nft made. */
export interface TraceCache {
  native: NftTableDump[];
  xt: Map<string, XtTableDump>;
}

export function traceCache(ctx: ProgramContext): TraceCache {
  const xt = new Map<string, XtTableDump>();
  for (const [fam, pf] of [["ip", 2], ["ip6", 10]] as const) {
    const l = nfnlTalk(ctx.task, { kind: "list-tables", family: pf, nft: true });
    if (l.kind !== "tables") continue;
    for (const n of l.names) {
      const d = nfnlTalk(ctx.task, { kind: "dump", family: pf, table: n, nft: true });
      if (d.kind === "dump" && d.table) xt.set(`${fam} ${n}`, d.table);
    }
  }
  return { native: nativeDump(ctx), xt };
}

const hex = (b: Uint8Array, from = 0, to = b.length): string => [...b.subarray(from, to)].map((x) => x.toString(16).padStart(2, "0")).join("");
const mac = (b: Uint8Array, o: number): string => [...b.subarray(o, o + 6)].map((x) => x.toString(16).padStart(2, "0")).join(":");
const u16 = (b: Uint8Array, o: number): number => (b[o]! << 8) | b[o + 1]!;
const ipv4 = (b: Uint8Array, o: number): string => `${b[o]}.${b[o + 1]}.${b[o + 2]}.${b[o + 3]}`;

const DSCP: Record<number, string> = { 0: "cs0", 8: "cs1", 16: "cs2", 24: "cs3", 32: "cs4", 40: "cs5", 48: "cs6", 56: "cs7", 10: "af11", 12: "af12", 14: "af13", 18: "af21", 20: "af22", 22: "af23", 26: "af31", 28: "af32", 30: "af33", 34: "af41", 36: "af42", 38: "af43", 46: "ef" };
const ECN = ["not-ect", "ect1", "ect0", "ce"];
const PROTO: Record<number, string> = { 0: "hopopt", 1: "icmp", 2: "igmp", 6: "tcp", 17: "udp", 43: "ipv6-route", 44: "ipv6-frag", 47: "gre", 50: "esp", 51: "ah", 58: "ipv6-icmp", 59: "ipv6-nonxt", 60: "ipv6-opts", 132: "sctp" };
const ICMP_TYPE: Record<number, string> = { 0: "echo-reply", 3: "destination-unreachable", 4: "source-quench", 5: "redirect", 8: "echo-request", 9: "router-advertisement", 10: "router-solicitation", 11: "time-exceeded", 12: "parameter-problem", 13: "timestamp-request", 14: "timestamp-reply", 15: "info-request", 16: "info-reply", 17: "address-mask-request", 18: "address-mask-reply" };
// icmp code is printed with icmp_code_type whatever the type (recorded: an echo request's code 0 is `net-unreachable`).
const ICMP_CODE: Record<number, string> = { 0: "net-unreachable", 1: "host-unreachable", 2: "prot-unreachable", 3: "port-unreachable", 4: "frag-needed", 9: "net-prohibited", 10: "host-prohibited", 13: "admin-prohibited" };
const ICMP6_TYPE: Record<number, string> = { 1: "destination-unreachable", 2: "packet-too-big", 3: "time-exceeded", 4: "parameter-problem", 128: "echo-request", 129: "echo-reply", 130: "mld-listener-query", 131: "mld-listener-report", 132: "mld-listener-done", 133: "nd-router-solicit", 134: "nd-router-advert", 135: "nd-neighbor-solicit", 136: "nd-neighbor-advert", 137: "nd-redirect", 143: "mld2-listener-report" };
// icmpv6 code with icmpv6_code_type whatever the type (recorded: an echo request's code 0 is `no-route`).
const ICMP6_CODE: Record<number, string> = { 0: "no-route", 1: "admin-prohibited", 3: "addr-unreachable", 4: "port-unreachable", 5: "policy-fail", 6: "reject-route" };
const TCP_FLAGS: [number, string][] = [[0x01, "fin"], [0x02, "syn"], [0x04, "rst"], [0x08, "psh"], [0x10, "ack"], [0x20, "urg"], [0x40, "ecn"], [0x80, "cwr"]];

const named = (m: Record<number, string>, v: number): string => m[v] ?? String(v);

/** `@th,OFF,LEN 0x…` for the bytes from `from` on that no template covers. */
function raw(base: string, b: Uint8Array, from: number): string[] {
  return b.length > from ? [`@${base},${from * 8},${(b.length - from) * 8} 0x${hex(b, from)}`] : [];
}

function transport(proto: number, b: Uint8Array): string[] {
  switch (proto) {
    case 1: {
      if (b.length < 4) return raw("th", b, 0);
      const out = [`icmp type ${named(ICMP_TYPE, b[0]!)}`, `icmp code ${named(ICMP_CODE, b[1]!)}`];
      if ((b[0] === 0 || b[0] === 8) && b.length >= 8) out.push(`icmp id ${u16(b, 4)}`, `icmp sequence ${u16(b, 6)}`);
      else return [...out, ...raw("th", b, 4)];
      return [...out, ...raw("th", b, 8)];
    }
    case 58: {
      if (b.length < 8) return raw("th", b, 0);
      // The word after the checksum is read as the template's first field there (recorded: an echo's id and sequence print as `icmpv6 parameter-problem N`).
      const w = ((b[4]! << 24) | (b[5]! << 16) | (b[6]! << 8) | b[7]!) >>> 0;
      return [`icmpv6 type ${named(ICMP6_TYPE, b[0]!)}`, `icmpv6 code ${named(ICMP6_CODE, b[1]!)}`, `icmpv6 parameter-problem ${w}`, ...raw("th", b, 8)];
    }
    case 17:
      if (b.length < 8) return raw("th", b, 0);
      return [`udp sport ${u16(b, 0)}`, `udp dport ${u16(b, 2)}`, `udp length ${u16(b, 4)}`, ...raw("th", b, 8)];
    case 6: {
      if (b.length < 20) return raw("th", b, 0);
      const f = TCP_FLAGS.filter(([bit]) => b[13]! & bit).map(([, n]) => n);
      return [`tcp sport ${u16(b, 0)}`, `tcp dport ${u16(b, 2)}`, `tcp flags == ${f.length ? f.join(" | ") : "0x0"}`, `tcp window ${u16(b, 14)}`];
    }
  }
  return raw("th", b, 0);
}

/** The IPv6 header's statements (proto_ip6's order: saddr daddr dscp ecn hoplimit flowlabel nexthdr length). */
function ip6Stmts(m: NfTraceMsg, h: Uint8Array): string[] {
  const dscp = ((h[0]! & 0x0f) << 2) | (h[1]! >> 6);
  const out = [`ip6 saddr ${formatIp6(ip6FromBytes(h, 8))}`, `ip6 daddr ${formatIp6(ip6FromBytes(h, 24))}`, `ip6 dscp ${DSCP[dscp] ?? `0x${dscp.toString(16).padStart(2, "0")}`}`, `ip6 ecn ${ECN[(h[1]! >> 4) & 3]}`, `ip6 hoplimit ${h[7]}`, `ip6 flowlabel ${((h[1]! & 0x0f) << 16) | u16(h, 2)}`];
  // As `ip protocol`: implied by the transport statements in an ip6 table, kept elsewhere (recorded in inet).
  if (m.family !== 10 || !m.th) out.push(`ip6 nexthdr ${named(PROTO, h[6]!)}`);
  out.push(`ip6 length ${u16(h, 4)}`);
  if (m.th) out.push(...transport(h[6]!, m.th));
  return out;
}

function packetStmts(m: NfTraceMsg): string[] {
  const out: string[] = [];
  const ip = m.nh && m.nh.length >= 20 && m.nh[0]! >> 4 === 4 ? m.nh : undefined;
  const ip6 = m.nh && m.nh.length >= 40 && m.nh[0]! >> 4 === 6 ? m.nh : undefined;
  if (m.ll && m.ll.length >= 14) {
    out.push(`ether saddr ${mac(m.ll, 6)}`, `ether daddr ${mac(m.ll, 0)}`);
    if (!ip && !ip6) out.push(`ether type 0x${hex(m.ll, 12, 14)}`);
  }
  if (ip6) return [...out, ...ip6Stmts(m, ip6)];
  if (!ip) return out;
  out.push(`ip saddr ${ipv4(ip, 12)}`, `ip daddr ${ipv4(ip, 16)}`, `ip dscp ${DSCP[ip[1]! >> 2] ?? `0x${(ip[1]! >> 2).toString(16).padStart(2, "0")}`}`, `ip ecn ${ECN[ip[1]! & 3]}`, `ip ttl ${ip[8]}`, `ip id ${u16(ip, 4)}`);
  // In an ip table the transport statements imply `ip protocol`; elsewhere it stays (recorded in inet tables).
  const frag = u16(ip, 6) & 0x1fff;
  if (m.family !== 2 || !m.th || frag) out.push(`ip protocol ${named(PROTO, ip[9]!)}`);
  out.push(`ip length ${u16(ip, 2)}`);
  if (m.th && !frag) out.push(...transport(ip[9]!, m.th));
  return out;
}

function verdictText(v: NfTraceVerdict | undefined): string {
  if (!v) return "";
  return v.chain !== undefined ? `${v.code} ${v.chain}` : v.code;
}

function ruleFor(m: NfTraceMsg, cache: TraceCache): string | undefined {
  const fam = FAMILY_NAME.get(m.family) ?? "";
  const t = cache.native.find((x) => x.family === fam && x.name === m.table);
  if (t) {
    const r = t.chains.find((c) => c.name === m.chain)?.rules.find((x) => x.handle === m.handle);
    return r && listedStmts(r.stmts).map((s) => stmtText(s, fam, {}, t)).join(" ");
  }
  const x = cache.xt.get(`${fam} ${m.table}`)?.chains.find((c) => c.name === m.chain)?.rules.find((r) => r.handle === m.handle);
  if (!x) return undefined;
  return x.native ? listedStmts(x.native).map((s) => stmtText(s, fam, {})).join(" ") : ruleText(x.entry, x.counters).text;
}

/** The lines one trace message prints (each ending in a newline), or "" when it prints none. */
export function traceText(m: NfTraceMsg, cache: TraceCache): string {
  const hdr = `trace id ${m.id.toString(16).padStart(8, "0")} ${FAMILY_NAME.get(m.family) ?? "unknown"} ${m.table} ${m.chain} `;
  const mark = m.mark ? `meta mark 0x${m.mark.toString(16).padStart(8, "0")} ` : "";
  // The packet goes with the first message of a chain walk, whatever its type (recorded: before a policy line too).
  let s = "";
  if (m.ll || m.nh) {
    s += `${hdr}packet: `;
    if (m.iifname !== undefined) s += `iif "${m.iifname}" `;
    if (m.oifname !== undefined) s += `oif "${m.oifname}" `;
    for (const st of packetStmts(m)) s += `${st} `;
    s += "\n";
  }
  if (m.type === NFT_TRACETYPE_POLICY) return `${s}${hdr}policy ${m.policy} ${mark}\n`;
  if (m.type !== NFT_TRACETYPE_RULE) return `${s}${hdr}${m.verdict ? `verdict ${verdictText(m.verdict)} ` : ""}${mark}\n`;
  const rule = m.handle !== undefined ? ruleFor(m, cache) : undefined;
  if (rule !== undefined) s += `${hdr}rule ${rule} (verdict ${verdictText(m.verdict)})\n`;
  return s;
}
