// ICMPv4 messages (RFC 792, RFC 1191): echo, destination unreachable (with
// the next-hop MTU of "fragmentation needed"), time exceeded, redirect, and
// any other type kept raw. Error messages quote the original datagram's
// header plus at least 8 bytes of its payload (Linux quotes as much as fits
// in 576 bytes). Models include/uapi/linux/icmp.h.

import { fail, get16, get32, put16, put32, type Parsed } from "./bytes.js";
import { foldComplement, internetChecksum, sumRange } from "./checksum.js";
import type { Ip4Addr } from "./addr.js";

export const ICMP_ECHOREPLY = 0;
export const ICMP_DEST_UNREACH = 3;
export const ICMP_SOURCE_QUENCH = 4;
export const ICMP_REDIRECT = 5;
export const ICMP_ECHO = 8;
export const ICMP_ROUTERADVERT = 9;
export const ICMP_ROUTERSOLICIT = 10;
export const ICMP_TIME_EXCEEDED = 11;
export const ICMP_PARAMETERPROB = 12;
export const ICMP_TIMESTAMP = 13;
export const ICMP_TIMESTAMPREPLY = 14;
export const ICMP_INFO_REQUEST = 15;
export const ICMP_INFO_REPLY = 16;
export const ICMP_ADDRESS = 17;
export const ICMP_ADDRESSREPLY = 18;

// Destination unreachable codes.
export const ICMP_NET_UNREACH = 0;
export const ICMP_HOST_UNREACH = 1;
export const ICMP_PROT_UNREACH = 2;
export const ICMP_PORT_UNREACH = 3;
export const ICMP_FRAG_NEEDED = 4;
export const ICMP_SR_FAILED = 5;
export const ICMP_NET_UNKNOWN = 6;
export const ICMP_HOST_UNKNOWN = 7;
export const ICMP_HOST_ISOLATED = 8;
export const ICMP_NET_ANO = 9;
export const ICMP_HOST_ANO = 10;
export const ICMP_NET_UNR_TOS = 11;
export const ICMP_HOST_UNR_TOS = 12;
export const ICMP_PKT_FILTERED = 13;
export const ICMP_PREC_VIOLATION = 14;
export const ICMP_PREC_CUTOFF = 15;

// Time exceeded codes.
export const ICMP_EXC_TTL = 0;
export const ICMP_EXC_FRAGTIME = 1;

// Redirect codes.
export const ICMP_REDIR_NET = 0;
export const ICMP_REDIR_HOST = 1;
export const ICMP_REDIR_NETTOS = 2;
export const ICMP_REDIR_HOSTTOS = 3;

export const ICMP_HLEN = 8;

export type IcmpRepr =
  | { kind: "echo-request" | "echo-reply"; id: number; seq: number; data: Uint8Array }
  | { kind: "dest-unreachable"; code: number; /** Next-hop MTU (code 4 only; 0 otherwise). */ mtu: number; original: Uint8Array }
  | { kind: "time-exceeded"; code: number; original: Uint8Array }
  | { kind: "redirect"; code: number; gateway: Ip4Addr; original: Uint8Array }
  | { kind: "other"; type: number; code: number; /** Bytes 4..7 of the header. */ rest: number; data: Uint8Array };

export interface IcmpParsed {
  checksum: number;
  checksumOk: boolean;
}

export function parseIcmp(b: Uint8Array): Parsed<IcmpRepr & IcmpParsed> {
  if (b.length < ICMP_HLEN) return fail("truncated");
  const type = b[0]!;
  const code = b[1]!;
  const body = b.subarray(ICMP_HLEN);
  // The checksum fields go straight into each object (no spread: one object
  // shape per kind, built once per packet).
  const checksum = get16(b, 2);
  const checksumOk = internetChecksum(b) === 0;
  let repr: IcmpRepr & IcmpParsed;
  switch (type) {
    case ICMP_ECHO:
    case ICMP_ECHOREPLY:
      repr = { kind: type === ICMP_ECHO ? "echo-request" : "echo-reply", id: get16(b, 4), seq: get16(b, 6), data: body, checksum, checksumOk };
      break;
    case ICMP_DEST_UNREACH:
      repr = { kind: "dest-unreachable", code, mtu: code === ICMP_FRAG_NEEDED ? get16(b, 6) : 0, original: body, checksum, checksumOk };
      break;
    case ICMP_TIME_EXCEEDED:
      repr = { kind: "time-exceeded", code, original: body, checksum, checksumOk };
      break;
    case ICMP_REDIRECT:
      repr = { kind: "redirect", code, gateway: get32(b, 4), original: body, checksum, checksumOk };
      break;
    default:
      repr = { kind: "other", type, code, rest: get32(b, 4), data: body, checksum, checksumOk };
  }
  return { ok: true, repr, payload: body };
}

export function icmpTypeCode(r: IcmpRepr): [number, number] {
  switch (r.kind) {
    case "echo-request":
      return [ICMP_ECHO, 0];
    case "echo-reply":
      return [ICMP_ECHOREPLY, 0];
    case "dest-unreachable":
      return [ICMP_DEST_UNREACH, r.code];
    case "time-exceeded":
      return [ICMP_TIME_EXCEEDED, r.code];
    case "redirect":
      return [ICMP_REDIRECT, r.code];
    case "other":
      return [r.type, r.code];
  }
}

/** The length of the message emitIcmp() builds. */
export function icmpLen(r: IcmpRepr): number {
  return ICMP_HLEN + ("data" in r ? r.data : r.original).length;
}

/** Builds the message with its checksum. */
export function emitIcmp(r: IcmpRepr): Uint8Array {
  const b = new Uint8Array(icmpLen(r));
  emitIcmpInto(r, b, 0);
  return b;
}

/** emitIcmp() into `b` from `off` (icmpLen(r) bytes, zero-filled). */
export function emitIcmpInto(r: IcmpRepr, b: Uint8Array, off: number): void {
  const body = "data" in r ? r.data : r.original;
  const [type, code] = icmpTypeCode(r);
  b[off] = type;
  b[off + 1] = code;
  switch (r.kind) {
    case "echo-request":
    case "echo-reply":
      put16(b, off + 4, r.id);
      put16(b, off + 6, r.seq);
      break;
    case "dest-unreachable":
      put16(b, off + 6, r.mtu);
      break;
    case "redirect":
      put32(b, off + 4, r.gateway);
      break;
    case "other":
      put32(b, off + 4, r.rest);
      break;
    case "time-exceeded":
      break;
  }
  b.set(body, off + ICMP_HLEN);
  put16(b, off + 2, foldComplement(sumRange(b, off, off + ICMP_HLEN + body.length)));
}

/**
 * emitIcmpInto() for an echo request or reply (`type` ICMP_ECHO or
 * ICMP_ECHOREPLY) whose data is src[start, end): the same bytes, with no
 * message object. The checksum field must be zero in `b` (a new frame is).
 * `sum`, when given, is the unfolded sum of the message's words (sumRange
 * over header and data, checksum field zero) that the caller already knows:
 * the checksum is then folded from it instead of summed again.
 */
export function emitEchoInto(b: Uint8Array, off: number, type: number, id: number, seq: number, src: Uint8Array, start: number, end: number, sum = -1): void {
  b[off] = type;
  b[off + 1] = 0;
  put16(b, off + 4, id);
  put16(b, off + 6, seq);
  const n = end - start;
  const at = off + ICMP_HLEN;
  // A loop for a few bytes; set() (one memcpy) beyond, on the whole array when it is one.
  if (n <= 16) for (let k = 0; k < n; k++) b[at + k] = src[start + k]!;
  else b.set(start === 0 && end === src.length ? src : src.subarray(start, end), at);
  put16(b, off + 2, foldComplement(sum >= 0 ? sum : sumRange(b, off, at + n)));
}

/**
 * The word sum of the echo reply to a request at b[off, end) whose own word
 * sum (checksum field included) is `requestSum`: the reply has the same
 * identifier, sequence and data, type ICMP_ECHOREPLY, code 0 and a zero
 * checksum field, so its sum is the request's minus the request's first
 * word (type, code) and checksum word (RFC 1624's incremental update,
 * computed on the unfolded sum, so the folded result is exactly what summing
 * the reply gives).
 */
export function echoReplySum(b: Uint8Array, off: number, requestSum: number): number {
  return requestSum - ((b[off]! << 8) | b[off + 1]!) - ((b[off + 2]! << 8) | b[off + 3]!);
}

/**
 * The part of an offending datagram an ICMP error quotes: its IP header plus
 * as much payload as keeps the whole ICMP packet within 576 bytes, as Linux's
 * icmp_send does (RFC 1812 4.3.2.3).
 */
export function icmpQuote(datagram: Uint8Array): Uint8Array {
  const room = 576 - 20 - ICMP_HLEN;
  return datagram.subarray(0, Math.min(datagram.length, room));
}
