// DNS messages (RFC 1035 §4): a 12-byte header, then questions and resource
// records. Names are length-prefixed labels; parse follows compression
// pointers (bounded, so a pointer loop is "malformed"), emit compresses every
// name suffix already written, as BIND and glibc's res_mkquery do for answers.
// RDATA is kept as bytes except A (an IPv4 uint32), AAAA (16 bytes), and the
// name-valued CNAME/PTR/NS, which are decoded to text.

import { fail, get16, get32, type WireError } from "./bytes.js";

export const DNS_PORT = 53;
export const DNS_HLEN = 12;

export const TYPE_A = 1;
export const TYPE_NS = 2;
export const TYPE_CNAME = 5;
export const TYPE_PTR = 12;
export const TYPE_AAAA = 28;
export const CLASS_IN = 1;

export const RCODE_NOERROR = 0;
export const RCODE_FORMERR = 1;
export const RCODE_SERVFAIL = 2;
export const RCODE_NXDOMAIN = 3;
export const RCODE_NOTIMP = 4;
export const RCODE_REFUSED = 5;

export interface DnsQuestion {
  name: string;
  type: number;
  class: number;
}

export interface DnsRecord {
  name: string;
  type: number;
  class: number;
  ttl: number;
  /** A: the IPv4 address; CNAME/PTR/NS: the target name; otherwise absent. */
  addr?: number;
  target?: string;
  /** The raw RDATA (for types not decoded, and AAAA). */
  rdata?: Uint8Array;
}

export interface DnsMessage {
  id: number;
  /** QR: a response. */
  response: boolean;
  opcode: number;
  /** AA, TC, RD, RA. */
  authoritative: boolean;
  truncated: boolean;
  recursionDesired: boolean;
  recursionAvailable: boolean;
  /** The AD and CD bits (RFC 4035), carried through. */
  ad: boolean;
  cd: boolean;
  rcode: number;
  questions: DnsQuestion[];
  answers: DnsRecord[];
  authority: DnsRecord[];
  additional: DnsRecord[];
}

export function dnsMessage(m: Partial<DnsMessage> & { id: number }): DnsMessage {
  return {
    response: false,
    opcode: 0,
    authoritative: false,
    truncated: false,
    recursionDesired: false,
    recursionAvailable: false,
    ad: false,
    cd: false,
    rcode: 0,
    questions: [],
    answers: [],
    authority: [],
    additional: [],
    ...m,
  };
}

/** Most compression pointers one name may follow (a loop fails instead of spinning). */
const MAX_POINTERS = 64;

function readName(b: Uint8Array, start: number): { name: string; end: number } | WireError {
  const labels: string[] = [];
  let o = start;
  let end = -1;
  let jumps = 0;
  let length = 0;
  for (;;) {
    if (o >= b.length) return "truncated";
    const len = b[o]!;
    if ((len & 0xc0) === 0xc0) {
      if (o + 1 >= b.length) return "truncated";
      if (++jumps > MAX_POINTERS) return "malformed";
      if (end < 0) end = o + 2;
      o = get16(b, o) & 0x3fff;
      continue;
    }
    if (len & 0xc0) return "unsupported";
    if (len === 0) {
      if (end < 0) end = o + 1;
      break;
    }
    if (o + 1 + len > b.length) return "truncated";
    length += len + 1;
    if (length > 255) return "malformed";
    let label = "";
    for (let i = 0; i < len; i++) {
      const c = b[o + 1 + i]!;
      // Dots and non-printables inside a label print escaped, as dig does.
      label += c === 0x2e || c === 0x5c ? `\\${String.fromCharCode(c)}` : c > 0x20 && c < 0x7f ? String.fromCharCode(c) : `\\${String(c).padStart(3, "0")}`;
    }
    labels.push(label);
    o += 1 + len;
  }
  return { name: labels.join("."), end };
}

function readRecord(b: Uint8Array, o: number): { rr: DnsRecord; end: number } | WireError {
  const n = readName(b, o);
  if (typeof n === "string") return n;
  o = n.end;
  if (o + 10 > b.length) return "truncated";
  const type = get16(b, o);
  const cls = get16(b, o + 2);
  const ttl = get32(b, o + 4);
  const rdlen = get16(b, o + 8);
  o += 10;
  if (o + rdlen > b.length) return "truncated";
  const rdata = b.subarray(o, o + rdlen);
  const rr: DnsRecord = { name: n.name, type, class: cls, ttl, rdata };
  if (type === TYPE_A && cls === CLASS_IN) {
    if (rdlen !== 4) return "malformed";
    rr.addr = get32(b, o);
  } else if (type === TYPE_CNAME || type === TYPE_PTR || type === TYPE_NS) {
    const t = readName(b, o);
    if (typeof t === "string") return t;
    rr.target = t.name;
  }
  return { rr, end: o + rdlen };
}

/** Parses a whole message; the payload is whatever follows the last record. */
export function parseDns(b: Uint8Array): { ok: true; repr: DnsMessage; payload: Uint8Array } | { ok: false; error: WireError } {
  if (b.length < DNS_HLEN) return fail("truncated");
  const flags = get16(b, 2);
  const counts = [get16(b, 4), get16(b, 6), get16(b, 8), get16(b, 10)] as const;
  const m = dnsMessage({
    id: get16(b, 0),
    response: (flags & 0x8000) !== 0,
    opcode: (flags >> 11) & 0xf,
    authoritative: (flags & 0x0400) !== 0,
    truncated: (flags & 0x0200) !== 0,
    recursionDesired: (flags & 0x0100) !== 0,
    recursionAvailable: (flags & 0x0080) !== 0,
    ad: (flags & 0x0020) !== 0,
    cd: (flags & 0x0010) !== 0,
    rcode: flags & 0xf,
  });
  let o = DNS_HLEN;
  for (let i = 0; i < counts[0]; i++) {
    const n = readName(b, o);
    if (typeof n === "string") return fail(n);
    if (n.end + 4 > b.length) return fail("truncated");
    m.questions.push({ name: n.name, type: get16(b, n.end), class: get16(b, n.end + 2) });
    o = n.end + 4;
  }
  const sections = [m.answers, m.authority, m.additional];
  for (let s = 0; s < 3; s++)
    for (let i = 0; i < counts[s + 1]!; i++) {
      const r = readRecord(b, o);
      if (typeof r === "string") return fail(r);
      sections[s]!.push(r.rr);
      o = r.end;
    }
  return { ok: true, repr: m, payload: b.subarray(o) };
}

/** Splits a presentation-format name into label bytes (undoing \. and \DDD escapes). */
function labelsOf(name: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  let cur: number[] = [];
  const n = name.endsWith(".") && !name.endsWith("\\.") ? name.slice(0, -1) : name;
  if (!n) return out;
  for (let i = 0; i < n.length; i++) {
    const ch = n[i]!;
    if (ch === "\\" && i + 1 < n.length) {
      const d = /^\d{3}/.exec(n.slice(i + 1));
      if (d) {
        cur.push(Number(d[0]) & 0xff);
        i += 3;
      } else cur.push(n.charCodeAt(++i) & 0xff);
    } else if (ch === ".") {
      out.push(Uint8Array.from(cur));
      cur = [];
    } else cur.push(n.charCodeAt(i) & 0xff);
  }
  out.push(Uint8Array.from(cur));
  return out;
}

class Writer {
  buf: number[] = [];
  /** Lower-cased name suffix → offset, for compression. */
  private names = new Map<string, number>();
  u16(v: number): void {
    this.buf.push((v >>> 8) & 0xff, v & 0xff);
  }
  u32(v: number): void {
    this.u16(v >>> 16);
    this.u16(v & 0xffff);
  }
  bytes(b: Uint8Array): void {
    for (const x of b) this.buf.push(x);
  }
  name(name: string, compress = true): void {
    const labels = labelsOf(name);
    for (let i = 0; i < labels.length; i++) {
      const key = labels.slice(i).map((l) => String.fromCharCode(...l).toLowerCase()).join("\u0000");
      const at = this.names.get(key);
      if (compress && at !== undefined) {
        this.u16(0xc000 | at);
        return;
      }
      if (this.buf.length < 0x4000) this.names.set(key, this.buf.length);
      const l = labels[i]!;
      this.buf.push(l.length & 0x3f);
      this.bytes(l.subarray(0, 63));
    }
    this.buf.push(0);
  }
}

function emitRecord(w: Writer, rr: DnsRecord): void {
  w.name(rr.name);
  w.u16(rr.type);
  w.u16(rr.class);
  w.u32(rr.ttl);
  const lenAt = w.buf.length;
  w.u16(0);
  if (rr.type === TYPE_A && rr.addr !== undefined) w.u32(rr.addr);
  else if ((rr.type === TYPE_CNAME || rr.type === TYPE_PTR || rr.type === TYPE_NS) && rr.target !== undefined) w.name(rr.target);
  else if (rr.rdata) w.bytes(rr.rdata);
  const len = w.buf.length - lenAt - 2;
  w.buf[lenAt] = len >>> 8;
  w.buf[lenAt + 1] = len & 0xff;
}

export function emitDns(m: DnsMessage): Uint8Array {
  const w = new Writer();
  w.u16(m.id);
  w.u16(
    (m.response ? 0x8000 : 0) |
      ((m.opcode & 0xf) << 11) |
      (m.authoritative ? 0x0400 : 0) |
      (m.truncated ? 0x0200 : 0) |
      (m.recursionDesired ? 0x0100 : 0) |
      (m.recursionAvailable ? 0x0080 : 0) |
      (m.ad ? 0x0020 : 0) |
      (m.cd ? 0x0010 : 0) |
      (m.rcode & 0xf),
  );
  w.u16(m.questions.length);
  w.u16(m.answers.length);
  w.u16(m.authority.length);
  w.u16(m.additional.length);
  for (const q of m.questions) {
    w.name(q.name);
    w.u16(q.type);
    w.u16(q.class);
  }
  for (const rr of [...m.answers, ...m.authority, ...m.additional]) emitRecord(w, rr);
  return Uint8Array.from(w.buf);
}

/** The in-addr.arpa name of an IPv4 address (for PTR queries). */
/** The ip6.arpa name of an IPv6 address: its 32 nibbles, lowest first. */
export function reverseName6(addr: bigint): string {
  let s = "";
  for (let i = 0; i < 32; i++) s += `${((addr >> BigInt(4 * i)) & 15n).toString(16)}.`;
  return `${s}ip6.arpa`;
}

export function reverseName4(addr: number): string {
  return `${addr & 255}.${(addr >>> 8) & 255}.${(addr >>> 16) & 255}.${addr >>> 24}.in-addr.arpa`;
}
