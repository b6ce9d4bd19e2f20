// pcap savefiles (libpcap's sf-pcap.c): a 24-byte global header (magic,
// version 2.4, snaplen, link type) then 16-byte record headers (seconds,
// microseconds, captured length, original length) each followed by the
// captured bytes. We write little-endian microsecond files, as tcpdump -w
// does on x86; we read either byte order and nanosecond files too (their
// timestamps truncated to microseconds, as tcpdump's default precision does).

export const LINKTYPE_NULL = 0;
export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_RAW = 101;
export const LINKTYPE_LINUX_SLL = 113;
export const LINKTYPE_DOCSIS = 143;
export const LINKTYPE_LINUX_SLL2 = 276;

export const MAXIMUM_SNAPLEN = 262144;

const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;

/** pcap_datalink_val_to_name / _description for the link types we know. */
export function linktypeName(lt: number): { name: string; description: string } | undefined {
  switch (lt) {
    case LINKTYPE_NULL:
      return { name: "NULL", description: "BSD loopback" };
    case LINKTYPE_ETHERNET:
      return { name: "EN10MB", description: "Ethernet" };
    case LINKTYPE_RAW:
      return { name: "RAW", description: "Raw IP" };
    case LINKTYPE_DOCSIS:
      return { name: "DOCSIS", description: "DOCSIS" };
    case LINKTYPE_LINUX_SLL:
      return { name: "LINUX_SLL", description: "Linux cooked v1" };
    case LINKTYPE_LINUX_SLL2:
      return { name: "LINUX_SLL2", description: "Linux cooked v2" };
    case 239:
      return { name: "NFLOG", description: "Linux netfilter log messages" };
    default:
      return undefined;
  }
}

export function linktypeText(lt: number): string {
  const n = linktypeName(lt);
  return n ? `link-type ${n.name} (${n.description})` : `link-type ${lt}`;
}

function le32(b: Uint8Array, o: number, v: number): void {
  b[o] = v & 0xff;
  b[o + 1] = (v >>> 8) & 0xff;
  b[o + 2] = (v >>> 16) & 0xff;
  b[o + 3] = (v >>> 24) & 0xff;
}

export function pcapFileHeader(linktype: number, snaplen: number): Uint8Array {
  const b = new Uint8Array(24);
  le32(b, 0, MAGIC_US);
  b[4] = 2;
  b[6] = 4;
  le32(b, 16, snaplen);
  le32(b, 20, linktype);
  return b;
}

export function pcapRecord(sec: number, usec: number, data: Uint8Array, origLen: number): Uint8Array {
  const b = new Uint8Array(16 + data.length);
  le32(b, 0, sec);
  le32(b, 4, usec);
  le32(b, 8, data.length);
  le32(b, 12, origLen);
  b.set(data, 16);
  return b;
}

export interface PcapPacket {
  sec: number;
  usec: number;
  data: Uint8Array;
  len: number;
}

/** A whole file in memory (tests and tools that build captures). */
export function buildPcap(linktype: number, packets: PcapPacket[], snaplen = MAXIMUM_SNAPLEN): Uint8Array {
  const parts = [pcapFileHeader(linktype, snaplen), ...packets.map((p) => pcapRecord(p.sec, p.usec, p.data, p.len))];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export type PcapNext = { kind: "packet"; packet: PcapPacket } | { kind: "eof" } | { kind: "error"; message: string };

export class PcapReader {
  private off = 24;
  private constructor(
    private buf: Uint8Array,
    private swapped: boolean,
    private nano: boolean,
    readonly snaplen: number,
    readonly linktype: number,
  ) {}

  private u32(o: number): number {
    const b = this.buf;
    return this.swapped
      ? ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0
      : (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
  }

  /** pcap_open_offline: the reader, or libpcap's error text. */
  static open(buf: Uint8Array): PcapReader | { error: string } {
    if (buf.length < 4) return { error: `truncated dump file; tried to read 4 file header bytes, only got ${buf.length}` };
    const le = (buf[0]! | (buf[1]! << 8) | (buf[2]! << 16) | (buf[3]! << 24)) >>> 0;
    const be = ((buf[0]! << 24) | (buf[1]! << 16) | (buf[2]! << 8) | buf[3]!) >>> 0;
    let swapped: boolean;
    let nano: boolean;
    if (le === MAGIC_US || le === MAGIC_NS) {
      swapped = false;
      nano = le === MAGIC_NS;
    } else if (be === MAGIC_US || be === MAGIC_NS) {
      swapped = true;
      nano = be === MAGIC_NS;
    } else return { error: "unknown file format" };
    if (buf.length < 24) return { error: `truncated dump file; tried to read 24 file header bytes, only got ${buf.length - 4}` };
    const r = new PcapReader(buf, swapped, nano, 0, 0);
    const major = swapped ? (buf[4]! << 8) | buf[5]! : buf[4]! | (buf[5]! << 8);
    if (major < 2) return { error: "archaic pcap savefile format" };
    const snaplen = r.u32(16);
    const linktype = r.u32(20) & 0x03ffffff;
    return new PcapReader(buf, swapped, nano, snaplen, linktype);
  }

  next(): PcapNext {
    const rest = this.buf.length - this.off;
    if (rest === 0) return { kind: "eof" };
    if (rest < 16) return { kind: "error", message: `truncated dump file; tried to read 16 header bytes, only got ${rest}` };
    const sec = this.u32(this.off);
    let usec = this.u32(this.off + 4);
    if (this.nano) usec = Math.floor(usec / 1000);
    const caplen = this.u32(this.off + 8);
    const len = this.u32(this.off + 12);
    this.off += 16;
    const avail = this.buf.length - this.off;
    if (avail < caplen) {
      this.off = this.buf.length;
      return { kind: "error", message: `truncated dump file; tried to read ${caplen} captured bytes, only got ${avail}` };
    }
    const data = this.buf.subarray(this.off, this.off + caplen);
    this.off += caplen;
    return { kind: "packet", packet: { sec, usec, data, len } };
  }
}
