// The kernel's registry of x_tables extensions (xt_register_match/target in
// net/netfilter/x_tables.c) and the checks done when a rule is loaded
// (xt_check_match/xt_check_target): a match or target may be limited to some
// tables and hooks, may need a protocol, and may refuse its data. A refusal
// is an errno (EINVAL mostly), which iptables-nft reports as
// "RULE_APPEND failed (Invalid argument)".

import type { IptEntry } from "../../uapi/x_tables.js";
import type { XtPkt } from "./pktinfo.js";
import type { NetNamespace } from "../core/netns.js";

/** Target verdicts: XT_CONTINUE, or an NF_* verdict that ends the traversal. */
export const XT_CONTINUE = -1;
export type XtTargetVerdict = -1 | 0 | 1 | 2;

export interface XtCheckCtx {
  table: string;
  /** Bit per NF_INET_* hook the rule's chain can be reached from. */
  hookMask: number;
  entry: IptEntry;
  /**
   * Set when the rule is being added (checkentry runs once, at creation; the
   * table validation that re-checks hooks leaves it out): every other rule the
   * namespace holds once this batch applies, of both families, for extensions
   * whose objects are shared by name (RATEEST's estimators).
   */
  otherRules?: () => Iterable<IptEntry>;
  /** The namespace the batch applies to (par->net), for checkentry side effects there. */
  net?: NetNamespace;
}

export interface XtMatchKernel {
  name: string;
  /** NFPROTO family it serves (4 = ipv4, 6 = ipv6); both when absent (NFPROTO_UNSPEC). */
  family?: 4 | 6;
  /** Revisions this implementation accepts. */
  revisions: readonly number[];
  /** Tables it may be used in (all if absent). */
  table?: string;
  /** Allowed hooks (bitmask); all if absent. */
  hooks?: number;
  /** Required -p protocol (e.g. tcp = 6). */
  proto?: number;
  match(p: XtPkt, data: object): boolean;
  check?(ctx: XtCheckCtx, data: object): string | undefined;
}

export interface XtTargetKernel {
  name: string;
  family?: 4 | 6;
  revisions: readonly number[];
  table?: string;
  hooks?: number;
  proto?: number;
  target(p: XtPkt, data: object): XtTargetVerdict;
  check?(ctx: XtCheckCtx, data: object): string | undefined;
}

// Per name, the implementations of each family (xt[NFPROTO_*] in x_tables.c).
const matches = new Map<string, XtMatchKernel[]>();
const targets = new Map<string, XtTargetKernel[]>();

function add<T extends { name: string }>(m: Map<string, T[]>, x: T): void {
  const l = m.get(x.name) ?? [];
  l.push(x);
  m.set(x.name, l);
}

function find<T extends { family?: 4 | 6 }>(l: T[] | undefined, family: 4 | 6): T | undefined {
  return l?.find((x) => x.family === family) ?? l?.find((x) => x.family === undefined);
}

export function xtRegisterMatch(m: XtMatchKernel): void {
  add(matches, m);
}

export function xtRegisterTarget(t: XtTargetKernel): void {
  add(targets, t);
}

export function xtFindMatch(name: string, family: 4 | 6 = 4): XtMatchKernel | undefined {
  return find(matches.get(name), family);
}

export function xtFindTarget(name: string, family: 4 | 6 = 4): XtTargetKernel | undefined {
  return find(targets.get(name), family);
}

/** The family of a rule: ip6tables rules carry IPv6 addresses. */
const familyOf = (ctx: XtCheckCtx): 4 | 6 => (ctx.entry.ip.ip6 ? 6 : 4);

/** Hook bitmask helpers: (1 << NF_INET_*). */
export const HOOK_PRE = 1 << 0;
export const HOOK_IN = 1 << 1;
export const HOOK_FWD = 1 << 2;
export const HOOK_OUT = 1 << 3;
export const HOOK_POST = 1 << 4;

function checkCommon(
  ext: { table?: string; hooks?: number; proto?: number; check?(ctx: XtCheckCtx, data: object): string | undefined },
  ctx: XtCheckCtx,
  data: object,
): string | undefined {
  if (ext.table && ext.table !== ctx.table) return "EINVAL";
  if (ext.hooks !== undefined && ctx.hookMask & ~ext.hooks) return "EINVAL";
  if (ext.proto !== undefined) {
    const ip = ctx.entry.ip;
    if (ip.proto !== ext.proto || ip.invflags & 0x40) return "EINVAL";
  }
  return ext.check?.(ctx, data);
}

/** xt_check_match(): ENOENT for an unknown extension or revision, else the extension's verdict. */
export function xtCheckMatch(name: string, revision: number, ctx: XtCheckCtx, data: object): string | undefined {
  const m = find(matches.get(name), familyOf(ctx));
  if (!m || !m.revisions.includes(revision)) return "ENOENT";
  return checkCommon(m, ctx, data);
}

export function xtCheckTarget(name: string, revision: number, ctx: XtCheckCtx, data: object): string | undefined {
  const t = find(targets.get(name), familyOf(ctx));
  if (!t || !t.revisions.includes(revision)) return "ENOENT";
  return checkCommon(t, ctx, data);
}
