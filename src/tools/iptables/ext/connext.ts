// Matches on conntrack's accounting and labels: connbytes (libxt_connbytes.c:
// --connbytes from[:to] as a u64 range, --connbytes-mode, --connbytes-dir),
// connlimit (libxt_connlimit.c, revision 1: --connlimit-upto/above,
// --connlimit-mask, --connlimit-saddr/daddr) and connlabel
// (libxt_connlabel.c: --label bit-or-name [--set], names from
// /etc/xtables/connlabel.conf). Output forms as recorded from iptables 1.8.9.
// Where we differ: libnetfilter_conntrack's "Warning: cannot open
// /etc/xtables/connlabel.conf" is printed when a name is parsed, not when a
// rule is listed (-L/-S print no warnings here).

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
import { strtoulPrefix } from "../netdb.js";
import type { XtExtension } from "./types.js";
import { parseUint } from "./xtoptions.js";

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

function connlimitMask(plen: number): { mask: number; mask6: bigint } {
  const mask6 = plen === 0 ? 0n : (((1n << 128n) - 1n) >> BigInt(128 - plen)) << BigInt(128 - plen);
  // The IPv4 mask is the first word of the 128-bit one (struct xt_connlimit_info's union).
  return { mask: Number(mask6 >> 96n) >>> 0, mask6 };
}

export const CONNLIMIT: XtExtension<XtConnlimit> = {
  kind: "match",
  name: "connlimit",
  revision: 1,
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
      case O_MASK: {
        const max = c.ip.ip6 ? 128 : 32;
        const r = strtoulPrefix(c.arg);
        // XTTYPE_PLENMASK: the family's maximum prefix length.
        if (!r || r.rest !== "" || r.value > max) paramError(`connlimit: bad value for option "--connlimit-mask", or out of range (0-${max}).\n`);
        Object.assign(d, connlimitMask(r.value));
        break;
      }
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
  print: (d, ip) =>
    ` #conn ${d.flags & XT_CONNLIMIT_DADDR ? "dst" : "src"}/${maskBits(d, !!ip.ip6)} ${d.flags & XT_CONNLIMIT_INVERT ? "<=" : ">"} ${d.limit}`,
  save: (d, ip) =>
    ` --connlimit-${d.flags & XT_CONNLIMIT_INVERT ? "upto" : "above"} ${d.limit} --connlimit-mask ${maskBits(d, !!ip.ip6)}` +
    (d.flags & XT_CONNLIMIT_DADDR ? " --connlimit-daddr" : " --connlimit-saddr"),
};

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

export const CONNLABEL: XtExtension<XtConnlabel> = {
  kind: "match",
  name: "connlabel",
  revision: 0,
  x6: true,
  help: () => "connlabel match options:\n[!] --label name     Match if label has been set on connection\n    --set            Set label on connection\n\n",
  options: [
    { name: "label", hasArg: true, id: 0, mand: true, invert: true },
    { name: "set", hasArg: false, id: 1 },
  ],
  init: () => ({ bit: 0, options: 0 }),
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
      if (!map) c.warn(`Warning: cannot open ${CONNLABEL_CONF}: No such file or directory\n`);
      else for (const [b, name] of map) if (name === c.arg) bit = b;
    }
    if (bit < 0) paramError(`label '${c.arg}' not found or invalid value`);
    d.bit = bit;
    if (c.invert) d.options |= XT_CONNLABEL_OP_INVERT;
  },
  print(d, _ip, numeric, task) {
    const name = labelMap(task)?.get(d.bit);
    let s = " connlabel";
    if (d.options & XT_CONNLABEL_OP_INVERT) s += " !";
    s += numeric || !name ? ` ${d.bit}` : ` '${name}'`;
    if (d.options & XT_CONNLABEL_OP_SET) s += " set";
    return s;
  },
  save(d) {
    // save() has no task to read connlabel.conf with: the bit is shown, as when the file is absent.
    let s = d.options & XT_CONNLABEL_OP_INVERT ? " !" : "";
    s += ` --label "${d.bit}"`;
    if (d.options & XT_CONNLABEL_OP_SET) s += " --set";
    return s;
  },
};
