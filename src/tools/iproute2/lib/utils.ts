// lib/utils.c and lib/ll_map.c pieces: argument matching, the error exits
// (invarg, duparg, incomplete_command: all exit(-1), i.e. status 255), link
// name <-> index lookups through RTM_GETLINK, lladdr parsing, and rendering a
// kernel error as libnetlink does ("Error: <extack>." or "RTNETLINK answers: ...").

import { KernelError, strerror } from "../../../uapi/errno.js";
import { AF_INET, AF_INET6, AF_UNSPEC } from "../../../uapi/if_addr.js";
import type { IfInfoMsg } from "../../../uapi/if_link.js";
import { RTEXT_FILTER_SKIP_STATS, type RtnlReply, type RtnlRequest } from "../../../uapi/rtnetlink.js";
import { rtnlGetlinkIfindex, rtnlTalk } from "../../../kernel/core/rtnetlink.js";
import type { Task } from "../../../kernel/task/task.js";
import { utf8Length } from "../../../wire/bytes.js";

const AF_PACKET = 17;

/** preferred_family (-4/-6/-0, -f) as the AF_* number a request carries. */
export function familyNumber(family: "unspec" | "inet" | "inet6" | "packet"): number {
  return family === "inet" ? AF_INET : family === "inet6" ? AF_INET6 : family === "packet" ? AF_PACKET : AF_UNSPEC;
}

/** A process exit requested from deep inside a command (exit() in C). */
export class IpExit {
  constructor(readonly status: number) {}
}

/** matches(prefix, string) == 0 in iproute2 6.1: a non-empty prefix of `string`. */
export function matches(prefix: string, word: string): boolean {
  // The first characters first: most calls are a keyword cascade rejecting a word.
  return prefix.length !== 0 && prefix.charCodeAt(0) === word.charCodeAt(0) && word.startsWith(prefix);
}

export interface Ctx {
  task: Task;
  err: (s: string) => void;
  /** Resolves once every message given to err() is written (before an exec). */
  errFlush?: () => Promise<void>;
  /**
   * ll_map.c's cache of links (index -> name, flags), kept by `ip monitor`
   * (ll_init_map, then ll_remember_index per RTM_NEWLINK/RTM_DELLINK): names
   * and M-DOWN come from it, a miss asks the kernel once. Without it every
   * lookup asks the kernel (the one-shot commands, whose cache is never stale).
   */
  llCache?: Map<number, { name: string; flags: number }>;
}

export function invarg(ctx: Ctx, msg: string, arg: string): never {
  ctx.err(`Error: argument "${arg}" is wrong: ${msg}\n`);
  throw new IpExit(255);
}

export function duparg(ctx: Ctx, key: string, arg: string): never {
  ctx.err(`Error: duplicate "${key}": "${arg}" is the second value.\n`);
  throw new IpExit(255);
}

export function duparg2(ctx: Ctx, key: string, arg: string): never {
  ctx.err(`Error: either "${key}" is duplicate, or "${arg}" is a garbage.\n`);
  throw new IpExit(255);
}

export function incompleteCommand(ctx: Ctx): never {
  ctx.err('Command line is not complete. Try option "help"\n');
  throw new IpExit(255);
}

/** Renders a failed request the way libnetlink's rtnl_talk reports it. */
export function nlError(ctx: Ctx, e: unknown): void {
  if (!(e instanceof KernelError)) throw e;
  if (e.extack) ctx.err(`Error: ${e.extack}${e.extack.endsWith(".") ? "" : "."}\n`);
  else ctx.err(`RTNETLINK answers: ${strerror(e.errno)}\n`);
}

/** rtnl_talk(): the reply, or the rendered error and undefined. */
export function talk(ctx: Ctx, req: RtnlRequest): RtnlReply | undefined {
  try {
    return rtnlTalk(ctx.task, req);
  } catch (e) {
    nlError(ctx, e);
    return undefined;
  }
}

/** Silent lookup (ll_link_get): the device's message, or undefined. */
export function linkGet(ctx: Ctx, name: string | undefined, index = 0): IfInfoMsg | undefined {
  try {
    const r = rtnlTalk(ctx.task, {
      type: "RTM_GETLINK",
      dump: false,
      ifi_index: index,
      attrs: { IFLA_IFNAME: name, IFLA_EXT_MASK: 1 << 3 },
    });
    return r.type === "links" ? r.links[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Off: llNameToIndex reads the whole RTM_GETLINK reply (differential tests). */
export const getlinkIndexOnly = { enabled: true };

/** The ifindex RTM_GETLINK by name answers, or 0 (ll_link_get() failing silently). */
function linkGetIndex(ctx: Ctx, name: string): number {
  if (!getlinkIndexOnly.enabled) return linkGet(ctx, name)?.ifi_index ?? 0;
  try {
    return rtnlGetlinkIfindex(ctx.task, 0, name);
  } catch {
    return 0;
  }
}

/** ll_name_to_index(): by name, then "ifN" as an index. */
export function llNameToIndex(ctx: Ctx, name: string): number {
  const idx = linkGetIndex(ctx, name);
  if (idx) return idx;
  const r = /^if(\d+)/.exec(name);
  return r ? Number(r[1]) : 0;
}

/** ll_index_to_name() */
export function llIndexToName(ctx: Ctx, idx: number): string {
  if (idx === 0) return "*";
  const cache = ctx.llCache;
  const hit = cache?.get(idx);
  if (hit) return hit.name;
  const m = linkGet(ctx, undefined, idx);
  if (m && cache) cache.set(idx, { name: m.IFLA_IFNAME, flags: m.ifi_flags });
  return m?.IFLA_IFNAME ?? `if${idx}`;
}

/** ll_index_to_flags(): 0 for index 0, -1 (every flag, so "up") for an index not known here. */
export function llIndexToFlags(ctx: Ctx, idx: number): number {
  if (idx === 0) return 0;
  if (ctx.llCache) return ctx.llCache.get(idx)?.flags ?? -1;
  return linkGet(ctx, undefined, idx)?.ifi_flags ?? -1;
}

/**
 * ll_init_map(): fill ctx.llCache with every link of the namespace as a dump gives it
 * now (names and flags); the monitors never refresh it, so a peer down at the start
 * stays "M-DOWN", and a link made later is looked up once on its first miss.
 */
export function llInitMap(ctx: Ctx): void {
  const cache = new Map<number, { name: string; flags: number }>();
  const dump = talk(ctx, { type: "RTM_GETLINK", dump: true, ifi_index: 0, attrs: { IFLA_EXT_MASK: RTEXT_FILTER_SKIP_STATS } });
  if (dump?.type === "links") for (const l of dump.links) cache.set(l.ifi_index, { name: l.IFLA_IFNAME, flags: l.ifi_flags });
  ctx.llCache = cache;
}

/** check_ifname() / check_altifname(): what iproute2 accepts as an interface name. */
export function checkIfname(name: string, max = 16): boolean {
  if (name === "" || utf8Length(name) >= max) return false;
  return !IFNAME_BAD.test(name);
}

const IFNAME_BAD = /[\s/]/;

/** ll_addr_a2n(): "aa:bb:cc..." into bytes; prints the error and returns undefined when invalid. */
export function llAddrA2n(ctx: Ctx, arg: string, len = 32): Uint8Array | undefined {
  // A dotted quad is an IPv4 address used as a link-layer one (tunnels).
  if (arg.includes(".")) {
    const q = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(arg);
    if (!q || q.slice(1).some((x) => Number(x) > 255)) {
      ctx.err(`"${arg}" is invalid lladdr.\n`);
      return undefined;
    }
    return new Uint8Array(q.slice(1).map(Number));
  }
  // Each ':'-separated part is read with sscanf("%x"): leading blanks, a sign,
  // an optional 0x and as many hex digits as there are, the rest ignored (so
  // "down" is the one byte 0x0d); the message names the part that failed.
  const out: number[] = [];
  let rest = arg;
  for (let i = 0; i < len; i++) {
    const cp = rest.indexOf(":");
    const part = cp >= 0 ? rest.slice(0, cp) : rest;
    const m = /^[ \t\n\v\f\r]*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)/.exec(part);
    const v = m ? (m[1] === "-" ? -1 : Number.parseInt(m[2]!.slice(0, 9), 16)) : undefined;
    if (v === undefined || v < 0 || v > 255) {
      ctx.err(`"${part}" is invalid lladdr.\n`);
      return undefined;
    }
    out.push(v);
    if (cp < 0) break;
    rest = rest.slice(cp + 1);
  }
  return new Uint8Array(out);
}

/** get_integer() with base 0: decimal, 0x hex or 0 octal, the whole word. */
export function getInteger(arg: string): number | undefined {
  const s = arg.trim();
  let n: number;
  if (/^[+-]?0[xX][0-9a-fA-F]+$/.test(s)) n = Number.parseInt(s, 16);
  else if (/^[+-]?0[0-7]*$/.test(s)) n = Number.parseInt(s, 8);
  else if (/^[+-]?[1-9]\d*$/.test(s)) n = Number.parseInt(s, 10);
  else return undefined;
  if (n > 2147483647 || n < -2147483648) return undefined;
  return n;
}

/** C atoi(): leading blanks, a sign, digits; 0 when there are none. */
export function atoi(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return m ? Number(m[1]) | 0 : 0;
}

/** get_unsigned() / get_u32() (get_u16/get_u8/get_u64 with `max`): strtoul with base 0, up to `max` (a minus sign wraps past it: refused). */
export function getUnsigned(arg: string, max = 0xffffffff): number | undefined {
  const s = arg.replace(/^\s+/, "");
  let n: number;
  if (/^\+?0[xX][0-9a-fA-F]+$/.test(s)) n = Number.parseInt(s.replace("+", ""), 16);
  else if (/^\+?0[0-7]*$/.test(s)) n = Number.parseInt(s.replace("+", ""), 8);
  else if (/^\+?[1-9]\d*$/.test(s)) n = Number.parseInt(s.replace("+", ""), 10);
  else return undefined;
  return n > max ? undefined : n;
}

/** get_u32()/get_u64() without blanks or sign: strtoul with base 0, the whole word, up to `max`. */
export function numArg(s: string, max: number): number | undefined {
  let n: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(s)) n = parseInt(s, 16);
  else if (/^0[0-7]*$/.test(s)) n = parseInt(s, 8);
  else if (/^[1-9]\d*$/.test(s)) n = Number(s);
  else return undefined;
  return n > max ? undefined : n;
}

/** The end of a `-s` flush (ip route/neigh flush): what the last, empty dump round prints. */
export function flushDoneMessage(round: number): string {
  return round === 0 ? "Nothing to flush.\n" : `*** Flush is complete after ${round} round${round > 1 ? "s" : ""} ***\n`;
}

export { llProtoA2n } from "./ll_proto.js";
