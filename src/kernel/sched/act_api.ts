// net/sched/act_api.c: the actions a filter carries (tcf_exts) and the
// RTM_*ACTION half of rtnetlink (`tc actions`). Actions are kinds registered
// by act_<kind>.ts (register_tc_action); a kind nobody registered is a
// module the kernel cannot load: "Failed to load TC action module" (ENOENT)
// when a filter or `tc actions add` names it, nothing listed for it, and
// "Specified TC action kind not found" / "Cannot flush unknown TC action"
// for get/delete/flush. The recording kernel had none of gact, police,
// skbedit, vlan, pedit… (only act_mirred).

import { kerr } from "../../uapi/errno.js";
import { NLM_F_REPLACE } from "../../uapi/rtnetlink.js";
import type { TcaAction, TcaActOptions } from "../../uapi/pkt_cls.js";
import type { SkBuff } from "../core/skbuff.js";
import type { NetNamespace } from "../core/netns.js";
import { netCore } from "../core/net_namespace.js";
import { TC_ACT_OK, TC_ACT_PIPE, type TcfResult } from "./tcf_block.js";
import type { TcfProto } from "./cls_api.js";

/** One action instance (struct tc_action): its kind's state, index and references. */
export interface TcAction {
  readonly ops: TcActionOps;
  index: number;
  refcnt: number;
  bindcnt: number;
  bytes: number;
  packets: number;
  drops: number;
  /** Virtual time of creation, last and first use (tcf_t), ns; firstuse 0 until used */
  installed: number;
  lastuse: number;
  firstuse: number;
  /**
   * used_hw_stats_valid: set when RTM_NEWACTION made it (the offload attempt
   * tcf_action_offload_add reports "disabled"); a filter's own actions have none.
   */
  usedHwStatsValid: boolean;
  state: unknown;
}

/** struct tc_action_ops */
export interface TcActionOps {
  readonly kind: string;
  /** Builds the state from the options (or changes `a`'s). Throws KernelError. */
  init(net: NetNamespace, opts: TcaActOptions | undefined, a: TcAction | undefined): unknown;
  /** The verdict for a frame (TC_ACT_*). */
  act(skb: SkBuff, a: TcAction, res: TcfResult): number;
  /** TCA_ACT_OPTIONS of a dump. */
  dump(a: TcAction): TcaActOptions;
}

const actBase = new Map<string, TcActionOps>();

/** tcf_register_action() */
export function registerTcAction(ops: TcActionOps): void {
  actBase.set(ops.kind, ops);
}

/** tc_lookup_action_n() */
export function tcLookupAction(kind: string): TcActionOps | undefined {
  return actBase.get(kind);
}

/** Each namespace's actions by kind and index (tcf_idrinfo). */
const tables = new WeakMap<NetNamespace, Map<string, Map<number, TcAction>>>();

export function actionTable(net: NetNamespace, kind: string): Map<number, TcAction> {
  let byKind = tables.get(net);
  if (!byKind) tables.set(net, (byKind = new Map()));
  let t = byKind.get(kind);
  if (!t) byKind.set(kind, (t = new Map()));
  return t;
}

/** tcf_idr_check_alloc(): index 0 takes the next free one from 1. */
function allocIndex(t: Map<number, TcAction>): number {
  for (let i = 1; ; i++) if (!t.has(i)) return i;
}

/** tcf_action_init_1(): a new action or, by index, an existing one; bound to a filter when `bind`. */
export function tcfActionInit1(net: NetNamespace, spec: TcaAction, bind: boolean, now: number): TcAction {
  const ops = tcLookupAction(spec.kind);
  if (!ops) throw kerr("ENOENT", "Failed to load TC action module");
  const t = actionTable(net, ops.kind);
  const wanted = typeof spec.options?.index === "number" ? spec.options.index : 0;
  const existing = wanted ? t.get(wanted) : undefined;
  if (existing) {
    if (bind) existing.bindcnt++;
    existing.refcnt++;
    return existing;
  }
  const state = ops.init(net, spec.options, undefined);
  const a: TcAction = { ops, index: wanted || allocIndex(t), refcnt: 1, bindcnt: bind ? 1 : 0, bytes: 0, packets: 0, drops: 0, installed: now, lastuse: now, firstuse: 0, usedHwStatsValid: !bind, state };
  t.set(a.index, a);
  return a;
}

/** Drops one reference (and the binding); the action goes with its last reference. */
export function tcfActionRelease(net: NetNamespace, a: TcAction, bound: boolean): void {
  if (bound) a.bindcnt--;
  if (--a.refcnt === 0) actionTable(net, a.ops.kind).delete(a.index);
}

/** struct tcf_exts: a filter's actions. */
export type TcfExts = { net: NetNamespace; actions: TcAction[] } | undefined;

/**
 * tcf_exts_validate(): the filter's actions (and its policer, an action of
 * kind "police") made and bound, or an error before anything is kept.
 */
export function tcfExtsValidate(tp: TcfProto, acts: TcaAction[] | undefined, police: TcaActOptions | undefined): TcfExts {
  const specs: TcaAction[] = [...(acts ?? [])];
  if (police !== undefined) specs.push({ kind: "police", options: police });
  if (specs.length === 0) return undefined;
  const dev = tp.chain.block.q.dev;
  const net = dev.net;
  const now = netCore(net).host.clock.now;
  const made: TcAction[] = [];
  try {
    for (const s of specs) made.push(tcfActionInit1(net, s, true, now));
  } catch (e) {
    for (const a of made) tcfActionRelease(net, a, true);
    throw e;
  }
  return { net, actions: made };
}

export function tcfExtsDestroy(exts: TcfExts): void {
  if (!exts) return;
  for (const a of exts.actions) tcfActionRelease(exts.net, a, true);
}

/** tcf_exts_exec(): the actions in order; pipe goes on to the next; none: TC_ACT_OK. */
export function tcfExtsExec(skb: SkBuff, exts: TcfExts, res: TcfResult): number {
  if (!exts) return TC_ACT_OK;
  let ret = TC_ACT_OK;
  const now = netCore(exts.net).host.clock.now;
  for (const a of exts.actions) {
    a.packets++;
    a.bytes += skb.data.length;
    a.lastuse = now;
    if (!a.firstuse) a.firstuse = now;
    ret = a.ops.act(skb, a, res);
    if (ret !== TC_ACT_PIPE) return ret;
  }
  return ret;
}

/** The actions of a filter dump (TCA_*_ACT). */
export function tcfExtsDump(exts: TcfExts): TcaAction[] | undefined {
  if (!exts) return undefined;
  const now = netCore(exts.net).host.clock.now;
  return exts.actions.map((a) => dumpOne(a, now));
}

/** struct tcf_t as a dump gives it: USER_HZ ticks (10 ms) since install, last use, first use (0: never). */
function tcfTm(a: TcAction, now: number): { install: number; lastuse: number; firstuse: number } {
  const ticks = (t: number): number => Math.floor((now - t) / 10_000_000);
  return { install: ticks(a.installed), lastuse: ticks(a.lastuse), firstuse: a.firstuse ? ticks(a.firstuse) : 0 };
}

function dumpOne(a: TcAction, now: number): TcaAction {
  return {
    kind: a.ops.kind,
    options: { ...a.ops.dump(a), tm: tcfTm(a, now) },
    index: a.index,
    stats: { bytes: a.bytes, packets: a.packets, drops: a.drops },
    ...(a.usedHwStatsValid && { usedHwStats: 0 }),
  };
}

// ---- RTM_*ACTION: `tc actions` ---------------------------------------------------

export type TcActionRequest =
  | { type: "RTM_NEWACTION"; nlmsg_flags: number; actions: TcaAction[] }
  | { type: "RTM_GETACTION"; dump: true; kind: string }
  | { type: "RTM_GETACTION"; dump?: false; actions: Array<{ kind: string; index: number }> }
  | { type: "RTM_DELACTION"; flush: true; kind: string }
  | { type: "RTM_DELACTION"; flush?: false; actions: Array<{ kind: string; index: number }> };

/** An RTM_NEWACTION notification (RTNLGRP_TC): the actions made or replaced, as tcf_add_notify sends them. */
export interface TcActionNotify {
  type: "RTM_NEWACTION";
  nlmsg_flags: number;
  actions: TcaAction[];
}

const actListeners = new WeakMap<NetNamespace, Set<(m: TcActionNotify) => void>>();

/** What `tc monitor` joins for actions. */
export function tcActionNotifyListen(net: NetNamespace, fn: (m: TcActionNotify) => void): () => void {
  let set = actListeners.get(net);
  if (!set) actListeners.set(net, (set = new Set()));
  set.add(fn);
  return () => set!.delete(fn);
}

/** The `tc actions` door (tc_ctl_action): throws KernelError. */
export function tcActionTalk(net: NetNamespace, req: TcActionRequest): TcaAction[] {
  const now = netCore(net).host.clock.now;
  switch (req.type) {
    case "RTM_NEWACTION": {
      // tcf_action_init(): each kind must load; an existing index needs NLM_F_REPLACE.
      const made: TcAction[] = [];
      for (const spec of req.actions) {
        const ops = tcLookupAction(spec.kind);
        if (!ops) throw kerr("ENOENT", "Failed to load TC action module");
        const t = actionTable(net, ops.kind);
        const idx = typeof spec.options?.index === "number" ? spec.options.index : 0;
        const existing = idx ? t.get(idx) : undefined;
        if (existing) {
          if (!(req.nlmsg_flags & NLM_F_REPLACE)) throw kerr("EEXIST");
          existing.state = ops.init(net, spec.options, existing);
          made.push(existing);
          continue;
        }
        made.push(tcfActionInit1(net, spec, false, now));
      }
      // The notification goes before the offload attempt: no used_hw_stats in it.
      const set = actListeners.get(net);
      if (set?.size) {
        const m: TcActionNotify = { type: "RTM_NEWACTION", nlmsg_flags: req.nlmsg_flags, actions: made.map((a) => ({ ...dumpOne(a, now), usedHwStats: undefined })) };
        for (const fn of [...set]) fn(m);
      }
      return [];
    }
    case "RTM_GETACTION": {
      if (req.dump) {
        const ops = tcLookupAction(req.kind);
        if (!ops) return [];
        return [...actionTable(net, ops.kind).values()].sort((x, y) => x.index - y.index).map((a) => dumpOne(a, now));
      }
      return req.actions.map((s) => {
        const ops = tcLookupAction(s.kind);
        if (!ops) throw kerr("EINVAL", "Specified TC action kind not found");
        const a = actionTable(net, ops.kind).get(s.index);
        if (!a) throw kerr("ENOENT", "TC action with specified index not found");
        return dumpOne(a, now);
      });
    }
    case "RTM_DELACTION": {
      if (req.flush) {
        const ops = tcLookupAction(req.kind);
        if (!ops) throw kerr("EINVAL", "Cannot flush unknown TC action");
        const t = actionTable(net, ops.kind);
        // tcf_del_walker(): a bound action cannot go; the flush stops there.
        for (const a of [...t.values()].sort((x, y) => x.index - y.index)) {
          if (a.bindcnt > 0) throw kerr("EPERM");
          t.delete(a.index);
        }
        return [];
      }
      for (const s of req.actions) {
        const ops = tcLookupAction(s.kind);
        if (!ops) throw kerr("EINVAL", "Specified TC action kind not found");
        const t = actionTable(net, ops.kind);
        const a = t.get(s.index);
        if (!a) throw kerr("ENOENT", "TC action with specified index not found");
        if (a.bindcnt > 0) throw kerr("EPERM", "Failed to delete TC action");
        if (--a.refcnt === 0) t.delete(a.index);
      }
      return [];
    }
  }
}
