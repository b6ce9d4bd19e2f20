// IPv6 (tcpdump's print-ip6.c and print-ip6opts.c): "IP6 ", with -v the
// class/flow label/hop limit/next header/payload length, Hop-by-Hop and
// Destination options headers ("HBH "), fragment headers, then the payload.

import { ip6FromBytes } from "../../wire/addr.js";
import { type Nd, u16, u32, u8, need, Truncated } from "./netdissect.js";
import { IPPROTO_VALUES } from "./ethertype.js";
import { tok2str } from "./util-print.js";
import { ipDemuxPrint, type IpHeader } from "./print-ip.js";

/** ip6_opt_process: false on a malformed option. */
function optProcess(nd: Nd, bp: Uint8Array, len: number): boolean {
  let optlen = 0;
  for (let i = 0; i < len; i += optlen) {
    if (u8(bp, i) === 0) optlen = 1;
    else if (i + 1 < len) optlen = u8(bp, i + 1) + 2;
    else return false;
    if (i + optlen > len) return false;
    const type = u8(bp, i);
    switch (type) {
      case 0:
        if (nd.vflag) nd.print("(pad1)");
        break;
      case 1:
        if (len - i < 2) {
          nd.print("(padn: trunc)");
          return false;
        }
        if (nd.vflag) nd.print("(padn)");
        break;
      case 5:
        if (len - i < 4) {
          nd.print("(rtalert: trunc)");
          return false;
        }
        if (u8(bp, i + 1) !== 2) {
          nd.print(`(rtalert: invalid len ${u8(bp, i + 1)})`);
          return false;
        }
        if (nd.vflag) nd.print(`(rtalert: 0x${u16(bp, i + 2).toString(16).padStart(4, "0")}) `);
        break;
      default:
        if (len - i < 2) {
          nd.print(`(type ${type}: trunc)`);
          return false;
        }
        if (nd.vflag) nd.print(`(opt_type 0x${type.toString(16).padStart(2, "0")}: len=${u8(bp, i + 1)})`);
    }
  }
  if (nd.vflag) nd.print(" ");
  return true;
}

function optionsHeader(nd: Nd, cp: Uint8Array, label: string, proto: string): number {
  nd.protocol = proto;
  const hlen = (u8(cp, 1) + 1) << 3;
  need(cp, 0, hlen);
  nd.print(`${label} `);
  if (!optProcess(nd, cp.subarray(2), hlen - 2)) {
    nd.printTrunc();
    return -1;
  }
  return hlen;
}

/** frag6_print: "frag (offset|fragment bytes)"; -1 for a non-first fragment. */
function frag6Print(nd: Nd, cp: Uint8Array, ip6PayloadLen: number, offsetInPacket: number): number {
  nd.protocol = "frag6";
  const off = u16(cp, 2) & 0xfff8;
  const rest = 40 + ip6PayloadLen - offsetInPacket - 8;
  if (nd.vflag) nd.print(`frag (0x${u32(cp, 4).toString(16).padStart(8, "0")}:${off}|${rest})`);
  else nd.print(`frag (${off}|${rest})`);
  if (off !== 0) return -1;
  nd.print(" ");
  return 8;
}

export function ip6Print(nd: Nd, bp: Uint8Array, length: number): void {
  nd.protocol = "ip6";
  need(bp, 0, 40);
  if (length < 40) {
    nd.print(`truncated-ip6 ${length}`);
    return;
  }
  if (!nd.eflag) nd.print("IP6 ");
  const ver = u8(bp, 0) >> 4;
  if (ver !== 6) {
    nd.print(`version error: ${ver} != 6`);
    return;
  }
  const payloadLen = u16(bp, 4);
  let len: number;
  if (payloadLen !== 0) {
    len = payloadLen + 40;
    if (length < len) nd.print(`truncated-ip6 - ${len - length} bytes missing!`);
  } else len = length + 40;
  let nh = u8(bp, 6);
  if (nd.vflag) {
    const flow = u32(bp, 0);
    nd.print("(");
    if (flow & 0x0ff00000) nd.print(`class 0x${((flow & 0x0ff00000) >>> 20).toString(16).padStart(2, "0")}, `);
    if (flow & 0x000fffff) nd.print(`flowlabel 0x${(flow & 0xfffff).toString(16).padStart(5, "0")}, `);
    nd.print(`hlim ${u8(bp, 7)}, next-header ${tok2str(IPPROTO_VALUES, "unknown", nh)} (${nh}) payload length: ${payloadLen}) `);
  }
  const p = bp.subarray(0, Math.min(bp.length, len));
  const src = ip6FromBytes(p, 8);
  const dst = ip6FromBytes(p, 24);
  let off = 0;
  let advance = 40;
  let ph = 255;
  let fragmented = false;
  let foundHbh = false;
  let foundExt = false;
  for (let guard = 0; guard < 64 && off + advance <= p.length && advance > 0; guard++) {
    if (len < advance) {
      nd.printTrunc();
      return;
    }
    off += advance;
    len -= advance;
    const cp = p.subarray(off);
    if (off === 40 && nh !== 6 && nh !== 17 && nh !== 33 && nh !== 132) {
      nd.print(`${nd.names.ip6addr(src)} > ${nd.names.ip6addr(dst)}: `);
    }
    switch (nh) {
      case 0:
        if (foundHbh) {
          nd.print("[The Hop-by-Hop Options header was already found]");
          nd.printInvalid();
          return;
        }
        if (ph !== 255) {
          nd.print("[The Hop-by-Hop Options header don't follow the IPv6 header]");
          nd.printInvalid();
          return;
        }
        advance = optionsHeader(nd, cp, "HBH", "hbhopt");
        if (advance < 0) return;
        foundHbh = true;
        foundExt = true;
        nh = u8(cp, 0);
        break;
      case 60:
        advance = optionsHeader(nd, cp, "DSTOPT", "dstopt");
        if (advance < 0) return;
        foundExt = true;
        nh = u8(cp, 0);
        break;
      case 44:
        advance = frag6Print(nd, cp, payloadLen, off);
        if (advance < 0 || p.length <= off + advance) return;
        foundExt = true;
        nh = u8(cp, 0);
        fragmented = true;
        break;
      default: {
        if (payloadLen === 0) {
          if (foundExt) {
            nd.printTrunc();
            return;
          }
          len = 0;
        }
        const h: IpHeader = { ver: 6, bytes: p, src, dst, proto: nh };
        ipDemuxPrint(nd, cp, len, h, fragmented);
        return;
      }
    }
    ph = nh;
    nd.protocol = "ip6";
  }
  if (off + advance > p.length && advance > 0) throw new Truncated();
}
