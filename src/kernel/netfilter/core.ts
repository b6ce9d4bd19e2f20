// The netfilter hook core (net/netfilter/core.c, include/linux/netfilter.h):
// per namespace and per hook point, an ordered list of hook functions
// (struct nf_hook_ops, sorted by priority); NF_HOOK() runs them in order and
// either continues with the caller's `okfn` (every hook said ACCEPT), drops
// the packet (one said DROP: kfree_skb_reason NETFILTER_DROP), or leaves it
// to whoever stole it (NF_STOLEN: REJECT's original, a NAT helper later).
//
// A namespace has no hooks until a table is created in it: iptables-nft only
// makes a table (and registers its base chains' hooks) on first write, so a
// fresh namespace pays nothing, as on Linux.
//
// The IPv4 path calls nfHook() at its five points; the bridge (br_netfilter)
// calls it for bridged IPv4 when net.bridge.bridge-nf-call-iptables is 1.

import { NFPROTO_IPV4, type NfInetHook } from "../../uapi/x_tables.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { NetDevice } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { sysctlGenerationBump } from "../fs/procfs-sys.js";
import type { SkBuff } from "../core/skbuff.js";

/** Verdicts (include/uapi/linux/netfilter.h). */
export const NF_DROP = 0;
export const NF_ACCEPT = 1;
export const NF_STOLEN = 2;
export const NF_QUEUE = 3;
export const NF_REPEAT = 4;
export type NfVerdict = 0 | 1 | 2 | 3 | 4;

/** struct nf_hook_state: where the packet is and which devices it crosses. */
export interface NfHookState {
  hook: NfInetHook;
  pf: number;
  in?: NetDevice;
  out?: NetDevice;
  net: NetNamespace;
  /** The continuation, for targets that re-inject (none yet) and for tracing. */
  okfn: (skb: SkBuff) => void;
  /** Set when the packet is bridged (br_netfilter): the bridge ports it crosses, for -m physdev. */
  physin?: NetDevice;
  physout?: NetDevice;
}

export interface NfHookOps {
  pf: number;
  hook: NfInetHook;
  priority: number;
  /** Name of the owner (table), for debugging and ordering ties. */
  owner: string;
  fn: (skb: SkBuff, state: NfHookState) => NfVerdict;
}

/** Hook priorities (enum nf_ip_hook_priorities). */
export const NF_IP_PRI_RAW = -300;
export const NF_IP_PRI_CONNTRACK = -200;
export const NF_IP_PRI_MANGLE = -150;
export const NF_IP_PRI_NAT_DST = -100;
export const NF_IP_PRI_FILTER = 0;
export const NF_IP_PRI_SECURITY = 50;
export const NF_IP_PRI_NAT_SRC = 100;
export const NF_IP_PRI_CONNTRACK_CONFIRM = 0x7fffffff;

interface NfPernet {
  /** hooks[pf][hook]: sorted by priority, insertion order among equals. */
  hooks: Map<number, NfHookOps[][]>;
}

const KEY = "netfilter";

function newPernet(): NfPernet {
  return { hooks: new Map() };
}

function pernet(net: NetNamespace): NfPernet {
  return (net.nfHooks ??= net.get<NfPernet>(KEY, newPernet)) as NfPernet;
}

function hookLists(net: NetNamespace, pf: number): NfHookOps[][] {
  const p = pernet(net);
  let byHook = p.hooks.get(pf);
  if (!byHook) p.hooks.set(pf, (byHook = [[], [], [], [], []]));
  return byHook;
}

// A hook list is replaced, never changed in place: a packet walking the old
// one (a hook that registers or unregisters others) keeps a well-defined list.

/** nf_register_net_hook() */
export function nfRegisterNetHook(net: NetNamespace, ops: NfHookOps): void {
  const byHook = hookLists(net, ops.pf);
  const list = byHook[ops.hook]!;
  // nf_hook_entries_grow(): a new hook goes before the first one of the same or a
  // higher priority, so among equal priorities the newest runs first.
  let i = list.length;
  while (i > 0 && list[i - 1]!.priority >= ops.priority) i--;
  const next = list.slice();
  next.splice(i, 0, ops);
  byHook[ops.hook] = next;
  sysctlGenerationBump(net);
}

/** nf_unregister_net_hook() */
export function nfUnregisterNetHook(net: NetNamespace, ops: NfHookOps): void {
  const byHook = hookLists(net, ops.pf);
  const list = byHook[ops.hook]!;
  const i = list.indexOf(ops);
  if (i >= 0) byHook[ops.hook] = list.filter((_, k) => k !== i);
  sysctlGenerationBump(net);
}

/** Whether anything is registered at a hook (nf_hook_list_active()). */
export function nfHookActive(net: NetNamespace, pf: number, hook: NfInetHook): boolean {
  const byHook = net.nfHooks as NfPernet | undefined;
  return !!byHook?.hooks.get(pf)?.[hook]?.length;
}

/** Whether anything at all is registered in `net`, at any hook of any family (the ping flood batch's guard, ipv4/ping_batch.ts). */
export function nfAnyHook(net: NetNamespace): boolean {
  const p = net.nfHooks as NfPernet | undefined;
  if (!p) return false;
  for (const byHook of p.hooks.values()) for (const l of byHook) if (l.length) return true;
  return false;
}

/** Whether anything is registered at either of two hooks (one lookup of the namespace's hooks). */
export function nfHookActiveEither(net: NetNamespace, pf: number, a: NfInetHook, b: NfInetHook): boolean {
  const byHook = (net.nfHooks as NfPernet | undefined)?.hooks.get(pf);
  return !!byHook && (byHook[a]!.length > 0 || byHook[b]!.length > 0);
}

/**
 * nf_hook_slow(): runs the hook functions from `start` in priority order. Returns
 * the final verdict; ACCEPT means the caller continues.
 */
function nfHookSlow(skb: SkBuff, state: NfHookState, list: readonly NfHookOps[]): NfVerdict {
  // (Registering replaces the list, so this one stays as it was.)
  for (let i = 0; i < list.length; i++) {
    const v = list[i]!.fn(skb, state);
    if (v === NF_ACCEPT) continue;
    if (v === NF_REPEAT) continue; // nothing in the model asks for a repeat
    return v;
  }
  return NF_ACCEPT;
}

/**
 * NF_HOOK(): run the hooks at (pf, hook) in `net`; on ACCEPT continue with okfn(skb),
 * on DROP free the skb with reason NETFILTER_DROP, on STOLEN do nothing.
 */
export function nfHook(
  pf: number,
  hook: NfInetHook,
  net: NetNamespace,
  skb: SkBuff,
  indev: NetDevice | undefined,
  outdev: NetDevice | undefined,
  okfn: (skb: SkBuff) => void,
  extra?: { physin?: NetDevice; physout?: NetDevice },
): void {
  const byHook = net.nfHooks as NfPernet | undefined;
  const list = byHook?.hooks.get(pf)?.[hook];
  if (!list || !list.length) {
    okfn(skb);
    return;
  }
  const state: NfHookState = { hook, pf, in: indev, out: outdev, net, okfn, physin: extra?.physin, physout: extra?.physout };
  const v = nfHookSlow(skb, state, list);
  if (v === NF_ACCEPT) okfn(skb);
  else if (v === NF_DROP) kfreeSkbReason(skb, "NETFILTER_DROP");
  // NF_STOLEN / NF_QUEUE: the hook owns the packet now.
}

/** NF_HOOK for IPv4, the form the IPv4 path uses. */
export function nfHookIpv4(
  hook: NfInetHook,
  net: NetNamespace,
  skb: SkBuff,
  indev: NetDevice | undefined,
  outdev: NetDevice | undefined,
  okfn: (skb: SkBuff) => void,
): void {
  nfHook(NFPROTO_IPV4, hook, net, skb, indev, outdev, okfn);
}
