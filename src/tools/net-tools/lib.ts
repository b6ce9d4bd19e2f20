// Shared pieces of net-tools 2.10: the interface list (from the kernel's link
// dump, as if_readlist_proc reads /proc/net/dev, plus alias labels from
// SIOCGIFCONF), natural name order (nstrcmp), INET_resolve's host parsing
// and herror texts, and a process-level stdout/stderr pair that keeps stderr
// unbuffered ahead of stdout.

import { KernelError } from "../../uapi/errno.js";
import type { IfInfoMsg } from "../../uapi/if_link.js";
import { formatIp6, parseIpv4Aton } from "../../wire/addr.js";
import { getnetbyaddr, reverseResolve } from "../lib/nss/resolve.js";
import { rtnlTalk } from "../../kernel/core/rtnetlink.js";
import { allIfas } from "../../kernel/ipv4/devinet.js";
import { devList } from "../../kernel/core/dev.js";
import type { ProgramContext } from "../../kernel/task/program.js";

export class Exit {
  constructor(readonly status: number) {}
}

export interface Io {
  out: (s: string) => Promise<void>;
  err: (s: string) => Promise<void>;
}

export function io(pc: ProgramContext): Io {
  return { out: (s) => pc.stdout.write(s), err: (s) => pc.stderr.write(s) };
}

/** Runs a net-tools main, turning Exit into the status. */
export async function runTool(pc: ProgramContext, main: (pc: ProgramContext, io: Io) => Promise<number>): Promise<number> {
  try {
    return await main(pc, io(pc));
  } catch (e) {
    if (e instanceof Exit) return e.status;
    throw e;
  }
}

/** Every link of the task's namespace (RTM_GETLINK dump with stats). */
export function links(pc: ProgramContext): IfInfoMsg[] {
  const r = rtnlTalk(pc.task, { type: "RTM_GETLINK", dump: true, ifi_index: 0, attrs: {} });
  return r.type === "links" ? r.links : [];
}

export function linkByName(pc: ProgramContext, name: string): IfInfoMsg | undefined {
  try {
    const r = rtnlTalk(pc.task, { type: "RTM_GETLINK", dump: false, ifi_index: 0, attrs: { IFLA_IFNAME: name } });
    return r.type === "links" ? r.links[0] : undefined;
  } catch (e) {
    if (e instanceof KernelError) return undefined;
    throw e;
  }
}

/** Alias labels ("eth0:1") that carry an address (what SIOCGIFCONF adds to the list). */
export function aliasLabels(pc: ProgramContext): string[] {
  return allIfas(devList(pc.task.netns))
    .map((i) => i.label)
    .filter((l) => l.includes(":"));
}

/** nstrcmp(): names compare as text, but a trailing number compares as a number. */
export function nstrcmp(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    if (/\d/.test(a[i]!)) break;
    i++;
  }
  const ra = /^(\d+)(.*)$/.exec(a.slice(i));
  const rb = /^(\d+)(.*)$/.exec(b.slice(i));
  if (ra && rb) {
    const na = Number(ra[1]);
    const nb = Number(rb[1]);
    if (na !== nb) return na - nb;
    return nstrcmp(ra[2]!, rb[2]!);
  }
  return a.slice(i) < b.slice(i) ? -1 : a.slice(i) > b.slice(i) ? 1 : 0;
}

/** INET_resolve(): an address in inet_aton form or a name from /etc/hosts. */
export function inetResolve(pc: ProgramContext, name: string): number | { error: "unknown" | "lookup" } {
  const a = parseIpv4Aton(name);
  if (a !== undefined) return a;
  if (/^[\d.]+$/.test(name)) return { error: "unknown" };
  try {
    const text = new TextDecoder().decode(pc.task.host.fs.readFile(pc.task, "/", "/etc/hosts"));
    for (const line of text.split("\n")) {
      const w = line.replace(/#.*/, "").trim().split(/\s+/);
      const ip = w[0] ? parseIpv4Aton(w[0]) : undefined;
      if (ip !== undefined && w.slice(1).includes(name)) return ip;
    }
  } catch {
    // no /etc/hosts
  }
  return { error: "lookup" };
}

/** herror() texts. */
export function herrorText(e: "unknown" | "lookup"): string {
  return e === "unknown" ? "Unknown host" : "Host name lookup failure";
}

/** strtoul(…, 0) of the whole word (0x hex, 0 octal, decimal), or undefined when anything is left over. */
export function strtoulWhole(s: string): number | undefined {
  if (/^0x[0-9a-f]+$/i.test(s)) return Number.parseInt(s, 16);
  if (/^0[0-7]*$/.test(s)) return Number.parseInt(s, 8);
  if (/^[1-9]\d*$/.test(s)) return Number(s);
  return undefined;
}

export function fmtIp(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 0xff}.${(a >>> 8) & 0xff}.${a & 0xff}`;
}

export function fmtMac(a: Uint8Array): string {
  return [...a].map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/** readText(), or undefined when the file cannot be opened (fopen() returning NULL). */
export async function readTextIfAny(pc: ProgramContext, path: string): Promise<string | undefined> {
  try {
    return await readText(pc, path);
  } catch (e) {
    if (e instanceof KernelError) return undefined;
    throw e;
  }
}

/** Reads a whole file the way fopen()+fgets() would, /proc files included. */
export async function readText(pc: ProgramContext, path: string): Promise<string> {
  const fs = pc.task.host.fs;
  const node = fs.lookup(pc.task, pc.task.cwd, path);
  if (node.kind !== "special") return new TextDecoder().decode(fs.readFile(pc.task, pc.task.cwd, path));
  const f = node.open(pc.task, { read: true, write: false });
  const parts: Uint8Array[] = [];
  for (let n = 0; n < 100_000; n++) {
    const chunk = f.read ? await f.read(pc.task) : null;
    if (!chunk || chunk.length === 0) break;
    parts.push(chunk);
  }
  f.release?.();
  let len = 0;
  for (const p of parts) len += p.length;
  const all = new Uint8Array(len);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  return new TextDecoder().decode(all);
}

/**
 * in_ether() (lib/ether.c): up to six bytes of one or two hex digits, each followed by ":" or the end;
 * fewer bytes leave the rest 0, anything else (or more) is invalid.
 */
export function inEther(text: string): Uint8Array | undefined {
  const out = new Uint8Array(6);
  const hex = (c: string | undefined) => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? Number.parseInt(c, 16) : -1);
  let p = 0;
  let i = 0;
  while (p < text.length && i < 6) {
    let v = hex(text[p++]);
    if (v < 0) return undefined;
    const c = text[p];
    const d = hex(c);
    if (d >= 0) v = (v << 4) | d;
    else if (c !== ":" && c !== undefined) return undefined;
    if (c !== undefined) p++;
    out[i++] = v;
    if (text[p] === ":") p++;
  }
  if (i === 6 && p < text.length) return undefined;
  return out;
}

/**
 * net-tools' INET_nn list: every address INET_rresolve() looked up in this process, with the name it
 * got (or its dotted quad when nothing answered), so each is asked once per run.
 */
const rresolveCache = new WeakMap<object, Map<string, string>>();

/**
 * INET_rresolve(): the name of a non-zero address net-tools prints without -n. An address with bits
 * outside `mask` (or any address, with `host`) is a host: gethostbyaddr, so /etc/hosts then a DNS PTR
 * question (which costs the resolver's timeouts and shows on the wire, as on Linux); otherwise a
 * network: getnetbyaddr (Debian's `networks: files` reads /etc/networks only). Unanswered, the dotted quad.
 */
export async function inetRresolve(pc: ProgramContext, addr: number, mask: number, host = false): Promise<string> {
  const isHost = host || (addr & ~mask) >>> 0 !== 0;
  let cache = rresolveCache.get(pc.task);
  if (!cache) rresolveCache.set(pc.task, (cache = new Map()));
  const key = `${isHost ? "h" : "n"}${addr}`;
  const had = cache.get(key);
  if (had !== undefined) return had;
  const name = (isHost ? await reverseResolve(pc.task, addr) : await getnetbyaddr(pc.task, addr)) ?? fmtIp(addr);
  cache.set(key, name);
  return name;
}

/** INET_sprint(): INET_rresolve with the mask it always passes (an address ending in .0 is a network). */
export function inetSprint(pc: ProgramContext, addr: number): Promise<string> {
  return inetRresolve(pc, addr, 0xffffff00);
}

/** INET6_rresolve(): getnameinfo for an IPv6 address (no cache), its text form when nothing answers. */
export async function inet6Rresolve(pc: ProgramContext, addr: bigint): Promise<string> {
  return (await reverseResolve(pc.task, addr)) ?? formatIp6(addr);
}

/** lib/af.c aftrans[]: the family names -A takes (comma lists). */
const AF_NAMES = new Set(["ax25", "ip", "ip6", "ipx", "appletalk", "netrom", "bluetooth", "inet", "inet6", "unix", "tcpip", "ddp", "econet", "ec", "x25", "rose", "ash"]);

/** aftrans_opt(): the first name of a -A list it does not know ("Unknown address family `foo'.", status 1). */
export function unknownAf(list: string): string | undefined {
  return list.split(",").find((n) => !AF_NAMES.has(n));
}
