// Sending a frame out of bridge ports (net/bridge/br_forward.c): to the one
// port the FDB names, or flooded to every forwarding port but the one it came
// in on. The netfilter FORWARD/LOCAL_OUT/POST_ROUTING bridge hooks sit here as
// brNfHook calls; until a netfilter model registers, they accept everything.

import type { NetNamespace } from "../core/netns.js";
import { devQueueXmit } from "../core/dev_xmit.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import type { NetDevice } from "../core/netdevice.js";
import { skbClone, type SkBuff } from "../core/skbuff.js";
import { BR_STATE_FORWARDING, type NetBridge, type NetBridgePort } from "./br_private.js";

export type BrNfHookName = "PRE_ROUTING" | "LOCAL_IN" | "FORWARD" | "LOCAL_OUT" | "POST_ROUTING";
/**
 * `out`: at FORWARD and LOCAL_OUT, the port the frame is about to leave by (physout);
 * at LOCAL_IN, the port it came in by (skb.dev is the bridge there already).
 */
export type BrNfHook = (hook: BrNfHookName, skb: SkBuff, okfn: (skb: SkBuff) => void, out?: NetDevice) => void;

let brNf: BrNfHook = (_hook, skb, okfn) => okfn(skb);

/** Where br_netfilter / ebtables plug in (NF_HOOK(NFPROTO_BRIDGE, ...)). */
export function setBrNfHook(fn: BrNfHook): void {
  brNf = fn;
}

/** The bridge family's own tables (ebtables-nft), which run before br_netfilter at every hook. */
export type EbtHookFn = (hook: BrNfHookName, skb: SkBuff, port: NetDevice | undefined, okfn: (skb: SkBuff) => void) => void;
let ebt: EbtHookFn | undefined;
/** Whether a namespace has any bridge-family table: asked first, so a flood builds no continuation per port when none exists. */
let ebtActive: (net: NetNamespace) => boolean = () => false;

export function setEbtHook(fn: EbtHookFn, active: (net: NetNamespace) => boolean): void {
  ebt = fn;
  ebtActive = active;
}

export function brNfHook(hook: BrNfHookName, skb: SkBuff, okfn: (skb: SkBuff) => void, out?: NetDevice): void {
  if (ebt && ebtActive(skb.dev.net)) ebt(hook, skb, out, (s) => brNf(hook, s, okfn, out));
  else brNf(hook, skb, okfn, out);
}

function shouldDeliver(p: NetBridgePort, skb: SkBuff): boolean {
  return p.state === BR_STATE_FORWARDING && (p.dev.ifindex !== skb.iif || p.hairpin) && p.dev.isUp;
}

/**
 * br_dev_queue_push_xmit(): onto the port's wire. `owned`: the skb is already
 * this port's private clone (a flood), so it is retargeted in place, as the
 * kernel does, instead of cloned once more.
 */
function pushXmit(p: NetBridgePort, skb: SkBuff, owned = false): void {
  const out = owned ? skb : skbClone(skb);
  out.dev = p.dev;
  brNfHook("POST_ROUTING", out, devQueueXmit);
}

/** br_forward(): one port; `local` when the bridge device itself sent it. */
export function brForward(p: NetBridgePort, skb: SkBuff, local: boolean): void {
  if (!shouldDeliver(p, skb)) {
    kfreeSkbReason(skb, "BRIDGE_NO_PORT");
    return;
  }
  // br_forward() consumes the skb (every caller hands it over): retarget it in place.
  brNfHook(local ? "LOCAL_OUT" : "FORWARD", skb, (s) => pushXmit(p, s, true), p.dev);
}

/** br_flood(): every forwarding port but the ingress one. */
export function brFlood(br: NetBridge, skb: SkBuff, local: boolean): void {
  let sent = false;
  for (const p of [...br.ports]) {
    if (!shouldDeliver(p, skb)) continue;
    if (!local && !p.unicastFlood && skb.pktType === "OTHERHOST") continue;
    sent = true;
    brNfHook(local ? "LOCAL_OUT" : "FORWARD", skbClone(skb), (s) => pushXmit(p, s, true), p.dev);
  }
  if (!sent) kfreeSkbReason(skb, "BRIDGE_NO_PORT");
}
