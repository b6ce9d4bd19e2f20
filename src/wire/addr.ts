// Addresses as the wire and the tools see them.
//
// - IPv4: a uint32 number (host arithmetic; put32 writes it in network order).
// - MAC: a 48-bit integer number (exact in a double; usable as a Map key).
// - IPv6: a bigint (128 bits; prefix math with shifts; usable as a Map key).
//
// Three IPv4 text parsers, because the real tools disagree:
// - parseIpv4Pton: glibc inet_pton(AF_INET): exactly four decimal octets, no
//   leading zeros ("010.0.0.1" rejected). Used by inet_pton callers, inside
//   IPv6 text ("::ffff:1.2.3.4"), and by tcpdump's filter lexer for full dotted quads.
// - parseIpv4Aton: glibc inet_aton: one to four parts, each decimal, octal
//   (leading 0) or hex (0x); the last part fills the remaining bytes
//   ("10.1" = 10.0.0.1, "010.0.0.1" = 8.0.0.1). `exact` (the default) is
//   __inet_aton_exact as getaddrinfo uses it, so ping and nc resolve numeric
//   hosts this way; inexact also accepts trailing whitespace and what follows.
// - parseIpv4Iproute2: iproute2's get_addr_ipv4: up to four parts, each read
//   by strtoul base 0 (so octal/hex too) and each at most 255; missing trailing
//   parts are zero ("10.1" = 10.1.0.0, as `ip addr add 10.1/16` means).

export type Ip4Addr = number;
export type MacAddr = number;
export type Ip6Addr = bigint;

// ---------------------------------------------------------------- IPv4

export function formatIpv4(a: Ip4Addr): string {
  return `${a >>> 24}.${(a >>> 16) & 0xff}.${(a >>> 8) & 0xff}.${a & 0xff}`;
}

export function parseIpv4Pton(s: string): Ip4Addr | undefined {
  const parts = s.split(".");
  if (parts.length !== 4) return undefined;
  let v = 0;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    v = v * 256 + n;
  }
  return v >>> 0;
}

export function parseIpv4Aton(s: string, exact = true): Ip4Addr | undefined {
  const parts: number[] = [];
  let i = 0;
  for (;;) {
    let base = 10;
    let digit = false;
    let val = 0;
    if (s[i] === "0") {
      i++;
      if (s[i] === "x" || s[i] === "X") {
        base = 16;
        i++;
      } else {
        base = 8;
        digit = true;
      }
    }
    for (;;) {
      const c = s[i];
      if (c === undefined) break;
      let d: number;
      if (c >= "0" && c <= "9") {
        d = c.charCodeAt(0) - 48;
        if (base === 8 && d > 7) return undefined;
      } else if (base === 16 && /[0-9a-fA-F]/.test(c)) {
        d = parseInt(c, 16);
      } else break;
      val = val * base + d;
      if (val > 0xffffffff) return undefined;
      digit = true;
      i++;
    }
    if (!digit) return undefined;
    if (s[i] === ".") {
      if (parts.length >= 3 || val > 0xff) return undefined;
      parts.push(val);
      i++;
      continue;
    }
    parts.push(val);
    break;
  }
  if (i < s.length) {
    if (exact) return undefined;
    if (!/^[ \t\n\v\f\r]/.test(s.slice(i))) return undefined;
  }
  const last = parts[parts.length - 1]!;
  const lead = parts.slice(0, -1);
  const room = 2 ** (8 * (4 - lead.length)) - 1;
  if (last > room) return undefined;
  let v = 0;
  for (const p of lead) v = v * 256 + p;
  return (v * (room + 1) + last) >>> 0;
}

export function parseIpv4Iproute2(s: string): Ip4Addr | undefined {
  const bytes = [0, 0, 0, 0];
  let rest = s;
  for (let i = 0; i < 4; i++) {
    const m = /^[ \t]*[+]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(rest);
    if (!m) return undefined;
    const tok = m[1]!;
    const n = tok.length > 1 && tok[0] === "0" ? (/[xX]/.test(tok[1]!) ? parseInt(tok.slice(2), 16) : parseInt(tok, 8)) : Number(tok);
    if (n > 255) return undefined;
    bytes[i] = n;
    rest = rest.slice(m[0].length);
    if (rest === "") break;
    if (i === 3 || rest[0] !== ".") return undefined;
    rest = rest.slice(1);
  }
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

/** The netmask of a prefix length (0..32). */
export function prefixToMask(len: number): Ip4Addr {
  return len <= 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

/** The prefix length of a contiguous netmask, or -1 if it has holes. */
export function maskToPrefix(mask: Ip4Addr): number {
  const inv = ~mask >>> 0;
  if ((inv & (inv + 1)) !== 0) return -1;
  return 32 - Math.log2(inv + 1);
}

export function networkOf(a: Ip4Addr, len: number): Ip4Addr {
  return (a & prefixToMask(len)) >>> 0;
}

export function broadcastOf(a: Ip4Addr, len: number): Ip4Addr {
  return (a | ~prefixToMask(len)) >>> 0;
}

export function inPrefix(a: Ip4Addr, net: Ip4Addr, len: number): boolean {
  return networkOf(a, len) === networkOf(net, len);
}

export function isMulticast4(a: Ip4Addr): boolean {
  return a >>> 28 === 0xe;
}

// ---------------------------------------------------------------- MAC

const MAC_HI = 2 ** 32;

export function macFromBytes(b: Uint8Array, o = 0): MacAddr {
  return (b[o]! * 256 + b[o + 1]!) * MAC_HI + (((b[o + 2]! << 24) | (b[o + 3]! << 16) | (b[o + 4]! << 8) | b[o + 5]!) >>> 0);
}

export function macToBytes(m: MacAddr, out: Uint8Array = new Uint8Array(6), o = 0): Uint8Array {
  const hi = Math.floor(m / MAC_HI);
  const lo = m % MAC_HI;
  out[o] = (hi >>> 8) & 0xff;
  out[o + 1] = hi & 0xff;
  out[o + 2] = (lo >>> 24) & 0xff;
  out[o + 3] = (lo >>> 16) & 0xff;
  out[o + 4] = (lo >>> 8) & 0xff;
  out[o + 5] = lo & 0xff;
  return out;
}

/** aa:bb:cc:dd:ee:ff, lowercase, as iproute2 and tcpdump print. */
export function formatMac(m: MacAddr): string {
  const b = macToBytes(m);
  let s = "";
  for (let i = 0; i < 6; i++) s += (i ? ":" : "") + b[i]!.toString(16).padStart(2, "0");
  return s;
}

/** Colon-separated, one or two hex digits per octet (iproute2's ll_addr_a2n accepts "a:b:c:d:e:f"). */
export function parseMac(s: string): MacAddr | undefined {
  const parts = s.split(":");
  if (parts.length !== 6) return undefined;
  const b = new Uint8Array(6);
  for (let i = 0; i < 6; i++) {
    if (!/^[0-9a-fA-F]{1,2}$/.test(parts[i]!)) return undefined;
    b[i] = parseInt(parts[i]!, 16);
  }
  return macFromBytes(b);
}

export const MAC_BROADCAST: MacAddr = 0xffffffffffff;

export function isMulticastMac(m: MacAddr): boolean {
  return (Math.floor(m / 2 ** 40) & 1) === 1;
}

/** The MAC an IPv4 multicast group maps to (01:00:5e + low 23 bits, RFC 1112). */
export function multicastMac4(group: Ip4Addr): MacAddr {
  return 0x01005e000000 + (group & 0x7fffff);
}

/** The MAC an IPv6 multicast group maps to (33:33 + low 32 bits, RFC 2464). */
export function multicastMac6(group: Ip6Addr): MacAddr {
  return 0x333300000000 + Number(group & 0xffffffffn);
}

// ---------------------------------------------------------------- IPv6

/**
 * A 16-byte scratch and its big-endian view: an address crosses between
 * BigInt and bytes as two 64-bit halves (DataView's BigUint64 accessors take
 * the low 64 bits themselves), 2–4 BigInt operations instead of 7–12 (each
 * one allocates; this runs for every IPv6 frame built or received).
 */
const SCRATCH6 = new Uint8Array(16);
const VIEW6 = new DataView(SCRATCH6.buffer);

export function ip6FromBytes(b: Uint8Array, o = 0): Ip6Addr {
  const s = SCRATCH6;
  for (let i = 0; i < 16; i++) s[i] = b[o + i]!;
  return (VIEW6.getBigUint64(0) << 64n) | VIEW6.getBigUint64(8);
}

export function ip6ToBytes(a: Ip6Addr, out: Uint8Array = new Uint8Array(16), o = 0): Uint8Array {
  VIEW6.setBigUint64(0, a >> 64n);
  VIEW6.setBigUint64(8, a);
  const s = SCRATCH6;
  for (let i = 0; i < 16; i++) out[o + i] = s[i]!;
  return out;
}

/** The sum of an IPv6 address's eight 16-bit words (sumWords over its bytes, without making them). */
export function ip6WordSum(a: Ip6Addr): number {
  let s = 0;
  for (let i = 0; i < 4; i++) {
    const w = Number(BigInt.asUintN(32, a));
    s += (w >>> 16) + (w & 0xffff);
    if (i < 3) a >>= 32n;
  }
  return s;
}

function ip6Words(a: Ip6Addr): number[] {
  const w: number[] = [];
  for (let i = 7; i >= 0; i--) w.push(Number((a >> BigInt(i * 16)) & 0xffffn));
  return w;
}

/** %pI6 (printk): eight groups of four hex digits, nothing compressed. */
export function formatIp6Full(a: Ip6Addr): string {
  return a.toString(16).padStart(32, "0").replace(/(.{4})(?!$)/g, "$1:");
}

/**
 * glibc inet_ntop(AF_INET6): lowercase hex without leading zeros; the longest
 * run of two or more zero words (the first of equal runs) becomes "::"; an
 * IPv4-compatible (::a.b.c.d) or IPv4-mapped (::ffff:a.b.c.d) address ends in
 * a dotted quad. RFC 5952 except that ::a.b.c.d form.
 */
export function formatIp6(a: Ip6Addr): string {
  const w = ip6Words(a);
  let bestBase = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) {
      bestBase = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) bestBase = -1;
  let s = "";
  for (let i = 0; i < 8; i++) {
    if (bestBase !== -1 && i >= bestBase && i < bestBase + bestLen) {
      if (i === bestBase) s += ":";
      continue;
    }
    if (i) s += ":";
    if (i === 6 && bestBase === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
      s += formatIpv4(Number(a & 0xffffffffn));
      break;
    }
    s += w[i]!.toString(16);
  }
  if (bestBase !== -1 && bestBase + bestLen === 8) s += ":";
  return s;
}

/** glibc inet_pton(AF_INET6): groups of 1-4 hex digits, at most one "::", optional trailing dotted quad. */
export function parseIp6(s: string): Ip6Addr | undefined {
  if (s.length === 0) return undefined;
  const dbl = s.indexOf("::");
  if (dbl !== -1 && s.indexOf("::", dbl + 1) !== -1) return undefined;
  const parseSide = (t: string, allowV4: boolean): number[] | undefined => {
    if (t === "") return [];
    const groups = t.split(":");
    const out: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (allowV4 && i === groups.length - 1 && g.includes(".")) {
        const v4 = parseIpv4Pton(g);
        if (v4 === undefined) return undefined;
        out.push(v4 >>> 16, v4 & 0xffff);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let words: number[];
  if (dbl === -1) {
    const all = parseSide(s, true);
    if (!all || all.length !== 8) return undefined;
    words = all;
  } else {
    const left = parseSide(s.slice(0, dbl), false);
    const right = parseSide(s.slice(dbl + 2), true);
    if (!left || !right || left.length + right.length > 7) return undefined;
    words = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  }
  let v = 0n;
  for (const x of words) v = (v << 16n) | BigInt(x);
  return v;
}

export function ip6PrefixMask(len: number): Ip6Addr {
  if (len <= 0) return 0n;
  return ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - len)) - 1n);
}

export function isMulticast6(a: Ip6Addr): boolean {
  return a >> 120n === 0xffn;
}

/** The solicited-node multicast group of an address (ff02::1:ffXX:XXXX, RFC 4291). */
export function solicitedNode(a: Ip6Addr): Ip6Addr {
  return SOLICITED_NODE_PREFIX | (a & 0xffffffn);
}

/** ff02::1:ff00:0/104 (one constant: BigInt operations are not folded). */
const SOLICITED_NODE_PREFIX: Ip6Addr = 0xff020000000000000000000000000000n | 0x1ff000000n;

const FE80_64: Ip6Addr = 0xfe80n << 112n;

/** fe80::/64 address with a modified EUI-64 interface id derived from a MAC (RFC 4291 appendix A). */
export function linkLocalFromMac(m: MacAddr): Ip6Addr {
  const b = macToBytes(m);
  // The interface id as two 32-bit halves (four BigInt operations instead of seventeen).
  const hi = (((b[0]! ^ 0x02) << 24) | (b[1]! << 16) | (b[2]! << 8) | 0xff) >>> 0;
  const lo = ((0xfe << 24) | (b[3]! << 16) | (b[4]! << 8) | b[5]!) >>> 0;
  return FE80_64 | (BigInt(hi) << 32n) | BigInt(lo);
}
