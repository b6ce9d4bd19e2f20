// NTP (UDP port 123) as tcpdump 4.99's print-ntp.c prints it, written from its
// observed output (test/tcpdump/cases/ntp-*):
//
//   NTPvV, MODE, length N
//   -v: "\n\tLeap indicator: …", then for the time modes (0-5) stratum, poll,
//       precision, root delay/dispersion, reference id (by stratum), the four
//       timestamps (NTP seconds.nanoseconds and the UTC date), the two deltas
//       from the originator, and a key id / digest by the length; for control
//       messages (mode 6) the header fields; mode 7 nothing more.
//
// A time message under 48 bytes or a control message whose count runs past
// it is " (invalid)"; running off the capture ends with " [|ntp]".

import { type Nd, need, u16, u32, u8 } from "./netdissect.js";
import { fnPrintChar, hms, tok2str, ymd, type Tok } from "./util-print.js";

const TIMEMSG_MINLEN = 48;
const CTRLMSG_MINLEN = 12;
/** Seconds from 1900 (NTP's era 0) to 1970. */
const JAN_1970 = 2208988800;
const FMAXINT = 4294967296;

const MODES: Tok = [
  [0, "unspecified"], [1, "symmetric active"], [2, "symmetric passive"], [3, "Client"], [4, "Server"],
  [5, "Broadcast"], [6, "Control Message"], [7, "Reserved"],
];
const LEAP: Tok = [[0x00, ""], [0x40, "+1s"], [0x80, "-1s"], [0xc0, "clock unsynchronized"]];
const STRATUM: Tok = [[0, "unspecified"], [1, "primary reference"]];

export function ntpPrint(nd: Nd, bp: Uint8Array, length: number): void {
  nd.protocol = "ntp";
  const status = u8(bp, 0);
  const mode = status & 7;
  nd.print(`NTPv${(status & 0x38) >> 3}`);
  if (!nd.vflag) {
    nd.print(`, ${tok2str(MODES, "Unknown mode", mode)}, length ${length}`);
    return;
  }
  nd.print(`, ${tok2str(MODES, "Unknown mode", mode)}, length ${length}\n`);
  const leap = status & 0xc0;
  nd.print(`\tLeap indicator: ${tok2str(LEAP, "Unknown", leap)} (${leap})`);
  if (mode <= 5) timePrint(nd, bp, length);
  else if (mode === 6) controlPrint(nd, bp, length);
}

function invalid(nd: Nd, bp: Uint8Array, length: number): void {
  nd.printInvalid();
  need(bp, 0, length);
}

function timePrint(nd: Nd, bp: Uint8Array, length: number): void {
  if (length < TIMEMSG_MINLEN) return invalid(nd, bp, length);
  const stratum = u8(bp, 1);
  const other = stratum >= 2 && stratum <= 15 ? "secondary reference" : "reserved";
  nd.print(`, Stratum ${stratum} (${tok2str(STRATUM, other, stratum)})`);
  const poll = (u8(bp, 2) << 24) >> 24;
  nd.print(`, poll ${poll}`);
  if (poll > -32 && poll < 32) nd.print(poll >= 0 ? ` (${2 ** poll}s)` : ` (1/${2 ** -poll}s)`);
  nd.print(`, precision ${(u8(bp, 3) << 24) >> 24}`);
  need(bp, 4, 4);
  nd.print(`\n\tRoot Delay: ${sfix(bp, 4)}`);
  need(bp, 8, 4);
  nd.print(`, Root dispersion: ${sfix(bp, 8)}`);
  need(bp, 12, 4);
  nd.print(", Reference-ID: ");
  switch (stratum) {
    case 0:
      nd.print("(unspec)");
      break;
    case 1:
      for (let i = 12; i < 16; i++) nd.print(fnPrintChar(bp[i]!));
      break;
    case 62:
      nd.print(`${nd.names.ipaddr(u32(bp, 12))} INFO_QUERY`);
      return;
    case 63:
      nd.print(`${nd.names.ipaddr(u32(bp, 12))} INFO_REPLY`);
      return;
    default:
      nd.print(`0x${u32(bp, 12).toString(16).padStart(8, "0")}`);
  }
  const stamps: [number, string][] = [[16, "Reference Timestamp:  "], [24, "Originator Timestamp: "], [32, "Receive Timestamp:    "], [40, "Transmit Timestamp:   "]];
  for (const [off, label] of stamps) {
    need(bp, off, 8);
    nd.print(`\n\t  ${label}${ntpTime(bp, off)}`);
  }
  nd.print(`\n\t    Originator - Receive Timestamp:  ${ntpDelta(bp, 24, 32)}`);
  nd.print(`\n\t    Originator - Transmit Timestamp: ${ntpDelta(bp, 24, 40)}`);
  if (length === TIMEMSG_MINLEN + 4) nd.print(`\n\tKey id: ${u32(bp, 48)}`);
  else if (length === TIMEMSG_MINLEN + 4 + 16 || length === TIMEMSG_MINLEN + 4 + 20) {
    nd.print(`\n\tKey id: ${u32(bp, 48)}`);
    const n = length - TIMEMSG_MINLEN - 4;
    need(bp, 52, n);
    let hex = "";
    for (let i = 0; i < n; i += 4) hex += u32(bp, 52 + i).toString(16).padStart(8, "0");
    nd.print(`\n\tAuthentication: ${hex}`);
  } else if (length > TIMEMSG_MINLEN) nd.print(`\n\t(${length - TIMEMSG_MINLEN} more bytes after the header)`);
}

function controlPrint(nd: Nd, bp: Uint8Array, length: number): void {
  if (length < CTRLMSG_MINLEN) return invalid(nd, bp, length);
  const control = u8(bp, 1);
  nd.print(`, ${control & 0x80 ? "Response" : "Request"}, ${control & 0x40 ? "Error" : "OK"}, ${control & 0x20 ? "More" : "Last"}, OpCode=${control & 0x1f}\n`);
  nd.print(`\tSequence=${u16(bp, 2)}`);
  const status = u16(bp, 4);
  nd.print(`, Status=${status ? `0x${status.toString(16)}` : "0"}`);
  nd.print(`, Assoc.=${u16(bp, 6)}`);
  nd.print(`, Offset=${u16(bp, 8)}`);
  const count = u16(bp, 10);
  nd.print(`, Count=${count}`);
  if (CTRLMSG_MINLEN + count > length) return invalid(nd, bp, length);
  if (count !== 0) {
    need(bp, 12, count);
    nd.print("\n\tTO-BE-DONE: data not interpreted");
  }
}

/** p_sfix: a 16.16 fixed-point value as seconds with six decimals. */
function sfix(bp: Uint8Array, off: number): string {
  const frac = Math.trunc((u16(bp, off + 2) / 65536) * 1000000);
  return `${u16(bp, off)}.${String(frac).padStart(6, "0")}`;
}

function nanos(frac: number): string {
  return String(Math.trunc((frac / FMAXINT) * 1000000000)).padStart(9, "0");
}

/** p_ntp_time: seconds.nanoseconds, and the UTC date when the seconds are set. */
function ntpTime(bp: Uint8Array, off: number): string {
  const i = u32(bp, off);
  let s = `${i}.${nanos(u32(bp, off + 4))}`;
  if (i) {
    const t = i - JAN_1970;
    s += ` (${ymd(t)}T${hms(t)}Z)`;
  }
  return s;
}

/** p_ntp_delta: the signed difference lfp - olfp (the time itself when olfp is zero). */
function ntpDelta(bp: Uint8Array, ooff: number, off: number): string {
  const u = u32(bp, off);
  const uf = u32(bp, off + 4);
  const ou = u32(bp, ooff);
  const ouf = u32(bp, ooff + 4);
  if (ou === 0 && ouf === 0) return ntpTime(bp, off);
  let neg: boolean;
  let i: number;
  let f: number;
  if (u > ou) {
    neg = false;
    i = u - ou;
    f = (uf - ouf) >>> 0;
    if (ouf > uf) i -= 1;
  } else if (u < ou) {
    neg = true;
    i = ou - u;
    f = (ouf - uf) >>> 0;
    if (uf > ouf) i -= 1;
  } else {
    i = 0;
    neg = !(uf > ouf);
    f = neg ? ouf - uf : uf - ouf;
  }
  return `${neg ? "-" : "+"}${i >>> 0}.${nanos(f)}`;
}
