// Linux cooked captures (tcpdump's print-sll.c). v2 (sll2_if_print): the
// interface name (resolved by index in the reader's network namespace, "?"
// when there is none), the packet direction, with -e the SLL2 fields, then
// the payload by protocol. v1 (sll_if_print) has no interface: only -e shows
// the direction and the link fields.

import { type Nd, u16, u32, u8, need } from "./netdissect.js";
import { macFromBytes } from "../../wire/addr.js";
import { ETHERTYPE_VALUES } from "./ethertype.js";
import { tok2str, type Tok } from "./util-print.js";
import { ethertypePrint, vlanTciString } from "./print-ether.js";
import { defaultPrint } from "./print-ascii.js";
import { llcPrint } from "./print-llc.js";
import { SLL_HDR_LEN } from "../../wire/sll.js";
import { SLL2_HDR_LEN } from "../../wire/sll2.js";

const PKTTYPE: Tok = [
  [0, "In"],
  [1, "B"],
  [2, "M"],
  [3, "P"],
  [4, "Out"],
];

function sll2Fields(nd: Nd, p: Uint8Array, length: number): void {
  nd.protocol = "sll2";
  nd.print(`ifindex ${u32(p, 4)} `);
  linkFields(nd, u8(p, 11) === 6 ? macFromBytes(p, 12) : undefined, u16(p, 0), length);
}

/** sll_print(): direction, then what v1 and v2 share. */
function sllFields(nd: Nd, p: Uint8Array, length: number): void {
  nd.protocol = "sll";
  nd.print(`${tok2str(PKTTYPE, "?", u16(p, 0)).padStart(3)} `);
  linkFields(nd, u16(p, 4) === 6 ? macFromBytes(p, 6) : undefined, u16(p, 14), length);
}

function linkFields(nd: Nd, mac: number | undefined, t: number, length: number): void {
  if (mac !== undefined) nd.print(`${nd.names.etheraddr(mac)} `);
  if (!nd.qflag) {
    if (t <= 1500) nd.print(t === 1 ? "802.3" : t === 4 ? "802.2" : `ethertype Unknown (0x${t.toString(16).padStart(4, "0")})`);
    else nd.print(`ethertype ${tok2str(ETHERTYPE_VALUES, "Unknown", t)} (0x${t.toString(16).padStart(4, "0")})`);
    nd.print(`, length ${length}: `);
  }
}

export function sll2IfPrint(nd: Nd, p: Uint8Array, length: number, ifname: (index: number) => string | undefined): void {
  nd.protocol = "sll2";
  need(p, 0, SLL2_HDR_LEN);
  const name = ifname(u32(p, 4)) ?? "?";
  nd.print(`${name.padEnd(5)} `);
  nd.print(`${tok2str(PKTTYPE, "?", u8(p, 10)).padEnd(3)} `);
  if (nd.eflag) sll2Fields(nd, p, length);
  cookedPayload(nd, p, length, SLL2_HDR_LEN, u16(p, 0), sll2Fields);
}

export function sllIfPrint(nd: Nd, p: Uint8Array, length: number): void {
  nd.protocol = "sll";
  need(p, 0, SLL_HDR_LEN);
  if (nd.eflag) sllFields(nd, p, length);
  cookedPayload(nd, p, length, SLL_HDR_LEN, u16(p, 14), sllFields);
}

/** The payload after a cooked header of `hdrlen` bytes whose protocol is `type`. */
function cookedPayload(nd: Nd, p: Uint8Array, length: number, hdrlen: number, type: number, fields: (nd: Nd, p: Uint8Array, length: number) => void): void {
  const base = hdrlen;
  let q = p.subarray(hdrlen);
  let len = length - hdrlen;
  for (let depth = 0; depth < 8; depth++) {
    if (type <= 1500) {
      if (type === 4) {
        const l = llcPrint(nd, q, len, undefined, undefined);
        if (l < 0) defaultPrint(nd, q);
        else hdrlen += l;
      } else defaultPrint(nd, q);
      break;
    }
    if (type === 0x8100) {
      if (q.length < 4) {
        nd.protocol = "vlan";
        nd.printTrunc();
        nd.llHdrLen += hdrlen + q.length;
        return;
      }
      if (nd.eflag) nd.print(`${vlanTciString(u16(q, 0))}, `);
      type = u16(q, 2);
      if (type <= 1500) type = 4;
      if (!nd.qflag) nd.print(`ethertype ${tok2str(ETHERTYPE_VALUES, "Unknown", type)}, `);
      q = q.subarray(4);
      len -= 4;
      hdrlen += 4;
      continue;
    }
    if (!ethertypePrint(nd, type, q, len)) {
      if (!nd.eflag) fields(nd, p, len + base);
      defaultPrint(nd, q);
    }
    break;
  }
  nd.llHdrLen += hdrlen;
}
