// Geneve (UDP port 6081) as tcpdump 4.99's print-geneve.c prints it, written
// from its observed output (test/tcpdump/cases/geneve-*): "Geneve, Flags [..],
// vni 0x.." (-e adds the protocol), the options (their size, or with -v each
// option's class, type and length, -vv its data), then the payload by its
// EtherType — an Ethernet frame for TEB (0x6558) — after ": " or, with -v,
// on a new line.

import { type Nd, need, u16, u32, u8 } from "./netdissect.js";
import { ETHERTYPE_VALUES } from "./ethertype.js";
import { etherPrint, ethertypePrint } from "./print-ether.js";
import { bittok2str, tok2str, type Tok } from "./util-print.js";

const FLAGS: Tok = [[0x80, "O"], [0x40, "C"], [0x20, "R1"], [0x10, "R2"], [0x08, "R3"], [0x04, "R4"], [0x02, "R5"], [0x01, "R6"]];
const ETHERTYPE_TEB = 0x6558;

function optClass(c: number): string {
  switch (c) {
    case 0x0100:
      return "Linux";
    case 0x0101:
      return "Open vSwitch";
    case 0x0102:
      return "Open Virtual Networking (OVN)";
    case 0x0103:
      return "In-band Network Telemetry (INT)";
    case 0x0104:
      return "VMware";
    default:
      return c <= 0xff ? "Standard" : c >= 0xfff0 ? "Experimental" : "Unknown";
  }
}

function optsPrint(nd: Nd, bp: Uint8Array, off: number, len: number): void {
  for (let sep = ""; len > 0; sep = ", ") {
    nd.print(sep);
    const cls = u16(bp, off);
    const type = u8(bp, off + 2);
    const olen = 4 + (u8(bp, off + 3) & 0x1f) * 4;
    nd.print(`class ${optClass(cls)} (0x${cls.toString(16)}) type 0x${type.toString(16)}${type & 0x80 ? "(C)" : ""} len ${olen}`);
    if (olen > len) {
      nd.print(" [bad length]");
      return;
    }
    if (nd.vflag > 1 && olen > 4) {
      nd.print(" data");
      for (let i = 4; i < olen; i += 4) nd.print(` ${u32(bp, off + i).toString(16).padStart(8, "0")}`);
    }
    off += olen;
    len -= olen;
  }
}

export function genevePrint(nd: Nd, bp: Uint8Array, len: number): void {
  nd.protocol = "geneve";
  nd.print("Geneve");
  if (len < 8) {
    nd.print(` [length ${len} < 8]`);
    return nd.printInvalid();
  }
  need(bp, 0, 8);
  const verOpt = bp[0]!;
  if (verOpt >> 6 !== 0) {
    nd.print(` ERROR: unknown-version ${verOpt >> 6}`);
    return;
  }
  const flags = bp[1]!;
  const prot = u16(bp, 2);
  const vni = u32(bp, 4) >>> 8;
  const reserved = bp[7]!;
  len -= 8;
  nd.print(`, Flags [${bittok2str(FLAGS, "none", flags, "")}], vni 0x${vni.toString(16)}`);
  if (reserved) nd.print(`, rsvd 0x${reserved.toString(16)}`);
  if (nd.eflag) nd.print(`, proto ${tok2str(ETHERTYPE_VALUES, "unknown", prot)} (0x${prot.toString(16).padStart(4, "0")})`);
  const optsLen = (verOpt & 0x3f) * 4;
  if (len < optsLen) {
    nd.print(` truncated-geneve - ${optsLen - len} bytes missing`);
    return;
  }
  need(bp, 8, optsLen);
  if (optsLen > 0) {
    nd.print(", options [");
    if (nd.vflag) optsPrint(nd, bp, 8, optsLen);
    else nd.print(`${optsLen} bytes`);
    nd.print("]");
  }
  len -= optsLen;
  nd.print(nd.vflag < 1 ? ": " : "\n\t");
  const payload = bp.subarray(8 + optsLen);
  if (!ethertypePrint(nd, prot, payload, len)) {
    if (prot === ETHERTYPE_TEB) etherPrint(nd, payload, len);
    else nd.print(`geneve-proto-0x${prot.toString(16)}`);
  }
}
