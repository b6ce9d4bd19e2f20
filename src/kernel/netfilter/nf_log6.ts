// The kernel's packet log line for IPv6 (net/netfilter/nf_log_syslog.c,
// nf_log_ip6_packet / dump_ipv6_packet): "PREFIX IN=.. OUT=.. MAC=.. SRC=..
// DST=.. LEN=.. TC=.. HOPLIMIT=.. FLOWLBL=.. PROTO=..", addresses written in
// full (%pI6: eight groups of four hex digits), extension headers walked
// (FRAG:, and "OPT ( ... ) " per header with --log-ip-options), ICMPv6 type
// and code. Like IPv4 (nf_log.ts), only the initial namespace logs. Not
// recorded on the real kernel: kernel-sandbox runs in a non-initial namespace,
// where the kernel logs nothing.

import { XT_LOG_IPOPT } from "../../uapi/xt_ext.js";
import { netCore } from "../core/net_namespace.js";
import { printk } from "../printk.js";
import { dumpTcp, nfLogHeader } from "./nf_log.js";
import type { XtPkt } from "./pktinfo.js";

const u16 = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;
const u32 = (b: Uint8Array, o: number) => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;

function ip6Full(b: Uint8Array, o: number): string {
  const g: string[] = [];
  for (let i = 0; i < 16; i += 2) g.push(u16(b, o + i).toString(16).padStart(4, "0"));
  return g.join(":");
}

function dumpIpv6(b: Uint8Array, off: number, end: number, flags: number, recurse: boolean, mark: number): string {
  if (end - off < 40) return "TRUNCATED";
  const w = u32(b, off);
  let s = `SRC=${ip6Full(b, off + 8)} DST=${ip6Full(b, off + 24)} `;
  s += `LEN=${u16(b, off + 4) + 40} TC=${(w & 0x0ff00000) >>> 20} HOPLIMIT=${b[off + 7]} FLOWLBL=${w & 0xfffff} `;
  let fragment = false;
  let ptr = off + 40;
  let cur = b[off + 6]!;
  const ipopt = (flags & XT_LOG_IPOPT) !== 0;
  // Extension headers (nf_ip6_ext_hdr, NEXTHDR_NONE ends the walk): hop-by-hop,
  // routing, fragment, ESP, AH, destination options. Option details only with
  // --log-ip-options; ESP ends the line (what follows is encrypted).
  for (let n = 0; n < 64 && [0, 43, 44, 50, 51, 60].includes(cur); n++) {
    if (end - ptr < 2) return s + "TRUNCATED";
    if (ipopt) s += "OPT ( ";
    let hdrlen: number;
    if (cur === 44) {
      s += "FRAG:";
      if (end - ptr < 8) return s + "TRUNCATED ";
      const fo = u16(b, ptr + 2);
      s += `${fo & 0xfff8} `;
      if (fo & 1) s += "INCOMPLETE ";
      s += `ID:${u32(b, ptr + 4).toString(16).padStart(8, "0")} `;
      if (fo & 0xfff8) fragment = true;
      hdrlen = 8;
    } else if (cur === 51) {
      if (ipopt) {
        s += "AH ";
        if (fragment) return s + ")";
        if (end - ptr < 12) return s + `INCOMPLETE [${end - ptr} bytes] )`;
        s += `SPI=0x${u32(b, ptr + 4).toString(16)} `;
      }
      hdrlen = (b[ptr + 1]! + 2) * 4;
    } else if (cur === 50) {
      if (ipopt) {
        s += "ESP ";
        if (fragment) return s + ")";
        if (end - ptr < 8) return s + `INCOMPLETE [${end - ptr} bytes] )`;
        s += `SPI=0x${u32(b, ptr).toString(16)} )`;
      }
      return s;
    } else {
      if (fragment) return s + (ipopt ? ")" : "");
      hdrlen = (b[ptr + 1]! + 1) * 8;
    }
    if (ipopt) s += ") ";
    cur = b[ptr]!;
    ptr += hdrlen;
  }
  switch (cur) {
    case 6:
      s += dumpTcp(b, ptr, end, fragment, flags);
      break;
    case 17:
    case 136:
      s += cur === 17 ? "PROTO=UDP " : "PROTO=UDPLITE ";
      if (fragment) break;
      if (end - ptr < 8) {
        s += `INCOMPLETE [${end - ptr} bytes] `;
        break;
      }
      s += `SPT=${u16(b, ptr)} DPT=${u16(b, ptr + 2)} LEN=${u16(b, ptr + 4)} `;
      break;
    case 58: {
      s += "PROTO=ICMPv6 ";
      if (fragment) break;
      if (end - ptr < 8) return s + `INCOMPLETE [${end - ptr} bytes] `;
      const type = b[ptr]!;
      s += `TYPE=${type} CODE=${b[ptr + 1]} `;
      if (type === 128 || type === 129) s += `ID=${u16(b, ptr + 4)} SEQ=${u16(b, ptr + 6)} `;
      else if (type >= 1 && type <= 4) {
        if (type === 4) s += `POINTER=${u32(b, ptr + 4).toString(16).padStart(8, "0")} `;
        if (recurse) s += `[${dumpIpv6(b, ptr + 8, end, flags, false, 0)}] `;
        if (type === 2) s += `MTU=${u32(b, ptr + 4)} `;
      }
      break;
    }
    default:
      s += `PROTO=${cur} `;
  }
  if (recurse && mark) s += `MARK=0x${mark.toString(16)} `;
  return s;
}

/** nf_log_ip6_packet() for the LOG target. */
export function nfLogIp6Packet(p: XtPkt, level: number, flags: number, prefix: string): void {
  if (!p.state.net.actsAsInitNet()) return;
  const b = p.skb.data;
  const s = nfLogHeader(p, flags, prefix, "MAC= ") + dumpIpv6(b, p.nhoff, b.length, flags, true, p.skb.mark);
  printk(netCore(p.state.net).host, level, s);
}
