// IGMP (RFC 2236 v2, RFC 3376 v3): queries, v1/v2 reports, leave, v3 reports
// with group records. Models include/uapi/linux/igmp.h. IGMP rides in IPv4
// with TTL 1 and the Router Alert option.

import { fail, get16, get32, put16, type Parsed } from "./bytes.js";
import { internetChecksum } from "./checksum.js";
import type { Ip4Addr } from "./addr.js";

export const IGMP_HOST_MEMBERSHIP_QUERY = 0x11;
export const IGMP_HOST_MEMBERSHIP_REPORT = 0x12;
export const IGMPV2_HOST_MEMBERSHIP_REPORT = 0x16;
export const IGMP_HOST_LEAVE_MESSAGE = 0x17;
export const IGMPV3_HOST_MEMBERSHIP_REPORT = 0x22;

/** All IGMPv3-capable routers, where v3 reports go. */
export const IGMPV3_ALL_MCR: Ip4Addr = 0xe0000016;

// Group record types (same numbers as MLDv2).
export const IGMPV3_MODE_IS_INCLUDE = 1;
export const IGMPV3_MODE_IS_EXCLUDE = 2;
export const IGMPV3_CHANGE_TO_INCLUDE = 3;
export const IGMPV3_CHANGE_TO_EXCLUDE = 4;
export const IGMPV3_ALLOW_NEW_SOURCES = 5;
export const IGMPV3_BLOCK_OLD_SOURCES = 6;

export interface IgmpV3Record {
  type: number;
  aux: Uint8Array;
  group: Ip4Addr;
  sources: Ip4Addr[];
}

export type IgmpRepr =
  | {
      kind: "query";
      /** Max response code (tenths of a second for v2; v1 queries carry 0). */
      maxResp: number;
      group: Ip4Addr;
      /** Present for an IGMPv3 query (message of 12 bytes or more). */
      v3?: { sFlag: boolean; qrv: number; qqic: number; sources: Ip4Addr[] };
    }
  | { kind: "v1-report" | "v2-report" | "leave"; maxResp: number; group: Ip4Addr }
  | { kind: "v3-report"; records: IgmpV3Record[] }
  | { kind: "other"; type: number; body: Uint8Array };

export function parseIgmp(b: Uint8Array): Parsed<IgmpRepr & { checksumOk: boolean }> {
  if (b.length < 8) return fail("truncated");
  const type = b[0]!;
  const checksumOk = internetChecksum(b) === 0;
  let repr: IgmpRepr;
  switch (type) {
    case IGMP_HOST_MEMBERSHIP_QUERY:
      repr = { kind: "query", maxResp: b[1]!, group: get32(b, 4) };
      if (b.length >= 12) {
        const n = get16(b, 10);
        if (b.length < 12 + 4 * n) return fail("truncated");
        const sources: Ip4Addr[] = [];
        for (let k = 0; k < n; k++) sources.push(get32(b, 12 + 4 * k));
        repr.v3 = { sFlag: (b[8]! & 8) !== 0, qrv: b[8]! & 7, qqic: b[9]!, sources };
      }
      break;
    case IGMP_HOST_MEMBERSHIP_REPORT:
    case IGMPV2_HOST_MEMBERSHIP_REPORT:
    case IGMP_HOST_LEAVE_MESSAGE:
      repr = {
        kind: type === IGMP_HOST_MEMBERSHIP_REPORT ? "v1-report" : type === IGMPV2_HOST_MEMBERSHIP_REPORT ? "v2-report" : "leave",
        maxResp: b[1]!,
        group: get32(b, 4),
      };
      break;
    case IGMPV3_HOST_MEMBERSHIP_REPORT: {
      const n = get16(b, 6);
      const records: IgmpV3Record[] = [];
      let o = 8;
      for (let k = 0; k < n; k++) {
        if (b.length < o + 8) return fail("truncated");
        const auxLen = b[o + 1]! * 4;
        const ns = get16(b, o + 2);
        const end = o + 8 + 4 * ns + auxLen;
        if (b.length < end) return fail("truncated");
        const sources: Ip4Addr[] = [];
        for (let s = 0; s < ns; s++) sources.push(get32(b, o + 8 + 4 * s));
        records.push({ type: b[o]!, aux: b.subarray(end - auxLen, end), group: get32(b, o + 4), sources });
        o = end;
      }
      repr = { kind: "v3-report", records };
      break;
    }
    default:
      repr = { kind: "other", type, body: b.subarray(4) };
  }
  return { ok: true, repr: { ...repr, checksumOk }, payload: b.subarray(8) };
}

export function emitIgmp(r: IgmpRepr): Uint8Array {
  let bytes: number[];
  const u32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
  switch (r.kind) {
    case "query":
      bytes = [IGMP_HOST_MEMBERSHIP_QUERY, r.maxResp, 0, 0, ...u32(r.group)];
      if (r.v3) {
        const n = r.v3.sources.length;
        bytes.push((r.v3.sFlag ? 8 : 0) | (r.v3.qrv & 7), r.v3.qqic, n >> 8, n & 0xff, ...r.v3.sources.flatMap(u32));
      }
      break;
    case "v1-report":
    case "v2-report":
    case "leave": {
      const t = r.kind === "v1-report" ? IGMP_HOST_MEMBERSHIP_REPORT : r.kind === "v2-report" ? IGMPV2_HOST_MEMBERSHIP_REPORT : IGMP_HOST_LEAVE_MESSAGE;
      bytes = [t, r.maxResp, 0, 0, ...u32(r.group)];
      break;
    }
    case "v3-report":
      bytes = [IGMPV3_HOST_MEMBERSHIP_REPORT, 0, 0, 0, 0, 0, r.records.length >> 8, r.records.length & 0xff];
      for (const rec of r.records) {
        const n = rec.sources.length;
        bytes.push(rec.type, rec.aux.length / 4, n >> 8, n & 0xff, ...u32(rec.group), ...rec.sources.flatMap(u32), ...rec.aux);
      }
      break;
    case "other":
      bytes = [r.type, 0, 0, 0, ...r.body];
      break;
  }
  const b = new Uint8Array(bytes);
  put16(b, 2, internetChecksum(b));
  return b;
}

