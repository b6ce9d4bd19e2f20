// The front door every program uses to turn a host name into addresses
// (getaddrinfo) and back (getnameinfo): a numeric address first, then the
// `hosts:` sources of /etc/nsswitch.conf in order — `files` (/etc/hosts,
// hosts.ts) and `dns` (the stub resolver, dns.ts). Other sources
// (mdns4_minimal, myhostname, resolve) are skipped.
//
// Which DNS questions go out depends on what the caller asks, as glibc 2.36
// does (observed with tcpdump, test/dns/cases/):
// - getaddrinfo(AF_UNSPEC) (curl, nc, ssh, traceroute without -4/-6): A and
//   AAAA together from one socket;
// - getaddrinfo(AF_INET) (curl -4, nc -4, iptables): A only;
// - getaddrinfo(AF_INET6): AAAA only;
// - iputils ping, whatever -4/-6 says: A and AAAA together, then the family it
//   wants is picked from the answers ("Address family for hostname not
//   supported" when there is none of it);
// - gethostbyname2 (getent hosts): one family per call (see lookupFamily).
//
// Where we differ: glibc with no /etc/nsswitch.conf uses "dns [!UNAVAIL=return]
// files"; a missing one means "files dns" here, the setting of Debian's
// /etc/nsswitch.conf (which the rootfs writes) and the Docker images'. `[STATUS=action]`
// items are ignored (NOTFOUND continues to the next source). Address sorting
// (RFC 6724) is reduced to "IPv4 first" — what a host without IPv6 routes
// sees; programs here connect over IPv4 only, so a name with nothing but
// AAAA records fails for them with EAI_NODATA instead of a failed IPv6 connect.

import type { Task } from "../../../kernel/task/task.js";
import { parseIp6, parseIpv4Aton, type Ip6Addr } from "../../../wire/addr.js";
import { devGetByName } from "../../../kernel/core/dev.js";
import { TYPE_A, TYPE_AAAA } from "../../../wire/dns.js";
import { dnsLookupHost, dnsLookupPtr, type DnsFailure } from "./dns.js";
import { hostsMatching, readHostsFile } from "./hosts.js";
import { formatIpv4 } from "./inet.js";

export const EAI_AGAIN_TEXT = "Temporary failure in name resolution";
export const EAI_NONAME_TEXT = "Name or service not known";
export const EAI_NODATA_TEXT = "No address associated with hostname";
export const EAI_ADDRFAMILY_TEXT = "Address family for hostname not supported";

export type EaiCode = "EAI_AGAIN" | "EAI_NONAME" | "EAI_NODATA" | "EAI_ADDRFAMILY";

export type Resolved = { kind: "ok"; addrs: number[]; addrs6: Ip6Addr[]; canonical: string; /** sin6_scope_id of an "ADDR%DEV" literal. */ scope6?: number } | { kind: "error"; text: string; code: EaiCode };

/** ai_family of the hints. */
export type Family = "inet" | "inet6" | "unspec";

export interface ResolveOpts {
  /** AI_NUMERICHOST. */
  numeric?: boolean;
  /** The hints' family; default AF_INET. */
  family?: Family;
  /** Ask A and AAAA whatever the family (iputils ping), then keep the family's addresses. */
  both?: boolean;
  /** The caller speaks IPv6 too: an IPv6 literal, or a name with only AAAA records, is a success (addrs empty). */
  v6ok?: boolean;
}

/** The sources of one nsswitch.conf database, in order: `noFile` without the file, `noLine` without its line. */
function nsswitchSources(task: Task, db: string, noFile: string[], noLine: string[]): string[] {
  let text: string | undefined;
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/nsswitch.conf"));
  } catch {
    return noFile;
  }
  for (const raw of text.split("\n")) {
    const m = /^\s*([a-z]+)\s*:(.*)$/.exec(raw.replace(/#.*/, ""));
    if (m && m[1] === db) return m[2]!.trim().split(/\s+/).filter((w) => w && !w.startsWith("["));
  }
  return noLine;
}

/** The `hosts:` sources, in order. */
export function hostsSources(task: Task): string[] {
  return nsswitchSources(task, "hosts", ["files", "dns"], []);
}

/**
 * getnetbyaddr(addr, AF_INET): the `networks:` sources (glibc's default without a line is
 * "dns [!UNAVAIL=return] files": DNS alone, as a resolver that answers or times out is never
 * UNAVAIL). files: the first /etc/networks name of that network number (inet_network: missing
 * trailing parts are zeros); dns: a PTR question for the number, all four octets when the first is set.
 */
export async function getnetbyaddr(task: Task, addr: number): Promise<string | undefined> {
  for (const src of nsswitchSources(task, "networks", ["dns"], ["dns"])) {
    if (src === "files") {
      let text: string;
      try {
        text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/networks"));
      } catch {
        continue;
      }
      for (const line of text.split("\n")) {
        const w = line.replace(/#.*/, "").trim().split(/\s+/);
        const parts = w[1]?.split(".") ?? [];
        if (w.length < 2 || parts.length > 4 || parts.some((p) => !/^\d+$/.test(p) || Number(p) > 255)) continue;
        const n = parts.concat(["0", "0", "0"]).slice(0, 4).reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0);
        if (n === addr) return w[0];
      }
    } else if (src === "dns") {
      const n = await dnsLookupPtr(task, addr);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}

function failure(herr: DnsFailure | undefined): Resolved & { kind: "error" } {
  if (herr === "HOST_NOT_FOUND" || herr === undefined) return { kind: "error", text: EAI_NONAME_TEXT, code: "EAI_NONAME" };
  if (herr === "NO_DATA") return { kind: "error", text: EAI_NODATA_TEXT, code: "EAI_NODATA" };
  return { kind: "error", text: EAI_AGAIN_TEXT, code: "EAI_AGAIN" };
}

type Found = { ok: true; addrs4: number[]; addrs6: Ip6Addr[]; canonical: string } | { ok: false; herr: DnsFailure | undefined };

/** The nsswitch sources asked for the families in `want` (the first source with an answer wins). */
export async function lookupSources(task: Task, name: string, want: { v4: boolean; v6: boolean }): Promise<Found> {
  // The worst outcome seen: a later source's NOTFOUND does not hide an earlier TRY_AGAIN.
  let worst: DnsFailure | undefined;
  for (const src of hostsSources(task)) {
    if (src === "files") {
      const lines = hostsMatching(readHostsFile(task), name);
      const addrs4 = want.v4 ? lines.map((e) => parseIpv4Aton(e.address)).filter((a): a is number => a !== undefined) : [];
      const addrs6 = want.v6 ? lines.map((e) => (e.address.includes(":") ? parseIp6(e.address) : undefined)).filter((a): a is Ip6Addr => a !== undefined) : [];
      if (addrs4.length || addrs6.length) {
        const first = lines.find((e) => (want.v4 && parseIpv4Aton(e.address) !== undefined) || (want.v6 && e.address.includes(":") && parseIp6(e.address) !== undefined))!;
        return { ok: true, addrs4: [...new Set(addrs4)], addrs6: [...new Set(addrs6)], canonical: first.names[0]! };
      }
    } else if (src === "dns") {
      const types = [...(want.v4 ? [TYPE_A] : []), ...(want.v6 ? [TYPE_AAAA] : [])];
      const r = await dnsLookupHost(task, name, types);
      if (r.ok) return r;
      if (worst !== "TRY_AGAIN") worst = r.herr;
    }
  }
  return { ok: false, herr: worst };
}

/**
 * getaddrinfo(name, hints): numbers as inet_aton reads them (only those with
 * `numeric`, AI_NUMERICHOST), then the nsswitch sources. The canonical name
 * is /etc/hosts' first name on the matching line, or DNS's CNAME target.
 * `addrs` (IPv4) is never empty on success: programs here speak IPv4.
 */
export async function resolveHost(task: Task, name: string, opts: ResolveOpts = {}): Promise<Resolved> {
  const family = opts.family ?? "inet";
  const lit = parseIpv4Aton(name);
  if (lit !== undefined) {
    if (family === "inet6") return { kind: "error", text: EAI_ADDRFAMILY_TEXT, code: "EAI_ADDRFAMILY" };
    return { kind: "ok", addrs: [lit], addrs6: [], canonical: name };
  }
  if (opts.v6ok && name.includes(":")) {
    // "fe80::1%eth0" (or %IFINDEX): the scope is an interface of the caller's namespace.
    const pct = name.indexOf("%");
    const lit6 = parseIp6(pct >= 0 ? name.slice(0, pct) : name);
    if (lit6 !== undefined) {
      if (family === "inet") return { kind: "error", text: EAI_ADDRFAMILY_TEXT, code: "EAI_ADDRFAMILY" };
      let scope6: number | undefined;
      if (pct >= 0) {
        const z = name.slice(pct + 1);
        scope6 = /^\d+$/.test(z) ? Number(z) : devGetByName(task.netns, z)?.ifindex;
        if (scope6 === undefined) return { kind: "error", text: EAI_NONAME_TEXT, code: "EAI_NONAME" };
      }
      return { kind: "ok", addrs: [], addrs6: [lit6], canonical: name, scope6 };
    }
  }
  if (opts.numeric || !name) return { kind: "error", text: EAI_NONAME_TEXT, code: "EAI_NONAME" };
  const want = opts.both || family === "unspec" ? { v4: true, v6: true } : { v4: family === "inet", v6: family === "inet6" };
  const r = await lookupSources(task, name, want);
  if (!r.ok) return failure(r.herr);
  const addrs4 = family === "inet6" ? [] : r.addrs4;
  const addrs6 = family === "inet" ? [] : r.addrs6;
  if (!addrs4.length && !addrs6.length) return { kind: "error", text: EAI_ADDRFAMILY_TEXT, code: "EAI_ADDRFAMILY" };
  if (!addrs4.length && !opts.v6ok) return failure("NO_DATA");
  return { kind: "ok", addrs: addrs4, addrs6, canonical: r.canonical };
}

/**
 * getnameinfo(NI_NAMEREQD): the host's name for `addr` (IPv4 as a number, IPv6 as a bigint) from the
 * nsswitch sources, or undefined.
 */
export async function reverseResolve(task: Task, addr: number | bigint): Promise<string | undefined> {
  // gethostbyaddr() refuses in6addr_any (HOST_NOT_FOUND) before asking any source.
  if (addr === 0n) return undefined;
  const s = typeof addr === "number" ? formatIpv4(addr) : "";
  const matches = (a: string): boolean =>
    typeof addr === "number" ? parseIpv4Aton(a) === addr || a === s : a.includes(":") && parseIp6(a) === addr;
  for (const src of hostsSources(task)) {
    if (src === "files") {
      const hit = readHostsFile(task).find((e) => matches(e.address));
      if (hit) return hit.names[0];
    } else if (src === "dns") {
      const n = await dnsLookupPtr(task, addr);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}
