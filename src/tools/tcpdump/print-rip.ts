// RIP v1/v2 (UDP port 520) as tcpdump 4.99's print-rip.c prints it, written
// from its observed output (test/tcpdump/cases/rip-*): "RIPvN, COMMAND,
// length: N"; -v (on a line of its own) the route entries — v1 address and
// metric, v2 "AFI IPv4, ADDR/LEN, tag, metric, next-hop", simple-password and
// MD5 authentication headers, other families and non-zero must-be-zero fields
// in hex — and -vv a hex dump of the whole message. An entry cut by the
// capture or the length prints " [|rip]" and ends the list (the dump follows).

import { maskToPrefix } from "../../wire/addr.js";
import { type Nd, have, u16, u32, u8 } from "./netdissect.js";
import { printUnknownData } from "./print-ascii.js";
import { fnPrintChar, tok2str, type Tok } from "./util-print.js";

const CMDS: Tok = [[1, "Request"], [2, "Response"], [3, "Trace on"], [4, "Trace off"], [5, "Poll"], [6, "Poll Entry"]];
const BSD_AF: Tok = [[2, "IPv4"], [6, "NS"], [7, "ISO"], [16, "Appletalk"], [23, "IPX"], [24, "IPv6"], [28, "IPv6"], [30, "IPv6"]];
const AF_INET = 2;
const ROUTELEN = 20;
const AUTHLEN = 16;

function entryV1(nd: Nd, p: Uint8Array, off: number, remaining: number): number {
  if (remaining < ROUTELEN || !have(p, off, ROUTELEN)) return 0;
  const family = u16(p, off);
  if (family !== AF_INET && family !== 0) {
    nd.print(`\n\t AFI ${tok2str(BSD_AF, "Unknown (%u)", family)}, `);
    printUnknownData(nd, p.subarray(off + 4), "\n\t  ", ROUTELEN - 4);
    return ROUTELEN;
  }
  if (u16(p, off + 2) || u32(p, off + 8) || u32(p, off + 12)) {
    printUnknownData(nd, p.subarray(off), "\n\t  ", ROUTELEN);
    return ROUTELEN;
  }
  nd.print(`\n\t  ${family === 0 ? "AFI 0, " : ""}${nd.names.ipaddr(u32(p, off + 4))}, metric: ${u32(p, off + 16)}`);
  return ROUTELEN;
}

function entryV2(nd: Nd, p: Uint8Array, off: number, remaining: number): number {
  if (remaining < 4 || !have(p, off, 4)) return 0;
  const family = u16(p, off);
  if (family === 0xffff) {
    const auth = u16(p, off + 2);
    off += 4;
    remaining -= 4;
    if (auth === 2) {
      nd.print("\n\t  Simple Text Authentication data: ");
      for (let i = 0; i < AUTHLEN; i++) {
        const c = u8(p, off + i);
        if (c === 0) break;
        nd.print(fnPrintChar(c));
      }
    } else if (auth === 3) {
      if (!have(p, off, 16)) return 0;
      if (remaining < 16) return 0;
      nd.print(`\n\t  Auth header: Packet Len ${u16(p, off)}, Key-ID ${u8(p, off + 2)}, Auth Data Len ${u8(p, off + 3)},`);
      nd.print(` SeqNo ${u32(p, off + 4)}, MBZ ${u32(p, off + 8)}, MBZ ${u32(p, off + 12)}`);
    } else {
      nd.print(auth === 1 ? "\n\t  Auth trailer:" : `\n\t  Unknown (${auth}) Authentication data:`);
      printUnknownData(nd, p.subarray(off), "\n\t  ", remaining);
      return 4 + remaining;
    }
  } else if (family !== AF_INET && family !== 0) {
    nd.print(`\n\t  AFI ${tok2str(BSD_AF, "Unknown (%u)", family)}`);
    printUnknownData(nd, p.subarray(off + 4), "\n\t  ", ROUTELEN - 4);
  } else {
    if (!have(p, off, ROUTELEN)) return 0;
    if (remaining < ROUTELEN) return 0;
    const dest = nd.names.ipaddr(u32(p, off + 4)).padStart(15);
    const plen = String(maskToPrefix(u32(p, off + 8))).padEnd(2);
    const hop = u32(p, off + 12);
    nd.print(`\n\t  AFI ${tok2str(BSD_AF, "%u", family)}, ${dest}/${plen}, tag 0x${u16(p, off + 2).toString(16).padStart(4, "0")}, metric: ${u32(p, off + 16)}, next-hop: `);
    nd.print(hop ? nd.names.ipaddr(hop) : "self");
  }
  return ROUTELEN;
}

export function ripPrint(nd: Nd, dat: Uint8Array, length: number): void {
  nd.protocol = "rip";
  let len = Math.min(dat.length, length);
  if (len < 4) return nd.printTrunc();
  len -= 4;
  const vers = u8(dat, 1);
  nd.print(`${nd.vflag >= 1 ? "\n\t" : ""}RIPv${vers}`);
  if (vers === 0) {
    printUnknownData(nd, dat.subarray(1), "\n\t", length);
    return;
  }
  const cmd = u8(dat, 0);
  nd.print(`, ${tok2str(CMDS, "unknown command (%u)", cmd)}, length: ${length}`);
  if (nd.vflag < 1) return;
  if (cmd === 1 || cmd === 2) {
    if (vers === 1 || vers === 2) {
      nd.print(`, routes: ${Math.floor(length / ROUTELEN)}${vers === 2 ? " or less" : ""}`);
      for (let off = 4; len !== 0; ) {
        const size = vers === 1 ? entryV1(nd, dat, off, len) : entryV2(nd, dat, off, len);
        if (size === 0) {
          nd.printTrunc();
          break;
        }
        if (len < size) {
          nd.print(` [remaining entries length ${len} < ${size}]`);
          nd.printInvalid();
          break;
        }
        off += size;
        len -= size;
      }
    } else nd.print(", unknown version");
  } else if (cmd !== 4 && cmd !== 5 && cmd !== 6 && nd.vflag <= 1) printUnknownData(nd, dat, "\n\t", length);
  if (nd.vflag > 1) printUnknownData(nd, dat, "\n\t", length);
}
