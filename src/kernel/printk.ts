// The kernel log ring buffer (kernel/printk/printk.c): what `dmesg` reads.
// One per host. Each record keeps its level, facility and the virtual time it
// was written (dmesg's "[    5.123456]" stamp, seconds since boot). Bounded
// like the real ring (__LOG_BUF_LEN, 2^18 bytes on Debian): old records go first.

import type { Host } from "./host.js";

export interface PrintkRecord {
  /** Virtual ns since the host booted (the world clock starts at boot). */
  tsNs: number;
  /** 0 (emerg) .. 7 (debug). */
  level: number;
  /** LOG_KERN = 0. */
  facility: number;
  text: string;
  seq: number;
}

interface Ring {
  records: PrintkRecord[];
  bytes: number;
  seq: number;
}

const LOG_BUF_LEN = 1 << 18;
const rings = new WeakMap<Host, Ring>();

function ring(host: Host): Ring {
  let r = rings.get(host);
  if (!r) rings.set(host, (r = { records: [], bytes: 0, seq: 0 }));
  return r;
}

/** printk(KERN_<level> "..."): one record per line. */
export function printk(host: Host, level: number, text: string): void {
  const r = ring(host);
  for (const line of text.replace(/\n$/, "").split("\n")) {
    const rec: PrintkRecord = { tsNs: host.clock.now, level, facility: 0, text: line, seq: r.seq++ };
    r.records.push(rec);
    r.bytes += line.length + 16;
  }
  while (r.bytes > LOG_BUF_LEN && r.records.length) r.bytes -= r.records.shift()!.text.length + 16;
}

/** The records currently in the ring (oldest first). */
export function printkRecords(host: Host): readonly PrintkRecord[] {
  return ring(host).records;
}

/** dmesg --clear / -c */
export function printkClear(host: Host): void {
  const r = ring(host);
  r.records = [];
  r.bytes = 0;
}
