// libxtables' address option types (xtoptions.c) for the targets that take
// one address: XTTYPE_HOST (getaddrinfo of the family: a numeric address or
// an /etc/hosts name), XTTYPE_PLENMASK (a prefix length, or a mask written as
// an address) and XTTYPE_HOSTMASK (host[/plenmask]).
//
// Quirks kept because the real tool shows them: a mask that is not a valid
// prefix length is read by getaddrinfo, so "/33" is the address 0.0.0.33; a
// mask with holes (or that one) has no prefix length, which libxtables stores
// as 255 in a u8 and then turns into an all-ones mask. Names that are not
// numeric nor in /etc/hosts fail as the sandbox's resolver does: EAI_AGAIN
// for a well-formed host name (the nameserver cannot be reached), EAI_NONAME
// for text no DNS name can be (":" in it, say), EAI_ADDRFAMILY for an IPv4
// address given where IPv6 is wanted.

import type { Task } from "../../../kernel/task/task.js";
import { formatIp6, ip6PrefixMask, parseIp6 } from "../../../wire/addr.js";
import { paramError } from "../errors.js";
import { cidrToMask, hostsByName, inetAton, maskToCidr, strtoul } from "../netdb.js";

/** res_hnok(): could this be a DNS host name at all? */
function dnsShaped(name: string): boolean {
  return /^[A-Za-z0-9_.-]+$/.test(name);
}

function lookupFailure(name: string): never {
  paramError(`getaddrinfo: ${dnsShaped(name) ? "Temporary failure in name resolution" : "Name or service not known"}\n`);
}

/** XTTYPE_HOST, IPv4. */
export function parseHost4(task: Task, arg: string): number {
  const a = hostsByName(task, arg);
  if (a.length === 0) lookupFailure(arg);
  if (a.length > 1) paramError(`${arg} resolves to more than one address\n`);
  return a[0]!;
}

/** XTTYPE_HOST, IPv6 (numeric: the model's /etc/hosts lookups are IPv4). */
export function parseHost6(_task: Task, arg: string): bigint {
  const a = parseIp6(arg);
  if (a !== undefined) return a;
  // An IPv4 address asked for as IPv6: EAI_ADDRFAMILY.
  if (inetAton(arg) !== undefined) paramError("getaddrinfo: Address family for hostname not supported\n");
  lookupFailure(arg);
}

/** XTTYPE_PLEN(MASK), IPv4: the prefix length, 255 when the mask has none. */
export function parsePlen4(ext: string, opt: string, arg: string): number {
  const n = strtoul(arg, 0, 32);
  if (n !== undefined) return n;
  const m = inetAton(arg);
  if (m === undefined) paramError(`${ext}: bad value for option "--${opt}", neither a valid network mask nor valid CIDR (0-32).\n`);
  const c = maskToCidr(m);
  return c < 0 ? 255 : c;
}

export function plenToMask4(hlen: number): number {
  return hlen > 32 ? 0xffffffff : cidrToMask(hlen);
}

/** XTTYPE_PLEN(MASK), IPv6. */
export function parsePlen6(ext: string, opt: string, arg: string): number {
  const n = strtoul(arg, 0, 128);
  if (n !== undefined) return n;
  const m = parseIp6(arg);
  if (m === undefined) paramError(`${ext}: bad value for option "--${opt}", neither a valid network mask nor valid CIDR (0-128).\n`);
  return mask6ToCidr(m);
}

export function plenToMask6(hlen: number): bigint {
  return hlen > 128 ? (1n << 128n) - 1n : ip6PrefixMask(hlen);
}

/** xtables_ip6mask_to_cidr(), 255 for a mask with holes (as libxtables' u8 keeps -1). */
export function mask6ToCidr(m: bigint): number {
  let bits = 0;
  while (bits < 128 && (m >> BigInt(127 - bits)) & 1n) bits++;
  return m === ip6PrefixMask(bits) ? bits : 255;
}

/** XTTYPE_HOSTMASK, IPv4: the address and its mask. */
export function parseHostMask4(task: Task, ext: string, opt: string, arg: string): { addr: number; mask: number } {
  const slash = arg.indexOf("/");
  if (slash < 0) return { addr: parseHost4(task, arg), mask: 0xffffffff };
  const addr = parseHost4(task, arg.slice(0, slash));
  return { addr, mask: plenToMask4(parsePlen4(ext, opt, arg.slice(slash + 1))) };
}

export function parseHostMask6(task: Task, ext: string, opt: string, arg: string): { addr: bigint; mask: bigint } {
  const slash = arg.indexOf("/");
  if (slash < 0) return { addr: parseHost6(task, arg), mask: (1n << 128n) - 1n };
  const addr = parseHost6(task, arg.slice(0, slash));
  return { addr, mask: plenToMask6(parsePlen6(ext, opt, arg.slice(slash + 1))) };
}

/** xtables_ip6mask_to_numeric(): "/N", or "/MASK" when it has holes. */
export function ip6MaskText(m: bigint): string {
  const c = mask6ToCidr(m);
  return c === 255 ? `/${formatIp6(m)}` : `/${c}`;
}
