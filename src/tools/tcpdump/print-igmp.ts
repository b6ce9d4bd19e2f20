// IGMP (tcpdump's print-igmp.c): queries (v1/v2/v3), v1/v2 reports, leave,
// v3 reports with group records at -v (sources listed at -vv), bad checksum.

import { internetChecksum } from "../../wire/checksum.js";
import { type Nd, u16, u32, u8, have } from "./netdissect.js";
import { tok2str, type Tok } from "./util-print.js";

export const REPORT_TYPES: Tok = [
  [1, "is_in"],
  [2, "is_ex"],
  [3, "to_in"],
  [4, "to_ex"],
  [5, "allow"],
  [6, "block"],
];

/** unsigned_relts_print: seconds as 1y2w3d4h5m6s, omitting zero units. */
export function reltsText(secs: number): string {
  if (secs === 0) return "0s";
  const units: Array<[number, string]> = [
    [31536000, "y"],
    [604800, "w"],
    [86400, "d"],
    [3600, "h"],
    [60, "m"],
    [1, "s"],
  ];
  let s = "";
  for (const [n, u] of units) {
    if (secs >= n) {
      s += `${Math.floor(secs / n)}${u}`;
      secs %= n;
    }
  }
  return s;
}

function v3Report(nd: Nd, bp: Uint8Array, len: number): void {
  if (len < 16 || len & 3) {
    nd.print(` [invalid len ${len}]`);
    return;
  }
  const ngroups = u16(bp, 6);
  nd.print(`, ${ngroups} group record(s)`);
  if (nd.vflag > 0) {
    let group = 8;
    for (let i = 0; i < ngroups; i++) {
      if (len < group + 8) {
        nd.print(" [invalid number of groups]");
        return;
      }
      nd.print(` [gaddr ${nd.names.ipaddr(u32(bp, group + 4))}`);
      nd.print(` ${tok2str(REPORT_TYPES, " [v3-report-#%u]", u8(bp, group))}`);
      const nsrcs = u16(bp, group + 2);
      if (len < group + 8 + nsrcs * 4) {
        nd.print(` [invalid number of sources ${nsrcs}]`);
        return;
      }
      if (nd.vflag === 1) nd.print(`, ${nsrcs} source(s)`);
      else {
        nd.print(" {");
        for (let j = 0; j < nsrcs; j++) nd.print(` ${nd.names.ipaddr(u32(bp, group + 8 + j * 4))}`);
        nd.print(" }");
      }
      group += 8 + nsrcs * 4;
      nd.print("]");
    }
  }
}

function v3Query(nd: Nd, bp: Uint8Array, len: number): void {
  nd.print(" v3");
  if (len < 12 || len & 3) {
    nd.print(` [invalid len ${len}]`);
    return;
  }
  const mrc = u8(bp, 1);
  const mrt = mrc < 128 ? mrc : ((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3);
  if (mrc !== 100) {
    nd.print(" [max resp time ");
    nd.print(mrt < 600 ? `${(mrt * 0.1).toFixed(1)}s` : reltsText(Math.floor(mrt / 10)));
    nd.print("]");
  }
  if (u32(bp, 4) === 0) return;
  nd.print(` [gaddr ${nd.names.ipaddr(u32(bp, 4))}`);
  const nsrcs = u16(bp, 10);
  if (nsrcs > 0) {
    if (len < 12 + nsrcs * 4) nd.print(" [invalid number of sources]");
    else if (nd.vflag > 1) {
      nd.print(" {");
      for (let i = 0; i < nsrcs; i++) nd.print(` ${nd.names.ipaddr(u32(bp, 12 + i * 4))}`);
      nd.print(" }");
    } else nd.print(`, ${nsrcs} source(s)`);
  }
  nd.print("]");
}

export function igmpPrint(nd: Nd, bp: Uint8Array, len: number): void {
  nd.protocol = "igmp";
  if (nd.qflag) {
    nd.print("igmp");
    return;
  }
  const type = u8(bp, 0);
  switch (type) {
    case 0x11:
      nd.print("igmp query");
      if (len >= 12) v3Query(nd, bp, len);
      else {
        const mrt = u8(bp, 1);
        if (mrt) {
          nd.print(" v2");
          if (mrt !== 100) nd.print(` [max resp time ${mrt}]`);
        } else nd.print(" v1");
        if (u32(bp, 4)) nd.print(` [gaddr ${nd.names.ipaddr(u32(bp, 4))}]`);
        if (len !== 8) nd.print(` [len ${len}]`);
      }
      break;
    case 0x12:
      nd.print(`igmp v1 report ${nd.names.ipaddr(u32(bp, 4))}`);
      if (len !== 8) nd.print(` [len ${len}]`);
      break;
    case 0x16:
      nd.print(`igmp v2 report ${nd.names.ipaddr(u32(bp, 4))}`);
      break;
    case 0x22:
      nd.print("igmp v3 report");
      v3Report(nd, bp, len);
      break;
    case 0x17:
      nd.print(`igmp leave ${nd.names.ipaddr(u32(bp, 4))}`);
      break;
    default:
      nd.print(`igmp-${type}`);
  }
  if (nd.vflag && len >= 4 && have(bp, 0, len)) {
    if (internetChecksum(bp.subarray(0, len)) !== 0) nd.print(` bad igmp cksum ${u16(bp, 2).toString(16)}!`);
  }
}
