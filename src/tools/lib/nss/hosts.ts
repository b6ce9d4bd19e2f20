// glibc's "files" hosts backend (nss_files, /etc/hosts), which is all the
// name service a host in the world has: lines of "ADDRESS NAME [ALIAS…]",
// '#' comments, names matched case-insensitively. With Debian's
// /etc/host.conf ("multi on") every matching line counts, not only the first.
// A name /etc/hosts does not know fails as getaddrinfo does on a host whose
// nameserver cannot be reached (EAI_AGAIN, "Temporary failure in name
// resolution") — what the bare kernel sandbox prints. No DNS server is
// modelled yet; once one is, NXDOMAIN answers become EAI_NONAME.

import type { Task } from "../../../kernel/task/task.js";

export interface HostsEntry {
  address: string;
  names: string[];
}

export const EAI_AGAIN_TEXT = "Temporary failure in name resolution";

/** The host's /etc/hosts, parsed; empty when missing or unreadable. */
export function readHostsFile(task: Task): HostsEntry[] {
  let text: string;
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", "/etc/hosts"));
  } catch {
    return [];
  }
  const out: HostsEntry[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const [address, ...names] = line.split(/\s+/);
    if (address && names.length) out.push({ address, names });
  }
  return out;
}

/** Lines naming `name` (as canonical name or alias). */
export function hostsMatching(entries: HostsEntry[], name: string): HostsEntry[] {
  const n = name.toLowerCase();
  return entries.filter((e) => e.names.some((x) => x.toLowerCase() === n));
}

export function isIpv4Literal(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  return !!m && m.slice(1).every((p) => Number(p) <= 255);
}
