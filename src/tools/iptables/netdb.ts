// What iptables asks the C library: protocol names (getprotobyname/number over
// Debian's netbase /etc/protocols, embedded here because the model's root
// filesystem does not carry that file), service names (getservbyname/port over
// /etc/services, read from the host's filesystem as glibc does), host names
// from /etc/hosts (the DNS questions of -s/-d names and of -L's address names
// are asked before the synchronous parse and listing: resolve-args.ts,
// xtables.ts lookUpListedNames), and xtables' own number and address parsers.

import type { Task } from "../../kernel/task/task.js";

/** xtables_chain_protos: names iptables knows itself, checked before /etc/protocols. */
export const CHAIN_PROTOS: readonly [string, number][] = [
  ["tcp", 6], ["sctp", 132], ["udp", 17], ["udplite", 136], ["icmp", 1], ["ipv6-icmp", 58], ["icmpv6", 58],
  ["esp", 50], ["ah", 51], ["mobility-header", 135], ["ipv6-mh", 135], ["mh", 135], ["all", 0],
];

/** Debian 12 netbase /etc/protocols: number, official name, aliases. */
const PROTOCOLS: readonly [number, string, string[]][] = [
  [0, "ip", ["IP"]], [0, "hopopt", ["HOPOPT"]], [1, "icmp", ["ICMP"]], [2, "igmp", ["IGMP"]], [3, "ggp", ["GGP"]], [4, "ipencap", ["IP-ENCAP"]],
  [5, "st", ["ST"]], [6, "tcp", ["TCP"]], [8, "egp", ["EGP"]], [9, "igp", ["IGP"]], [12, "pup", ["PUP"]],
  [17, "udp", ["UDP"]], [20, "hmp", ["HMP"]], [22, "xns-idp", ["XNS-IDP"]], [27, "rdp", ["RDP"]],
  [29, "iso-tp4", ["ISO-TP4"]], [33, "dccp", ["DCCP"]], [36, "xtp", ["XTP"]], [37, "ddp", ["DDP"]],
  [38, "idpr-cmtp", ["IDPR-CMTP"]], [41, "ipv6", ["IPv6"]], [43, "ipv6-route", ["IPv6-Route"]],
  [44, "ipv6-frag", ["IPv6-Frag"]], [45, "idrp", ["IDRP"]], [46, "rsvp", ["RSVP"]], [47, "gre", ["GRE"]],
  [50, "esp", ["IPSEC-ESP"]], [51, "ah", ["IPSEC-AH"]], [57, "skip", ["SKIP"]], [58, "ipv6-icmp", ["IPv6-ICMP"]],
  [59, "ipv6-nonxt", ["IPv6-NoNxt"]], [60, "ipv6-opts", ["IPv6-Opts"]], [73, "rspf", ["RSPF", "CPHB"]],
  [81, "vmtp", ["VMTP"]], [88, "eigrp", ["EIGRP"]], [89, "ospf", ["OSPFIGP"]], [93, "ax.25", ["AX.25"]],
  [94, "ipip", ["IPIP"]], [97, "etherip", ["ETHERIP"]], [98, "encap", ["ENCAP"]], [103, "pim", ["PIM"]],
  [108, "ipcomp", ["IPCOMP"]], [112, "vrrp", ["VRRP"]], [115, "l2tp", ["L2TP"]], [124, "isis", ["IS-IS"]],
  [132, "sctp", ["SCTP"]], [133, "fc", ["FC"]], [135, "mobility-header", ["Mobility-Header"]],
  [136, "udplite", ["UDPLite"]], [137, "mpls-in-ip", ["MPLS-in-IP"]], [138, "manet", []], [139, "hip", ["HIP"]],
  [140, "shim6", ["Shim6"]], [141, "wesp", ["WESP"]], [142, "rohc", ["ROHC"]], [143, "ethernet", ["Ethernet"]],
  [262, "mptcp", ["MPTCP"]],
];

export function getprotobynumber(n: number): string | undefined {
  return PROTOCOLS.find((p) => p[0] === n)?.[1];
}

export function getprotobyname(s: string): number | undefined {
  return PROTOCOLS.find((p) => p[1] === s || p[2].includes(s))?.[0];
}

/** xtables_strtoul(): strtoumax base 0 (0x hex, leading 0 octal), no sign, whole string. */
export function strtoul(s: string, min: number, max: number): number | undefined {
  const t = s.replace(/^[\s]+/, "");
  if (t.startsWith("-")) return undefined;
  const body = t.startsWith("+") ? t.slice(1) : t;
  let v: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) v = parseInt(body.slice(2), 16);
  else if (/^0[0-7]*$/.test(body)) v = body.length > 1 ? parseInt(body.slice(1), 8) : 0;
  else if (/^[1-9][0-9]*$/.test(body)) v = Number(body);
  else return undefined;
  if (!Number.isFinite(v) || v > 0xffffffffffff) return undefined;
  if (v < min || (max !== 0 && v > max)) return undefined;
  return v;
}

/** Like strtoul but reports where the number ends (for "N/M" forms). */
export function strtoulPrefix(s: string): { value: number; rest: string } | undefined {
  const m = /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m) return undefined;
  const body = m[1]!;
  const value = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body[0] === "0" ? parseInt(body.slice(1), 8) : Number(body);
  return { value, rest: s.slice(m[0].length) };
}

export interface ServEnt {
  name: string;
  port: number;
  proto: string;
  aliases: string[];
}

const servCache = new WeakMap<object, ServEnt[]>();

/** /etc/services as glibc reads it, from the task's filesystem. */
export function services(task: Task): ServEnt[] {
  let data: Uint8Array;
  try {
    const ino = task.host.fs.lookup(task, "/", "/etc/services");
    const cached = servCache.get(ino);
    if (cached) return cached;
    data = task.host.fs.readFile(task, "/", "/etc/services");
    const list: ServEnt[] = [];
    for (const raw of new TextDecoder().decode(data).split("\n")) {
      const line = raw.replace(/#.*/, "").trim();
      if (!line) continue;
      const f = line.split(/\s+/);
      const m = /^(\d+)\/(\S+)$/.exec(f[1] ?? "");
      if (!m) continue;
      list.push({ name: f[0]!, port: Number(m[1]), proto: m[2]!, aliases: f.slice(2) });
    }
    servCache.set(ino, list);
    return list;
  } catch {
    return [];
  }
}

export function getservbyport(task: Task, port: number, proto: string): string | undefined {
  return services(task).find((s) => s.port === port && s.proto === proto)?.name;
}

export function getservbyname(task: Task, name: string, proto: string): number | undefined {
  return services(task).find((s) => s.proto === proto && (s.name === name || s.aliases.includes(name)))?.port;
}

/**
 * inet_aton(): what getaddrinfo() accepts as a numeric IPv4 host: 1 to 4 parts,
 * each in C notation (0x hex, leading-0 octal), the last filling the rest.
 */
export function inetAton(s: string): number | undefined {
  const parts = s.split(".");
  if (parts.length > 4 || parts.some((p) => p === "")) return undefined;
  const vals: number[] = [];
  for (const p of parts) {
    let v: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) v = p.length > 2 ? parseInt(p.slice(2), 16) : 0;
    else if (/^0[0-7]*$/.test(p)) v = parseInt(p, 8);
    else if (/^[1-9]\d*$/.test(p)) v = Number(p);
    else return undefined;
    vals.push(v);
  }
  const n = vals.length;
  const last = vals[n - 1]!;
  const lastBits = 32 - 8 * (n - 1);
  if (last >= 2 ** lastBits) return undefined;
  let addr = 0;
  for (let i = 0; i < n - 1; i++) {
    if (vals[i]! > 255) return undefined;
    addr = addr * 256 + vals[i]!;
  }
  return (addr * 2 ** lastBits + last) >>> 0;
}

/** DNS answers for names fetched before parsing (resolve-args.ts), per process. */
export const dnsHostAnswers = new WeakMap<Task, Map<string, number[]>>();

/** /etc/hosts: every address a name has, in file order (glibc's files backend); then what DNS answered. */
export function hostsByName(task: Task, name: string): number[] {
  const files = hostsFileByName(task, name);
  return files.length ? files : (dnsHostAnswers.get(task)?.get(name) ?? []);
}

function hostsFileByName(task: Task, name: string): number[] {
  const numeric = inetAton(name);
  if (numeric !== undefined) return [numeric];
  let text = "";
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/hosts"));
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const raw of text.split("\n")) {
    const f = raw.replace(/#.*/, "").trim().split(/\s+/);
    if (f.length < 2) continue;
    if (!f.slice(1).includes(name)) continue;
    const a = parseDotted(f[0]!, false);
    if (a !== undefined && !out.includes(a)) out.push(a);
  }
  return out;
}

/** The first /etc/hosts name of an address (getnameinfo with the files backend). */
export function hostByAddr(task: Task, addr: number): string | undefined {
  let text = "";
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/hosts"));
  } catch {
    return undefined;
  }
  for (const raw of text.split("\n")) {
    const f = raw.replace(/#.*/, "").trim().split(/\s+/);
    if (f.length < 2) continue;
    if (parseDotted(f[0]!, false) === addr) return f[1];
  }
  return undefined;
}

/**
 * __numeric_to_ipaddr(): up to four base-0 bytes; with fewer than four parts
 * (and not a mask) the rest are zero ("10" is 10.0.0.0, "10.1" is 10.1.0.0).
 */
export function parseDotted(s: string, isMask: boolean): number | undefined {
  const buf = s.slice(0, 19);
  const parts = buf.split(".");
  const bytes: number[] = [];
  for (let i = 0; i < 3; i++) {
    if (parts.length <= i + 1) {
      if (isMask) return undefined;
      const v = strtoul(parts[i] ?? "", 0, 255);
      if (v === undefined) return undefined;
      bytes.push(v);
      while (bytes.length < 4) bytes.push(0);
      return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
    }
    const v = strtoul(parts[i]!, 0, 255);
    if (v === undefined) return undefined;
    bytes.push(v);
  }
  const last = strtoul(parts.slice(3).join("."), 0, 255);
  if (last === undefined) return undefined;
  bytes.push(last);
  return ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
}

export function fmtIp(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

/** The prefix length of a contiguous mask, or -1. */
export function maskToCidr(m: number): number {
  m >>>= 0;
  if (m === 0) return 0;
  let bits = 0;
  let x = m;
  while (x & 0x80000000) {
    bits++;
    x = (x << 1) >>> 0;
  }
  return x === 0 ? bits : -1;
}

export function cidrToMask(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}
