// The printing context every print-*.ts receives (tcpdump's netdissect_options):
// the flags that shape output, the text of the packet being printed, the
// protocol name for truncation markers, and bounds-checked readers.
//
// Bounds: a printer gets the captured bytes of its layer as a Uint8Array
// ending at the capture's end (tcpdump's snapend); reading past it throws
// Truncated, which the top level turns into " [|proto]" as tcpdump's
// nd_trunc_longjmp does.

import type { Names } from "./addrtoname.js";

export class Truncated extends Error {
  constructor() {
    super("truncated");
  }
}

export interface NdFlags {
  eflag: number;
  nflag: number;
  vflag: number;
  qflag: number;
  xflag: number;
  Xflag: number;
  Aflag: number;
  tflag: number;
  Sflag: number;
}

export class Nd implements NdFlags {
  eflag = 0;
  nflag = 0;
  vflag = 0;
  qflag = 0;
  xflag = 0;
  Xflag = 0;
  Aflag = 0;
  tflag = 0;
  Sflag = 0;
  /** Text printed so far for the current packet. */
  out = "";
  /** Name used in " [|name]" when a printer runs off the captured bytes. */
  protocol = "";
  /** Link-layer header length (what -x/-X skip unless doubled). */
  llHdrLen = 0;
  /** Per-connection initial sequence numbers, for relative seq/ack (tcp_seq_hash). */
  readonly tcpSeq = new Map<string, { seq: number; ack: number }>();

  constructor(readonly names: Names) {}

  print(s: string): void {
    this.out += s;
  }

  printTrunc(): void {
    this.out += ` [|${this.protocol}]`;
  }

  printInvalid(): void {
    this.out += " (invalid)";
  }
}

/** Throws Truncated unless p holds n bytes from off. */
export function need(p: Uint8Array, off: number, n: number): void {
  if (off < 0 || off + n > p.length) throw new Truncated();
}

export function u8(p: Uint8Array, off: number): number {
  need(p, off, 1);
  return p[off]!;
}

export function u16(p: Uint8Array, off: number): number {
  need(p, off, 2);
  return (p[off]! << 8) | p[off + 1]!;
}

export function u32(p: Uint8Array, off: number): number {
  need(p, off, 4);
  return ((p[off]! << 24) | (p[off + 1]! << 16) | (p[off + 2]! << 8) | p[off + 3]!) >>> 0;
}

/** True when off..off+n is inside the captured bytes (ND_TTEST_LEN). */
export function have(p: Uint8Array, off: number, n: number): boolean {
  return off >= 0 && off + n <= p.length;
}
