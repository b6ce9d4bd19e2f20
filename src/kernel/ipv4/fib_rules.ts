// IPv4 policy routing rules (net/core/fib_rules.c, net/ipv4/fib_rules.c):
// the per-namespace ordered rule list a route lookup walks before any table.
// Every namespace starts with the three default rules (0: lookup local,
// 32766: lookup main, 32767: lookup default, proto kernel). A rule matches on
// iif/oif (by name, bound to an ifindex while such a device exists, else
// "detached"), fwmark/mask, uid range, then the IPv4 part (from/to prefixes,
// tos, ip protocol, port ranges); `not` inverts the whole match. Its action
// looks up a table (a missing table or a "throw" route moves on), jumps
// (goto, resolved to the first rule with the target priority), does nothing
// (nop), or ends the lookup with blackhole (EINVAL), unreachable
// (ENETUNREACH) or prohibit (EACCES). suppress_prefixlength/ifgroup reject a
// table's answer and move on. No rule answering is ENETUNREACH.
//
// `custom` mirrors fib_has_custom_rules + fib_unmerge(): once a rule was added
// or deleted, local routes are reported from table local (before that the
// kernel keeps local and main merged and `ip route get` names main), and
// fib_validate_source() stops taking its shortcut for local sources.

import { RT_TABLE_DEFAULT, RT_TABLE_LOCAL, RT_TABLE_MAIN, RTN_BLACKHOLE, RTN_PROHIBIT, RTN_THROW, RTN_UNREACHABLE } from "../../uapi/route.js";
import { FIB_RULE_INVERT, FR_ACT_BLACKHOLE, FR_ACT_GOTO, FR_ACT_NOP, FR_ACT_PROHIBIT, FR_ACT_TO_TBL, FR_ACT_UNREACHABLE, type FibRulePortRange } from "../../uapi/fib_rules.js";
import { devGetByName, registerNetdevNotifier } from "../core/dev.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { fibGetTable, fibTableLookup, maskOf, type FibLookup } from "./fib.js";
import { rtGenidBump } from "../core/rt_genid.js";

const RTPROT_KERNEL = 2;

export interface FibRule {
  pref: number;
  action: number;
  table: number;
  /** FIB_RULE_INVERT only: the reported flags are computed. */
  flags: number;
  src: number;
  srcLen: number;
  dst: number;
  dstLen: number;
  /** An AF_INET6 rule's prefixes (fib6_rule src/dst). */
  src6?: bigint;
  dst6?: bigint;
  tos: number;
  iifname: string;
  /** 0: no iif; -1: named device absent (detached). */
  iifindex: number;
  oifname: string;
  oifindex: number;
  mark: number;
  markMask: number;
  suppressPrefixlen: number;
  suppressIfgroup: number;
  /** goto target priority (0 = none). */
  target: number;
  ctarget?: FibRule;
  ipProto: number;
  sport?: FibRulePortRange;
  dport?: FibRulePortRange;
  uidRange?: FibRulePortRange;
  /** FRA_PROTOCOL: who installed the rule. */
  proto: number;
  /** FRA_FLOW (realms). */
  tclassid: number;
  l3mdev: number;
}

export interface FibRules {
  list: FibRule[];
  custom: boolean;
  /** fibAliasClock.seq when `custom` was first set (fib_unmerge: local got its own trie then). */
  unmergeSeq?: number;
  /** fib_rules_require_fldissect: rules look at ports or the protocol. */
  requireFldissect: number;
  unresolved: number;
}

export function newRule(pref: number, table: number): FibRule {
  return {
    pref,
    action: FR_ACT_TO_TBL,
    table,
    flags: 0,
    src: 0,
    srcLen: 0,
    dst: 0,
    dstLen: 0,
    tos: 0,
    iifname: "",
    iifindex: 0,
    oifname: "",
    oifindex: 0,
    mark: 0,
    markMask: 0,
    suppressPrefixlen: -1,
    suppressIfgroup: -1,
    target: 0,
    ipProto: 0,
    proto: 0,
    tclassid: 0,
    l3mdev: 0,
  };
}

const KEY = "fib4_rules";

/** fib4_rules_init(): the three default rules. */
export function fibRulesOf(ns: NetNamespace): FibRules {
  return ns.get<FibRules>(KEY, () => {
    const list = [
      newRule(0, RT_TABLE_LOCAL),
      newRule(0x7ffe, RT_TABLE_MAIN),
      newRule(0x7fff, RT_TABLE_DEFAULT),
    ];
    for (const r of list) r.proto = RTPROT_KERNEL;
    // Lookups walk the rules from now on (the same answers; cached ones are dropped all the same).
    rtGenidBump();
    return { list, custom: false, requireFldissect: 0, unresolved: 0 };
  });
}

const KEY6 = "fib6_rules";

/** fib6_rules_net_init(): the two default IPv6 rules (0: lookup local, 32766: lookup main). */
export function fib6RulesOf(ns: NetNamespace): FibRules {
  return ns.get<FibRules>(KEY6, () => {
    const list = [newRule(0, RT_TABLE_LOCAL), newRule(0x7ffe, RT_TABLE_MAIN)];
    for (const r of list) r.proto = RTPROT_KERNEL;
    return { list, custom: false, requireFldissect: 0, unresolved: 0 };
  });
}

const KEY_IPMR = "ipmr_rules";
const KEY_IP6MR = "ip6mr_rules";

/**
 * ipmr_rules_init() / ip6mr_rules_init() (CONFIG_IP_MROUTE_MULTIPLE_TABLES):
 * the multicast routing rules of RTNL_FAMILY_IPMR (128, one rule: 32767 lookup
 * default) or RTNL_FAMILY_IP6MR (129, 32767 lookup main, RT6_TABLE_DFLT). They
 * only pick the table a multicast routing daemon's traffic is looked up in;
 * nslab runs no daemon (ipmr_base.ts), so they are kept and listed, not walked.
 */
export function mrRulesOf(ns: NetNamespace, family: 128 | 129): FibRules {
  return ns.get<FibRules>(family === 128 ? KEY_IPMR : KEY_IP6MR, () => {
    const r = newRule(0x7fff, family === 128 ? RT_TABLE_DEFAULT : RT_TABLE_MAIN);
    r.proto = RTPROT_KERNEL;
    return { list: [r], custom: false, requireFldissect: 0, unresolved: 0 };
  });
}

/** The IPv6 rules once changed (fib6_has_custom_rules), else undefined: lookups then walk local and main. */
export function fib6RulesCustom(ns: NetNamespace): FibRules | undefined {
  const r = ns.pernet.get(KEY6) as FibRules | undefined;
  return r && r.custom ? r : undefined;
}

/** fibAliasClock.seq at fib_unmerge, if rules were changed. */
export function fibRulesUnmergeSeq(ns: NetNamespace): number | undefined {
  return (ns.pernet.get(KEY) as FibRules | undefined)?.unmergeSeq;
}

/** True once rules were changed: the kernel's fib_has_custom_rules. */
export function fibRulesCustom(ns: NetNamespace): boolean {
  return (ns.pernet.get(KEY) as FibRules | undefined)?.custom ?? false;
}

/** fibRulesFlowKeys() when no rule needs the transport keys (shared; read only). */
export const NO_FLOW_KEYS: Readonly<{ proto?: number; sport?: number; dport?: number }> = Object.freeze({});

/** The flow a rule looks at (struct flowi4's fields the rules read). */
export interface RuleFlow {
  dst: number;
  src?: number;
  tos: number;
  scope: number;
  oif: number;
  iif?: number;
  mark?: number;
  proto?: number;
  sport?: number;
  dport?: number;
  uid?: number;
}

/** fib_rule_port_inrange(): an unset range matches anything. */
const inRange = (r: FibRulePortRange | undefined, p: number | undefined): boolean =>
  !r || (p !== undefined && p >= r.start && p <= r.end);

/** The ip_proto, sport and dport selectors of fib4_rule_match / fib6_rule_match. */
export function fibRulePortsMatch(r: FibRule, fl: { proto?: number; sport?: number; dport?: number }): boolean {
  if (r.ipProto && r.ipProto !== (fl.proto ?? 0)) return false;
  return inRange(r.sport, fl.sport) && inRange(r.dport, fl.dport);
}

/**
 * fib_rule_match()'s family-independent part (before ops->match): input and
 * output device, mark, l3mdev, uid range. The caller applies FIB_RULE_INVERT
 * to the whole answer.
 */
export function fibRuleMatchCommon(r: FibRule, iif: number, oif: number, mark: number, uid: number): boolean {
  if (r.iifindex && r.iifindex !== iif) return false;
  // l3mdev rules pick a VRF's table: no VRF devices exist in the model, so they never match.
  if (r.l3mdev) return false;
  if (r.oifindex && r.oifindex !== oif) return false;
  if (((r.mark ^ mark) & r.markMask) >>> 0) return false;
  if (r.uidRange && (uid < r.uidRange.start || uid > r.uidRange.end)) return false;
  return true;
}

/** fib4_rule_match(): addresses, tos, protocol and ports. */
function rule4Match(r: FibRule, fl: RuleFlow): boolean {
  if ((((fl.src ?? 0) ^ r.src) & maskOf(r.srcLen)) >>> 0) return false;
  if (((fl.dst ^ r.dst) & maskOf(r.dstLen)) >>> 0) return false;
  if (r.tos && r.tos !== fl.tos) return false;
  return fibRulePortsMatch(r, fl);
}

/** fib_rule_match() for IPv4 */
function ruleMatch(r: FibRule, fl: RuleFlow): boolean {
  const ok = fibRuleMatchCommon(r, fl.iif ?? 0, fl.oif, fl.mark ?? 0, fl.uid ?? 0) && rule4Match(r, fl);
  return r.flags & FIB_RULE_INVERT ? !ok : ok;
}

type RuleErr = "ENETUNREACH" | "EHOSTUNREACH" | "EACCES" | "EINVAL";

/** fib_rules_lookup() with fib4_rule_action/suppress; ESRCH becomes ENETUNREACH (__fib_lookup). */
export function fibRulesLookup(ns: NetNamespace, fl: RuleFlow): FibLookup {
  const rules = fibRulesOf(ns);
  const flow = { dst: fl.dst, tos: fl.tos, scope: fl.scope, oif: fl.oif };
  const list = rules.list;
  // Bounded: the cursor only moves forward (a goto's target has a higher priority, so a later index).
  for (let i = 0; i < list.length; i++) {
    const rule = list[i]!;
    if (!ruleMatch(rule, fl)) continue;
    if (rule.action === FR_ACT_GOTO) {
      // "goto jumped": the walk resumes at the target, which must match in turn.
      const at = rule.ctarget ? list.indexOf(rule.ctarget) : -1;
      if (at > i) i = at - 1;
      continue;
    }
    if (rule.action === FR_ACT_NOP) continue;
    let err: RuleErr | "EAGAIN" | undefined;
    let res: ReturnType<typeof fibTableLookup>;
    switch (rule.action) {
      case FR_ACT_TO_TBL: {
        const t = fibGetTable(ns, rule.table);
        res = t && fibTableLookup(t, flow);
        if (!res) err = "EAGAIN";
        else if (res.type === RTN_THROW) err = "EAGAIN";
        else if (res.type === RTN_UNREACHABLE) err = "EHOSTUNREACH";
        else if (res.type === RTN_PROHIBIT) err = "EACCES";
        else if (res.type === RTN_BLACKHOLE) err = "EINVAL";
        break;
      }
      case FR_ACT_UNREACHABLE:
        err = "ENETUNREACH";
        break;
      case FR_ACT_PROHIBIT:
        err = "EACCES";
        break;
      case FR_ACT_BLACKHOLE:
      default:
        err = "EINVAL";
        break;
    }
    if (!err && res && suppressed(rule, res.prefixlen, res.fa.fi.nh.dev)) continue;
    if (err === "EAGAIN") continue;
    if (err) return { kind: "error", errno: err };
    return { kind: "ok", res: res! };
  }
  return { kind: "error", errno: "ENETUNREACH" };
}

/** fib4_rule_suppress() */
function suppressed(rule: FibRule, prefixlen: number, dev: NetDevice | undefined): boolean {
  if (prefixlen <= rule.suppressPrefixlen) return true;
  if (rule.suppressIfgroup !== -1 && dev && dev.group === rule.suppressIfgroup) return true;
  return false;
}

/** fib4_rules_early_flow_dissect(): protocol and ports, only when some rule reads them. */
export function fibRulesFlowKeys(ns: NetNamespace, frame: Uint8Array, off = 0): { proto?: number; sport?: number; dport?: number } {
  const rules = (ns.pernet.get(KEY) as FibRules | undefined);
  if (!rules || !rules.requireFldissect) return NO_FLOW_KEYS;
  return ipFlowKeys(frame, off);
}

/** The protocol and ports of an IPv4 packet at `off` (the flow dissector's basic and ports keys). */
export function ipFlowKeys(frame: Uint8Array, off = 0): { proto?: number; sport?: number; dport?: number } {
  if (frame.length - off < 20) return NO_FLOW_KEYS;
  const ip = off ? frame.subarray(off) : frame;
  const proto = ip[9]!;
  const ihl = (ip[0]! & 0x0f) * 4;
  const fragOff = ((ip[6]! & 0x1f) << 8) | ip[7]!;
  if ((proto === 6 || proto === 17 || proto === 132 || proto === 136) && !fragOff && ip.length >= ihl + 4) {
    return { proto, sport: (ip[ihl]! << 8) | ip[ihl + 1]!, dport: (ip[ihl + 2]! << 8) | ip[ihl + 3]! };
  }
  return { proto };
}

/** fib_default_rule_pref(): one below the second rule's priority when that is non-zero, else 0. */
export function fibDefaultRulePref(rules: FibRules): number {
  const second = rules.list[1];
  if (second && second.pref) return second.pref - 1;
  return 0;
}

/** attach_rules() / detach_rules() on device registration, rename and removal. */
function attach(rules: FibRules, dev: NetDevice): void {
  for (const r of rules.list) {
    if (r.iifindex === -1 && r.iifname === dev.name) r.iifindex = dev.ifindex;
    if (r.oifindex === -1 && r.oifname === dev.name) r.oifindex = dev.ifindex;
  }
  rtGenidBump();
}

function detach(rules: FibRules, dev: NetDevice): void {
  for (const r of rules.list) {
    if (r.iifindex === dev.ifindex) r.iifindex = -1;
    if (r.oifindex === dev.ifindex) r.oifindex = -1;
  }
  rtGenidBump();
}

// fib_rules_event(): every family's rule list (IPv4, IPv6 and their multicast ones here).
registerNetdevNotifier((event, dev) => {
  for (const key of [KEY, KEY6, KEY_IPMR, KEY_IP6MR]) {
    const rules = dev.net.pernet.get(key) as FibRules | undefined;
    if (!rules) continue;
    if (event === "REGISTER") attach(rules, dev);
    else if (event === "UNREGISTER") detach(rules, dev);
    else if (event === "CHANGENAME") {
      detach(rules, dev);
      attach(rules, dev);
    }
  }
}, ["REGISTER", "UNREGISTER", "CHANGENAME"]);

/** The ifindex a rule's device name binds to now (-1 when no such device). */
export function ruleIfindex(ns: NetNamespace, name: string): number {
  return devGetByName(ns, name)?.ifindex ?? -1;
}
