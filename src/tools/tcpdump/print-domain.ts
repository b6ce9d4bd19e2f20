// DNS over UDP port 53 as tcpdump 4.99's print-domain.c prints it (observed
// against tcpdump 4.99 on Debian 12; see test/dns/tcpdump-domain.test.ts):
//
//   query:    ID[op][+ if RD][% if CD] [weirdness] TYPE[ CLASS]? NAME. (LEN)
//   response: ID[op][ RCODE][* if AA][- if !RA][| if TC] [Nq] A/N/AR RR, RR… (LEN)
//
// An RR prints " TYPE DATA" (A and AAAA always numeric); -v puts its owner
// name first; -vv adds the response's " q: TYPE? NAME." and the authority
// (" ns:") and additional (" ar:") sections; -vvv the TTL in brackets. A
// message shorter than its 12-byte header is "domain [length N < 12] (invalid)".
// Running off the captured bytes ends the line with " [|domain]".
//
// Left out: DNS over TCP, the EDNS option details inside an
// OPT record (only UDPsize and DO print), the DNSSEC and rarer RDATA layouts
// (their type name prints, their data does not).

import { formatIp6, formatIpv4, ip6FromBytes } from "../../wire/addr.js";
import { type Nd, Truncated, have, need, u16, u32, u8 } from "./netdissect.js";
import { fnPrintChar, printn, tok2str, type Tok } from "./util-print.js";

const T_A = 1;
const T_NS = 2;
const T_CNAME = 5;
const T_SOA = 6;
const T_PTR = 12;
const T_MX = 15;
const T_TXT = 16;
const T_AAAA = 28;
const T_SRV = 33;
const T_DNAME = 39;
const T_OPT = 41;
const C_IN = 1;
const MAXCDNAME = 255;
const C_QU = 0x8000;
const C_CACHE_FLUSH = 0x8000;
const IQUERY = 1;

const TYPES: Tok = [
  [1, "A"], [2, "NS"], [3, "MD"], [4, "MF"], [5, "CNAME"], [6, "SOA"], [7, "MB"], [8, "MG"], [9, "MR"], [10, "NULL"],
  [11, "WKS"], [12, "PTR"], [13, "HINFO"], [14, "MINFO"], [15, "MX"], [16, "TXT"], [17, "RP"], [18, "AFSDB"], [19, "X25"],
  [20, "ISDN"], [21, "RT"], [22, "NSAP"], [23, "NSAP_PTR"], [24, "SIG"], [25, "KEY"], [26, "PX"], [27, "GPOS"], [28, "AAAA"],
  [29, "LOC"], [30, "NXT"], [31, "EID"], [32, "NIMLOC"], [33, "SRV"], [34, "ATMA"], [35, "NAPTR"], [36, "KX"], [37, "CERT"],
  [38, "A6"], [39, "DNAME"], [40, "SINK"], [41, "OPT"], [42, "APL"], [43, "DS"], [44, "SSHFP"], [45, "IPSECKEY"], [46, "RRSIG"],
  [47, "NSEC"], [48, "DNSKEY"], [49, "DHCID"], [50, "NSEC3"], [51, "NSEC3PARAM"], [55, "HIP"], [59, "CDS"], [60, "CDNSKEY"],
  [99, "SPF"], [100, "UINFO"], [101, "UID"], [102, "GID"], [103, "UNSPEC"], [104, "NID"], [105, "L32"], [106, "L64"], [107, "LP"],
  [108, "EUI48"], [109, "EUI64"], [249, "TKEY"], [250, "TSIG"], [251, "IXFR"], [252, "AXFR"], [253, "MAILB"], [254, "MAILA"],
  [255, "ANY"], [256, "URI"], [32769, "DLV"],
];

const CLASSES: Tok = [[1, "IN"], [3, "CHAOS"], [4, "HS"], [255, "ANY"]];

const OPS = ["", " inv_q", " stat", " op3", " notify", " update", " op6", " op7", " op8", " updateA", " updateD", " updateDA", " updateM", " updateMA", " zoneInit", " zoneRef"];

const RCODES = ["", " FormErr", " ServFail", " NXDomain", " NotImp", " Refused", " YXDomain", " YXRRSet", " NXRRSet", " NotAuth", " NotZone", " Resp11", " Resp12", " Resp13", " Resp14", " NoChange", " BadVers"];

function rcodeText(r: number): string {
  return RCODES[r] ?? ` Resp${r}`;
}

/** Offset just past the name at `off` (compression pointers end it). */
function nameSkip(m: Uint8Array, off: number): number {
  for (let i = 0; i < 256; i++) {
    const len = u8(m, off);
    if ((len & 0xc0) === 0xc0) return off + 2;
    if (len & 0xc0) throw new Truncated();
    if (len === 0) return off + 1;
    off += 1 + len;
  }
  throw new Truncated();
}

/** labellen: the length of the label at `off` (bytes of a bit label); throws after tcpdump's marker on a bad type. */
function labelLen(nd: Nd, m: Uint8Array, off: number): number {
  const i = u8(m, off);
  switch (i & 0xc0) {
    case 0x40: {
      if ((i & 0x3f) !== 1) {
        nd.print(`<ELT ${i & 0x3f}>`);
        throw new Truncated();
      }
      const bits = u8(m, off + 1) || 256;
      return ((bits + 7) >> 3) + 1;
    }
    case 0x80:
      nd.print("<BAD LABEL TYPE>");
      throw new Truncated();
    default:
      return i;
  }
}

/**
 * fqdn_print: the name at `off` with a dot after every label ("." for the root), printed as it
 * is read (a name cut by the capture keeps what was printed); returns the offset past it.
 */
function namePrint(nd: Nd, m: Uint8Array, off: number): number {
  let l = labelLen(nd, m, off);
  let maxOffset = off;
  let i = m[off]!;
  let cp = off + 1;
  let rp = cp + l;
  let compress = false;
  if (i === 0) {
    nd.print(".");
    return rp;
  }
  let chars = 0;
  for (let hops = 0; i && cp < m.length && hops < 1024; hops++) {
    const type = i & 0xc0;
    if (type === 0xc0) {
      if (!compress) {
        rp = cp + 1;
        compress = true;
      }
      const target = ((i << 8) | u8(m, cp)) & 0x3fff;
      if (target >= maxOffset) {
        nd.print("<BAD PTR>");
        throw new Truncated();
      }
      maxOffset = target;
      cp = target;
      i = u8(m, cp);
      l = labelLen(nd, m, cp);
      cp++;
      continue;
    }
    if (type === 0x40) {
      // A bit-string label (RFC 2673) is not printed.
      nd.print("<ELT 1>");
      throw new Truncated();
    }
    if (chars + l <= MAXCDNAME) labelPrint(nd, m, cp, l);
    else if (chars < MAXCDNAME) labelPrint(nd, m, cp, MAXCDNAME - chars);
    chars += l;
    cp += l;
    if (chars <= MAXCDNAME) nd.print(".");
    chars++;
    i = u8(m, cp);
    l = labelLen(nd, m, cp);
    cp++;
    if (!compress) rp += l + 1;
  }
  if (chars > MAXCDNAME) nd.print("<DOMAIN NAME TOO LONG>");
  return rp;
}

/** nd_printn of a label: what the capture holds of it, then Truncated if it ends first. */
function labelPrint(nd: Nd, m: Uint8Array, off: number, n: number): void {
  if (!printn(nd, m, off, n)) throw new Truncated();
}

/** ns_qprint: " TYPE[ CLASS]? NAME." */
function questionPrint(nd: Nd, m: Uint8Array, off: number, mdns: boolean): number {
  const after = nameSkip(m, off);
  need(m, after, 4);
  const type = u16(m, after);
  const raw = u16(m, after + 2);
  const cls = mdns ? raw & ~C_QU : raw;
  nd.print(` ${tok2str(TYPES, "Type%u", type)}`);
  if (cls !== C_IN) nd.print(` ${tok2str(CLASSES, "(Class %u)", cls)}`);
  if (mdns) nd.print(raw & C_QU ? " (QU)" : " (QM)");
  nd.print("? ");
  namePrint(nd, m, off);
  return after + 4;
}

/** unsigned_relts_print: seconds as "1h2m3s" ("0s" for zero). */
function relts(secs: number): string {
  if (secs === 0) return "0s";
  const units: [number, string][] = [[31536000, "y"], [604800, "w"], [86400, "d"], [3600, "h"], [60, "m"], [1, "s"]];
  let s = "";
  for (const [n, u] of units) {
    if (secs >= n) {
      s += `${Math.floor(secs / n)}${u}`;
      secs %= n;
    }
  }
  return s;
}

/** ns_rprint: one resource record; returns the offset of the next. */
function recordPrint(nd: Nd, m: Uint8Array, off: number, mdns: boolean): number {
  let cp: number;
  if (nd.vflag) {
    nd.print(" ");
    cp = namePrint(nd, m, off);
  } else {
    // ns_nskip failing, or a record header cut by the capture, ends the section quietly.
    try {
      cp = nameSkip(m, off);
    } catch (e) {
      if (e instanceof Truncated) return m.length;
      throw e;
    }
  }
  if (!have(m, cp, 10)) return m.length;
  const type = u16(m, cp);
  const raw = u16(m, cp + 2);
  const cls = mdns ? raw & ~C_CACHE_FLUSH : raw;
  if (cls !== C_IN && type !== T_OPT) nd.print(` ${tok2str(CLASSES, "(Class %u)", cls)}`);
  if (mdns && raw & C_CACHE_FLUSH) nd.print(" (Cache flush)");
  let optFlags = 0;
  if (type === T_OPT) optFlags = u16(m, cp + 6);
  else if (nd.vflag > 2) nd.print(` [${relts(u32(m, cp + 4))}]`);
  const len = u16(m, cp + 8);
  cp += 10;
  const rp = cp + len;
  nd.print(` ${tok2str(TYPES, "Type%u", type)}`);
  need(m, cp, len);
  switch (type) {
    case T_A:
      need(m, cp, 4);
      nd.print(` ${formatIpv4(u32(m, cp))}`);
      break;
    case T_NS:
    case T_CNAME:
    case T_PTR:
    case T_DNAME:
      nd.print(" ");
      namePrint(nd, m, cp);
      break;
    case T_SOA:
      if (!nd.vflag) break;
      nd.print(" ");
      cp = namePrint(nd, m, cp);
      nd.print(" ");
      cp = namePrint(nd, m, cp);
      for (let i = 0; i < 5; i++) nd.print(` ${u32(m, cp + 4 * i)}`);
      break;
    case T_MX:
      nd.print(" ");
      namePrint(nd, m, cp + 2);
      nd.print(` ${u16(m, cp)}`);
      break;
    case T_TXT:
      while (cp < rp) {
        const n = u8(m, cp);
        need(m, cp + 1, n);
        let s = "";
        for (let i = 0; i < n; i++) s += fnPrintChar(m[cp + 1 + i]!);
        nd.print(` "${s}"`);
        cp += 1 + n;
      }
      break;
    case T_SRV:
      nd.print(" ");
      namePrint(nd, m, cp + 6);
      nd.print(`:${u16(m, cp + 4)} ${u16(m, cp)} ${u16(m, cp + 2)}`);
      break;
    case T_AAAA:
      need(m, cp, 16);
      nd.print(` ${formatIp6(ip6FromBytes(m, cp))}`);
      break;
    case T_OPT:
      nd.print(` UDPsize=${cls}`);
      if (optFlags & 0x8000) nd.print(" DO");
      break;
  }
  return rp;
}

/**
 * A section of `count` records after `lead` (" ns:", " ar:" or ""), comma-separated; the
 * answer section's first record is read even past the capture (as domain_print does).
 */
function sectionPrint(nd: Nd, m: Uint8Array, cp: number, count: number, lead: string, mdns: boolean): number {
  if (!count) return cp;
  if (lead && cp >= m.length) throw new Truncated();
  nd.print(lead);
  cp = recordPrint(nd, m, cp, mdns);
  count--;
  for (; cp < m.length && count; count--) {
    nd.print(",");
    cp = recordPrint(nd, m, cp, mdns);
  }
  if (count) throw new Truncated();
  return cp;
}

/** The extended rcode's upper bits from an OPT record in the additional section, if any. */
function extendedRcode(m: Uint8Array, qd: number, an: number, ns: number, ar: number): number {
  try {
    let cp = 12;
    for (let i = 0; i < qd; i++) cp = nameSkip(m, cp) + 4;
    for (let i = 0; i < an + ns; i++) {
      cp = nameSkip(m, cp) + 8;
      cp += 2 + u16(m, cp);
    }
    for (let i = 0; i < ar; i++) {
      cp = nameSkip(m, cp);
      if (u16(m, cp) === T_OPT) return u8(m, cp + 4) << 4;
      cp += 8;
      cp += 2 + u16(m, cp);
    }
  } catch {
    // A short capture: no extended rcode, as tcpdump's "goto print".
  }
  return 0;
}

/**
 * domain_print(): `m` is the UDP payload as captured, `length` its length on the wire; for
 * mDNS (port 5353) a class's top bit is the question's QU flag or the record's cache-flush flag.
 */
export function domainPrint(nd: Nd, m: Uint8Array, length: number, mdns = false): void {
  nd.protocol = "domain";
  if (length < 12) {
    nd.print(`domain [length ${length} < 12]`);
    nd.printInvalid();
    return;
  }
  const id = u16(m, 0);
  const flags = u16(m, 2);
  const qd = u16(m, 4);
  const an = u16(m, 6);
  const ns = u16(m, 8);
  const ar = u16(m, 10);
  const opcode = (flags >> 11) & 0xf;
  let cp = 12;
  if (flags & 0x8000) {
    const rcode = (flags & 0xf) | extendedRcode(m, qd, an, ns, ar);
    nd.print(`${id}${OPS[opcode]}${rcodeText(rcode)}${flags & 0x0400 ? "*" : ""}${flags & 0x0080 ? "" : "-"}${flags & 0x0200 ? "|" : ""}`);
    if (qd !== 1) nd.print(` [${qd}q]`);
    for (let i = 0; i < qd; i++) {
      if (i) nd.print(",");
      if (nd.vflag > 1) {
        nd.print(" q:");
        cp = questionPrint(nd, m, cp, mdns);
      } else cp = nameSkip(m, cp) + 4;
    }
    nd.print(` ${an}/${ns}/${ar}`);
    cp = sectionPrint(nd, m, cp, an, "", mdns);
    if (nd.vflag > 1) {
      cp = sectionPrint(nd, m, cp, ns, " ns:", mdns);
      sectionPrint(nd, m, cp, ar, " ar:", mdns);
    }
  } else {
    nd.print(`${id}${OPS[opcode]}${flags & 0x0100 ? "+" : ""}${flags & 0x0010 ? "%" : ""}`);
    if (flags & 0x6cf) nd.print(` [b2&3=0x${flags.toString(16)}]`);
    if (opcode === IQUERY) {
      if (qd) nd.print(` [${qd}q]`);
      if (an !== 1) nd.print(` [${an}a]`);
    } else {
      if (an) nd.print(` [${an}a]`);
      if (qd !== 1) nd.print(` [${qd}q]`);
    }
    if (ns) nd.print(` [${ns}n]`);
    if (ar) nd.print(` [${ar}au]`);
    for (let i = 0; i < qd; i++) {
      if (i && cp >= m.length) throw new Truncated();
      cp = questionPrint(nd, m, cp, mdns);
    }
    if (nd.vflag > 1) {
      cp = sectionPrint(nd, m, cp, an, "", mdns);
      cp = sectionPrint(nd, m, cp, ns, " ns:", mdns);
      sectionPrint(nd, m, cp, ar, " ar:", mdns);
    }
  }
  nd.print(` (${length})`);
}
