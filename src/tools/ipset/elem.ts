// Parsing and printing of set elements and their extensions (ipset's
// lib/parse.c and lib/print.c as observed): addresses, prefixes, ranges,
// proto:port.

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
  if (type.port) {
    const i = arg.indexOf(",");
    if (i < 0) syntax(`Second element is missing from ${arg}.`);
    first = arg.slice(0, i);
    second = arg.slice(i + 1);
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
    if (type.net && cidr === 0) syntax(`'${first.slice(slash + 1)}' is out of range 1-32`);
    lo = (ip & prefixMask(cidr)) >>> 0;
    hi = (lo | ~prefixMask(cidr)) >>> 0;
  } else if (dash >= 0 && !type.net) {
    lo = parseIp(first.slice(0, dash));
    hi = parseIp(first.slice(dash + 1));
    if (lo > hi) syntax(`${first} is an invalid range`);
  } else lo = hi = parseIp(first);
  if (type.net) return portList.map((pp) => ({ ip: lo, cidr, ...pp }));
  if ((hi - lo + 1) * portList.length > 65536) throw new IpsetError("Hash is full, cannot add more elements");
  const out: IpSetElem[] = [];
  for (let a = lo; a <= hi; a++) for (const pp of portList) out.push({ ip: a, cidr: 32, ...pp });
  return out;
}

/** ICMP type/code names ipset prints in place of the port (the ones we know; others as TYPE/CODE). */
const ICMP_NAMES: [string, number][] = [["echo-reply", 0x0000], ["echo-request", 0x0800]];

export function fmtElem(type: IpSetType, e: IpSetElem): string {
  let s = fmtIp(e.ip);
  if (type.net && e.cidr !== 32) s += `/${e.cidr}`;
  if (type.port && e.proto === 1) {
    const n = ICMP_NAMES.find(([, v]) => v === e.port)?.[0];
    s += `,icmp:${n ?? `${e.port >> 8}/${e.port & 255}`}`;
  } else if (type.port) s += `,${PROTOS.find(([, n]) => n === e.proto)?.[0] ?? e.proto}:${e.port}`;
  return s;
}

export function fmtEntry(set: HashSet, e: HashEntry, now: number): string {
  let s = fmtElem(set.type, e.elem);
  if (set.opts.timeout !== undefined) s += ` timeout ${hashTimeLeft(e, now)}`;
  if (e.nomatch) s += " nomatch";
  if (set.opts.counters) s += ` packets ${e.packets} bytes ${e.bytes}`;
  if (set.opts.comment && e.comment !== undefined) s += ` comment "${e.comment}"`;
  return s;
}

/** One member as `-o xml` prints it. */
export function xmlEntry(set: HashSet, e: HashEntry, now: number): string {
  let s = `<member><elem>${fmtElem(set.type, e.elem)}</elem>`;
  if (set.opts.timeout !== undefined) s += `<timeout>${hashTimeLeft(e, now)}</timeout>`;
  if (e.nomatch) s += "<nomatch/>";
  if (set.opts.counters) s += `<packets>${e.packets}</packets><bytes>${e.bytes}</bytes>`;
  if (set.opts.comment && e.comment !== undefined) s += `<comment>"${e.comment}"</comment>`;
  return `${s}</member>`;
}
