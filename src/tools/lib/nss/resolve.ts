// The front door every program uses to turn a host name into IPv4 addresses
// (getaddrinfo(AF_INET)) and back (getnameinfo): a numeric address first,
// then the `hosts:` sources of /etc/nsswitch.conf in order — `files`
// (/etc/hosts, hosts.ts) and `dns` (the stub resolver, dns.ts). Other sources
// (mdns4_minimal, myhostname, resolve) are skipped.
//
// Where we differ: glibc with no /etc/nsswitch.conf uses "dns [!UNAVAIL=return]
// files"; our rootfs writes no nsswitch.conf and a missing one means
// "files dns", Debian's and the Docker images' setting. `[STATUS=action]`
// items are ignored (NOTFOUND continues to the next source).

import type { Task } from "../../../kernel/task/task.js";
import { parseIpv4Aton } from "../../../wire/addr.js";
import { dnsLookupA, dnsLookupPtr, type DnsFailure } from "./dns.js";
import { hostsMatching, readHostsFile } from "./hosts.js";
import { formatIpv4 } from "./inet.js";

export const EAI_AGAIN_TEXT = "Temporary failure in name resolution";
export const EAI_NONAME_TEXT = "Name or service not known";
export const EAI_NODATA_TEXT = "No address associated with hostname";

export type Resolved = { kind: "ok"; addrs: number[]; canonical: string } | { kind: "error"; text: string; code: "EAI_AGAIN" | "EAI_NONAME" | "EAI_NODATA" };

/** The `hosts:` sources, in order. */
export function hostsSources(task: Task): string[] {
  let text: string | undefined;
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/nsswitch.conf"));
  } catch {
    return ["files", "dns"];
  }
  for (const raw of text.split("\n")) {
    const m = /^\s*hosts\s*:(.*)$/.exec(raw.replace(/#.*/, ""));
    if (m) return m[1]!.trim().split(/\s+/).filter((w) => w && !w.startsWith("["));
  }
  return [];
}

function failure(herr: DnsFailure | undefined): Resolved {
  if (herr === "HOST_NOT_FOUND" || herr === undefined) return { kind: "error", text: EAI_NONAME_TEXT, code: "EAI_NONAME" };
  if (herr === "NO_DATA") return { kind: "error", text: EAI_NODATA_TEXT, code: "EAI_NODATA" };
  return { kind: "error", text: EAI_AGAIN_TEXT, code: "EAI_AGAIN" };
}

/**
 * getaddrinfo(name, AF_INET): numbers as inet_aton reads them (only those with
 * `numeric`, AI_NUMERICHOST), then the nsswitch sources. The canonical name
 * is /etc/hosts' first name on the matching line, or DNS's CNAME target.
 */
export async function resolveHost(task: Task, name: string, opts: { numeric?: boolean } = {}): Promise<Resolved> {
  const lit = parseIpv4Aton(name);
  if (lit !== undefined) return { kind: "ok", addrs: [lit], canonical: name };
  if (opts.numeric || !name) return { kind: "error", text: EAI_NONAME_TEXT, code: "EAI_NONAME" };
  // The worst outcome seen: a later source's NOTFOUND does not hide an earlier TRY_AGAIN.
  let worst: DnsFailure | undefined;
  for (const src of hostsSources(task)) {
    if (src === "files") {
      const lines = hostsMatching(readHostsFile(task), name);
      const addrs = lines.map((e) => parseIpv4Aton(e.address)).filter((a): a is number => a !== undefined);
      if (addrs.length) return { kind: "ok", addrs: [...new Set(addrs)], canonical: lines.find((e) => parseIpv4Aton(e.address) !== undefined)!.names[0]! };
    } else if (src === "dns") {
      const r = await dnsLookupA(task, name);
      if (r.ok) return { kind: "ok", addrs: r.addrs, canonical: r.canonical };
      if (worst !== "TRY_AGAIN") worst = r.herr;
    }
  }
  return failure(worst);
}

/** getnameinfo(NI_NAMEREQD): the host's name for `addr` from the nsswitch sources, or undefined. */
export async function reverseResolve(task: Task, addr: number): Promise<string | undefined> {
  const s = formatIpv4(addr);
  for (const src of hostsSources(task)) {
    if (src === "files") {
      const hit = readHostsFile(task).find((e) => parseIpv4Aton(e.address) === addr || e.address === s);
      if (hit) return hit.names[0];
    } else if (src === "dns") {
      const n = await dnsLookupPtr(task, addr);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}
