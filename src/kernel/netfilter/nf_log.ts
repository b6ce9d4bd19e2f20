// The kernel's packet log line for IPv4 (net/netfilter/nf_log_syslog.c,
// nf_log_ip_packet): "PREFIX IN=.. OUT=.. MAC=.. SRC=.. DST=.. LEN=.. TOS=..
// PREC=.. TTL=.. ID=.. [CE ][DF ][MF ]PROTO=..", written to the host's
// printk ring at the rule's level. Like Linux with nf_log_all_netns=0 (the
// default), only the initial namespace logs: containers log nothing.

import { XT_LOG_MACDECODE, XT_LOG_TCPOPT, XT_LOG_TCPSEQ } from "../../uapi/xt_ext.js";
import { netCore } from "../core/net_namespace.js";
import { printk } from "../printk.js";
import type { XtPkt } from "./pktinfo.js";

const hex2 = (n: number) => n.toString(16).padStart(2, "0");
const ip4 = (a: number) => `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;

function u16(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}
function u32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
}

/** ICMP minimum lengths (required_len[] in dump_ipv4_packet). */
const ICMP_REQUIRED: Record<number, number> = { 0: 4, 3: 28, 4: 28, 5: 28, 8: 4, 11: 28, 12: 28, 13: 20, 14: 20, 17: 12, 18: 12 };

/** nf_log_dump_tcp_header(): shared with the IPv6 line (nf_log6.ts). */
export function dumpTcp(b: Uint8Array, off: number, end: number, fragment: boolean, flags: number): string {
  let s = "PROTO=TCP ";
  if (fragment) return s;
  if (end - off < 20) return s + `INCOMPLETE [${end - off} bytes] `;
  s += `SPT=${u16(b, off)} DPT=${u16(b, off + 2)} `;
  if (flags & XT_LOG_TCPSEQ) s += `SEQ=${u32(b, off + 4)} ACK=${u32(b, off + 8)} `;
  s += `WINDOW=${u16(b, off + 14)} `;
  s += `RES=0x${hex2((b[off + 12]! & 0x0f) << 2 & 0x3c)} `;
  const f = b[off + 13]!;
  const names: [number, string][] = [[0x80, "CWR"], [0x40, "ECE"], [0x20, "URG"], [0x10, "ACK"], [0x08, "PSH"], [0x04, "RST"], [0x02, "SYN"], [0x01, "FIN"]];
  for (const [bit, name] of names) if (f & bit) s += `${name} `;
  s += `URGP=${u16(b, off + 18)} `;
  const doff = (b[off + 12]! >> 4) * 4;
  if (flags & XT_LOG_TCPOPT && doff > 20) {
    s += "OPT (";
    for (let i = off + 20; i < Math.min(end, off + doff); i++) s += b[i]!.toString(16).toUpperCase().padStart(2, "0");
    s += ") ";
  }
  return s;
}

function dumpIpv4(b: Uint8Array, off: number, end: number, flags: number, nested: boolean, mark: number): string {
  if (end - off < 20) return `TRUNCATED=${end - off} `;
  const ihl = (b[off]! & 0x0f) * 4;
  const fragWord = u16(b, off + 6);
  const tos = b[off + 1]!;
  let s = `SRC=${ip4(u32(b, off + 12))} DST=${ip4(u32(b, off + 16))} `;
  s += `LEN=${u16(b, off + 2)} TOS=0x${hex2(tos & 0x1e).toUpperCase()} PREC=0x${hex2(tos & 0xe0).toUpperCase()} TTL=${b[off + 8]} ID=${u16(b, off + 4)} `;
  if (fragWord & 0x8000) s += "CE ";
  if (fragWord & 0x4000) s += "DF ";
  if (fragWord & 0x2000) s += "MF ";
  const fragoff = fragWord & 0x1fff;
  if (fragoff) s += `FRAG:${fragoff} `;
  const th = off + ihl;
  const proto = b[off + 9]!;
  switch (proto) {
    case 6:
      s += dumpTcp(b, th, end, fragoff !== 0, flags);
      break;
    case 17:
    case 136:
      s += proto === 17 ? "PROTO=UDP " : "PROTO=UDPLITE ";
      if (fragoff) break;
      if (end - th < 8) {
        s += `INCOMPLETE [${end - th} bytes] `;
        break;
      }
      s += `SPT=${u16(b, th)} DPT=${u16(b, th + 2)} LEN=${u16(b, th + 4)} `;
      break;
    case 1: {
      s += "PROTO=ICMP ";
      if (fragoff) break;
      if (end - th < 4) {
        s += `INCOMPLETE [${end - th} bytes] `;
        break;
      }
      const type = b[th]!;
      const code = b[th + 1]!;
      s += `TYPE=${type} CODE=${code} `;
      const need = ICMP_REQUIRED[type];
      if (need && end - th < need) {
        s += `INCOMPLETE [${end - th} bytes] `;
        break;
      }
      if (type === 0 || type === 8) s += `ID=${u16(b, th + 4)} SEQ=${u16(b, th + 6)} `;
      else if (type === 12) s += `PARAMETER=${b[th + 4]} `;
      else if (type === 5) s += `GATEWAY=${ip4(u32(b, th + 4))} `;
      else if (type === 3 || type === 4 || type === 11) {
        if (!nested) s += `[${dumpIpv4(b, th + 8, end, flags, true, 0)}] `;
        if (type === 3 && code === 4) s += `MTU=${u16(b, th + 6)} `;
      }
      break;
    }
    default:
      s += `PROTO=${proto} `;
  }
  if (!nested && mark) s += `MARK=0x${mark.toString(16)} `;
  return s;
}

/**
 * nf_log_dump_packet_common() and the Ethernet part of dump_ipv4_mac_header()
 * / dump_ipv6_mac_header(): what both families log before the network
 * header. `noMac` is the family's text when no link-layer header is there.
 */
export function nfLogHeader(p: XtPkt, flags: number, prefix: string, noMac: string): string {
  const b = p.skb.data;
  let s = `${prefix}IN=${p.in?.name ?? ""} OUT=${p.out?.name ?? ""} `;
  if (p.state.physin) s += `PHYSIN=${p.state.physin.name} `;
  if (p.state.physout) s += `PHYSOUT=${p.state.physout.name} `;
  if (p.in) {
    if (flags & XT_LOG_MACDECODE && p.nhoff >= 14) {
      const m = (o: number) => Array.from(b.subarray(o, o + 6), hex2).join(":");
      s += `MACSRC=${m(p.nhoff - 8)} MACDST=${m(p.nhoff - 14)} MACPROTO=${hex2(b[p.nhoff - 2]!)}${hex2(b[p.nhoff - 1]!)} `;
    } else if (p.nhoff >= 14) {
      s += "MAC=" + Array.from(b.subarray(p.nhoff - 14, p.nhoff), hex2).join(":") + " ";
    } else s += noMac;
  }
  return s;
}

/** nf_log_ip_packet() for the LOG target. */
export function nfLogIpPacket(p: XtPkt, level: number, flags: number, prefix: string): void {
  if (!p.state.net.actsAsInitNet()) return;
  const b = p.skb.data;
  const s = nfLogHeader(p, flags, prefix, "MAC=  ") + dumpIpv4(b, p.nhoff, b.length, flags, false, p.skb.mark);
  printk(netCore(p.state.net).host, level, s);
}
