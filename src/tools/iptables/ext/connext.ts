// Matches on conntrack's accounting and labels: connbytes (libxt_connbytes.c:
// --connbytes from[:to] as a u64 range, --connbytes-mode, --connbytes-dir),
// connlimit (libxt_connlimit.c, revision 1: --connlimit-upto/above,
// --connlimit-mask, --connlimit-saddr/daddr) and connlabel
// (libxt_connlabel.c: --label bit-or-name [--set], names from
// /etc/xtables/connlabel.conf). Output forms as recorded from iptables 1.8.9.
// Without connlabel.conf, libnetfilter_conntrack's "Warning: cannot open
// /etc/xtables/connlabel.conf" comes each time a name is looked up: when a
// name is parsed, and for each connlabel rule -L, -S or iptables-save shows.

import {
  XT_CONNLABEL_OP_INVERT,
  XT_CONNLABEL_OP_SET,
  XT_CONNLIMIT_DADDR,
  XT_CONNLIMIT_INVERT,
  type XtConnbytes,
  type XtConnlabel,
  type XtConnlimit,
} from "../../../uapi/xt_ext_match.js";
import type { Task } from "../../../kernel/task/task.js";
import { paramError } from "../errors.js";
import { inetAton, strtoulPrefix } from "../netdb.js";
import { parseIp6 } from "../../../wire/addr.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";
import { extWarn } from "./warnings.js";

const U64_MAX = (1n << 64n) - 1n;

/** XTTYPE_UINT64RC: N[:M], each 0..2^64-1 in C notation. */
function parseU64Range(arg: string): bigint[] {
  const parts = arg.split(":");
  if (parts.length > 2) paramError(`connbytes: Too many components for option "--connbytes" (max: 2)\n`);
  const vals: bigint[] = [];
  for (const [i, p] of parts.entries()) {
    if (p === "") {
      vals.push(vals.length === 0 ? 0n : U64_MAX);
      continue;
    }
    const m = /^\s*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(p);
    const v = m ? BigInt(/^0[0-7]+$/.test(m[1]!) ? `0o${m[1]!.slice(1)}` : m[1]!) : -1n;
    if (v < 0n || v > U64_MAX)
      paramError(`connbytes: bad value for option "--connbytes" near "${parts.slice(i).join(":")}", or out of range (0-${U64_MAX}).\n`);
    vals.push(v);
  }
  return vals;
}

const MODES = ["packets", "bytes", "avgpkt"];
const DIRS = ["original", "reply", "both"];

function connbytesText(d: XtConnbytes, prefix: string): string {
  let [from, to] = [d.from, d.to];
  let s = "";
  if (from > to) {
    s = " !";
    [from, to] = [to, from];
  }
  s += ` ${prefix}connbytes ${from}`;
  if (to && to < U64_MAX) s += `:${to}`;
  return s;
}

export const CONNBYTES: XtExtension<XtConnbytes> = {
  kind: "match",
  name: "connbytes",
  revision: 0,
  x6: true,
  help: () =>
    "connbytes match options:\n [!] --connbytes from:[to]\n     --connbytes-dir [original, reply, both]\n     --connbytes-mode [packets, bytes, avgpkt]\n",
  options: [
    { name: "connbytes", hasArg: true, id: 0, mand: true, invert: true },
    { name: "connbytes-dir", hasArg: true, id: 1, mand: true },
    { name: "connbytes-mode", hasArg: true, id: 2, mand: true },
  ],
  init: () => ({ from: 0n, to: 0n, what: 0, direction: 0 }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case 0: {
        const v = parseU64Range(c.arg);
        d.from = v[0]!;
        d.to = v.length === 2 ? v[1]! : U64_MAX;
        if (d.to < d.from) paramError(`${d.from} should be less than ${d.to}`);
        if (c.invert) [d.from, d.to] = [d.to, d.from];
        break;
      }
      case 1:
        d.direction = DIRS.indexOf(c.arg);
        if (d.direction < 0) paramError(`Unknown --connbytes-dir \`${c.arg}'`);
        break;
      case 2:
        d.what = MODES.indexOf(c.arg);
        if (d.what < 0) paramError(`Unknown --connbytes-mode \`${c.arg}'`);
        break;
    }
  },
  print: (d) =>
    `${connbytesText(d, "")} connbytes mode ${MODES[d.what] ?? "unknown"} connbytes direction ${DIRS[d.direction] ?? "unknown"}`,
  save: (d) => `${connbytesText(d, "--")} --connbytes-mode ${MODES[d.what] ?? "unknown"} --connbytes-dir ${DIRS[d.direction] ?? "unknown"}`,
};

const O_UPTO = 0, O_ABOVE = 1, O_MASK = 2, O_SADDR = 3, O_DADDR = 4;
const F = (id: number) => 1 << id;

/** Prefix length of a mask the way count_bits4/6 count it (32/128 minus the bits below the highest clear one). */
function maskBits(d: XtConnlimit, ip6: boolean): number {
  if (ip6) {
    let bits = 0;
    for (let w = 0; w < 4; w++)
      for (let word = ~(d.mask6 >> BigInt(96 - 32 * w)) & 0xffffffffn; word !== 0n; word >>= 1n) bits++;
    return 128 - bits;
  }
  let bits = 0;
  for (let m = ~d.mask >>> 0; m !== 0; m >>>= 1) bits++;
  return 32 - bits;
}

/** xtables_ipmask_to_cidr()/xtables_ip6mask_to_cidr(): prefix length of a contiguous mask, else -1. */
function maskToCidr(m: bigint, width: number): number {
  for (let i = width; i >= 0; i--) {
    const want = i === 0 ? 0n : (((1n << BigInt(width)) - 1n) >> BigInt(width - i)) << BigInt(width - i);
    if (m === want) return i;
  }
  return -1;
}

/**
 * XTTYPE_PLEN as xtoptions.c parses it: a prefix length up to the family's
 * width, else a numeric address taken as a netmask. A non-contiguous mask
 * gives -1, stored in a u8 as 255, which the mask conversion leaves all ones.
 */
function parsePlen(arg: string, ip6: boolean): number {
  const width = ip6 ? 128 : 32;
  const n = strtoulPrefix(arg);
  if (n && n.rest === "" && !/^\s*-/.test(arg) && n.value <= width) return n.value;
  const m = ip6 ? (arg.includes(":") ? parseIp6(arg) : undefined) : inetAton(arg);
  if (m === undefined)
    paramError(`connlimit: bad value for option "--connlimit-mask", neither a valid network mask nor valid CIDR (0-${width}).\n`);
  const c = maskToCidr(BigInt(m), width);
  return c < 0 ? 255 : c;
}

function connlimitMask(plen: number): { mask: number; mask6: bigint } {
  if (plen > 128) return { mask: 0xffffffff, mask6: (1n << 128n) - 1n };
  const mask6 = plen === 0 ? 0n : (((1n << 128n) - 1n) >> BigInt(128 - plen)) << BigInt(128 - plen);
  // The IPv4 mask is the first word of the 128-bit one (struct xt_connlimit_info's union).
  return { mask: Number(mask6 >> 96n) >>> 0, mask6 };
}

/** libxt_connlimit registers one per family (connlimit_parse4/6, print4/6). */
function connlimitFor(family: 4 | 6): XtExtension<XtConnlimit> {
  const ip6 = family === 6;
  return {
  kind: "match",
  name: "connlimit",
  revision: 1,
  family,
  x6: true,
  help: () =>
    "connlimit match options:\n" +
    "  --connlimit-upto n     match if the number of existing connections is 0..n\n" +
    "  --connlimit-above n    match if the number of existing connections is >n\n" +
    "  --connlimit-mask n     group hosts using prefix length (default: max len)\n" +
    "  --connlimit-saddr      select source address for grouping\n" +
    "  --connlimit-daddr      select destination addresses for grouping\n",
  options: [
    { name: "connlimit-upto", hasArg: true, id: O_UPTO, invert: true, excl: F(O_ABOVE) },
    { name: "connlimit-above", hasArg: true, id: O_ABOVE, invert: true, excl: F(O_UPTO) },
    { name: "connlimit-mask", hasArg: true, id: O_MASK },
    { name: "connlimit-saddr", hasArg: false, id: O_SADDR, excl: F(O_DADDR) },
    { name: "connlimit-daddr", hasArg: false, id: O_DADDR, excl: F(O_SADDR) },
  ],
  init: () => ({ mask: 0xffffffff, mask6: (1n << 128n) - 1n, limit: 0, flags: 0 }),
  parse(c) {
    const d = c.data;
    switch (c.opt.id) {
      case O_UPTO:
      case O_ABOVE:
        d.limit = parseUint("connlimit", c.opt.name, c.arg, 0, 0xffffffff);
        if ((c.opt.id === O_ABOVE) === c.invert) d.flags |= XT_CONNLIMIT_INVERT;
        break;
      case O_MASK:
        Object.assign(d, connlimitMask(parsePlen(c.arg, ip6)));
        break;
      case O_SADDR:
        d.flags &= ~XT_CONNLIMIT_DADDR;
        break;
      case O_DADDR:
        d.flags |= XT_CONNLIMIT_DADDR;
        break;
    }
  },
  final(c) {
    if (!(c.flags & (F(O_UPTO) | F(O_ABOVE)))) paramError('You must specify "--connlimit-above" or "--connlimit-upto".');
  },
  print: (d) =>
    ` #conn ${d.flags & XT_CONNLIMIT_DADDR ? "dst" : "src"}/${maskBits(d, ip6)} ${d.flags & XT_CONNLIMIT_INVERT ? "<=" : ">"} ${d.limit}`,
  save: (d) =>
    ` --connlimit-${d.flags & XT_CONNLIMIT_INVERT ? "upto" : "above"} ${d.limit} --connlimit-mask ${maskBits(d, ip6)}` +
    (d.flags & XT_CONNLIMIT_DADDR ? " --connlimit-daddr" : " --connlimit-saddr"),
  };
}

export const CONNLIMIT = connlimitFor(4);
export const CONNLIMIT6 = connlimitFor(6);

const CONNLABEL_CONF = "/etc/xtables/connlabel.conf";

/** nfct_labelmap_new(): bit -> name from connlabel.conf ("N name" lines); undefined when it cannot be read. */
function labelMap(task: Task): Map<number, string> | undefined {
  let text: string;
  try {
    text = new TextDecoder().decode(task.host.fs.readFile(task, "/", CONNLABEL_CONF));
  } catch {
    return undefined;
  }
  const m = new Map<number, string>();
  for (const line of text.split("\n")) {
    const r = /^\s*(\d+)\s+(\S+)/.exec(line);
    if (r && Number(r[1]) < 128 && !m.has(Number(r[1]))) m.set(Number(r[1]), r[2]!);
  }
  return m;
}

const CANNOT_OPEN = `Warning: cannot open ${CONNLABEL_CONF}: No such file or directory\n`;

/** connlabel_get_name(): opening the map warns when the file is missing, each time. */
function labelName(task: Task, bit: number): string | undefined {
  const map = labelMap(task);
  if (!map) {
    extWarn(task, CANNOT_OPEN);
    return undefined;
  }
  return map.get(bit) || undefined;
}

export const CONNLABEL: XtExtension<XtConnlabel> = {
  kind: "match",
  name: "connlabel",
  revision: 0,
  x6: true,
  help: () => "connlabel match options:\n[!] --label name     Match if label has been set on connection\n    --set            Set label on connection\n",
  options: [
    { name: "label", hasArg: true, id: 0, mand: true, invert: true },
    { name: "set", hasArg: false, id: 1 },
  ],
  init: () => ({ bit: 0, options: 0 }),
  // userspacesize is offsetof(struct xt_connlabel_mtinfo, bit), i.e. 0: any connlabel compares equal.
  userspace: () => ({}),
  parse(c) {
    const d = c.data;
    if (c.opt.id === 1) {
      d.options |= XT_CONNLABEL_OP_SET;
      return;
    }
    const n = strtoulPrefix(c.arg);
    let bit = n && n.rest === "" ? n.value : -1;
    if (bit < 0) {
      const map = labelMap(c.task);
      if (!map) c.warn(CANNOT_OPEN);
      else for (const [b, name] of map) if (name === c.arg) bit = b;
    }
    if (bit < 0) paramError(`label '${c.arg}' not found or invalid value`);
    d.bit = bit;
    if (c.invert) d.options |= XT_CONNLABEL_OP_INVERT;
  },
  print(d, _ip, numeric, task) {
    const name = labelName(task, d.bit);
    let s = " connlabel";
    if (d.options & XT_CONNLABEL_OP_INVERT) s += " !";
    s += numeric || !name ? ` ${d.bit}` : ` '${name}'`;
    if (d.options & XT_CONNLABEL_OP_SET) s += " set";
    return s;
  },
  save(d, _ip, task) {
    const name = task ? labelName(task, d.bit) : undefined;
    let s = d.options & XT_CONNLABEL_OP_INVERT ? " !" : "";
    s += ` --label "${name ?? d.bit}"`;
    if (d.options & XT_CONNLABEL_OP_SET) s += " --set";
    return s;
  },
};
