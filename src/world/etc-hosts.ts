// Each host's /etc/hosts lists the other hosts of its world, appended as they
// are published (so lines a script added stay), under one comment line, the
// way provisioning tools (containerlab, vagrant-hostmanager) add a block.

import type { Host } from "../kernel/host.js";

const MARK = "# hosts of this nslab world";

export function appendHostsEntry(host: Host, address: string, name: string): void {
  const fs = host.fs;
  let text = "";
  try {
    text = new TextDecoder().decode(fs.readFile(undefined, "/", "/etc/hosts"));
  } catch {
    // A script removed it: start a new one.
  }
  if (!text.includes(MARK)) text += `${text && !text.endsWith("\n") ? "\n" : ""}\n${MARK}\n`;
  fs.writeFile(undefined, "/", "/etc/hosts", `${text}${address}\t${name}\n`);
}
