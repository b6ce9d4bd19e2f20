// ICMPv6 (tcpdump's print-icmp6.c): errors, echo, MLDv1/MLDv2, router and
// neighbour discovery with their options at -v (hex of each option at -vv),
// the checksum verdict at -v.

import { ip6FromBytes } from "../../wire/addr.js";
import { foldComplement, pseudoSum6, sumWords } from "../../wire/checksum.js";
import { type Nd, u16, u32, u8, have, need } from "./netdissect.js";
import { bittok2str, tok2str, type Tok } from "./util-print.js";
import { shouldBe, type IpHeader } from "./print-ip.js";
import { printUnknownData } from "./print-ascii.js";
import { REPORT_TYPES } from "./print-igmp.js";

const TYPES: Tok = [
  [1, "destination unreachable"],
  [2, "packet too big"],
  [3, "time exceeded in-transit"],
  [4, "parameter problem"],
  [128, "echo request"],
  [129, "echo reply"],
  [130, "multicast listener query"],
  [131, "multicast listener report"],
  [132, "multicast listener done"],
  [133, "router solicitation"],
  [134, "router advertisement"],
  [135, "neighbor solicitation"],
  [136, "neighbor advertisement"],
  [137, "redirect"],
  [138, "router renumbering"],
  [141, "inverse neighbor solicitation"],
  [142, "inverse neighbor advertisement"],
  [143, "multicast listener report v2"],
  [144, "ha discovery request"],
  [145, "ha discovery reply"],
  [146, "mobile router solicitation"],
  [147, "mobile router advertisement"],
  [139, "who-are-you request"],
  [140, "who-are-you reply"],
  [201, "mtrace message"],
  [200, "mtrace response"],
  [155, "RPL"],
];

const UNREACH_CODES: Tok = [
  [0, "unreachable route"],
  [1, " unreachable prohibited"],
  [2, "beyond scope"],
  [3, "unreachable address"],
  [4, "unreachable port"],
];

const OPT_NAMES: Tok = [
  [1, "source link-address"],
  [2, "destination link-address"],
  [3, "prefix info"],
  [4, "redirected header"],
  [5, "mtu"],
  [25, "rdnss"],
  [31, "dnssl"],
  [7, "advertisement interval"],
  [8, "homeagent information"],
  [24, "route info"],
];

const PI_FLAGS: Tok = [
  [0x80, "onlink"],
  [0x40, "auto"],
  [0x20, "router"],
];
const RA_FLAGS: Tok = [
  [0x80, "managed"],
  [0x40, "other stateful"],
  [0x20, "home agent"],
  [0x02, "ipv6 only"],
];
const NA_FLAGS: Tok = [
  [0x80000000, "router"],
  [0x40000000, "solicited"],
  [0x20000000, "override"],
];

const rtpref = (v: number) => ["medium", "high", "rsv", "low"][(v & 0x18) >> 3]!;
const lifetime = (v: number) => (v === 0xffffffff ? "infinity" : `${v}s`);


/** icmp6_opt_print; false when an option runs off the packet. */
function optPrint(nd: Nd, bp: Uint8Array, resid: number): boolean {
  let o = 0;
  while (o < bp.length) {
    if (!have(bp, o + 1, 1)) return false;
    if (resid <= 0) return true;
    const type = u8(bp, o);
    const olen = u8(bp, o + 1);
    if (olen === 0) return false;
    if (o + olen * 8 > bp.length) return false;
    nd.print(`\n\t  ${tok2str(OPT_NAMES, "unknown", type)} option (${type}), length ${olen * 8} (${olen}): `);
    const cp = bp.subarray(o);
    switch (type) {
      case 1:
      case 2: {
        const parts: string[] = [];
        for (let i = 2; i < olen * 8; i++) parts.push(u8(cp, i).toString(16).padStart(2, "0"));
        nd.print(parts.join(":"));
        break;
      }
      case 3:
        nd.print(
          `${nd.names.ip6addr(ip6FromBytes(cp, 16))}/${u8(cp, 2)}${olen !== 4 ? "badlen" : ""}, Flags [${bittok2str(PI_FLAGS, "none", u8(cp, 3))}], valid time ${lifetime(u32(cp, 4))}`,
        );
        nd.print(`, pref. time ${lifetime(u32(cp, 8))}`);
        break;
      case 4:
        printUnknownData(nd, bp, "\n\t    ", olen * 8);
        break;
      case 5:
        nd.print(` ${u32(cp, 4)}${olen !== 1 ? "bad option length" : ""}`);
        break;
      case 25: {
        const n = Math.floor((olen - 1) / 2);
        nd.print(` lifetime ${u32(cp, 4)}s,`);
        for (let i = 0; i < n; i++) nd.print(` addr: ${nd.names.ip6addr(ip6FromBytes(cp, 8 + 16 * i))}`);
        break;
      }
      case 7:
        nd.print(` ${u32(cp, 4)}ms`);
        break;
      default:
        if (nd.vflag <= 1) {
          printUnknownData(nd, cp.subarray(2), "\n\t  ", olen * 8 - 2);
          return true;
        }
    }
    if (nd.vflag > 1) printUnknownData(nd, cp.subarray(2), "\n\t    ", olen * 8 - 2);
    o += olen * 8;
    resid -= olen * 8;
  }
  return true;
}

/** get_upperlayer: the transport header a quoted packet carries, skipping extension headers. */
function upperLayer(p: Uint8Array): { proto: number; off: number } | undefined {
  if (!have(p, 0, 40)) return undefined;
  let nh = p[6]!;
  let off = 40;
  for (let guard = 0; guard < 16; guard++) {
    if (nh === 17 || nh === 6) return have(p, off, 4) ? { proto: nh, off } : undefined;
    if (nh === 0 || nh === 60 || nh === 43) {
      if (!have(p, off, 2)) return undefined;
      const next = p[off]!;
      off += (p[off + 1]! + 1) << 3;
      nh = next;
    } else if (nh === 44) {
      if (!have(p, off, 8)) return undefined;
      if (((p[off + 2]! << 8) | p[off + 3]!) & 0xfff8) return undefined;
      nh = p[off]!;
      off += 8;
    } else return undefined;
  }
  return undefined;
}

export function icmp6Print(nd: Nd, bp: Uint8Array, length: number, h: IpHeader, fragmented: boolean): void {
  nd.protocol = "icmp6";
  if (length === 0) {
    nd.print("ICMP6, length 0");
    nd.printInvalid();
    return;
  }
  if (nd.vflag && !fragmented && have(bp, 0, length) && h.ver === 6) {
    const field = u16(bp, 2);
    const c = foldComplement(sumWords(bp.subarray(0, length), pseudoSum6(h.src, h.dst, 58, length)));
    nd.print(c !== 0 ? `[bad icmp6 cksum 0x${hex4(field)} -> 0x${hex4(shouldBe(field, c))}!] ` : "[icmp6 sum ok] ");
  }
  const type = u8(bp, 0);
  nd.print(`ICMP6, ${tok2str(TYPES, "unknown icmp6 type (%u)", type)}`);
  if (nd.vflag && (type === 133 || type === 134 || type === 136 || type === 135 || type === 137 || type === 145 || type === 147)) {
    nd.print(`, length ${length}`);
  }
  const code = u8(bp, 1);
  const oip = bp.subarray(8);
  switch (type) {
    case 1:
      nd.print(`, ${tok2str(UNREACH_CODES, "unknown unreach code (%u)", code)}`);
      switch (code) {
        case 0:
        case 1:
        case 3:
          nd.print(` ${nd.names.ip6addr(ip6FromBytes(need16(oip, 24)))}`);
          break;
        case 2:
          nd.print(` ${nd.names.ip6addr(ip6FromBytes(need16(oip, 24)))}, source address ${nd.names.ip6addr(ip6FromBytes(need16(oip, 8)))}`);
          break;
        case 4: {
          const ul = upperLayer(oip);
          if (!ul) {
            nd.printTrunc();
            return;
          }
          const dport = u16(oip, ul.off + 2);
          const d = nd.names.ip6addr(ip6FromBytes(need16(oip, 24)));
          if (ul.proto === 6) nd.print(`, ${d} tcp port ${nd.names.tcpport(dport)}`);
          else nd.print(`, ${d} udp port ${nd.names.udpport(dport)}`);
          break;
        }
        default:
          if (nd.vflag <= 1) {
            printUnknownData(nd, bp, "\n\t", length);
            return;
          }
      }
      break;
    case 2:
      nd.print(`, mtu ${u32(bp, 4)}`);
      break;
    case 3:
      if (code === 0) nd.print(` for ${nd.names.ip6addr(ip6FromBytes(need16(oip, 24)))}`);
      else if (code === 1) nd.print(" (reassembly)");
      else nd.print(`, unknown code (${code})`);
      break;
    case 4: {
      need(oip, 24, 16);
      const names = ["erroneous", "next header", "option", "incomplete header chain"];
      if (code < 4) nd.print(`, ${names[code]} - octet ${u32(bp, 4)}`);
      else nd.print(`, code-#${code}`);
      break;
    }
    case 128:
    case 129:
      nd.print(`, id ${u16(bp, 4)}, seq ${u16(bp, 6)}`);
      break;
    case 130:
      if (length === 24) mld6(nd, bp);
      else if (length >= 28) {
        nd.print(" v2");
        mldv2Query(nd, bp, length);
      } else nd.print(` unknown-version (len ${length}) `);
      break;
    case 131:
    case 132:
      mld6(nd, bp);
      break;
    case 133:
      if (nd.vflag && !optPrint(nd, bp.subarray(8), length - 8)) return nd.printTrunc();
      break;
    case 134:
      if (nd.vflag) {
        const fl = u8(bp, 5);
        nd.print(
          `\n\thop limit ${u8(bp, 4)}, Flags [${bittok2str(RA_FLAGS, "none", fl)}], pref ${rtpref(fl)}, router lifetime ${u16(bp, 6)}s, reachable time ${u32(bp, 8)}ms, retrans timer ${u32(bp, 12)}ms`,
        );
        if (!optPrint(nd, bp.subarray(16), length - 16)) return nd.printTrunc();
      }
      break;
    case 135:
      nd.print(`, who has ${nd.names.ip6addr(ip6FromBytes(need16(bp, 8)))}`);
      if (nd.vflag && !optPrint(nd, bp.subarray(24), length - 24)) return nd.printTrunc();
      break;
    case 136:
      nd.print(`, tgt is ${nd.names.ip6addr(ip6FromBytes(need16(bp, 8)))}`);
      if (nd.vflag) {
        nd.print(`, Flags [${bittok2str(NA_FLAGS, "none", u32(bp, 4))}]`);
        if (!optPrint(nd, bp.subarray(24), length - 24)) return nd.printTrunc();
      }
      break;
    case 137:
      // struct nd_redirect: target at 8, destination at 24; tcpdump prints the destination first.
      nd.print(`, ${nd.names.ip6addr(ip6FromBytes(need16(bp, 24)))}`);
      nd.print(` to ${nd.names.ip6addr(ip6FromBytes(need16(bp, 8)))}`);
      if (nd.vflag && !optPrint(nd, bp.subarray(40), length - 40)) return nd.printTrunc();
      break;
    case 141:
    case 142:
      break;
    case 143:
      mldv2Report(nd, bp, length);
      break;
    default:
      nd.print(`, length ${length}`);
      if (nd.vflag <= 1) printUnknownData(nd, bp, "\n\t", length);
      return;
  }
  if (!nd.vflag) nd.print(`, length ${length}`);
}

function need16(p: Uint8Array, off: number): Uint8Array {
  need(p, off, 16);
  return p.subarray(off, off + 16);
}

function hex4(v: number): string {
  return v.toString(16).padStart(4, "0");
}

function mld6(nd: Nd, bp: Uint8Array): void {
  if (bp.length < 24) return;
  nd.print(`max resp delay: ${u16(bp, 4)} `);
  nd.print(`addr: ${nd.names.ip6addr(ip6FromBytes(bp, 8))}`);
}

function mldv2Report(nd: Nd, bp: Uint8Array, len: number): void {
  if (len < 8) {
    nd.print(` [invalid len ${len}]`);
    return;
  }
  const ngroups = u16(bp, 6);
  nd.print(`, ${ngroups} group record(s)`);
  if (nd.vflag > 0) {
    let group = 8;
    for (let i = 0; i < ngroups; i++) {
      if (len < group + 20) {
        nd.print(" [invalid number of groups]");
        return;
      }
      nd.print(` [gaddr ${nd.names.ip6addr(ip6FromBytes(need16(bp, group + 4)))}`);
      nd.print(` ${tok2str(REPORT_TYPES, " [v2-report-#%u]", u8(bp, group))}`);
      const nsrcs = u16(bp, group + 2);
      if (len < group + 20 + nsrcs * 16) {
        nd.print(` [invalid number of sources ${nsrcs}]`);
        return;
      }
      if (nd.vflag === 1) nd.print(`, ${nsrcs} source(s)`);
      else {
        nd.print(" {");
        for (let j = 0; j < nsrcs; j++) nd.print(` ${nd.names.ip6addr(ip6FromBytes(need16(bp, group + 20 + j * 16)))}`);
        nd.print(" }");
      }
      group += 20 + nsrcs * 16;
      nd.print("]");
    }
  }
}

function mldv2Query(nd: Nd, bp: Uint8Array, len: number): void {
  if (len < 28) {
    nd.print(` [invalid len ${len}]`);
    return;
  }
  const mrc = u16(bp, 4);
  const mrt = mrc < 32768 ? mrc : ((mrc & 0x0fff) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
  if (nd.vflag) nd.print(` [max resp delay=${mrt}]`);
  nd.print(` [gaddr ${nd.names.ip6addr(ip6FromBytes(need16(bp, 8)))}`);
  if (nd.vflag) {
    if (u8(bp, 24) & 0x08) nd.print(" sflag");
    if (u8(bp, 24) & 0x07) nd.print(` robustness=${u8(bp, 24) & 7}`);
    const q = u8(bp, 25);
    const qqi = q < 128 ? q : ((q & 0x0f) | 0x10) << (((q & 0x70) >> 4) + 3);
    nd.print(` qqi=${qqi}`);
  }
  const nsrcs = u16(bp, 26);
  if (nsrcs > 0) {
    if (len < 28 + nsrcs * 16) nd.print(" [invalid number of sources]");
    else if (nd.vflag > 1) {
      nd.print(" {");
      for (let i = 0; i < nsrcs; i++) nd.print(` ${nd.names.ip6addr(ip6FromBytes(need16(bp, 28 + i * 16)))}`);
      nd.print(" }");
    } else nd.print(`, ${nsrcs} source(s)`);
  }
  nd.print("]");
}
