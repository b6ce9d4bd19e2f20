// ARP (tcpdump's print-arp.c): "ARP, Request who-has A tell B", replies
// with the hardware address, -v adds hardware/protocol types and lengths.

import { macFromBytes } from "../../wire/addr.js";
import { type Nd, u16, u32, u8, need } from "./netdissect.js";
import { ETHERTYPE_VALUES } from "./ethertype.js";
import { tok2str, type Tok } from "./util-print.js";
import { defaultPrint } from "./print-ascii.js";

const ARPOP: Tok = [
  [1, "Request"],
  [2, "Reply"],
  [3, "Reverse Request"],
  [4, "Reverse Reply"],
  [8, "Inverse Request"],
  [9, "Inverse Reply"],
  [10, "NACK Reply"],
];

const ARPHRD: Tok = [
  [1, "Ethernet"],
  [6, "TokenRing"],
  [7, "ArcNet"],
  [15, "FrameRelay"],
  [23, "Strip"],
  [24, "IEEE 1394"],
  [19, "ATM"],
  [32, "InfiniBand"],
];

export function arpPrint(nd: Nd, p: Uint8Array, length: number): void {
  nd.protocol = "arp";
  need(p, 0, 8);
  const hrd = u16(p, 0);
  const pro = u16(p, 2);
  const hln = u8(p, 4);
  const pln = u8(p, 5);
  const op = u16(p, 6);
  const sha = 8;
  const spa = sha + hln;
  const tha = spa + pln;
  const tpa = tha + hln;
  need(p, tpa, pln);
  if (!nd.eflag) nd.print("ARP, ");
  const isIp = pro === 0x0800 || pro === 0x1000;
  if (!isIp || pln !== 4 || hln === 0 || nd.vflag) {
    nd.print(
      `${tok2str(ARPHRD, "Unknown Hardware (%u)", hrd)} (len ${hln}), ${tok2str(ETHERTYPE_VALUES, "Unknown Protocol (0x%04x)", pro)} (len ${pln})`,
    );
    if (!nd.vflag) {
      nd.print(`, length ${length}`);
      return;
    }
  }
  const link = (o: number) => {
    if (hln === 6) return nd.names.etheraddr(macFromBytes(p, o));
    const parts: string[] = [];
    for (let i = 0; i < hln; i++) parts.push(u8(p, o + i).toString(16).padStart(2, "0"));
    return parts.join(":");
  };
  const ip = (o: number) => (!isIp ? "<wrong proto type>" : pln !== 4 ? "<wrong len>" : nd.names.ipaddr(u32(p, o)));
  nd.print(`${nd.vflag ? ", " : ""}${tok2str(ARPOP, "Unknown (%u)", op)} `);
  switch (op) {
    case 1: {
      nd.print(`who-has ${ip(tpa)}`);
      let nonzero = false;
      for (let i = 0; i < hln; i++) if (u8(p, tha + i)) nonzero = true;
      if (nonzero) nd.print(` (${link(tha)})`);
      nd.print(` tell ${ip(spa)}`);
      break;
    }
    case 2:
      nd.print(`${ip(spa)} is-at ${link(sha)}`);
      break;
    case 3:
    case 8:
      nd.print(`who-is ${link(tha)} tell ${link(sha)}`);
      break;
    case 4:
      nd.print(`${link(tha)} at ${ip(tpa)}`);
      break;
    case 9:
      nd.print(`${link(sha)} at ${ip(spa)}`);
      break;
    default:
      defaultPrint(nd, p);
      return;
  }
  nd.print(`, length ${length}`);
}
