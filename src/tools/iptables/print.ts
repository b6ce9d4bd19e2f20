// How iptables shows rules (iptables/xshared.c print_header, print_rule_details,
// print_ifaces, print_ipv4_addresses, save_ipv4_addr, save_rule_details;
// nft-ipv4.c print/save_rule; libxtables xtables_print_num): the -L table
// with its column widths, the one-line -v form printed by -A/-I/-D, and the
// -S / iptables-save form.

import type { Task } from "../../kernel/task/task.js";
import { IPT_F_FRAG, IPT_F_GOTO, IPT_INV_DSTIP, IPT_INV_FRAG, IPT_INV_SRCIP, IPT_INV_VIA_IN, IPT_INV_VIA_OUT, XT_INV_PROTO, type IptEntry, type XtCounters } from "../../uapi/x_tables.js";
import { matchByKernelName, targetByKernelName } from "./ext/index.js";
import { formatIp6 } from "../../wire/addr.js";
import { fmtIp, hostByAddr, maskToCidr } from "./netdb.js";

const ALL6 = (1n << 128n) - 1n;

/** The prefix length of a contiguous IPv6 mask, or -1 (xtables_ip6mask_to_cidr). */
export function mask6ToCidr(m: bigint): number {
  let bits = 0;
  while (bits < 128 && (m >> BigInt(127 - bits)) & 1n) bits++;
  return m === (bits === 0 ? 0n : (ALL6 << BigInt(128 - bits)) & ALL6) ? bits : -1;
}

/**
 * The names -L shows without -n. xtables_ipaddr_to_anyname() asks the C library for every address it
 * prints (no cache: an address in two rules is asked twice), and the C library may wait on DNS, which
 * the synchronous listing cannot: the command first runs the listing with `record` set to learn which
 * addresses it asks for, in order, looks them up, and runs it again consuming `answers` in that order.
 */
export const listNames: { record?: Array<number | bigint>; answers?: string[] } = {};

function anyname(a: number | bigint, numeric: () => string): string {
  if (listNames.record) {
    listNames.record.push(a);
    return numeric();
  }
  return listNames.answers?.shift() ?? numeric();
}

/** xtables_ip6addr_to_numeric/anyname + ip6mask_to_numeric: "/N" or "/MASK", nothing for /128. */
function addr6ToString(a: bigint, m: bigint, format: number): string {
  if (m === 0n && !(format & FMT_NUMERIC)) return "anywhere";
  const c = mask6ToCidr(m);
  const name = format & FMT_NUMERIC ? formatIp6(a) : anyname(a, () => formatIp6(a));
  return name + (c === 128 ? "" : c >= 0 ? `/${c}` : `/${formatIp6(m)}`);
}

function save6(letter: string, a: bigint, m: bigint, invert: boolean): string {
  if (!m && !invert && !a) return "";
  const c = mask6ToCidr(m);
  return `${invert ? " !" : ""} -${letter} ${formatIp6(a)}/${c >= 0 ? c : formatIp6(m)}`;
}
import { protoToName } from "./parse.js";

export const FMT_NUMERIC = 0x0001;
export const FMT_NOCOUNTS = 0x0002;
export const FMT_KILOMEGAGIGA = 0x0004;
export const FMT_OPTIONS = 0x0008;
export const FMT_NOTABLE = 0x0010;
export const FMT_NOTARGET = 0x0020;
export const FMT_VIA = 0x0040;
export const FMT_NONEWLINE = 0x0080;
export const FMT_LINENUMBERS = 0x0100;
export const FMT_C_COUNTS = 0x0400;
export const FMT_PRINT_RULE = FMT_NOCOUNTS | FMT_OPTIONS | FMT_VIA | FMT_NUMERIC | FMT_NOTABLE;

const padL = (s: string, w: number) => s.padStart(w, " ");
const padR = (s: string, w: number) => s.padEnd(w, " ");

/** xtables_print_num() */
export function printNum(n: bigint, format: number): string {
  const notable = (format & FMT_NOTABLE) !== 0;
  if (!(format & FMT_KILOMEGAGIGA)) return notable ? `${n} ` : `${padL(String(n), 8)} `;
  if (n <= 99999n) return notable ? `${n} ` : `${padL(String(n), 5)} `;
  let v = (n + 500n) / 1000n;
  for (const suffix of ["K", "M", "G"]) {
    if (v <= 9999n) return notable ? `${v}${suffix} ` : `${padL(String(v), 4)}${suffix} `;
    v = (v + 500n) / 1000n;
  }
  return notable ? `${v}T ` : `${padL(String(v), 4)}T `;
}

/** print_header() */
export function printHeader(format: number, chain: string, policy: string | undefined, counters: XtCounters, refs: number): string {
  let s = `Chain ${chain}`;
  if (policy !== undefined) {
    s += ` (policy ${policy}`;
    if (!(format & FMT_NOCOUNTS)) {
      s += " " + printNum(counters.pcnt, format | FMT_NOTABLE) + "packets, " + printNum(counters.bcnt, format | FMT_NOTABLE) + "bytes";
    }
    s += ")\n";
  } else s += ` (${refs} references)\n`;
  if (format & FMT_LINENUMBERS) s += padR("num", 4) + " ";
  if (!(format & FMT_NOCOUNTS)) {
    if (format & FMT_KILOMEGAGIGA) s += `${padL("pkts", 5)} ${padL("bytes", 5)} `;
    else s += `${padL("pkts", 8)} ${padL("bytes", 10)} `;
  }
  if (!(format & FMT_NOTARGET)) s += padR("target", 9) + " ";
  s += " prot ";
  if (format & FMT_OPTIONS) s += "opt";
  if (format & FMT_VIA) s += ` ${padR("in", 6)} ${padR("out", 6)} `;
  s += ` ${padR("source", 19)} `;
  s += ` ${padR("destination", 19)} `;
  return s + "\n";
}

/** xtables_ipmask_to_numeric() */
export function maskToNumeric(mask: number): string {
  if (mask >>> 0 === 0xffffffff) return "";
  const c = maskToCidr(mask);
  return c >= 0 ? `/${c}` : `/${fmtIp(mask)}`;
}

function addrToString(task: Task, addr: number, mask: number, format: number): string {
  if (!mask && !(format & FMT_NUMERIC)) return "anywhere";
  const a = format & FMT_NUMERIC ? fmtIp(addr) : anyname(addr, () => hostByAddr(task, addr) ?? fmtIp(addr));
  return a + maskToNumeric(mask);
}

/** The name a rule's target shows in -L (cs->jumpto). */
export function targetName(e: IptEntry): string {
  const t = e.target;
  switch (t.kind) {
    case "none":
      return "";
    case "verdict":
      return t.verdict;
    case "jump":
      return t.chain;
    case "ext":
      // The kernel's name (NOTRACK lists as CT here, though -S writes NOTRACK).
      return t.name;
  }
}

/** nft_ipv4_print_rule(): one -L line (or the -v one-liner with FMT_PRINT_RULE). */
export function printRule(task: Task, e: IptEntry, counters: XtCounters, num: number, format: number): string {
  const notable = (format & FMT_NOTABLE) !== 0;
  const ip = e.ip;
  let s = "";
  if (format & FMT_LINENUMBERS) s += notable ? `${num} ` : `${padR(String(num), 4)} `;
  if (!(format & FMT_NOCOUNTS)) s += printNum(counters.pcnt, format) + printNum(counters.bcnt, format);
  if (!(format & FMT_NOTARGET)) s += notable ? `${targetName(e)} ` : `${padR(targetName(e), 9)} `;
  s += ip.invflags & XT_INV_PROTO ? "!" : " ";
  const pname = protoToName(ip.proto, (format & FMT_NUMERIC) !== 0);
  if ((format & (FMT_NUMERIC | FMT_NOTABLE)) === FMT_NUMERIC || !pname) s += notable ? `${ip.proto} ` : `${padR(String(ip.proto), 4)} `;
  else s += notable ? `${pname} ` : `${padR(pname, 4)} `;
  if (format & FMT_OPTIONS) {
    if (notable) s += "opt ";
    s += (ip.invflags & IPT_INV_FRAG ? "!" : "-") + (ip.flags & IPT_F_FRAG ? "f" : "-") + " ";
  }
  if (format & FMT_VIA) {
    const any = format & FMT_NUMERIC ? "*" : "any";
    const inn = (ip.invflags & IPT_INV_VIA_IN ? "!" : "") + (ip.iniface || any);
    const out = (ip.invflags & IPT_INV_VIA_OUT ? "!" : "") + (ip.outiface || any);
    s += notable ? `in ${inn} out ${out} ` : ` ${padR(inn, 6)} ${padR(out, 6)} `;
  }
  s += ip.invflags & IPT_INV_SRCIP ? "!" : " ";
  const src = ip.ip6 ? addr6ToString(ip.ip6.src, ip.ip6.smsk, format) : addrToString(task, ip.src, ip.smsk, format);
  s += notable ? `${src} ` : `${padR(src, 19)} `;
  s += ip.invflags & IPT_INV_DSTIP ? "!" : " ";
  const dst = ip.ip6 ? addr6ToString(ip.ip6.dst, ip.ip6.dmsk, format) : addrToString(task, ip.dst, ip.dmsk, format);
  s += notable ? `-> ${dst}` : `${padR(dst, 19)} `;
  if (notable) s += "  ";
  if (ip.flags & IPT_F_GOTO) s += "[goto] ";
  const numeric = (format & FMT_NUMERIC) !== 0;
  for (const m of e.matches) {
    const x = matchByKernelName(m.name, ip.ip6 ? 6 : 4);
    if (x) s += x.print(m.data as never, ip, numeric, task);
  }
  if (e.target.kind === "ext") {
    const x = targetByKernelName(e.target.name, ip.ip6 ? 6 : 4);
    if (x) s += x.print(e.target.data as never, ip, numeric, task);
  }
  if (!(format & FMT_NONEWLINE)) s += "\n";
  return s;
}

function saveAddr(letter: string, addr: number, mask: number, invert: boolean): string {
  if (!mask && !invert && !addr) return "";
  const m = mask >>> 0 === 0xffffffff ? "32" : maskToCidr(mask) >= 0 ? String(maskToCidr(mask)) : fmtIp(mask);
  return `${invert ? " !" : ""} -${letter} ${fmtIp(addr)}/${m}`;
}

/** nft_ipv4_save_rule(): the part after "-A CHAIN". */
export function saveRule(e: IptEntry, counters: XtCounters | undefined, format: number, task?: Task): string {
  const ip = e.ip;
  let s = "";
  if (ip.ip6) {
    s += save6("s", ip.ip6.src, ip.ip6.smsk, (ip.invflags & IPT_INV_SRCIP) !== 0);
    s += save6("d", ip.ip6.dst, ip.ip6.dmsk, (ip.invflags & IPT_INV_DSTIP) !== 0);
  } else {
    s += saveAddr("s", ip.src, ip.smsk, (ip.invflags & IPT_INV_SRCIP) !== 0);
    s += saveAddr("d", ip.dst, ip.dmsk, (ip.invflags & IPT_INV_DSTIP) !== 0);
  }
  if (ip.iniface) s += `${ip.invflags & IPT_INV_VIA_IN ? " !" : ""} -i ${ip.iniface}`;
  if (ip.outiface) s += `${ip.invflags & IPT_INV_VIA_OUT ? " !" : ""} -o ${ip.outiface}`;
  if (ip.proto > 0) {
    const pname = protoToName(ip.proto, false);
    if (ip.invflags & XT_INV_PROTO) s += " !";
    s += pname ? ` -p ${pname}` : ` -p ${ip.proto}`;
  }
  if (ip.flags & IPT_F_FRAG) s += `${ip.invflags & IPT_INV_FRAG ? " !" : ""} -f`;
  for (const m of e.matches) {
    const x = matchByKernelName(m.name, ip.ip6 ? 6 : 4);
    s += ` -m ${x?.alias ? x.alias(m.data as never) : m.name}`;
    if (x) s += x.save(m.data as never, ip, task);
  }
  if ((format & (FMT_NOCOUNTS | FMT_C_COUNTS)) === FMT_C_COUNTS && counters) s += ` -c ${counters.pcnt} ${counters.bcnt}`;
  const t = e.target;
  if (t.kind === "ext") {
    const x = targetByKernelName(t.name, ip.ip6 ? 6 : 4);
    s += ` -j ${x?.alias ? x.alias(t.data as never) : t.name}`;
    if (x) s += x.save(t.data as never, ip, task);
  } else if (t.kind === "verdict") s += ` -j ${t.verdict}`;
  else if (t.kind === "jump") s += ` -${t.goto ? "g" : "j"} ${t.chain}`;
  return s + "\n";
}
