// Each host's /etc/hosts lists the other hosts of its world, appended as they
// are published (so lines a script added stay), under one comment line, the
// way provisioning tools (containerlab, vagrant-hostmanager) add a block.
//
// Cost: a world of n hosts makes n² entries. Each one is an append to the
// file's growing buffer (VFS appendData), not a read and rewrite of the whole
// file, which made building 1 000 hosts cubic. The file is read only when it
// is not the one this code last appended to (a script replaced or shrank it).

import type { Host } from "../kernel/host.js";
import type { FileInode } from "../kernel/fs/inode.js";

const MARK = "# hosts of this nslab world";
const enc = new TextEncoder();

/** The /etc/hosts inode we last appended to, and its length then. */
const last = new WeakMap<Host, { inode: FileInode; len: number }>();

export function appendHostsEntry(host: Host, address: string, name: string): void {
  appendHostsEntries(host, [[address, name]]);
}

/** Appends several "ADDRESS\tNAME" lines at once (a new host learns every published one). */
export function appendHostsEntries(host: Host, entries: ReadonlyArray<readonly [string, string]>): void {
  if (!entries.length) return;
  const fs = host.fs;
  const lines = entries.map(([a, n]) => `${a}\t${n}\n`).join("");
  const cur = fs.tryLookup(undefined, "/", "/etc/hosts");
  const seen = last.get(host);
  if (cur && cur.kind === "file" && seen && seen.inode === cur && cur.data.length >= seen.len) {
    fs.appendData(cur, enc.encode(lines));
    seen.len = cur.data.length;
    return;
  }
  let text = "";
  try {
    text = new TextDecoder().decode(fs.readFile(undefined, "/", "/etc/hosts"));
  } catch {
    // A script removed it: start a new one.
  }
  if (!text.includes(MARK)) text += `${text && !text.endsWith("\n") ? "\n" : ""}\n${MARK}\n`;
  fs.writeFile(undefined, "/", "/etc/hosts", `${text}${lines}`);
  const f = fs.tryLookup(undefined, "/", "/etc/hosts");
  if (f && f.kind === "file") last.set(host, { inode: f, len: f.data.length });
}
