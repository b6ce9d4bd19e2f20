// UDP (tcpdump's print-udp.c): "src.port > dst.port: UDP, length N", with
// -vv (IPv4) or -v (IPv6) the checksum verdict; VXLAN (4789) and OTV (8472,
// Linux's default VXLAN port, which tcpdump decodes as OTV), DNS and mDNS (53,
// 5353: print-domain.ts), BOOTP/DHCP (67/68: print-bootp.ts), NTP (123:
// print-ntp.ts), TFTP (69), RIP (520), AFS RX's header (7000-7009: print-rx.ts),
// SIP (5060), syslog (514) and Geneve (6081) are decoded. Other application
// protocols tcpdump knows (SNMP, ISAKMP, ...) are not.

import { foldComplement, pseudoSum4, pseudoSum6, sumWords } from "../../wire/checksum.js";
import { type Nd, u16, have } from "./netdissect.js";
import { dstText, shouldBe, srcText, type IpHeader } from "./print-ip.js";
import { otvPrint, vxlanPrint } from "./print-vxlan.js";
import { genevePrint } from "./print-geneve.js";
import { domainPrint } from "./print-domain.js";
import { bootpPrint } from "./print-bootp.js";
import { ntpPrint } from "./print-ntp.js";
import { ripPrint } from "./print-rip.js";
import { syslogPrint } from "./print-syslog.js";
import { tftpPrint } from "./print-tftp.js";
import { rxPrint } from "./print-rx.js";
import { sipPrint } from "./print-txtapps.js";

function addrs(nd: Nd, h: IpHeader, sport: number, dport: number): void {
  if (h.proto === 17) {
    if (sport === -1) nd.print(`${srcText(nd, h)} > ${dstText(nd, h)}: `);
    else nd.print(`${srcText(nd, h)}.${nd.names.udpport(sport)} > ${dstText(nd, h)}.${nd.names.udpport(dport)}: `);
  } else if (sport !== -1) nd.print(`${nd.names.udpport(sport)} > ${nd.names.udpport(dport)}: `);
}

/** Sum over the pseudo-header and datagram (0 when the checksum verifies). */
export function transportSum(h: IpHeader, seg: Uint8Array, proto: number): number {
  const ph = h.ver === 4 ? pseudoSum4(h.src, h.dst, proto, seg.length) : pseudoSum6(h.src, h.dst, proto, seg.length);
  return foldComplement(sumWords(seg, ph));
}

export function udpPrint(nd: Nd, bp: Uint8Array, length: number, h: IpHeader, fragmented: boolean): void {
  nd.protocol = "udp";
  if (!have(bp, 2, 2)) {
    addrs(nd, h, -1, -1);
    nd.printTrunc();
    return;
  }
  const sport = u16(bp, 0);
  const dport = u16(bp, 2);
  if (length < 8) {
    addrs(nd, h, sport, dport);
    nd.print(`truncated-udp ${length}`);
    return;
  }
  if (!have(bp, 4, 2)) {
    addrs(nd, h, sport, dport);
    nd.printTrunc();
    return;
  }
  let ulen = u16(bp, 4);
  if (ulen === 0 && length > 65535) ulen = length;
  if (ulen < 8) {
    addrs(nd, h, sport, dport);
    nd.print(`truncated-udplength ${ulen}`);
    return;
  }
  ulen -= 8;
  length -= 8;
  if (ulen < length) length = ulen;
  if (bp.length < 8) {
    addrs(nd, h, sport, dport);
    nd.printTrunc();
    return;
  }
  addrs(nd, h, sport, dport);
  if (nd.vflag && !fragmented) {
    const sum = u16(bp, 6);
    if (h.ver === 4 && nd.vflag > 1) {
      if (sum === 0) nd.print("[no cksum] ");
      else if (have(bp, 8, length)) {
        const c = transportSum(h, bp.subarray(0, length + 8), 17);
        nd.print(c !== 0 ? `[bad udp cksum 0x${hex4(sum)} -> 0x${hex4(shouldBe(sum, c))}!] ` : "[udp sum ok] ");
      }
    } else if (h.ver === 6 && have(bp, 8, length)) {
      const c = transportSum(h, bp.subarray(0, length + 8), 17);
      nd.print(c !== 0 ? `[bad udp cksum 0x${hex4(sum)} -> 0x${hex4(shouldBe(sum, c))}!] ` : "[udp sum ok] ");
    }
  }
  const payload = bp.subarray(8);
  const isPort = (p: number) => sport === p || dport === p;
  if (!nd.qflag) {
    // udp_print's port order (a datagram between two known ports goes to the first).
    if (isPort(53)) return domainPrint(nd, payload.subarray(0, length), length);
    if (isPort(5353)) return domainPrint(nd, payload.subarray(0, length), length, true);
    if (isPort(69)) return tftpPrint(nd, payload.subarray(0, length), length);
    if (isPort(68) || isPort(67)) return bootpPrint(nd, payload.subarray(0, length), length);
    if (isPort(520)) return ripPrint(nd, payload.subarray(0, length), length);
    if (isPort(123)) return ntpPrint(nd, payload.subarray(0, length), length);
    if ((sport >= 7000 && sport <= 7009) || (dport >= 7000 && dport <= 7009)) return rxPrint(nd, payload, length);
    if (isPort(5060)) return sipPrint(nd, payload.subarray(0, length), length);
    if (isPort(514)) return syslogPrint(nd, payload.subarray(0, length), length);
    if (isPort(8472)) return otvPrint(nd, payload, length);
    if (isPort(4789)) return vxlanPrint(nd, payload, length);
    if (isPort(6081)) return genevePrint(nd, payload, length);
  }
  if (ulen > length && !fragmented) nd.print(`UDP, bad length ${ulen} > ${length}`);
  else nd.print(`UDP, length ${ulen}`);
}

function hex4(v: number): string {
  return v.toString(16).padStart(4, "0");
}
