// Ethernet frames (tcpdump's print-ether.c): with -e the MAC addresses,
// EtherType and frame length; VLAN tags; dispatch on the EtherType;
// unknown types as a hex dump.

import { macFromBytes } from "../../wire/addr.js";
import { type Nd, u16, Truncated } from "./netdissect.js";
import { ETHERTYPE_VALUES } from "./ethertype.js";
import { tok2str } from "./util-print.js";
import { ipPrint } from "./print-ip.js";
import { ip6Print } from "./print-ip6.js";
import { arpPrint } from "./print-arp.js";
import { defaultPrint } from "./print-ascii.js";
import { llcPrint } from "./print-llc.js";

const ETHER_HDRLEN = 14;
const MAX_ETHERNET_LENGTH_VAL = 1500;
const VLAN_TPIDS = new Set([0x8100, 0x9100, 0x9200, 0x88a8]);

export function etherTypeText(nd: Nd, type: number): string {
  return nd.qflag
    ? tok2str(ETHERTYPE_VALUES, "Unknown Ethertype (0x%04x)", type)
    : `ethertype ${tok2str(ETHERTYPE_VALUES, "Unknown", type)} (0x${type.toString(16).padStart(4, "0")})`;
}

export function vlanTciString(tci: number): string {
  return `vlan ${tci & 0xfff}, p ${tci >> 13}${tci & 0x1000 ? ", DEI" : ""}`;
}

/** ethertype_print: false when the type has no printer. */
export function ethertypePrint(nd: Nd, type: number, p: Uint8Array, length: number): boolean {
  switch (type) {
    case 0x0800:
      ipPrint(nd, p, length);
      return true;
    case 0x86dd:
      ip6Print(nd, p, length);
      return true;
    case 0x0806:
    case 0x8035:
      arpPrint(nd, p, length);
      return true;
    default:
      return false;
  }
}

/** ether_print: returns the link-layer header length. `length` is the frame's on-wire length. */
export function etherPrint(nd: Nd, p: Uint8Array, length: number): number {
  const caplen = p.length;
  if (length < caplen) {
    nd.print(`[length ${length} < caplen ${caplen}]`);
    nd.printInvalid();
    return length;
  }
  if (caplen < ETHER_HDRLEN) {
    nd.printTrunc();
    return caplen;
  }
  const origLength = length;
  const src = macFromBytes(p, 6);
  const dst = macFromBytes(p, 0);
  const addrs = () => `${nd.names.etheraddr(src)} > ${nd.names.etheraddr(dst)}, `;
  if (nd.eflag) nd.print(addrs());
  let off = 12;
  let hdrlen = 12;
  let printedLength = false;
  let type = u16(p, off);
  off += 2;
  hdrlen += 2;
  length -= 14;
  while (VLAN_TPIDS.has(type)) {
    if (p.length - off < 4 || length < 4) {
      nd.protocol = "vlan";
      nd.printTrunc();
      return hdrlen + Math.max(0, Math.min(p.length - off, length));
    }
    if (nd.eflag) {
      nd.print(etherTypeText(nd, type));
      if (!printedLength) {
        nd.print(`, length ${origLength}: `);
        printedLength = true;
      } else nd.print(", ");
      nd.print(`${vlanTciString(u16(p, off))}, `);
    }
    type = u16(p, off + 2);
    off += 4;
    hdrlen += 4;
    length -= 4;
  }
  const payload = p.subarray(off);
  if (type <= MAX_ETHERNET_LENGTH_VAL) {
    if (type < length) length = type;
    const inner = payload.subarray(0, Math.min(payload.length, length));
    if (nd.eflag) {
      nd.print("802.3");
      if (!printedLength) nd.print(`, length ${length}: `);
    }
    const llcLen = llcPrint(nd, inner, length, src, dst);
    if (llcLen < 0) {
      defaultPrint(nd, inner);
      hdrlen += -llcLen;
    } else hdrlen += llcLen;
    return hdrlen;
  }
  if (nd.eflag) {
    nd.print(etherTypeText(nd, type));
    nd.print(printedLength ? ", " : `, length ${origLength}: `);
  }
  if (!ethertypePrint(nd, type, payload, length)) {
    if (!nd.eflag) {
      nd.print(addrs());
      nd.print(etherTypeText(nd, type));
      nd.print(`, length ${origLength}: `);
    }
    defaultPrint(nd, payload);
  }
  return hdrlen;
}

/** ether_if_print (LINKTYPE_ETHERNET). */
export function etherIfPrint(nd: Nd, p: Uint8Array, length: number): void {
  nd.protocol = "ether";
  try {
    nd.llHdrLen = etherPrint(nd, p, length);
  } catch (e) {
    if (e instanceof Truncated) nd.llHdrLen = 0;
    throw e;
  }
}
