// IPv4 name lookups as getaddrinfo()/getnameinfo() do them with the files
// backend only (see hosts.ts): dotted quads, then /etc/hosts. What is not
// there fails with EAI_AGAIN — the nameserver of a namespace cut off from the
// world cannot be reached — as the bare kernel sandbox shows.

import type { Task } from "../../../kernel/task/task.js";
import { parseIp6 } from "../../../wire/addr.js";
import { hostsMatching, isIpv4Literal, readHostsFile } from "./hosts.js";

export const EAI_AGAIN_TEXT = "Temporary failure in name resolution";
export const EAI_NONAME_TEXT = "Name or service not known";

export function parseIpv4(s: string): number | undefined {
  if (!isIpv4Literal(s)) return undefined;
  return s.split(".").reduce((a, p) => ((a << 8) | Number(p)) >>> 0, 0);
}

export function formatIpv4(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
}

export type Lookup = { kind: "ok"; addrs: number[]; canonical: string } | { kind: "error"; text: string };

/** getaddrinfo(name, AF_INET): numeric only when `numeric` (AI_NUMERICHOST). */
export function getaddrinfo4(task: Task, name: string, numeric = false): Lookup {
  const lit = parseIpv4(name);
  if (lit !== undefined) return { kind: "ok", addrs: [lit], canonical: name };
  if (numeric) return { kind: "error", text: EAI_NONAME_TEXT };
  const hits = hostsMatching(readHostsFile(task), name)
    .map((e) => parseIpv4(e.address))
    .filter((a): a is number => a !== undefined);
  if (hits.length) return { kind: "ok", addrs: [...new Set(hits)], canonical: name };
  return { kind: "error", text: EAI_AGAIN_TEXT };
}

/** getnameinfo(NI_NAMEREQD-less): the first /etc/hosts name of an address, or undefined (EAI_AGAIN). */
export function reverseLookup(task: Task, addr: number): string | undefined {
  const s = formatIpv4(addr);
  return readHostsFile(task).find((e) => e.address === s)?.names[0];
}

/** The same for an IPv6 address: the first /etc/hosts name of an entry that parses to it. */
export function reverseLookup6(task: Task, addr: bigint): string | undefined {
  return readHostsFile(task).find((e) => e.address.includes(":") && parseIp6(e.address) === addr)?.names[0];
}
