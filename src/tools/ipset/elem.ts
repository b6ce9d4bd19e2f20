// Parsing and printing of set elements and their extensions (ipset's
// lib/parse.c and lib/print.c as observed): addresses, prefixes, ranges,
// proto:port.

import { formatIp6, formatMac, ip6PrefixMask, parseIp6, parseMac } from "../../wire/addr.js";
import { type HashEntry, type HashSet, type IpSetElem, type IpSetType, hashTimeLeft, prefixMask } from "../../kernel/netfilter/ipset/ip_set_hash.js";

export class IpsetError extends Error {
  /** 1: a failed command; 2: bad usage (adds the "Try `ipset help'" line). */
  constructor(
    readonly msg: string,
    readonly status: 1 | 2 = 1,
  ) {
    super(msg);
  }
}

const syntax = (m: string): never => {
  throw new IpsetError(`Syntax error: ${m}`);
};

const PROTOS: [string, number][] = [["tcp", 6], ["udp", 17], ["sctp", 132], ["udplite", 136]];

export function parseIp(s: string): number {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  const o = m ? m.slice(1).map(Number) : [];
  if (!m || o.some((x) => x > 255)) syntax(`cannot parse ${s}: resolving to IPv4 address failed`);
  return ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0;
}

export function fmtIp(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

function parseCidr(s: string): number {
  if (!/^\d+$/.test(s) || Number(s) > 32) syntax(`'${s}' is out of range 0-32`);
  return Number(s);
}

function parsePort(s: string): { proto: number; port: number; to?: number } {
  const c = s.indexOf(":");
  let proto = 6;
  let p = s;
  if (c >= 0 && s.startsWith("icmp:")) {
    const v = s.slice(5);
    const named = ICMP_NAMES.find(([n]) => n === v);
    const tc = /^(\d+)\/(\d+)$/.exec(v);
    if (named) return { proto: 1, port: named[1] };
    if (tc && Number(tc[1]) < 256 && Number(tc[2]) < 256) return { proto: 1, port: (Number(tc[1]) << 8) | Number(tc[2]) };
    throw new IpsetError(`Cannot parse ${v} as an ICMP type/code.`);
  }
  if (c >= 0) {
    const name = s.slice(0, c);
    const found = PROTOS.find(([n]) => n === name);
    if (!found) syntax(`cannot parse '${name}' as a protocol`);
    proto = found![1];
    p = s.slice(c + 1);
  }
  const pname = PROTOS.find(([, n]) => n === proto)![0];
  // FROM-TO: a range of ports (each one an element)
  const range = /^(\d+)-(\d+)$/.exec(p);
  if (range && Number(range[1]) <= 65535 && Number(range[2]) <= 65535) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    return { proto, port: Math.min(a, b), to: Math.max(a, b) };
  }
  if (!/^\d+$/.test(p) || Number(p) > 65535) {
    const range = /^\d+$/.test(p) ? `'${p}' is out of range 0-65535` : `'${p}' is invalid as number`;
    throw new IpsetError(`Syntax error: ${range}\nSyntax error: '${pname}' is invalid as number\ncannot parse '${p}' as a ${pname} port`);
  }
  return { proto, port: Number(p) };
}

/** Every element an argument names (hash:ip expands a prefix or range into hosts, a port range into ports). */
export function parseElems(type: IpSetType, arg: string, test = false): IpSetElem[] {
  let first = arg;
  let second: string | undefined;
  let third: { ip2: number; cidr2: number } | undefined;
  let iface: { iface: string; physdev?: boolean } | undefined;
  if (type.port || type.iface) {
    const i = arg.indexOf(",");
    if (i < 0) syntax(`Second element is missing from ${arg}.`);
    first = arg.slice(0, i);
    second = arg.slice(i + 1);
  }
  if (type.iface) {
    iface = parseIface(second!);
    second = undefined;
  }
  if (type.third) {
    const j = second!.indexOf(",");
    if (j < 0) syntax(`Third element is missing from ${arg}.`);
    third = parseThird(type, second!.slice(j + 1));
    second = second!.slice(0, j);
  }
  const pr = second !== undefined ? parsePort(second) : { proto: 0, port: 0 };
  if (pr.to !== undefined && test)
    throw new IpsetError(`FROM-TO port range is not allowed in command test with set type ${type.name} and family inet`);
  const portList: { proto: number; port: number }[] = [];
  for (let q = pr.port; q <= (pr.to ?? pr.port); q++) portList.push({ proto: pr.proto, port: q });
  const slash = first.indexOf("/");
  const dash = first.indexOf("-");
  let lo: number;
  let hi: number;
  let cidr = 32;
  if (slash >= 0) {
    const ip = parseIp(first.slice(0, slash));
    cidr = parseCidr(first.slice(slash + 1));
    if (type.net && !type.iface && cidr === 0) syntax(`'${first.slice(slash + 1)}' is out of range 1-32`);
    lo = (ip & prefixMask(cidr)) >>> 0;
    hi = (lo | ~prefixMask(cidr)) >>> 0;
  } else if (dash >= 0 && !type.net) {
    lo = parseIp(first.slice(0, dash));
    hi = parseIp(first.slice(dash + 1));
    if (lo > hi) syntax(`${first} is an invalid range`);
  } else lo = hi = parseIp(first);
  if (type.net) return portList.map((pp) => ({ ip: lo, cidr, ...pp, ...iface }));
  if ((hi - lo + 1) * portList.length > 65536) throw new IpsetError("Hash is full, cannot add more elements");
  const out: IpSetElem[] = [];
  for (let a = lo; a <= hi; a++) for (const pp of portList) out.push({ ip: a, cidr: 32, ...pp, ...third });
  return out;
}

/** hash:net,iface's second dimension: `[physdev:]NAME` (IFNAMSIZ - 1 characters at most). */
function parseIface(s: string): { iface: string; physdev?: boolean } {
  const physdev = s.startsWith("physdev:");
  const name = physdev ? s.slice(8) : s;
  if (name.length > 15) syntax(`interface name '${name}' is longer than 15 characters`);
  return physdev ? { iface: name, physdev } : { iface: name };
}

/** The third dimension of hash:ip,port,ip (an address) or hash:ip,port,net (an address or IP/cidr, 1-32). */
function parseThird(type: IpSetType, s: string): { ip2: number; cidr2: number } {
  const slash = s.indexOf("/");
  if (type.third === "ip" && (slash >= 0 || s.includes("-"))) syntax(`plain IP address must be supplied: ${s}`);
  if (slash < 0) return { ip2: parseIp(s), cidr2: 32 };
  const c = parseCidr(s.slice(slash + 1));
  // a zero prefix reaches the kernel, which refuses it (IPSET_ERR_INVALID_CIDR)
  if (c === 0) throw new IpsetError("The value of the CIDR parameter of the IP address is invalid");
  return { ip2: (parseIp(s.slice(0, slash)) & prefixMask(c)) >>> 0, cidr2: c };
}

/** The third dimension in family inet6: an address, or for hash:ip,port,net an address/prefix (1-128). */
function parseThird6(type: IpSetType, s: string): { ip62: bigint; cidr2: number } {
  const slash = s.indexOf("/");
  if (type.third === "ip" && (slash >= 0 || s.includes("-"))) syntax(`plain IP address must be supplied: ${s}`);
  if (slash < 0) return { ip62: parseIp6Arg(s), cidr2: 128 };
  const c = s.slice(slash + 1);
  if (!/^\d+$/.test(c) || Number(c) > 128) syntax(`'${c}' is out of range 0-128`);
  if (Number(c) === 0) throw new IpsetError("The value of the CIDR parameter of the IP address is invalid");
  return { ip62: parseIp6Arg(s.slice(0, slash)) & ip6PrefixMask(Number(c)), cidr2: Number(c) };
}

/** ICMPv6 type/code names (the ones we know; others as TYPE/CODE). */
const ICMP6_NAMES: [string, number][] = [["echo-request", 0x8000], ["echo-reply", 0x8100]];

function parseIp6Arg(s: string): bigint {
  const v = parseIp6(s.startsWith("[") && s.endsWith("]") ? s.slice(1, -1) : s);
  if (v === undefined) syntax(`cannot parse ${s}: resolving to IPv6 address failed`);
  return v!;
}

/** Elements of a family inet6 hash set: no address ranges; hash:ip takes plain addresses only. */
export function parseElems6(type: IpSetType, arg: string, test = false): IpSetElem[] {
  let first = arg;
  let pr: { proto: number; port: number; to?: number } = { proto: 0, port: 0 };
  let third: { ip62: bigint; cidr2: number } | undefined;
  let iface: { iface: string; physdev?: boolean } | undefined;
  if (type.iface) {
    const i = arg.indexOf(",");
    if (i < 0) syntax(`Second element is missing from ${arg}.`);
    first = arg.slice(0, i);
    iface = parseIface(arg.slice(i + 1));
  }
  if (type.port) {
    const i = arg.indexOf(",");
    if (i < 0) syntax(`Second element is missing from ${arg}.`);
    first = arg.slice(0, i);
    let second = arg.slice(i + 1);
    if (type.third) {
      const j = second.indexOf(",");
      if (j < 0) syntax(`Third element is missing from ${arg}.`);
      third = parseThird6(type, second.slice(j + 1));
      second = second.slice(0, j);
    }
    if (second.startsWith("icmp:")) throw new IpsetError("Syntax error: Protocol ICMP can be used with family inet only\nInvalid add command: missing setname");
    if (second.startsWith("icmpv6:")) {
      const v = second.slice(7);
      const named = ICMP6_NAMES.find(([n]) => n === v);
      const tc = /^(\d+)\/(\d+)$/.exec(v);
      if (named) pr = { proto: 58, port: named[1] };
      else if (tc && Number(tc[1]) < 256 && Number(tc[2]) < 256) pr = { proto: 58, port: (Number(tc[1]) << 8) | Number(tc[2]) };
      else throw new IpsetError(`Cannot parse ${v} as an ICMPv6 type/code.`);
    } else pr = parsePort(second);
  }
  if (pr.to !== undefined && test)
    throw new IpsetError(`FROM-TO port range is not allowed in command test with set type ${type.name} and family inet6`);
  const slash = first.indexOf("/");
  if (!type.net && (slash >= 0 || first.includes("-"))) syntax(`plain IP address must be supplied: ${first}`);
  if (type.net && first.includes("-")) syntax(`IP address or IP/cidr must be specified: ${first}`);
  let ip6: bigint;
  let cidr = 128;
  if (slash >= 0) {
    ip6 = parseIp6Arg(first.slice(0, slash));
    const c = first.slice(slash + 1);
    if (!/^\d+$/.test(c) || Number(c) > 128) syntax(`'${c}' is out of range 0-128`);
    cidr = Number(c);
    // a zero prefix reaches the kernel, which refuses it (IPSET_ERR_INVALID_CIDR)
    if (cidr === 0) throw new IpsetError("The value of the CIDR parameter of the IP address is invalid");
    ip6 &= ip6PrefixMask(cidr);
  } else ip6 = parseIp6Arg(first);
  const out: IpSetElem[] = [];
  for (let q = pr.port; q <= (pr.to ?? pr.port); q++) out.push({ ip: 0, ip6, cidr, proto: pr.proto, port: q, ...iface, ...third });
  return out;
}

/** ICMP type/code names ipset prints in place of the port (the ones we know; others as TYPE/CODE). */
const ICMP_NAMES: [string, number][] = [["echo-reply", 0x0000], ["echo-request", 0x0800]];

/** Names of sets by index, for list:set members. */
export type SetNames = (index: number) => string;

export function fmtElem(type: IpSetType, e: IpSetElem, names?: SetNames): string {
  if (type.kind === "list") return names?.(e.set!) ?? "";
  if (type.noIp) return String(e.port);
  if (type.mac) return e.mac !== undefined ? `${fmtIp(e.ip)},${e.mac}` : fmtIp(e.ip);
  let s = e.ip6 !== undefined ? formatIp6(e.ip6) : fmtIp(e.ip);
  if (type.net && e.cidr !== (e.ip6 !== undefined ? 128 : 32)) s += `/${e.cidr}`;
  if (type.port && e.proto === 58) {
    const n = ICMP6_NAMES.find(([, v]) => v === e.port)?.[0];
    s += `,ipv6-icmp:${n ?? `${e.port >> 8}/${e.port & 255}`}`;
  } else if (type.port && e.proto === 1) {
    const n = ICMP_NAMES.find(([, v]) => v === e.port)?.[0];
    s += `,icmp:${n ?? `${e.port >> 8}/${e.port & 255}`}`;
  } else if (type.port) s += `,${PROTOS.find(([, n]) => n === e.proto)?.[0] ?? e.proto}:${e.port}`;
  if (type.third && e.ip62 !== undefined) s += `,${formatIp6(e.ip62)}${e.cidr2 !== 128 ? `/${e.cidr2}` : ""}`;
  else if (type.third && e.ip2 !== undefined) s += `,${fmtIp(e.ip2)}${e.cidr2 !== 32 ? `/${e.cidr2}` : ""}`;
  if (type.iface && e.iface !== undefined) s += `,${e.physdev ? "physdev:" : ""}${e.iface}`;
  return s;
}

export function fmtEntry(set: HashSet, e: HashEntry, now: number, names?: SetNames): string {
  let s = fmtElem(set.type, e.elem, names);
  if (set.opts.timeout !== undefined) s += ` timeout ${hashTimeLeft(e, now)}`;
  if (e.nomatch) s += " nomatch";
  if (set.opts.counters) s += ` packets ${e.packets} bytes ${e.bytes}`;
  if (set.opts.comment && e.comment !== undefined) s += ` comment "${e.comment}"`;
  return s;
}

/** One member as `-o xml` prints it. */
export function xmlEntry(set: HashSet, e: HashEntry, now: number, names?: SetNames): string {
  let s = `<member><elem>${fmtElem(set.type, e.elem, names)}</elem>`;
  if (set.opts.timeout !== undefined) s += `<timeout>${hashTimeLeft(e, now)}</timeout>`;
  if (e.nomatch) s += "<nomatch/>";
  if (set.opts.counters) s += `<packets>${e.packets}</packets><bytes>${e.bytes}</bytes>`;
  if (set.opts.comment && e.comment !== undefined) s += `<comment>"${e.comment}"</comment>`;
  return `${s}</member>`;
}

/** An IPv4 range `A`, `A/N` or `A-B` (ipset_parse_ip / netrange), inclusive. */
function parseIpRange(s: string): { lo: number; hi: number; cidr?: number } {
  const slash = s.indexOf("/");
  if (slash >= 0) {
    const ip = parseIp(s.slice(0, slash));
    const cidr = parseCidr(s.slice(slash + 1));
    const lo = (ip & prefixMask(cidr)) >>> 0;
    return { lo, hi: (lo | ~prefixMask(cidr)) >>> 0, cidr };
  }
  const dash = s.indexOf("-");
  if (dash >= 0) {
    const lo = parseIp(s.slice(0, dash));
    const hi = parseIp(s.slice(dash + 1));
    return lo <= hi ? { lo, hi } : { lo: hi, hi: lo };
  }
  const ip = parseIp(s);
  return { lo: ip, hi: ip };
}

/** `range` of a bitmap:ip or bitmap:ip,mac set: IP/cidr or IP-IP only. */
export function parseBitmapIpRange(s: string): { first: number; last: number } {
  if (!s.includes("/") && !s.includes("-")) syntax(`IP/cidr or IP-IP range must be specified: ${s}`);
  const r = parseIpRange(s);
  return { first: r.lo, last: r.hi };
}

/** A port, a service name (/etc/services, tcp), or `proto:port` (the protocol is ignored by bitmap:port). */
export function parseBitmapPort(s: string, service: (name: string) => number | undefined): { lo: number; hi: number } {
  const c = s.indexOf(":");
  const p = c >= 0 ? s.slice(c + 1) : s;
  const one = (v: string): number => {
    if (/^\d+$/.test(v) && Number(v) <= 65535) return Number(v);
    const byName = /^\d+$/.test(v) ? undefined : service(v);
    if (byName !== undefined) return byName;
    const why = /^\d+$/.test(v) ? `'${v}' is out of range 0-65535` : `'${v}' is invalid as number`;
    throw new IpsetError(`Syntax error: ${why}\nSyntax error: 'tcp' is invalid as number\ncannot parse '${v}' as a tcp port`);
  };
  const range = /^([^-]+)-([^-]+)$/.exec(p);
  if (range) {
    const [a, b] = [one(range[1]!), one(range[2]!)];
    return { lo: Math.min(a, b), hi: Math.max(a, b) };
  }
  const v = one(p);
  return { lo: v, hi: v };
}

/** Elements of a bitmap set named by an add/del/test argument (bitmap_*_uadt's walk over a range). */
export function parseBitmapElems(set: HashSet, arg: string, test: boolean, service: (name: string) => number | undefined): IpSetElem[] {
  const t = set.type;
  if (t.noIp) {
    const r = parseBitmapPort(arg, service);
    if (test) r.hi = r.lo;
    const out: IpSetElem[] = [];
    for (let p = r.lo; p <= r.hi; p++) out.push({ ip: 0, cidr: 32, proto: 0, port: p });
    return out;
  }
  let ipPart = arg;
  let mac: string | undefined;
  if (t.mac) {
    const i = arg.indexOf(",");
    if (i >= 0) {
      ipPart = arg.slice(0, i);
      const m = arg.slice(i + 1);
      mac = formatMac(parseMac(m) ?? syntax(`cannot parse '${m}' as ethernet address`));
    }
  }
  const r = t.mac ? { lo: parseIp(ipPart), hi: parseIp(ipPart) } : parseIpRange(ipPart);
  const host = 2 ** (32 - (set.opts.netmask ?? 32)) - 1;
  // the first address must lie in the range (checked before the walk); a test asks for one slot.
  // Addresses go as given: the set maps them onto its slots (ip_to_id masks them).
  if (r.lo < set.opts.first! || r.lo > set.opts.last! || test) return [{ ip: r.lo, cidr: 32, proto: 0, port: 0, mac }];
  if (r.hi > set.opts.last!) return [{ ip: r.hi, cidr: 32, proto: 0, port: 0 }];
  const out: IpSetElem[] = [];
  for (let a = r.lo; a <= r.hi; a += host + 1) out.push({ ip: a, cidr: 32, proto: 0, port: 0, mac });
  return out;
}
