// NETMAP (libipt_NETMAP.c, libip6t_NETMAP.c): --to address[/mask], stored as
// the block min..max of the kernel's NAT range (the address masked, and the
// same with the host bits set). Printed back as the block's first address
// and the prefix length (or mask, when the block is not a prefix).

import type { XtNetmap } from "../../../uapi/xt_ext_targets.js";
import { formatIp6 } from "../../../wire/addr.js";
import { fmtIp, maskToCidr } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { ip6MaskText, parseHostMask4, parseHostMask6 } from "./xthost.js";

const ALL6 = (1n << 128n) - 1n;

const NETMAP_HELP = "NETMAP target options:\n  --to address[/mask]\n\t\t\t\tNetwork address to map to.\n\n";

function block4(d: XtNetmap): string {
  const m = ~(d.minIp ^ d.maxIp) >>> 0;
  const bits = maskToCidr(m);
  return `${fmtIp(d.minIp)}/${bits < 0 ? fmtIp(m) : bits}`;
}

function block6(d: XtNetmap): string {
  const min = d.minIp6 ?? 0n;
  const m = ALL6 ^ (min ^ (d.maxIp6 ?? 0n));
  return `${formatIp6(min)}${ip6MaskText(m)}`;
}

export const NETMAP: XtExtension<XtNetmap> = {
  kind: "target",
  name: "NETMAP",
  family: 4,
  revision: 0,
  x6: true,
  help: () => NETMAP_HELP,
  options: [{ name: "to", hasArg: true, id: 0, mand: true }],
  init: () => ({ minIp: 0, maxIp: 0 }),
  parse(c) {
    const { addr, mask } = parseHostMask4(c.task, "NETMAP", "to", c.arg);
    c.data.minIp = (addr & mask) >>> 0;
    c.data.maxIp = (c.data.minIp | ~mask) >>> 0;
  },
  print: (d) => ` to:${block4(d)}`,
  save: (d) => ` --to ${block4(d)}`,
};

export const NETMAP6: XtExtension<XtNetmap> = {
  kind: "target",
  name: "NETMAP",
  family: 6,
  revision: 0,
  x6: true,
  help: () => NETMAP_HELP,
  options: [{ name: "to", hasArg: true, id: 0, mand: true }],
  init: () => ({ minIp: 0, maxIp: 0, minIp6: 0n, maxIp6: 0n }),
  parse(c) {
    const { addr, mask } = parseHostMask6(c.task, "NETMAP", "to", c.arg);
    c.data.minIp6 = addr & mask;
    c.data.maxIp6 = c.data.minIp6 | (ALL6 ^ mask);
  },
  print: (d) => ` to:${block6(d)}`,
  save: (d) => ` --to ${block6(d)}`,
};
