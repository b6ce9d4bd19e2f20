// VXLAN (RFC 7348, tcpdump's print-vxlan.c) and OTV (print-otv.c, which is
// what tcpdump calls UDP port 8472): the header, a newline, then the inner
// Ethernet frame printed as a frame of its own (without a timestamp).

import { type Nd, u8, u32, need } from "./netdissect.js";
import { etherPrint } from "./print-ether.js";

export function vxlanPrint(nd: Nd, bp: Uint8Array, len: number): void {
  nd.protocol = "vxlan";
  nd.print("VXLAN");
  if (len < 8) return nd.printInvalid();
  const flags = u8(bp, 0);
  nd.print(`, flags [${flags & 0x08 ? "I" : "invalid"}] (0x${flags.toString(16).padStart(2, "0")}), `);
  nd.print(`vni ${u32(bp, 4) >>> 8}\n`);
  need(bp, 7, 1);
  etherPrint(nd, bp.subarray(8), len - 8);
}

export function otvPrint(nd: Nd, bp: Uint8Array, len: number): void {
  nd.protocol = "otv";
  nd.print("OTV, ");
  if (len < 8) {
    nd.print(`[length ${len} < 8]`);
    nd.printInvalid();
    need(bp, 0, len);
    return;
  }
  const flags = u8(bp, 0);
  nd.print(`flags [${flags & 0x08 ? "I" : "."}] (0x${flags.toString(16).padStart(2, "0")}), `);
  nd.print(`overlay ${u32(bp, 0) & 0xffffff}, `);
  nd.print(`instance ${u32(bp, 4) >>> 8}\n`);
  need(bp, 7, 1);
  etherPrint(nd, bp.subarray(8), len - 8);
}
