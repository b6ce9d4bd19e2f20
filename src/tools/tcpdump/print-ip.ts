// IPv4 (tcpdump's print-ip.c and print-ip-demux.c): "IP " prefix, with -v
// the header fields, options and a bad header checksum, then the
// transport by protocol; non-first fragments print only the protocol name.

import { internetChecksum } from "../../wire/checksum.js";
import { type Nd, u16, u32, u8, have, Truncated } from "./netdissect.js";
import { IPPROTO_VALUES } from "./ethertype.js";
import { bittok2str, tok2str, type Tok } from "./util-print.js";
import { icmpPrint } from "./print-icmp.js";
import { udpPrint } from "./print-udp.js";
import { tcpPrint } from "./print-tcp.js";
import { igmpPrint } from "./print-igmp.js";
import { ip6Print } from "./print-ip6.js";
import { icmp6Print } from "./print-icmp6.js";

const IP_FRAG: Tok = [
  [0x2000, "+"],
  [0x4000, "DF"],
  [0x8000, "rsvd"],
];

const IP_OPTIONS: Tok = [
  [0, "EOL"],
  [1, "NOP"],
  [68, "timestamp"],
  [130, "security"],
  [7, "RR"],
  [137, "SSRR"],
  [131, "LSRR"],
  [148, "RA"],
  [82, "traceroute"],
];

/** What a transport printer knows of the network header that carried it. */
export type IpHeader =
  | { ver: 4; bytes: Uint8Array; src: number; dst: number; proto: number }
  | { ver: 6; bytes: Uint8Array; src: bigint; dst: bigint; proto: number };

export function srcText(nd: Nd, h: IpHeader): string {
  return h.ver === 4 ? nd.names.ipaddr(h.src) : nd.names.ip6addr(h.src);
}

export function dstText(nd: Nd, h: IpHeader): string {
  return h.ver === 4 ? nd.names.ipaddr(h.dst) : nd.names.ip6addr(h.dst);
}

function printRoute(nd: Nd, cp: Uint8Array, length: number): void {
  if (length < 3) {
    nd.print(` [bad length ${length}]`);
    return;
  }
  if ((length + 1) & 3) nd.print(` [bad length ${length}]`);
  const ptr = u8(cp, 2) - 1;
  if (ptr < 3 || (ptr + 1) & 3 || ptr > length + 1) nd.print(` [bad ptr ${u8(cp, 2)}]`);
  for (let len = 3; len < length; len += 4) {
    nd.print(` ${nd.names.ipaddr(u32(cp, len))}`);
    if (ptr > len) nd.print(",");
  }
}

function printTs(nd: Nd, cp: Uint8Array, length: number): void {
  if (length < 4) {
    nd.print(`[bad length ${length}]`);
    return;
  }
  nd.print(" TS{");
  const flg = u8(cp, 3) & 0xf;
  const hoplen = flg !== 0 ? 8 : 4;
  if ((length - 4) & (hoplen - 1)) nd.print(`[bad length ${length}]`);
  const ptr = u8(cp, 2) - 1;
  let len = 0;
  if (ptr < 4 || (ptr - 4) & (hoplen - 1) || ptr > length + 1) nd.print(`[bad ptr ${u8(cp, 2)}]`);
  const names = ["TSONLY", "TS+ADDR", undefined, "PRESPEC"];
  const n = names[flg];
  if (n === undefined) nd.print(`[bad ts type ${flg}]`);
  else {
    nd.print(n);
    let type = " ";
    for (len = 4; len < length; len += hoplen) {
      if (ptr === len) type = " ^ ";
      nd.print(`${type}${u32(cp, len + hoplen - 4)}@${hoplen !== 8 ? "" : nd.names.ipaddr(u32(cp, len))}`);
      type = " ";
    }
  }
  nd.print(ptr === len ? " ^ " : "");
  if (u8(cp, 3) >> 4) nd.print(` [${u8(cp, 3) >> 4} hops not recorded]} `);
  else nd.print("}");
}

/** ip_optprint; false when the options ran off the captured bytes. */
function optPrint(nd: Nd, cp: Uint8Array, length: number): boolean {
  let sep = "";
  let o = 0;
  try {
    while (length > 0) {
      nd.print(sep);
      sep = ",";
      const code = u8(cp, o);
      nd.print(tok2str(IP_OPTIONS, "unknown %u", code));
      let optLen: number;
      if (code === 0 || code === 1) optLen = 1;
      else {
        optLen = u8(cp, o + 1);
        if (optLen < 2) {
          nd.print(` [bad length ${optLen}]`);
          return true;
        }
      }
      if (optLen > length) {
        nd.print(` [bad length ${optLen}]`);
        return true;
      }
      if (!have(cp, o, optLen)) return false;
      const opt = cp.subarray(o, o + optLen);
      if (code === 0) return true;
      if (code === 68) printTs(nd, opt, optLen);
      else if (code === 7 || code === 137 || code === 131) printRoute(nd, opt, optLen);
      else if (code === 148) {
        if (optLen < 4) nd.print(` [bad length ${optLen}]`);
        else if (u16(opt, 2) !== 0) nd.print(` value ${u16(opt, 2)}`);
      }
      o += optLen;
      length -= optLen;
    }
  } catch (e) {
    if (e instanceof Truncated) return false;
    throw e;
  }
  return true;
}

/** ip_demux_print: the payload by protocol number. */
export function ipDemuxPrint(nd: Nd, p: Uint8Array, length: number, h: IpHeader, fragmented: boolean): void {
  switch (h.proto) {
    case 6:
      tcpPrint(nd, p, length, h, fragmented);
      return;
    case 17:
      udpPrint(nd, p, length, h, fragmented);
      return;
    case 1:
      if (h.ver === 4) icmpPrint(nd, p, length, h, fragmented);
      else {
        nd.print("[ICMP requires IPv4]");
        nd.printInvalid();
      }
      return;
    case 2:
      if (h.ver === 4) igmpPrint(nd, p, length);
      else {
        nd.print("[IGMP requires IPv4]");
        nd.printInvalid();
      }
      return;
    case 58:
      if (h.ver === 6) icmp6Print(nd, p, length, h, fragmented);
      else {
        nd.print("[ICMPv6 requires IPv6]");
        nd.printInvalid();
      }
      return;
    case 4:
      ipPrint(nd, p, length);
      return;
    case 41:
      ip6Print(nd, p, length);
      return;
    case 59:
      nd.print("no next header");
      return;
    default: {
      const name = nd.nflag ? undefined : nd.names.protoname(h.proto);
      nd.print(name !== undefined ? ` ${name}` : ` ip-proto-${h.proto}`);
      nd.print(` ${length}`);
    }
  }
}

export function ipPrint(nd: Nd, bp: Uint8Array, length: number): void {
  nd.protocol = "ip";
  const v = u8(bp, 0) >> 4;
  if (v !== 4) {
    if (v === 6) nd.print("IP6, wrong link-layer encapsulation");
    else nd.print(`IP${v}`);
    nd.printInvalid();
    return;
  }
  if (!nd.eflag) nd.print("IP ");
  if (!have(bp, 0, 20)) {
    nd.printTrunc();
    return;
  }
  if (length < 20) {
    nd.print(`truncated-ip ${length}`);
    return;
  }
  const hlen = (u8(bp, 0) & 0xf) * 4;
  if (hlen < 20) {
    nd.print(`bad-hlen ${hlen}`);
    return;
  }
  let len = u16(bp, 2);
  if (length < len) nd.print(`truncated-ip - ${len - length} bytes missing! `);
  if (len < hlen) {
    nd.print(`bad-len ${len}`);
    return;
  }
  // nd_push_snaplen: the datagram ends at its total length (drops Ethernet padding).
  const p = bp.subarray(0, Math.min(bp.length, len));
  len -= hlen;
  const off = u16(p, 6);
  const proto = u8(p, 9);
  const src = u32(p, 12);
  const dst = u32(p, 16);
  if (nd.vflag) {
    const tos = u8(p, 1);
    nd.print(`(tos 0x${tos.toString(16)}`);
    nd.print(["", ",ECT(1)", ",ECT(0)", ",CE"][tos & 3]!);
    const ttl = u8(p, 8);
    if (ttl >= 1) nd.print(`, ttl ${ttl}`);
    nd.print(
      `, id ${u16(p, 4)}, offset ${(off & 0x1fff) * 8}, flags [${bittok2str(IP_FRAG, "none", off & 0xe000)}], proto ${tok2str(IPPROTO_VALUES, "unknown", proto)} (${proto})`,
    );
    nd.print(`, length ${u16(p, 2)}`);
    let truncated = false;
    if (hlen > 20) {
      nd.print(", options (");
      if (!optPrint(nd, p.subarray(20), hlen - 20)) {
        nd.print(" [truncated-option]");
        truncated = true;
      }
      nd.print(")");
    }
    if (have(p, 0, hlen)) {
      const sum = internetChecksum(p.subarray(0, hlen));
      if (sum !== 0) {
        const ipSum = u16(p, 10);
        nd.print(`, bad cksum ${ipSum.toString(16)} (->${shouldBe(ipSum, sum).toString(16)})!`);
      }
    }
    nd.print(")\n    ");
    if (truncated) {
      nd.print(`${nd.names.ipaddr(src)} > ${nd.names.ipaddr(dst)}: `);
      nd.printTrunc();
      return;
    }
  }
  const h: IpHeader = { ver: 4, bytes: p, src, dst, proto };
  if ((off & 0x1fff) === 0) {
    if (proto !== 6 && proto !== 17 && proto !== 132 && proto !== 33) {
      nd.print(`${nd.names.ipaddr(src)} > ${nd.names.ipaddr(dst)}: `);
    }
    if (!have(p, 0, hlen)) {
      nd.print(` [remaining caplen(${p.length}) < header length(${hlen})]`);
      throw new Truncated();
    }
    ipDemuxPrint(nd, p.subarray(hlen), len, h, (off & 0x2000) !== 0);
  } else {
    if (nd.qflag > 1) return;
    nd.print(`${nd.names.ipaddr(src)} > ${nd.names.ipaddr(dst)}:`);
    const name = nd.nflag ? undefined : nd.names.protoname(proto);
    nd.print(name !== undefined ? ` ${name}` : ` ip-proto-${proto}`);
  }
}

/** in_cksum_shouldbe: the checksum field value that would have made the sum verify. */
export function shouldBe(sum: number, computed: number): number {
  let s = sum + computed;
  s = (s & 0xffff) + (s >>> 16);
  s = (s & 0xffff) + (s >>> 16);
  return s & 0xffff;
}
