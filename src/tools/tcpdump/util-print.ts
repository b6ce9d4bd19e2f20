// Small helpers from tcpdump's util-print.c: token tables, bit-flag lists,
// timestamps in the -t variants. Times are UTC (the emulated hosts have no
// time zone), from the packet's virtual timestamp.

import type { Nd } from "./netdissect.js";

export type Tok = ReadonlyArray<readonly [number, string]>;

/** tok2str: the name of v, or fmt with %u/%x/%04x replaced by v. */
export function tok2str(tab: Tok, fmt: string, v: number): string {
  for (const [k, s] of tab) if (k === v) return s;
  return fmt
    .replace("%04x", v.toString(16).padStart(4, "0"))
    .replace("%02x", v.toString(16).padStart(2, "0"))
    .replace("%u", String(v))
    .replace("%x", v.toString(16));
}

/** bittok2str: names of the set bits, joined by sep ("none" style default when none). */
export function bittok2str(tab: Tok, none: string, v: number, sep = ", "): string {
  const names: string[] = [];
  for (const [k, s] of tab) if (k !== 0 && ((v & k) >>> 0) === k) names.push(s);
  return names.length ? names.join(sep) : none;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, "0");
}

/** HH:MM:SS (UTC) of seconds. */
export function hms(sec: number): string {
  const d = ((sec % 86400) + 86400) % 86400;
  return `${pad(Math.floor(d / 3600), 2)}:${pad(Math.floor((d % 3600) / 60), 2)}:${pad(d % 60, 2)}`;
}

/** HH:MM:SS.ffffff (UTC) of seconds + microseconds. */
export function hmsFrac(sec: number, usec: number): string {
  return `${hms(sec)}.${pad(usec, 6)}`;
}

/** YYYY-MM-DD of seconds since the epoch (UTC), from the civil-date algorithm. */
export function ymd(sec: number): string {
  const days = Math.floor(sec / 86400);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Timestamp printing state for -ttt/-ttttt (ts_print's static reference). */
export class TsPrinter {
  private ref: { sec: number; usec: number } | undefined;
  constructor(private tflag: number) {}

  format(sec: number, usec: number): string {
    switch (this.tflag) {
      case 0:
        return `${hmsFrac(sec, usec)} `;
      case 1:
        return "";
      case 2:
        return `${sec}.${pad(usec, 6)} `;
      case 3:
      case 5: {
        if (!this.ref) this.ref = { sec, usec };
        let a = sec * 1e6 + usec;
        let b = this.ref.sec * 1e6 + this.ref.usec;
        const neg = a < b;
        if (neg) [a, b] = [b, a];
        const diff = a - b;
        const s = `${neg ? "-" : " "}${hmsFrac(Math.floor(diff / 1e6), diff % 1e6)} `;
        if (this.tflag === 3) this.ref = { sec, usec };
        return s;
      }
      default:
        return `${ymd(sec)} ${hmsFrac(sec, usec)} `;
    }
  }
}

/** fn_print_char: printable ASCII as is, others as M-x / ^x escapes. */
export function fnPrintChar(c: number): string {
  let s = "";
  if (c >= 0x80) {
    s += "M-";
    c &= 0x7f;
  }
  if (c < 0x20 || c === 0x7f) s += `^${String.fromCharCode(c ^ 0x40)}`;
  else s += String.fromCharCode(c);
  return s;
}

/** nd_printn: n bytes as fn_print_char shows them; false when the capture ends first. */
export function printn(nd: Nd, p: Uint8Array, off: number, n: number): boolean {
  for (; n > 0 && off < p.length; n--, off++) nd.print(fnPrintChar(p[off]!));
  return n === 0;
}

/** nd_printztn: up to n bytes or the NUL; the bytes used (0 when neither came before the capture ended). */
export function printztn(nd: Nd, p: Uint8Array, off: number, n: number): number {
  for (let used = 0; n > 0 && off + used < p.length; n--) {
    const c = p[off + used++]!;
    if (c === 0) return used;
    nd.print(fnPrintChar(c));
  }
  return 0;
}
