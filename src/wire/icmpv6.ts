// ICMPv6 (RFC 4443) with Neighbor Discovery (RFC 4861) and MLD (RFC 2710,
// RFC 3810): echo, errors quoting the original packet, router/neighbor
// solicitation and advertisement with their options, MLDv1 and MLDv2.
// Models include/uapi/linux/icmpv6.h and include/net/ndisc.h, include/net/mld.h.

import { fail, get16, get32, put16, put32, type Parsed } from "./bytes.js";
import { foldComplement, pseudoSum6, sumRange, sumWords } from "./checksum.js";
import { ip6FromBytes, ip6ToBytes, macFromBytes, macToBytes, type Ip6Addr, type MacAddr } from "./addr.js";
import { NEXTHDR_ICMP } from "./ipv6.js";

export const ICMPV6_DEST_UNREACH = 1;
export const ICMPV6_PKT_TOOBIG = 2;
export const ICMPV6_TIME_EXCEED = 3;
export const ICMPV6_PARAMPROB = 4;
export const ICMPV6_ECHO_REQUEST = 128;
export const ICMPV6_ECHO_REPLY = 129;
export const ICMPV6_MGM_QUERY = 130;
export const ICMPV6_MGM_REPORT = 131;
export const ICMPV6_MGM_REDUCTION = 132;
export const NDISC_ROUTER_SOLICITATION = 133;
export const NDISC_ROUTER_ADVERTISEMENT = 134;
export const NDISC_NEIGHBOUR_SOLICITATION = 135;
export const NDISC_NEIGHBOUR_ADVERTISEMENT = 136;
export const NDISC_REDIRECT = 137;
export const ICMPV6_MLD2_REPORT = 143;

export const ND_OPT_SOURCE_LL_ADDR = 1;
export const ND_OPT_TARGET_LL_ADDR = 2;
export const ND_OPT_PREFIX_INFO = 3;
export const ND_OPT_REDIRECT_HDR = 4;
export const ND_OPT_MTU = 5;
export const ND_OPT_NONCE = 14;

// MLDv2 group record types (RFC 3810 5.2.12), shared with IGMPv3.
export const MLD2_MODE_IS_INCLUDE = 1;
export const MLD2_MODE_IS_EXCLUDE = 2;
export const MLD2_CHANGE_TO_INCLUDE = 3;
export const MLD2_CHANGE_TO_EXCLUDE = 4;
export const MLD2_ALLOW_NEW_SOURCES = 5;
export const MLD2_BLOCK_OLD_SOURCES = 6;

export type NdOption =
  | { kind: "source-lladdr"; mac: MacAddr }
  | { kind: "target-lladdr"; mac: MacAddr }
  | {
      kind: "prefix-info";
      prefixLen: number;
      onLink: boolean;
      autonomous: boolean;
      validLifetime: number;
      preferredLifetime: number;
      prefix: Ip6Addr;
    }
  | { kind: "mtu"; mtu: number }
  | { kind: "nonce"; nonce: Uint8Array }
  | { kind: "unknown"; type: number; /** Bytes after type and length. */ data: Uint8Array };

export interface Mld2Record {
  type: number;
  /** Auxiliary data (its length is in 32-bit words on the wire). */
  aux: Uint8Array;
  group: Ip6Addr;
  sources: Ip6Addr[];
}

export type Icmpv6Repr =
  | { kind: "echo-request" | "echo-reply"; id: number; seq: number; data: Uint8Array }
  | { kind: "dest-unreachable"; code: number; original: Uint8Array }
  | { kind: "packet-too-big"; mtu: number; original: Uint8Array }
  | { kind: "time-exceeded"; code: number; original: Uint8Array }
  | { kind: "param-problem"; code: number; pointer: number; original: Uint8Array }
  | { kind: "router-solicit"; options: NdOption[] }
  | {
      kind: "router-advert";
      curHopLimit: number;
      /** Flags byte: 0x80 managed, 0x40 other, plus the preference and proxy bits. */
      flags: number;
      routerLifetime: number;
      reachableTime: number;
      retransTimer: number;
      options: NdOption[];
    }
  | { kind: "neighbor-solicit"; target: Ip6Addr; options: NdOption[] }
  | { kind: "neighbor-advert"; router: boolean; solicited: boolean; override: boolean; target: Ip6Addr; options: NdOption[] }
  | { kind: "mld-query"; maxResponse: number; group: Ip6Addr; /** Present for an MLDv2 query. */ v2?: { sFlag: boolean; qrv: number; qqic: number; sources: Ip6Addr[] } }
  | { kind: "mld-report" | "mld-done"; maxResponse: number; group: Ip6Addr }
  | { kind: "mld2-report"; records: Mld2Record[] }
  | { kind: "other"; type: number; code: number; /** Bytes after the 4-byte type/code/checksum. */ body: Uint8Array };

export interface Icmpv6Parsed {
  checksum: number;
}

function parseNdOptions(b: Uint8Array): NdOption[] | "malformed" {
  const out: NdOption[] = [];
  let i = 0;
  while (i < b.length) {
    if (i + 2 > b.length) return "malformed";
    const type = b[i]!;
    const len = b[i + 1]! * 8;
    if (len === 0 || i + len > b.length) return "malformed";
    const d = b.subarray(i + 2, i + len);
    if ((type === ND_OPT_SOURCE_LL_ADDR || type === ND_OPT_TARGET_LL_ADDR) && len === 8) {
      out.push({ kind: type === ND_OPT_SOURCE_LL_ADDR ? "source-lladdr" : "target-lladdr", mac: macFromBytes(d, 0) });
    } else if (type === ND_OPT_PREFIX_INFO && len === 32) {
      out.push({
        kind: "prefix-info",
        prefixLen: d[0]!,
        onLink: (d[1]! & 0x80) !== 0,
        autonomous: (d[1]! & 0x40) !== 0,
        validLifetime: get32(d, 2),
        preferredLifetime: get32(d, 6),
        prefix: ip6FromBytes(d, 14),
      });
    } else if (type === ND_OPT_MTU && len === 8) out.push({ kind: "mtu", mtu: get32(d, 2) });
    else if (type === ND_OPT_NONCE) out.push({ kind: "nonce", nonce: d });
    else out.push({ kind: "unknown", type, data: d });
    i += len;
  }
  return out;
}

/** Appends b's bytes to out (spreading a typed array walks an iterator: an object per byte). */
function pushBytes(out: number[], b: Uint8Array, n = b.length): void {
  for (let i = 0; i < n; i++) out.push(b[i]!);
}

function pushIp6(out: number[], a: Ip6Addr): void {
  pushBytes(out, ip6ToBytes(a));
}

/** The bytes putNdOptions writes for opts (each option a multiple of 8). */
function ndOptionsLength(opts: NdOption[]): number {
  let n = 0;
  for (const o of opts) {
    switch (o.kind) {
      case "source-lladdr":
      case "target-lladdr":
      case "mtu":
        n += 8;
        break;
      case "prefix-info":
        n += 32;
        break;
      case "nonce":
        n += Math.ceil((2 + o.nonce.length) / 8) * 8;
        break;
      case "unknown":
        n += Math.ceil((2 + o.data.length) / 8) * 8;
        break;
    }
  }
  return n;
}

/** Writes the options at out[o..] (out zeroed there: padding is left as it is); returns the end. */
function putNdOptions(opts: NdOption[], out: Uint8Array, o: number): number {
  for (const opt of opts) {
    switch (opt.kind) {
      case "source-lladdr":
      case "target-lladdr":
        out[o] = opt.kind === "source-lladdr" ? ND_OPT_SOURCE_LL_ADDR : ND_OPT_TARGET_LL_ADDR;
        out[o + 1] = 1;
        macToBytes(opt.mac, out, o + 2);
        o += 8;
        break;
      case "prefix-info":
        out[o] = ND_OPT_PREFIX_INFO;
        out[o + 1] = 4;
        out[o + 2] = opt.prefixLen;
        out[o + 3] = (opt.onLink ? 0x80 : 0) | (opt.autonomous ? 0x40 : 0);
        put32(out, o + 4, opt.validLifetime);
        put32(out, o + 8, opt.preferredLifetime);
        ip6ToBytes(opt.prefix, out, o + 16);
        o += 32;
        break;
      case "mtu":
        out[o] = ND_OPT_MTU;
        out[o + 1] = 1;
        put32(out, o + 4, opt.mtu);
        o += 8;
        break;
      case "nonce":
      case "unknown": {
        const data = opt.kind === "nonce" ? opt.nonce : opt.data;
        const len = Math.ceil((2 + data.length) / 8) * 8;
        out[o] = opt.kind === "nonce" ? ND_OPT_NONCE : opt.type;
        out[o + 1] = len / 8;
        for (let k = 0; k < data.length; k++) out[o + 2 + k] = data[k]!;
        o += len;
        break;
      }
    }
  }
  return o;
}

/** The options' bytes, appended to out. */
function emitNdOptions(opts: NdOption[], out: number[] = []): number[] {
  const d = new Uint8Array(ndOptionsLength(opts));
  putNdOptions(opts, d, 0);
  pushBytes(out, d);
  return out;
}

export function parseIcmpv6(b: Uint8Array): Parsed<Icmpv6Repr & Icmpv6Parsed> {
  if (b.length < 4) return fail("truncated");
  const type = b[0]!;
  const code = b[1]!;
  const checksum = get16(b, 2);
  const need = (n: number) => b.length < n;
  let repr: Icmpv6Repr;
  const ndOpts = (from: number) => parseNdOptions(b.subarray(from));
  switch (type) {
    case ICMPV6_ECHO_REQUEST:
    case ICMPV6_ECHO_REPLY:
      if (need(8)) return fail("truncated");
      repr = { kind: type === ICMPV6_ECHO_REQUEST ? "echo-request" : "echo-reply", id: get16(b, 4), seq: get16(b, 6), data: b.subarray(8) };
      break;
    case ICMPV6_DEST_UNREACH:
    case ICMPV6_TIME_EXCEED:
      if (need(8)) return fail("truncated");
      repr = { kind: type === ICMPV6_DEST_UNREACH ? "dest-unreachable" : "time-exceeded", code, original: b.subarray(8) };
      break;
    case ICMPV6_PKT_TOOBIG:
      if (need(8)) return fail("truncated");
      repr = { kind: "packet-too-big", mtu: get32(b, 4), original: b.subarray(8) };
      break;
    case ICMPV6_PARAMPROB:
      if (need(8)) return fail("truncated");
      repr = { kind: "param-problem", code, pointer: get32(b, 4), original: b.subarray(8) };
      break;
    case NDISC_ROUTER_SOLICITATION: {
      if (need(8)) return fail("truncated");
      const options = ndOpts(8);
      if (options === "malformed") return fail("malformed");
      repr = { kind: "router-solicit", options };
      break;
    }
    case NDISC_ROUTER_ADVERTISEMENT: {
      if (need(16)) return fail("truncated");
      const options = ndOpts(16);
      if (options === "malformed") return fail("malformed");
      repr = {
        kind: "router-advert",
        curHopLimit: b[4]!,
        flags: b[5]!,
        routerLifetime: get16(b, 6),
        reachableTime: get32(b, 8),
        retransTimer: get32(b, 12),
        options,
      };
      break;
    }
    case NDISC_NEIGHBOUR_SOLICITATION:
    case NDISC_NEIGHBOUR_ADVERTISEMENT: {
      if (need(24)) return fail("truncated");
      const options = ndOpts(24);
      if (options === "malformed") return fail("malformed");
      const target = ip6FromBytes(b, 8);
      if (type === NDISC_NEIGHBOUR_SOLICITATION) repr = { kind: "neighbor-solicit", target, options };
      else {
        const f = b[4]!;
        repr = { kind: "neighbor-advert", router: (f & 0x80) !== 0, solicited: (f & 0x40) !== 0, override: (f & 0x20) !== 0, target, options };
      }
      break;
    }
    case ICMPV6_MGM_QUERY: {
      if (need(24)) return fail("truncated");
      repr = { kind: "mld-query", maxResponse: get16(b, 4), group: ip6FromBytes(b, 8) };
      if (b.length >= 28) {
        const n = get16(b, 26);
        if (b.length < 28 + n * 16) return fail("truncated");
        const sources: Ip6Addr[] = [];
        for (let k = 0; k < n; k++) sources.push(ip6FromBytes(b, 28 + k * 16));
        repr.v2 = { sFlag: (b[24]! & 8) !== 0, qrv: b[24]! & 7, qqic: b[25]!, sources };
      }
      break;
    }
    case ICMPV6_MGM_REPORT:
    case ICMPV6_MGM_REDUCTION:
      if (need(24)) return fail("truncated");
      repr = { kind: type === ICMPV6_MGM_REPORT ? "mld-report" : "mld-done", maxResponse: get16(b, 4), group: ip6FromBytes(b, 8) };
      break;
    case ICMPV6_MLD2_REPORT: {
      if (need(8)) return fail("truncated");
      const n = get16(b, 6);
      const records: Mld2Record[] = [];
      let o = 8;
      for (let k = 0; k < n; k++) {
        if (b.length < o + 20) return fail("truncated");
        const auxLen = b[o + 1]! * 4;
        const ns = get16(b, o + 2);
        const end = o + 20 + ns * 16 + auxLen;
        if (b.length < end) return fail("truncated");
        const sources: Ip6Addr[] = [];
        for (let s = 0; s < ns; s++) sources.push(ip6FromBytes(b, o + 20 + s * 16));
        records.push({ type: b[o]!, aux: b.subarray(end - auxLen, end), group: ip6FromBytes(b, o + 4), sources });
        o = end;
      }
      repr = { kind: "mld2-report", records };
      break;
    }
    default:
      repr = { kind: "other", type, code, body: b.subarray(4) };
  }
  return { ok: true, repr: { ...repr, checksum }, payload: b.subarray(4) };
}

function body(r: Exclude<Icmpv6Repr, Icmpv6NdRepr>): { type: number; code: number; rest: number[] } {
  const ip6 = (a: Ip6Addr) => {
    const o: number[] = [];
    pushIp6(o, a);
    return o;
  };
  const u32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
  const u16 = (v: number) => [(v >>> 8) & 0xff, v & 0xff];
  switch (r.kind) {
    case "echo-request":
    case "echo-reply":
      return { type: r.kind === "echo-request" ? 128 : 129, code: 0, rest: [...u16(r.id), ...u16(r.seq), ...r.data] };
    case "dest-unreachable":
      return { type: 1, code: r.code, rest: [0, 0, 0, 0, ...r.original] };
    case "time-exceeded":
      return { type: 3, code: r.code, rest: [0, 0, 0, 0, ...r.original] };
    case "packet-too-big":
      return { type: 2, code: 0, rest: [...u32(r.mtu), ...r.original] };
    case "param-problem":
      return { type: 4, code: r.code, rest: [...u32(r.pointer), ...r.original] };
    case "router-advert":
      return {
        type: 134,
        code: 0,
        rest: [r.curHopLimit, r.flags, ...u16(r.routerLifetime), ...u32(r.reachableTime), ...u32(r.retransTimer), ...emitNdOptions(r.options)],
      };
    case "mld-query": {
      const rest = [...u16(r.maxResponse), 0, 0, ...ip6(r.group)];
      if (r.v2) rest.push((r.v2.sFlag ? 8 : 0) | (r.v2.qrv & 7), r.v2.qqic, ...u16(r.v2.sources.length), ...r.v2.sources.flatMap(ip6));
      return { type: 130, code: 0, rest };
    }
    case "mld-report":
    case "mld-done":
      return { type: r.kind === "mld-report" ? 131 : 132, code: 0, rest: [...u16(r.maxResponse), 0, 0, ...ip6(r.group)] };
    case "other":
      return { type: r.type, code: r.code, rest: [...r.body] };
  }
}

export function icmpv6ComputeChecksum(b: Uint8Array, src: Ip6Addr, dst: Ip6Addr): number {
  const copy = b.slice();
  put16(copy, 2, 0);
  return foldComplement(sumWords(copy, pseudoSum6(src, dst, NEXTHDR_ICMP, b.length)));
}

export function icmpv6ChecksumOk(b: Uint8Array, src: Ip6Addr, dst: Ip6Addr): boolean {
  return b.length >= 4 && icmpv6ComputeChecksum(b, src, dst) === get16(b, 2);
}

/**
 * The messages the kernel's own neighbour discovery and MLD send (ndisc.ts,
 * mcast.ts), which are written in place into the frame that carries them
 * (icmpv6NdLength, putIcmpv6Nd) instead of built as a list of numbers.
 */
export type Icmpv6NdRepr = Extract<Icmpv6Repr, { kind: "router-solicit" | "neighbor-solicit" | "neighbor-advert" | "mld2-report" }>;

function isNdRepr(r: Icmpv6Repr): r is Icmpv6NdRepr {
  return r.kind === "router-solicit" || r.kind === "neighbor-solicit" || r.kind === "neighbor-advert" || r.kind === "mld2-report";
}

/** The length of the message putIcmpv6Nd writes. */
export function icmpv6NdLength(r: Icmpv6NdRepr): number {
  switch (r.kind) {
    case "router-solicit":
      return 8 + ndOptionsLength(r.options);
    case "neighbor-solicit":
    case "neighbor-advert":
      return 24 + ndOptionsLength(r.options);
    case "mld2-report": {
      let n = 8;
      for (const rec of r.records) n += 20 + 16 * rec.sources.length + rec.aux.length;
      return n;
    }
  }
}

/**
 * Writes the message at out[o, o + icmpv6NdLength(r)) (all zero there) with
 * its checksum: `pseudo` is the unfolded sum of the IPv6 pseudo-header
 * (pseudoSum6 or pseudoSum6At).
 */
export function putIcmpv6Nd(r: Icmpv6NdRepr, out: Uint8Array, o: number, pseudo: number): void {
  const start = o;
  switch (r.kind) {
    case "router-solicit":
      out[o] = NDISC_ROUTER_SOLICITATION;
      o = putNdOptions(r.options, out, o + 8);
      break;
    case "neighbor-solicit":
    case "neighbor-advert":
      if (r.kind === "neighbor-solicit") out[o] = NDISC_NEIGHBOUR_SOLICITATION;
      else {
        out[o] = NDISC_NEIGHBOUR_ADVERTISEMENT;
        out[o + 4] = (r.router ? 0x80 : 0) | (r.solicited ? 0x40 : 0) | (r.override ? 0x20 : 0);
      }
      ip6ToBytes(r.target, out, o + 8);
      o = putNdOptions(r.options, out, o + 24);
      break;
    case "mld2-report": {
      out[o] = ICMPV6_MLD2_REPORT;
      put16(out, o + 6, r.records.length);
      o += 8;
      for (const rec of r.records) {
        const ns = rec.sources.length;
        out[o] = rec.type;
        out[o + 1] = rec.aux.length / 4;
        put16(out, o + 2, ns);
        ip6ToBytes(rec.group, out, o + 4);
        o += 20;
        for (let k = 0; k < ns; k++, o += 16) ip6ToBytes(rec.sources[k]!, out, o);
        const aux = rec.aux;
        for (let k = 0; k < aux.length; k++) out[o + k] = aux[k]!;
        o += aux.length;
      }
      break;
    }
  }
  // The checksum field is still zero.
  put16(out, start + 2, foldComplement(sumRange(out, start, o, pseudo)));
}

/** Builds the message; the checksum needs the IPv6 source and destination. */
export function emitIcmpv6(r: Icmpv6Repr, src: Ip6Addr, dst: Ip6Addr): Uint8Array {
  if (isNdRepr(r)) {
    const n = icmpv6NdLength(r);
    const out = new Uint8Array(n);
    putIcmpv6Nd(r, out, 0, pseudoSum6(src, dst, NEXTHDR_ICMP, n));
    return out;
  }
  const { type, code, rest } = body(r);
  const b = new Uint8Array(4 + rest.length);
  b[0] = type;
  b[1] = code;
  b.set(rest, 4);
  // The checksum field is still zero: icmpv6ComputeChecksum without its copy.
  put16(b, 2, foldComplement(sumWords(b, pseudoSum6(src, dst, NEXTHDR_ICMP, b.length))));
  return b;
}
