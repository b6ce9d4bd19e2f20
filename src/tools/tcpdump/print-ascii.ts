// Hex and ASCII dumps (tcpdump's print-ascii.c): -x, -X, -A, and the default
// dump of payloads no printer understands. Every line starts with `ident`
// ("\n\t"), then the offset, then up to 8 groups of 2 bytes; -X adds the
// bytes as text, graphic ASCII as is and everything else as ".".

import { type Nd, Truncated } from "./netdissect.js";

const isGraph = (c: number) => c > 0x20 && c < 0x7f;

/** hex_and_ascii_print_with_offset. Throws Truncated when length exceeds the captured bytes. */
export function hexAndAsciiPrint(nd: Nd, ident: string, p: Uint8Array, length: number, oset = 0): void {
  const truncated = length > p.length;
  if (truncated) length = p.length;
  let hex = "";
  let asc = "";
  let i = 0;
  const flush = () => {
    nd.print(`${ident}0x${oset.toString(16).padStart(4, "0")}: ${hex.padEnd(40)}  ${asc}`);
    hex = "";
    asc = "";
    i = 0;
    oset += 16;
  };
  let k = 0;
  for (; k + 1 < length; k += 2) {
    const a = p[k]!;
    const b = p[k + 1]!;
    hex += ` ${a.toString(16).padStart(2, "0")}${b.toString(16).padStart(2, "0")}`;
    asc += (isGraph(a) ? String.fromCharCode(a) : ".") + (isGraph(b) ? String.fromCharCode(b) : ".");
    if (++i >= 8) flush();
  }
  if (length & 1) {
    const a = p[k]!;
    hex += ` ${a.toString(16).padStart(2, "0")}`;
    asc += isGraph(a) ? String.fromCharCode(a) : ".";
    i++;
  }
  if (i > 0) flush();
  if (truncated) throw new Truncated();
}

/** hex_print_with_offset (-x). */
export function hexPrint(nd: Nd, ident: string, p: Uint8Array, length: number, oset = 0): void {
  const truncated = length > p.length;
  if (truncated) length = p.length;
  let i = 0;
  let k = 0;
  for (; k + 1 < length; k += 2) {
    if (i++ % 8 === 0) {
      nd.print(`${ident}0x${oset.toString(16).padStart(4, "0")}: `);
      oset += 16;
    }
    nd.print(` ${p[k]!.toString(16).padStart(2, "0")}${p[k + 1]!.toString(16).padStart(2, "0")}`);
  }
  if (length & 1) {
    if (i % 8 === 0) nd.print(`${ident}0x${oset.toString(16).padStart(4, "0")}: `);
    nd.print(` ${p[k]!.toString(16).padStart(2, "0")}`);
  }
  if (truncated) throw new Truncated();
}

/** print_unknown_data: hex of what is captured of len bytes. */
export function printUnknownData(nd: Nd, p: Uint8Array, ident: string, len: number): void {
  hexPrint(nd, ident, p, Math.min(len, p.length));
}

/** ascii_print (-A): printable bytes, newlines and tabs as is; CR dropped before LF. */
export function asciiPrint(nd: Nd, p: Uint8Array, length: number): void {
  const truncated = length > p.length;
  if (truncated) length = p.length;
  let s = "\n";
  for (let k = 0; k < length; k++) {
    const c = p[k]!;
    const left = length - k - 1;
    if (c === 0x0d) {
      if (left > 1 && p[k + 1] !== 0x0a) s += ".";
    } else if (!isGraph(c) && c !== 0x09 && c !== 0x20 && c !== 0x0a) s += ".";
    else s += String.fromCharCode(c);
  }
  nd.print(s);
  if (truncated) throw new Truncated();
}

/** ND_DEFAULTPRINT: the hex/ASCII dump of a payload no printer decodes, unless -q, -x or -X asked otherwise. */
export function defaultPrint(nd: Nd, p: Uint8Array): void {
  if (nd.qflag || nd.xflag || nd.Xflag) return;
  hexAndAsciiPrint(nd, "\n\t", p, p.length);
}
