// ICMPv4 (tcpdump's print-icmp.c): echo, every destination-unreachable code,
// redirects, time exceeded, parameter problems, timestamps, router
// advertisements; with -v a bad checksum and the quoted original datagram.

import { internetChecksum } from "../../wire/checksum.js";
import { type Nd, u16, u32, u8, have, need } from "./netdissect.js";
import { tok2str, type Tok } from "./util-print.js";
import { ipPrint, shouldBe, type IpHeader } from "./print-ip.js";

const ICMP2STR: Tok = [
  [0, "echo reply"],
  [4, "source quench"],
  [8, "echo request"],
  [10, "router solicitation"],
  [13, "time stamp request"],
  [14, "time stamp reply"],
  [15, "information request"],
  [16, "information reply"],
  [17, "address mask request"],
];

const UNREACH: Record<number, [string, string]> = {
  0: ["net ", " unreachable"],
  1: ["host ", " unreachable"],
  5: ["", " unreachable - source route failed"],
  6: ["net ", " unreachable - unknown"],
  7: ["host ", " unreachable - unknown"],
  8: ["", " unreachable - source host isolated"],
  9: ["net ", " unreachable - admin prohibited"],
  10: ["host ", " unreachable - admin prohibited"],
  11: ["net ", " unreachable - tos prohibited"],
  12: ["host ", " unreachable - tos prohibited"],
  13: ["host ", " unreachable - admin prohibited filter"],
  14: ["host ", " unreachable - host precedence violation"],
  15: ["host ", " unreachable - precedence cutoff"],
};

function tstamp(t: number): string {
  const ms = t % 1000;
  let sec = Math.floor(t / 1000);
  const h = Math.floor(sec / 3600);
  sec -= h * 3600;
  const m = Math.floor(sec / 60);
  sec -= m * 60;
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${p2(h)}:${p2(m)}:${p2(sec)}.${String(ms).padStart(3, "0")}`;
}

function lifetimeText(l: number): string {
  if (l < 60) return String(l);
  if (l < 3600) return `${Math.floor(l / 60)}:${String(l % 60).padStart(2, "0")}`;
  return `${Math.floor(l / 3600)}:${String(Math.floor((l % 3600) / 60)).padStart(2, "0")}:${String(l % 60).padStart(2, "0")}`;
}

export function icmpPrint(nd: Nd, bp: Uint8Array, plen: number, _ip: IpHeader, fragmented: boolean): void {
  nd.protocol = "icmp";
  const type = u8(bp, 0);
  const code = u8(bp, 1);
  const qdst = () => nd.names.ipaddr(u32(bp, 8 + 16));
  let str: string;
  switch (type) {
    case 0:
    case 8:
      str = `echo ${type === 8 ? "request" : "reply"}, id ${u16(bp, 4)}, seq ${u16(bp, 6)}`;
      break;
    case 3:
      if (code === 2) str = `${qdst()} protocol ${u8(bp, 8 + 9)} unreachable`;
      else if (code === 3) {
        need(bp, 8 + 9, 1);
        const hlen = (u8(bp, 8) & 0xf) * 4;
        const dport = u16(bp, 8 + hlen + 2);
        const proto = u8(bp, 8 + 9);
        const d = nd.names.ipaddr(u32(bp, 8 + 16));
        if (proto === 6) str = `${d} tcp port ${nd.names.tcpport(dport)} unreachable`;
        else if (proto === 17) str = `${d} udp port ${nd.names.udpport(dport)} unreachable`;
        else str = `${d} protocol ${proto} port ${dport} unreachable`;
      } else if (code === 4) {
        const mtu = u16(bp, 6);
        str = mtu ? `${qdst()} unreachable - need to frag (mtu ${mtu})` : `${qdst()} unreachable - need to frag`;
      } else if (UNREACH[code]) {
        const [pre, post] = UNREACH[code]!;
        str = `${pre}${qdst()}${post}`;
      } else str = `${qdst()} unreachable - #${code}`;
      break;
    case 5: {
      const gw = nd.names.ipaddr(u32(bp, 4));
      const d = qdst();
      str = [`redirect ${d} to net ${gw}`, `redirect ${d} to host ${gw}`, `redirect-tos ${d} to net ${gw}`, `redirect-tos ${d} to host ${gw}`][code] ??
        `redirect-#${code} ${d} to ${gw}`;
      break;
    }
    case 9: {
      str = "router advertisement";
      str += ` lifetime ${lifetimeText(u16(bp, 6))}`;
      const num = u8(bp, 4);
      str += ` ${num}:`;
      const size = u8(bp, 5);
      if (size !== 2) str += ` [size ${size}]`;
      else for (let k = 0; k < num; k++) str += ` {${nd.names.ipaddr(u32(bp, 8 + 8 * k))} ${u32(bp, 12 + 8 * k)}}`;
      break;
    }
    case 11:
      need(bp, 8 + 16, 4);
      str = code === 0 ? "time exceeded in-transit" : code === 1 ? "ip reassembly time exceeded" : `time exceeded-#${code}`;
      break;
    case 12:
      str = code ? `parameter problem - code ${code}` : `parameter problem - octet ${u8(bp, 4)}`;
      break;
    case 18:
      str = `address mask is 0x${u32(bp, 8).toString(16).padStart(8, "0")}`;
      break;
    case 13:
      str = `time stamp query id ${u16(bp, 4)} seq ${u16(bp, 6)}`;
      break;
    case 14:
      need(bp, 16, 4);
      str = `time stamp reply id ${u16(bp, 4)} seq ${u16(bp, 6)}: org ${tstamp(u32(bp, 8))}, recv ${tstamp(u32(bp, 12))}, xmit ${tstamp(u32(bp, 16))}`;
      break;
    default:
      str = tok2str(ICMP2STR, "type-#%u", type);
  }
  nd.print(`ICMP ${str}, length ${plen}`);
  if (nd.vflag && !fragmented && have(bp, 0, plen)) {
    const sum = internetChecksum(bp.subarray(0, plen));
    if (sum !== 0) {
      const f = u16(bp, 2);
      nd.print(` (wrong icmp cksum ${f.toString(16)} (->${shouldBe(f, sum).toString(16)})!)`);
    }
  }
  if (nd.vflag >= 1 && (type === 3 || type === 4 || type === 5 || type === 11 || type === 12)) {
    nd.print("\n\t");
    const inner = bp.subarray(8);
    const ipLen = u16(inner, 2);
    ipPrint(nd, inner.subarray(0, Math.min(inner.length, ipLen)), ipLen);
  }
  nd.protocol = "icmp";
}
