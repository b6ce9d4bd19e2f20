// getent (glibc 2.36, Debian's libc-bin): entries of the name service
// databases, one line per entry, as observed on Debian 12:
//   hosts     "%-15s %s[ ALIAS…]" — a numeric key is looked up backwards
//             (gethostbyaddr), any other first as IPv6 then as IPv4
//             (gethostbyname2, one DNS question each: AAAA, then A);
//   ahosts*   getaddrinfo(AF_UNSPEC / AF_INET / AF_INET6+AI_V4MAPPED) with
//             AI_CANONNAME|AI_ADDRCONFIG (-A drops AI_ADDRCONFIG): each address
//             three times (STREAM, DGRAM, RAW), the canonical name on the first;
//   services  "%-21s %d/%s[ ALIAS…]", protocols "%-21s %d[ ALIAS…]",
//   networks  "%-21s %s", passwd and group as their file lines.
// Exit status: 0, 1 for a bad database or argument count, 2 when a key is not
// found (after printing the others), 3 for a database without enumeration,
// 64 for a bad option.
//
// Left out: the remaining databases are answered from files that do not exist
// here (aliases, rpc, shadow, gshadow: nothing found); reverse lookups of IPv6
// addresses ask /etc/hosts only (no ip6.arpa PTR); IDN; `-s` only selects the
// hosts sources (e.g. `-s files`), as the other databases are files anyway.

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import type { Task } from "../../kernel/task/task.js";
import { inet6RtnlTalk } from "../../kernel/ipv6/addrconf_rtnl.js";
import { inetRtnlTalk } from "../../kernel/ipv4/rtnl_inet.js";
import { sysClose, sysConnect, sysSocket } from "../../kernel/net/socket.js";
import { AF_INET, SOCK_DGRAM, sockaddrIn } from "../../uapi/socket.js";
import { formatIp6, formatIpv4, ip6FromBytes, parseIp6, parseIpv4Pton, type Ip6Addr } from "../../wire/addr.js";
import { TYPE_A, TYPE_AAAA } from "../../wire/dns.js";
import { dnsLookupHost, dnsLookupPtr } from "../lib/nss/dns.js";
import { readHostsFile, type HostsEntry } from "../lib/nss/hosts.js";
import { hostsSources } from "../lib/nss/resolve.js";

const TRY = "Try `getent --help' or `getent --usage' for more information.\n";

const HELP = `Usage: getent [OPTION...] database [key ...]
Get entries from administrative database.

  -A, --no-addrconfig        do not filter out unsupported IPv4/IPv6 addresses
                             (with ahosts*)
  -i, --no-idn               disable IDN encoding
  -s, --service=CONFIG       Service configuration to be used
  -?, --help                 Give this help list
      --usage                Give a short usage message
  -V, --version              Print program version

Mandatory or optional arguments to long options are also mandatory or optional
for any corresponding short options.

Supported databases:
ahosts ahostsv4 ahostsv6 aliases ethers group gshadow hosts initgroups
netgroup networks passwd protocols rpc services shadow

For bug reporting instructions, please see:
<http://www.debian.org/Bugs/>.
`;

const USAGE = `Usage: getent [-Ai?V] [-s CONFIG] [--no-addrconfig] [--no-idn]
            [--service=CONFIG] [--help] [--usage] [--version]
            database [key ...]
`;

const VERSION = `getent (Debian GLIBC 2.36-9+deb12u14) 2.36
Copyright (C) 2022 Free Software Foundation, Inc.
This is free software; see the source for copying conditions.  There is NO
warranty; not even for MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.
Written by Thorsten Kukuk.
`;

const DATABASES = ["ahosts", "ahostsv4", "ahostsv6", "aliases", "ethers", "group", "gshadow", "hosts", "initgroups", "netgroup", "networks", "passwd", "protocols", "rpc", "services", "shadow"];
/** Databases whose enumeration getent refuses. */
const NO_ENUM = new Set(["ethers", "initgroups", "netgroup"]);

interface Opts {
  addrconfig: boolean;
  service?: string;
}

type Out = (s: string) => void;

function readLines(task: Task, path: string): string[][] {
  let text: string;
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", path));
  } catch {
    return [];
  }
  return text
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((l) => l.split(/\s+/));
}

function readColonFile(task: Task, path: string): string[] {
  try {
    return new TextDecoder()
      .decode(task.host.fs.readFile(task, "/", path))
      .split("\n")
      .filter((l) => l && !l.startsWith("#") && !l.startsWith("+") && !l.startsWith("-"));
  } catch {
    return [];
  }
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

// ---- passwd, group -------------------------------------------------------

function colonDb(task: Task, path: string, keys: string[], out: Out): number {
  const lines = readColonFile(task, path);
  if (!keys.length) {
    for (const l of lines) out(`${l}\n`);
    return 0;
  }
  let rc = 0;
  for (const k of keys) {
    // A number is an id (getpwuid/getgrgid), anything else a name.
    const hit = /^\d+$/.test(k) ? lines.find((l) => l.split(":")[2] === String(Number(k))) : lines.find((l) => l.split(":")[0] === k);
    if (hit) out(`${hit}\n`);
    else rc = 2;
  }
  return rc;
}

// ---- services, protocols, networks -----------------------------------------

function servicesDb(task: Task, keys: string[], out: Out): number {
  const ents = readLines(task, "/etc/services")
    .map((f) => ({ f, m: /^(\d+)\/(\w+)$/.exec(f[1] ?? "") }))
    .filter((e) => e.m)
    .map(({ f, m }) => ({ name: f[0]!, port: Number(m![1]), proto: m![2]!, aliases: f.slice(2) }));
  const show = (e: (typeof ents)[number]) => out(`${pad(e.name, 21)} ${e.port}/${e.proto}${e.aliases.map((a) => ` ${a}`).join("")}\n`);
  if (!keys.length) {
    ents.forEach(show);
    return 0;
  }
  let rc = 0;
  for (const k of keys) {
    const slash = k.indexOf("/");
    const key = slash >= 0 ? k.slice(0, slash) : k;
    const proto = slash >= 0 ? k.slice(slash + 1) : undefined;
    const ok = (e: (typeof ents)[number]) => proto === undefined || e.proto === proto;
    const hit = /^\d+$/.test(key) ? ents.find((e) => e.port === Number(key) && ok(e)) : ents.find((e) => (e.name === key || e.aliases.includes(key)) && ok(e));
    if (hit) show(hit);
    else rc = 2;
  }
  return rc;
}

function numberedDb(task: Task, path: string, keys: string[], out: Out): number {
  const ents = readLines(task, path).filter((f) => f.length >= 2);
  const show = (f: string[]) => out(`${pad(f[0]!, 21)} ${f[1]}${f.slice(2).map((a) => ` ${a}`).join("")}\n`);
  if (!keys.length) {
    ents.forEach(show);
    return 0;
  }
  let rc = 0;
  for (const k of keys) {
    const hit = /^\d+$/.test(k) && path === "/etc/protocols" ? ents.find((f) => Number(f[1]) === Number(k)) : ents.find((f) => f[0] === k || f.slice(2).includes(k));
    if (hit) show(hit);
    else rc = 2;
  }
  return rc;
}

// ---- hosts ---------------------------------------------------------------

interface HostEnt {
  name: string;
  aliases: string[];
  addrs: string[];
}

function sources(task: Task, o: Opts): string[] {
  return o.service !== undefined ? o.service.split(/[\s,]+/).filter(Boolean) : hostsSources(task);
}

/**
 * A /etc/hosts address as nss_files reads it for IPv4: dotted quads, and
 * (glibc's quirk) the IPv6 loopback as 127.0.0.1 and v4-mapped addresses as
 * their IPv4 part; other IPv6 lines are skipped.
 */
function filesAddr4(address: string): number | undefined {
  const a = parseIpv4Pton(address);
  if (a !== undefined) return a;
  const six = address.includes(":") ? parseIp6(address) : undefined;
  if (six === 1n) return 0x7f000001;
  if (six !== undefined && six >> 32n === 0xffffn) return Number(six & 0xffffffffn);
  return undefined;
}

/** gethostbyname2() from /etc/hosts: every line of the family naming `name` (multi on). */
function filesByName(entries: HostsEntry[], name: string, v6: boolean): HostEnt | undefined {
  const n = name.toLowerCase();
  const lines = entries.filter((e) => (v6 ? e.address.includes(":") && parseIp6(e.address) !== undefined : filesAddr4(e.address) !== undefined) && e.names.some((x) => x.toLowerCase() === n));
  if (!lines.length) return undefined;
  const aliases: string[] = [];
  for (const l of lines) for (const a of l.names.slice(1)) if (!aliases.includes(a)) aliases.push(a);
  const addrs = [...new Set(lines.map((l) => (v6 ? formatIp6(parseIp6(l.address)!) : formatIpv4(filesAddr4(l.address)!))))];
  return { name: lines[0]!.names[0]!, aliases, addrs };
}

async function hostByName(task: Task, o: Opts, name: string, v6: boolean): Promise<HostEnt | undefined> {
  for (const src of sources(task, o)) {
    if (src === "files") {
      const h = filesByName(readHostsFile(task), name, v6);
      if (h) return h;
    } else if (src === "dns") {
      const r = await dnsLookupHost(task, name, [v6 ? TYPE_AAAA : TYPE_A]);
      if (r.ok) return { name: r.canonical, aliases: [], addrs: v6 ? r.addrs6.map(formatIp6) : r.addrs4.map(formatIpv4) };
    }
  }
  return undefined;
}

async function hostByAddr(task: Task, o: Opts, key: string): Promise<HostEnt | undefined> {
  const a4 = parseIpv4Pton(key);
  const a6 = a4 === undefined ? parseIp6(key) : undefined;
  const text = a4 !== undefined ? formatIpv4(a4) : formatIp6(a6!);
  for (const src of sources(task, o)) {
    if (src === "files") {
      const hit = readHostsFile(task).find((e) => (a4 !== undefined ? parseIpv4Pton(e.address) === a4 : e.address.includes(":") && parseIp6(e.address) === a6));
      if (hit) return { name: hit.names[0]!, aliases: hit.names.slice(1), addrs: [text] };
    } else if (src === "dns" && a4 !== undefined) {
      const n = await dnsLookupPtr(task, a4);
      if (n !== undefined) return { name: n, aliases: [], addrs: [text] };
    }
  }
  return undefined;
}

function printHost(h: HostEnt, out: Out): void {
  for (const a of h.addrs) out(`${pad(a, 15)} ${[h.name, ...h.aliases].join(" ")}\n`);
}

async function hostsDb(task: Task, o: Opts, keys: string[], out: Out): Promise<number> {
  if (!keys.length) {
    // gethostent(): /etc/hosts line by line, read for IPv4 (filesAddr4).
    for (const e of readHostsFile(task)) {
      const a4 = filesAddr4(e.address);
      if (a4 !== undefined) printHost({ name: e.names[0]!, aliases: e.names.slice(1), addrs: [formatIpv4(a4)] }, out);
    }
    return 0;
  }
  let rc = 0;
  for (const k of keys) {
    let h: HostEnt | undefined;
    if (parseIpv4Pton(k) !== undefined || (k.includes(":") && parseIp6(k) !== undefined)) h = await hostByAddr(task, o, k);
    else h = (await hostByName(task, o, k, true)) ?? (await hostByName(task, o, k, false));
    if (h) printHost(h, out);
    else rc = 2;
  }
  return rc;
}

/** __check_pf(): whether the namespace has IPv4 (not 127/8) and IPv6 (not ::1) addresses. */
function configuredFamilies(task: Task): { v4: boolean; v6: boolean; v6global: boolean; lo6: boolean } {
  const r4 = inetRtnlTalk(task, { type: "RTM_GETADDR", ifa_family: AF_INET });
  const v4 = r4.type === "addrs" && r4.addrs.some((a) => (((a.IFA_LOCAL ?? a.IFA_ADDRESS ?? 0) >>> 24) & 0xff) !== 127);
  const r6 = inet6RtnlTalk(task, { type: "RTM_GETADDR", ifa_family: 10 });
  const a6 = r6.type === "addrs6" ? r6.addrs.map((a) => ip6FromBytes(a.IFA_ADDRESS)) : [];
  const v6 = a6.some((a) => a !== 1n);
  const v6global = a6.some((a) => a !== 1n && a >> 118n !== 0x3fan);
  return { v4, v6, v6global, lo6: a6.includes(1n) };
}

/** Whether a UDP connect() to `a` would find a route (glibc's rfc3484 "usable" test). */
async function usable4(task: Task, a: number): Promise<boolean> {
  const s = sysSocket(task, AF_INET, SOCK_DGRAM);
  if (!s.ok) return false;
  try {
    return (await sysConnect(task, s.value, sockaddrIn(a, 9))).ok;
  } finally {
    sysClose(task, s.value);
  }
}

type Ai = { text: string; v6: boolean; usable: boolean };

async function ahostsDb(task: Task, o: Opts, db: string, keys: string[], out: Out): Promise<number> {
  if (!keys.length) return hostsDb(task, o, [], out);
  let rc = 0;
  for (const k of keys) {
    let want4 = db !== "ahostsv6";
    let want6 = db !== "ahostsv4";
    if (o.addrconfig) {
      const f = configuredFamilies(task);
      if (db === "ahosts") {
        if (f.v4 && !f.v6) want6 = false;
        else if (f.v6 && !f.v4) want4 = false;
      } else if ((db === "ahostsv4" && !f.v4) || (db === "ahostsv6" && !f.v6)) {
        rc = 2;
        continue;
      }
    }
    const res = await addrinfo(task, o, k, db, want4, want6);
    if (!res) {
      rc = 2;
      continue;
    }
    // RFC 6724 as glibc sorts: usable destinations first, then IPv6 (precedence 40, ::1 50) before IPv4 (35). A stable sort.
    const prec = (x: Ai) => (x.text === "::1" ? 50 : x.v6 && !x.text.startsWith("::ffff:") ? 40 : 35);
    const sorted = db === "ahosts" ? [...res.list].sort((a, b) => Number(b.usable) - Number(a.usable) || prec(b) - prec(a)) : res.list;
    sorted.forEach((x, i) => {
      for (const [j, t] of ["STREAM", "DGRAM", "RAW"].entries()) out(`${pad(x.text, 15)} ${pad(t, 6)} ${i === 0 && j === 0 ? res.canonical : ""}\n`);
    });
  }
  return rc;
}

async function addrinfo(task: Task, o: Opts, k: string, db: string, want4: boolean, want6: boolean): Promise<{ list: Ai[]; canonical: string } | undefined> {
  const fam = configuredFamilies(task);
  const v6ok = (a: Ip6Addr) => (a === 1n ? fam.lo6 : fam.v6global);
  const lit4 = parseIpv4Pton(k);
  if (lit4 !== undefined) {
    if (db === "ahostsv6") return { list: [{ text: `::ffff:${formatIpv4(lit4)}`, v6: true, usable: false }], canonical: k };
    return want4 ? { list: [{ text: formatIpv4(lit4), v6: false, usable: await usable4(task, lit4) }], canonical: k } : undefined;
  }
  const lit6 = k.includes(":") ? parseIp6(k) : undefined;
  if (lit6 !== undefined) return db === "ahostsv4" ? undefined : { list: [{ text: formatIp6(lit6), v6: true, usable: v6ok(lit6) }], canonical: k };
  for (const src of sources(task, o)) {
    if (src === "files") {
      const entries = readHostsFile(task);
      const h6 = want6 ? filesByName(entries, k, true) : undefined;
      const h4 = want4 || db === "ahostsv6" ? filesByName(entries, k, false) : undefined;
      if (db === "ahostsv6" && !h6 && h4) return { list: h4.addrs.map((t) => ({ text: `::ffff:${t}`, v6: true, usable: false })), canonical: h4.name };
      const list: Ai[] = [];
      for (const t of h6?.addrs ?? []) list.push({ text: t, v6: true, usable: v6ok(parseIp6(t)!) });
      if (db !== "ahostsv6") for (const t of h4?.addrs ?? []) list.push({ text: t, v6: false, usable: await usable4(task, parseIpv4Pton(t)!) });
      if (list.length) return { list, canonical: (h6 ?? h4)!.name };
    } else if (src === "dns") {
      const types = [...(want4 && db !== "ahostsv6" ? [TYPE_A] : []), ...(want6 ? [TYPE_AAAA] : [])];
      const r = await dnsLookupHost(task, k, types);
      if (r.ok) {
        const list: Ai[] = [];
        for (const a of r.addrs6) list.push({ text: formatIp6(a), v6: true, usable: v6ok(a) });
        for (const a of r.addrs4) list.push({ text: formatIpv4(a), v6: false, usable: await usable4(task, a) });
        return { list, canonical: r.canonical };
      }
      if (db === "ahostsv6") {
        // AI_V4MAPPED: no AAAA, so A records as mapped addresses.
        const r4 = await dnsLookupHost(task, k, [TYPE_A]);
        if (r4.ok) return { list: r4.addrs4.map((a) => ({ text: `::ffff:${formatIpv4(a)}`, v6: true, usable: false })), canonical: r4.canonical };
      }
    }
  }
  return undefined;
}

// ---- the command ------------------------------------------------------------

async function run(ctx: ProgramContext, out: Out): Promise<number> {
  const o: Opts = { addrconfig: true };
  const args = ctx.argv.slice(1);
  const rest: string[] = [];
  const err = async (s: string) => {
    await ctx.stderr.write(s);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const [name, val] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const longs = ["no-addrconfig", "no-idn", "service", "help", "usage", "version"];
      const hits = longs.filter((l) => l.startsWith(name));
      const hit = longs.includes(name) ? name : hits.length === 1 ? hits[0] : undefined;
      if (!hit) {
        await err(hits.length > 1 ? `getent: option '${a}' is ambiguous; possibilities:${hits.map((h) => ` '--${h}'`).join("")}\n${TRY}` : `getent: unrecognized option '${a}'\n${TRY}`);
        return 64;
      }
      if (hit === "service") {
        const v = val ?? args[++i];
        if (v === undefined) {
          await err(`getent: option '--service' requires an argument\n${TRY}`);
          return 64;
        }
        o.service = v;
      } else if (val !== undefined) {
        await err(`getent: option '--${hit}' doesn't allow an argument\n${TRY}`);
        return 64;
      } else if (hit === "help") {
        out(HELP);
        return 0;
      } else if (hit === "usage") {
        out(USAGE);
        return 0;
      } else if (hit === "version") {
        out(VERSION);
        return 0;
      } else if (hit === "no-addrconfig") o.addrconfig = false;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === "A") o.addrconfig = false;
        else if (c === "i") continue;
        else if (c === "?") {
          out(HELP);
          return 0;
        } else if (c === "V") {
          out(VERSION);
          return 0;
        } else if (c === "s") {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) {
            await err(`getent: option requires an argument -- 's'\n${TRY}`);
            return 64;
          }
          o.service = v;
          break;
        } else {
          await err(`getent: invalid option -- '${c}'\n${TRY}`);
          return 64;
        }
      }
      continue;
    }
    rest.push(a);
  }
  // argp_help(): the message on stderr, its "Try …" line on stdout.
  if (!rest.length) {
    await err("getent: wrong number of arguments\n");
    out(TRY);
    return 1;
  }
  const [db, ...keys] = rest as [string, ...string[]];
  if (!DATABASES.includes(db)) {
    await err(`Unknown database: ${db}\n`);
    out(TRY);
    return 1;
  }
  const t = ctx.task;
  if (!keys.length && NO_ENUM.has(db)) {
    await err(`Enumeration not supported on ${db}\n`);
    return 3;
  }
  switch (db) {
    case "hosts":
      return hostsDb(t, o, keys, out);
    case "ahosts":
    case "ahostsv4":
    case "ahostsv6":
      return ahostsDb(t, o, db, keys, out);
    case "passwd":
      return colonDb(t, "/etc/passwd", keys, out);
    case "group":
      return colonDb(t, "/etc/group", keys, out);
    case "services":
      return servicesDb(t, keys, out);
    case "protocols":
      return numberedDb(t, "/etc/protocols", keys, out);
    case "networks":
      return numberedDb(t, "/etc/networks", keys, out);
    default:
      // aliases, ethers, gshadow, initgroups, netgroup, rpc, shadow: no such files here.
      return keys.length ? 2 : 0;
  }
}

export const getentMain: Program = async (ctx) => {
  // Output is buffered as stdio does and written once a lookup is done.
  let buf = "";
  const out: Out = (s) => {
    buf += s;
  };
  const flush = async () => {
    if (buf) await ctx.stdout.write(buf);
    buf = "";
  };
  try {
    return await run(ctx, out);
  } finally {
    await flush();
  }
};
