// The RTM_NEWRULE / RTM_DELRULE / RTM_GETRULE handlers for AF_INET
// (net/core/fib_rules.c fib_nl_newrule, fib_nl_delrule, fib_nl_dumprule with
// net/ipv4/fib_rules.c fib4_rule_configure/compare/fill): validation with the
// kernel's extack texts and errnos, priorities for rules added without one,
// ordering (after every rule of the same priority), goto resolution, and the
// duplicate check NLM_F_EXCL asks for. fibRulesRtnlTalk() is the door `ip rule`
// calls; it answers or throws a KernelError.

import { rtnlRuleGroup } from "../core/rtnl_notify.js";
import { kerr } from "../../uapi/errno.js";
import { AF_INET, AF_INET6 } from "../../uapi/if_addr.js";
import {
  FIB_RULE_IIF_DETACHED,
  FIB_RULE_INVERT,
  FIB_RULE_OIF_DETACHED,
  FIB_RULE_UNRESOLVED,
  FR_ACT_GOTO,
  FR_ACT_TO_TBL,
  type FibRuleMsg,
  type FibRulePortRange,
  type FibRuleReply,
  type FibRuleRequest,
} from "../../uapi/fib_rules.js";
import { RT_TABLE_COMPAT } from "../../uapi/route.js";
import { NLM_F_EXCL } from "../../uapi/rtnetlink.js";
import type { NetNamespace } from "../core/netns.js";
import type { Task } from "../task/task.js";
import { fibAliasClock, fibNewTable } from "./fib.js";
import { fib6RulesOf, fibDefaultRulePref, fibRulesOf, mrRulesOf, newRule, ruleIfindex, type FibRule, type FibRules } from "./fib_rules.js";
import { ipv4Of } from "./netns_ipv4.js";
import { rtGenidBump } from "../core/rt_genid.js";
import { RTNL_FAMILY_IP6MR, RTNL_FAMILY_IPMR } from "./ipmr_base.js";

export function fibRulesRtnlTalk(task: Task, req: FibRuleRequest): FibRuleReply {
  const ns = task.netns;
  switch (req.type) {
    case "RTM_NEWRULE":
      newRuleMsg(ns, req.nlmsg_flags, req.msg);
      return { type: "ack" };
    case "RTM_DELRULE":
      delRuleMsg(ns, req.msg);
      return { type: "ack" };
    case "RTM_GETRULE":
      if (isMr(req.family)) return { type: "rules", rules: mrRulesOf(ns, req.family).list.map((r) => fillRule(r, req.family)) };
      if (req.family === AF_INET6) return { type: "rules", rules: fib6RulesOf(ns).list.map((r) => fillRule(r, AF_INET6)) };
      if (req.family !== AF_INET && req.family !== 0) throw kerr("EAFNOSUPPORT");
      return { type: "rules", rules: fibRulesOf(ns).list.map((r) => fillRule(r, AF_INET)) };
  }
}

const portSet = (r?: FibRulePortRange): boolean => !!r && (r.start !== 0 || r.end !== 0);
const samePorts = (a?: FibRulePortRange, b?: FibRulePortRange): boolean =>
  (a?.start ?? 0) === (b?.start ?? 0) && (a?.end ?? 0) === (b?.end ?? 0);

/** fib_nl2rule(): the message as a rule, or the kernel's refusal. */
function nl2rule(ns: NetNamespace, rules: FibRules, m: FibRuleMsg): { rule: FibRule; userPriority: boolean } {
  if (m.family !== AF_INET && m.family !== AF_INET6 && !isMr(m.family)) throw kerr("EAFNOSUPPORT", "Rule family not supported");
  // An address of the other family has the wrong length: nla_len check against the prefix.
  const v6 = m.family === AF_INET6;
  const srcOk = v6 ? m.FRA_SRC6 !== undefined && m.src_len <= 128 : m.FRA_SRC !== undefined && m.src_len <= 32;
  const dstOk = v6 ? m.FRA_DST6 !== undefined && m.dst_len <= 128 : m.FRA_DST !== undefined && m.dst_len <= 32;
  if (m.src_len && !srcOk) throw kerr("EINVAL", "Invalid source address");
  if (m.dst_len && !dstOk) throw kerr("EINVAL", "Invalid dst address");
  const userPriority = m.FRA_PRIORITY !== undefined;
  const r = newRule(userPriority ? m.FRA_PRIORITY! : fibDefaultRulePref(rules), 0);
  r.proto = m.FRA_PROTOCOL ?? 0;
  if (m.FRA_IIFNAME !== undefined) {
    r.iifname = m.FRA_IIFNAME;
    r.iifindex = ruleIfindex(ns, r.iifname);
  }
  if (m.FRA_OIFNAME !== undefined) {
    r.oifname = m.FRA_OIFNAME;
    r.oifindex = ruleIfindex(ns, r.oifname);
  }
  if (m.FRA_FWMARK !== undefined) {
    r.mark = m.FRA_FWMARK >>> 0;
    // Compatibility: a non-zero mark compares all bits unless a mask is given.
    if (r.mark) r.markMask = 0xffffffff;
  }
  if (m.FRA_FWMASK !== undefined) r.markMask = m.FRA_FWMASK >>> 0;
  if (m.FRA_L3MDEV !== undefined) {
    r.l3mdev = m.FRA_L3MDEV;
    if (r.l3mdev !== 1) throw kerr("EINVAL", "Invalid l3mdev attribute");
  }
  r.action = m.action;
  r.flags = m.flags & FIB_RULE_INVERT;
  r.table = m.FRA_TABLE ?? m.table;
  r.suppressPrefixlen = m.FRA_SUPPRESS_PREFIXLEN === undefined ? -1 : m.FRA_SUPPRESS_PREFIXLEN | 0;
  r.suppressIfgroup = m.FRA_SUPPRESS_IFGROUP === undefined ? -1 : m.FRA_SUPPRESS_IFGROUP | 0;
  if (m.FRA_GOTO !== undefined) {
    if (r.action !== FR_ACT_GOTO) throw kerr("EINVAL", "Unexpected goto");
    r.target = m.FRA_GOTO >>> 0;
    // Backward jumps are refused so that a lookup cannot loop.
    if (r.target <= r.pref) throw kerr("EINVAL", "Backward goto not supported");
  } else if (r.action === FR_ACT_GOTO) throw kerr("EINVAL", "Missing goto target for action goto");
  if (r.l3mdev && r.table) throw kerr("EINVAL", "l3mdev and table are mutually exclusive");
  if (m.FRA_UID_RANGE) {
    if (m.FRA_UID_RANGE.start > m.FRA_UID_RANGE.end) throw kerr("EINVAL", "Invalid uid range");
    r.uidRange = { ...m.FRA_UID_RANGE };
  }
  if (m.FRA_IP_PROTO !== undefined) r.ipProto = m.FRA_IP_PROTO;
  const validPorts = (p: FibRulePortRange) => p.start !== 0 && p.end !== 0xffff && p.start <= p.end;
  if (m.FRA_SPORT_RANGE) {
    if (!validPorts(m.FRA_SPORT_RANGE)) throw kerr("EINVAL", "Invalid sport range");
    r.sport = { ...m.FRA_SPORT_RANGE };
  }
  if (m.FRA_DPORT_RANGE) {
    if (!validPorts(m.FRA_DPORT_RANGE)) throw kerr("EINVAL", "Invalid dport range");
    r.dport = { ...m.FRA_DPORT_RANGE };
  }
  return { rule: r, userPriority };
}

/** fib4_rule_compare() / fib6_rule_compare(): the address selectors a request names. */
function compare4(r: FibRule, m: FibRuleMsg): boolean {
  if (m.family === AF_INET6) {
    if (m.src_len && (r.srcLen !== m.src_len || r.src6 !== m.FRA_SRC6)) return false;
    if (m.dst_len && (r.dstLen !== m.dst_len || r.dst6 !== m.FRA_DST6)) return false;
    return !(m.tos && r.tos !== m.tos);
  }
  if (m.src_len && (r.srcLen !== m.src_len || r.src !== m.FRA_SRC)) return false;
  if (m.dst_len && (r.dstLen !== m.dst_len || r.dst !== m.FRA_DST)) return false;
  if (m.tos && r.tos !== m.tos) return false;
  if (m.FRA_FLOW !== undefined && r.tclassid !== m.FRA_FLOW) return false;
  return true;
}

/** rule_exists(): every field equal (the IPv4 part only where the request sets it). */
function ruleExists(rules: FibRules, n: FibRule, m: FibRuleMsg): boolean {
  return rules.list.some(
    (r) =>
      r.action === n.action &&
      r.table === n.table &&
      r.pref === n.pref &&
      r.iifname === n.iifname &&
      r.oifname === n.oifname &&
      r.mark === n.mark &&
      r.suppressIfgroup === n.suppressIfgroup &&
      r.suppressPrefixlen === n.suppressPrefixlen &&
      r.markMask === n.markMask &&
      r.l3mdev === n.l3mdev &&
      (r.uidRange?.start ?? 0) === (n.uidRange?.start ?? 0) &&
      (r.uidRange?.end ?? 0xffffffff) === (n.uidRange?.end ?? 0xffffffff) &&
      r.ipProto === n.ipProto &&
      r.proto === n.proto &&
      samePorts(r.sport, n.sport) &&
      samePorts(r.dport, n.dport) &&
      compare4(r, m),
  );
}

/** fib_empty_table(): the first unused table id, for a `lookup` of table 0. */
function emptyTable(ns: NetNamespace): number {
  const tables = ipv4Of(ns).tables;
  for (let id = 1; id <= 0xffffffff; id++) if (!tables.has(id)) return fibNewTable(ns, id).id;
  throw kerr("ENOBUFS");
}

/** RTNL_FAMILY_IPMR / RTNL_FAMILY_IP6MR: the multicast routing rules (`ip mrule`). */
function isMr(family: number): family is 128 | 129 {
  return family === RTNL_FAMILY_IPMR || family === RTNL_FAMILY_IP6MR;
}

/** The rule list of the request's family. */
function rulesOf(ns: NetNamespace, m: FibRuleMsg): FibRules {
  if (isMr(m.family)) return mrRulesOf(ns, m.family);
  return m.family === AF_INET6 ? fib6RulesOf(ns) : fibRulesOf(ns);
}

/** A rule added or deleted: the set is no longer the defaults (the first change notes the fib_unmerge point). */
function markCustom(rules: FibRules): void {
  if (!rules.custom) rules.unmergeSeq = fibAliasClock.seq;
  rules.custom = true;
}

function newRuleMsg(ns: NetNamespace, nlflags: number, m: FibRuleMsg): void {
  const rules = rulesOf(ns, m);
  const { rule } = nl2rule(ns, rules, m);
  if (nlflags & NLM_F_EXCL && ruleExists(rules, rule, m)) throw kerr("EEXIST");
  if (isMr(m.family)) {
    // ipmr_rule_configure() / ip6mr_rule_configure() accept anything; the selectors they do not keep are dropped.
  } else if (m.family === AF_INET6) {
    // fib6_rule_configure(): a lookup needs a table; the traffic class is kept as given.
    if (rule.action === FR_ACT_TO_TBL && !rule.l3mdev && rule.table === 0) throw kerr("EINVAL", "Invalid table");
    if (m.src_len) rule.src6 = m.FRA_SRC6!;
    if (m.dst_len) rule.dst6 = m.FRA_DST6!;
  } else {
    // fib4_rule_configure()
    if (m.tos & ~0x1e) throw kerr("EINVAL", "Invalid tos");
    if (rule.table === 0 && !rule.l3mdev && rule.action === FR_ACT_TO_TBL) rule.table = emptyTable(ns);
    if (m.src_len) rule.src = m.FRA_SRC! >>> 0;
    if (m.dst_len) rule.dst = m.FRA_DST! >>> 0;
  }
  rule.srcLen = m.src_len;
  rule.dstLen = m.dst_len;
  rule.tos = m.tos;
  rule.tclassid = m.FRA_FLOW ?? 0;
  markCustom(rules);
  if (rule.ipProto || portSet(rule.sport) || portSet(rule.dport)) rules.requireFldissect++;

  const list = rules.list;
  if (rule.action === FR_ACT_GOTO) rule.ctarget = list.find((r) => r.pref === rule.target);
  let at = 0;
  while (at < list.length && list[at]!.pref <= rule.pref) at++;
  list.splice(at, 0, rule);
  // Unresolved gotos aiming at this priority now land here.
  for (const r of list) if (r.action === FR_ACT_GOTO && !r.ctarget && r.target === rule.pref) r.ctarget = rule;
  rtGenidBump();
  notifyRuleChange(ns, "RTM_NEWRULE", rule, m.family);
}

/** notify_rule_change(): RTNLGRP_IPV4_RULE / RTNLGRP_IPV6_RULE. */
function notifyRuleChange(ns: NetNamespace, type: "RTM_NEWRULE" | "RTM_DELRULE", r: FibRule, family: number): void {
  if (rtnlRuleGroup.listening(ns)) rtnlRuleGroup.notify(ns, { type, family: family === AF_INET6 ? 10 : 2, msg: fillRule(r, family) });
}

function delRuleMsg(ns: NetNamespace, m: FibRuleMsg): void {
  const rules = rulesOf(ns, m);
  const { rule: n, userPriority } = nl2rule(ns, rules, m);
  const list = rules.list;
  // rule_find(): only what the request names must agree.
  const victim = list.find(
    (r) =>
      !(n.action && r.action !== n.action) &&
      !(n.table && r.table !== n.table) &&
      !(userPriority && r.pref !== n.pref) &&
      !(n.iifname && r.iifname !== n.iifname) &&
      !(n.oifname && r.oifname !== n.oifname) &&
      !(n.mark && r.mark !== n.mark) &&
      !(n.suppressIfgroup !== -1 && r.suppressIfgroup !== n.suppressIfgroup) &&
      !(n.suppressPrefixlen !== -1 && r.suppressPrefixlen !== n.suppressPrefixlen) &&
      !(n.markMask && r.markMask !== n.markMask) &&
      !(n.l3mdev && r.l3mdev !== n.l3mdev) &&
      !(n.uidRange && (r.uidRange?.start !== n.uidRange.start || r.uidRange?.end !== n.uidRange.end)) &&
      !(n.ipProto && r.ipProto !== n.ipProto) &&
      !(n.proto && r.proto !== n.proto) &&
      !(portSet(n.sport) && !samePorts(r.sport, n.sport)) &&
      !(portSet(n.dport) && !samePorts(r.dport, n.dport)) &&
      compare4(r, m),
  );
  if (!victim) throw kerr("ENOENT");
  const idx = list.indexOf(victim);
  list.splice(idx, 1);
  markCustom(rules);
  if (victim.ipProto || portSet(victim.sport) || portSet(victim.dport)) rules.requireFldissect--;
  // Gotos that aimed here move to the next rule of the same priority, or become unresolved.
  const next = list[idx];
  const heir = next && next.pref === victim.pref ? next : undefined;
  for (const r of list) if (r.ctarget === victim) r.ctarget = heir;
  rtGenidBump();
  notifyRuleChange(ns, "RTM_DELRULE", victim, m.family);
}

/** fib_nl_fill_rule() + fib4_rule_fill() / fib6_rule_fill() */
function fillRule(r: FibRule, family: number): FibRuleMsg {
  let flags = r.flags;
  if (r.action === FR_ACT_GOTO && !r.ctarget) flags |= FIB_RULE_UNRESOLVED;
  if (r.iifname && r.iifindex === -1) flags |= FIB_RULE_IIF_DETACHED;
  if (r.oifname && r.oifindex === -1) flags |= FIB_RULE_OIF_DETACHED;
  const m: FibRuleMsg = {
    family,
    dst_len: r.dstLen,
    src_len: r.srcLen,
    tos: r.tos,
    table: r.table < 256 ? r.table : RT_TABLE_COMPAT,
    action: r.action,
    flags,
    FRA_TABLE: r.table,
    FRA_SUPPRESS_PREFIXLEN: r.suppressPrefixlen >>> 0,
    FRA_PROTOCOL: r.proto,
  };
  if (r.iifname) m.FRA_IIFNAME = r.iifname;
  if (r.oifname) m.FRA_OIFNAME = r.oifname;
  if (r.pref) m.FRA_PRIORITY = r.pref;
  if (r.mark) m.FRA_FWMARK = r.mark;
  if (r.markMask || r.mark) m.FRA_FWMASK = r.markMask;
  if (r.target) m.FRA_GOTO = r.target;
  if (r.l3mdev) m.FRA_L3MDEV = r.l3mdev;
  if (r.uidRange) m.FRA_UID_RANGE = { ...r.uidRange };
  if (portSet(r.sport)) m.FRA_SPORT_RANGE = { ...r.sport! };
  if (portSet(r.dport)) m.FRA_DPORT_RANGE = { ...r.dport! };
  if (r.ipProto) m.FRA_IP_PROTO = r.ipProto;
  if (r.suppressIfgroup !== -1) m.FRA_SUPPRESS_IFGROUP = r.suppressIfgroup >>> 0;
  if (isMr(family)) {
    // ipmr_rule_fill(): no addresses, no tos, no realms.
    m.dst_len = m.src_len = m.tos = 0;
    return m;
  }
  if (family === AF_INET6) {
    if (r.dstLen) m.FRA_DST6 = r.dst6 ?? 0n;
    if (r.srcLen) m.FRA_SRC6 = r.src6 ?? 0n;
  } else {
    if (r.dstLen) m.FRA_DST = r.dst;
    if (r.srcLen) m.FRA_SRC = r.src;
  }
  if (r.tclassid) m.FRA_FLOW = r.tclassid;
  return m;
}
