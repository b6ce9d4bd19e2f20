// TCP segments (RFC 9293): header, flags, and the options Linux sends
// (MSS, SACK-permitted, SACK, timestamps, window scale, NOP, EOL).
// Models include/uapi/linux/tcp.h and the option kinds of include/net/tcp.h.

import { fail, get16, get32, put16, put32, type Parsed } from "./bytes.js";
import { foldComplement, pseudoSum, sumWords, type PseudoHeader } from "./checksum.js";
import { IPPROTO_TCP } from "./ipv4.js";

export const TCP_MIN_HLEN = 20;

export const TH_FIN = 0x01;
export const TH_SYN = 0x02;
export const TH_RST = 0x04;
export const TH_PUSH = 0x08;
export const TH_ACK = 0x10;
export const TH_URG = 0x20;
export const TH_ECE = 0x40;
export const TH_CWR = 0x80;

export const TCPOPT_EOL = 0;
export const TCPOPT_NOP = 1;
export const TCPOPT_MSS = 2;
export const TCPOPT_WINDOW = 3;
export const TCPOPT_SACK_PERM = 4;
export const TCPOPT_SACK = 5;
export const TCPOPT_TIMESTAMP = 8;

export type TcpOption =
  | { kind: "eol" }
  | { kind: "nop" }
  | { kind: "mss"; mss: number }
  | { kind: "wscale"; shift: number }
  | { kind: "sack-permitted" }
  | { kind: "sack"; blocks: Array<[number, number]> }
  | { kind: "timestamp"; val: number; ecr: number }
  | { kind: "unknown"; type: number; data: Uint8Array };

export interface TcpRepr {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  /** TH_* bits (the low 8 flag bits). */
  flags: number;
  window: number;
  urgent: number;
  options: TcpOption[];
}

export interface TcpParsed {
  headerLen: number;
  checksum: number;
  /** Raw option bytes, for printers that must show malformed options as they are. */
  rawOptions: Uint8Array;
}

export function parseTcp(b: Uint8Array): Parsed<TcpRepr & TcpParsed> {
  if (b.length < TCP_MIN_HLEN) return fail("truncated");
  const hl = (b[12]! >> 4) * 4;
  if (hl < TCP_MIN_HLEN) return fail("malformed");
  if (b.length < hl) return fail("truncated");
  const raw = b.subarray(TCP_MIN_HLEN, hl);
  const options = parseTcpOptions(raw);
  if (options === "malformed") return fail("malformed");
  return {
    ok: true,
    repr: {
      srcPort: get16(b, 0),
      dstPort: get16(b, 2),
      seq: get32(b, 4),
      ack: get32(b, 8),
      flags: b[13]!,
      window: get16(b, 14),
      checksum: get16(b, 16),
      urgent: get16(b, 18),
      options,
      headerLen: hl,
      rawOptions: raw,
    },
    payload: b.subarray(hl),
  };
}

export function parseTcpOptions(raw: Uint8Array): TcpOption[] | "malformed" {
  const out: TcpOption[] = [];
  let i = 0;
  while (i < raw.length) {
    const type = raw[i]!;
    if (type === TCPOPT_EOL) {
      out.push({ kind: "eol" });
      break;
    }
    if (type === TCPOPT_NOP) {
      out.push({ kind: "nop" });
      i++;
      continue;
    }
    if (i + 1 >= raw.length) return "malformed";
    const len = raw[i + 1]!;
    if (len < 2 || i + len > raw.length) return "malformed";
    const d = raw.subarray(i + 2, i + len);
    if (type === TCPOPT_MSS && len === 4) out.push({ kind: "mss", mss: get16(d, 0) });
    else if (type === TCPOPT_WINDOW && len === 3) out.push({ kind: "wscale", shift: d[0]! });
    else if (type === TCPOPT_SACK_PERM && len === 2) out.push({ kind: "sack-permitted" });
    else if (type === TCPOPT_TIMESTAMP && len === 10) out.push({ kind: "timestamp", val: get32(d, 0), ecr: get32(d, 4) });
    else if (type === TCPOPT_SACK && (len - 2) % 8 === 0) {
      const blocks: Array<[number, number]> = [];
      for (let j = 0; j < d.length; j += 8) blocks.push([get32(d, j), get32(d, j + 4)]);
      out.push({ kind: "sack", blocks });
    } else out.push({ kind: "unknown", type, data: d });
    i += len;
  }
  return out;
}

function optionBytes(o: TcpOption): number[] {
  switch (o.kind) {
    case "eol":
      return [0];
    case "nop":
      return [1];
    case "mss":
      return [2, 4, o.mss >> 8, o.mss & 0xff];
    case "wscale":
      return [3, 3, o.shift];
    case "sack-permitted":
      return [4, 2];
    case "sack": {
      const b = new Uint8Array(o.blocks.length * 8);
      o.blocks.forEach(([l, r], k) => {
        put32(b, k * 8, l);
        put32(b, k * 8 + 4, r);
      });
      return [5, 2 + b.length, ...b];
    }
    case "timestamp": {
      const b = new Uint8Array(8);
      put32(b, 0, o.val);
      put32(b, 4, o.ecr);
      return [8, 10, ...b];
    }
    case "unknown":
      return [o.type, 2 + o.data.length, ...o.data];
  }
}

export function emitTcpOptions(opts: TcpOption[]): Uint8Array {
  const bytes: number[] = [];
  for (const o of opts) bytes.push(...optionBytes(o));
  while (bytes.length % 4) bytes.push(0);
  return new Uint8Array(bytes);
}

export function tcpComputeChecksum(b: Uint8Array, ph: PseudoHeader): number {
  const copy = b.slice();
  put16(copy, 16, 0);
  return foldComplement(sumWords(copy, pseudoSum(ph, IPPROTO_TCP, b.length)));
}

export function tcpChecksumOk(b: Uint8Array, ph: PseudoHeader): boolean {
  return tcpComputeChecksum(b, ph) === get16(b, 16);
}

export function emitTcp(r: TcpRepr, payload: Uint8Array, ph: PseudoHeader): Uint8Array {
  const opts = emitTcpOptions(r.options);
  const hl = TCP_MIN_HLEN + opts.length;
  const b = new Uint8Array(hl + payload.length);
  put16(b, 0, r.srcPort);
  put16(b, 2, r.dstPort);
  put32(b, 4, r.seq);
  put32(b, 8, r.ack);
  b[12] = (hl / 4) << 4;
  b[13] = r.flags;
  put16(b, 14, r.window);
  put16(b, 18, r.urgent);
  b.set(opts, TCP_MIN_HLEN);
  b.set(payload, hl);
  put16(b, 16, tcpComputeChecksum(b, ph));
  return b;
}
