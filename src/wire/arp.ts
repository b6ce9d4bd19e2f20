// ARP packets (RFC 826) for Ethernet/IPv4, the only kind the emulated links
// carry; other hardware/protocol types parse as "unsupported". Models
// include/uapi/linux/if_arp.h.

import { fail, get16, put16, put32, get32, type Parsed } from "./bytes.js";
import { macFromBytes, macToBytes, type Ip4Addr, type MacAddr } from "./addr.js";
import { ETH_P_IP } from "./ethernet.js";

export const ARPHRD_ETHER = 1;
export const ARPHRD_LOOPBACK = 772;
export const ARPOP_REQUEST = 1;
export const ARPOP_REPLY = 2;
export const ARP_LEN = 28;

export interface ArpRepr {
  op: number;
  senderMac: MacAddr;
  senderIp: Ip4Addr;
  targetMac: MacAddr;
  targetIp: Ip4Addr;
}

export function parseArp(b: Uint8Array): Parsed<ArpRepr> {
  if (b.length < 8) return fail("truncated");
  const htype = get16(b, 0);
  const ptype = get16(b, 2);
  if (htype !== ARPHRD_ETHER || ptype !== ETH_P_IP || b[4] !== 6 || b[5] !== 4) return fail("unsupported");
  if (b.length < ARP_LEN) return fail("truncated");
  return {
    ok: true,
    repr: {
      op: get16(b, 6),
      senderMac: macFromBytes(b, 8),
      senderIp: get32(b, 14),
      targetMac: macFromBytes(b, 18),
      targetIp: get32(b, 24),
    },
    payload: b.subarray(ARP_LEN),
  };
}

export function emitArp(r: ArpRepr): Uint8Array {
  const b = new Uint8Array(ARP_LEN);
  put16(b, 0, ARPHRD_ETHER);
  put16(b, 2, ETH_P_IP);
  b[4] = 6;
  b[5] = 4;
  put16(b, 6, r.op);
  macToBytes(r.senderMac, b, 8);
  put32(b, 14, r.senderIp);
  macToBytes(r.targetMac, b, 18);
  put32(b, 24, r.targetIp);
  return b;
}
