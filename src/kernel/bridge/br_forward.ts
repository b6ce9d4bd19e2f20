// Sending a frame out of bridge ports (net/bridge/br_forward.c): to the one
// port the FDB names, or flooded to every forwarding port but the one it came
// in on. The netfilter FORWARD/LOCAL_OUT/POST_ROUTING bridge hooks sit here as
// brNfHook calls; until a netfilter model registers, they accept everything.

import { pktFastPaths } from "../core/fast_paths.js";
import type { NetNamespace } from "../core/netns.js";
import { devQueueXmit } from "../core/dev_xmit.js";
import { aggregatedFlood, kfreeSkbReason, netifRxBatch, ptypeQuiet, type RxBatch, type RxQuiet } from "../core/dev_rx.js";
import { netCore } from "../core/net_namespace.js";
import { ETH_BROADCAST, etherAddrEqual, isMulticastEtherAddr, type NetDevice } from "../core/netdevice.js";
import { skbClone, type SkBuff } from "../core/skbuff.js";
import { BR_STATE_FORWARDING, type NetBridge, type NetBridgePort } from "./br_private.js";
import { brFloodCounted } from "./br_flood_count.js";
import { fastPathsOff } from "../core/fast_path.js";

export type BrNfHookName = "PRE_ROUTING" | "LOCAL_IN" | "FORWARD" | "LOCAL_OUT" | "POST_ROUTING";
/**
 * `out`: at FORWARD and LOCAL_OUT, the port the frame is about to leave by (physout);
 * at LOCAL_IN, the port it came in by (skb.dev is the bridge there already).
 */
export type BrNfHook = (hook: BrNfHookName, skb: SkBuff, okfn: (skb: SkBuff) => void, out?: NetDevice) => void;

let brNf: BrNfHook = (_hook, skb, okfn) => okfn(skb);
/**
 * When brNf(hook, skb, okfn) would only call okfn, with no hook run and no
 * counter touched: the skb okfn would get (the same or a changed copy);
 * otherwise undefined.
 */
export type BrNfPlain = (hook: BrNfHookName, skb: SkBuff) => SkBuff | undefined;
let brNfPlain: BrNfPlain = (_hook, skb) => skb;

/** Where br_netfilter / ebtables plug in (NF_HOOK(NFPROTO_BRIDGE, ...)). */
export function setBrNfHook(fn: BrNfHook, plain: BrNfPlain): void {
  brNf = fn;
  brNfPlain = plain;
}

/**
 * br_dev_xmit()'s first test: a frame br_netfilter sent through the bridge
 * device's neighbour to learn a DNAT target's MAC (nf_bridge->bridged_dnat)
 * is taken back (br_nf_pre_routing_finish_bridge_slow) instead of being
 * transmitted: true when the hook took it.
 */
let brNfBridgedDnatXmit: (skb: SkBuff) => boolean = () => false;
export function setBrNfBridgedDnatXmit(fn: (skb: SkBuff) => boolean): void {
  brNfBridgedDnatXmit = fn;
}
export function brNfBridgedDnat(skb: SkBuff): boolean {
  return brNfBridgedDnatXmit(skb);
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

/** Whether `net` has any bridge-family table (ebtables): the ping flood batch's guard (ipv4/ping_batch.ts). */
export function brEbtActive(net: NetNamespace): boolean {
  return ebt !== undefined && ebtActive(net);
}

export function brNfHook(hook: BrNfHookName, skb: SkBuff, okfn: (skb: SkBuff) => void, out?: NetDevice): void {
  if (ebt && ebtActive(skb.dev.net)) ebt(hook, skb, out, (s) => brNf(hook, s, okfn, out));
  else brNf(hook, skb, okfn, out);
}

/** `srcIso`: srcPortIsolated() for the frame, worked out once by the caller (read only for an isolated port). */
function shouldDeliver(p: NetBridgePort, skb: SkBuff, srcIso: boolean): boolean {
  return (
    p.state === BR_STATE_FORWARDING &&
    (p.dev.ifindex !== skb.iif || p.hairpin) &&
    p.dev.isUp &&
    !(p.isolated && srcIso)
  );
}

/**
 * br_skb_isolated(): BR_INPUT_SKB_CB(skb)->src_port_isolated, set by br_handle_frame_finish
 * from the ingress port's BR_ISOLATED (the bridge's own frames come from no port).
 */
function srcPortIsolated(br: NetBridge, skb: SkBuff): boolean {
  for (const q of br.ports) if (q.dev.ifindex === skb.iif) return q.isolated === true;
  return false;
}

/**
 * br_dev_queue_push_xmit(): onto the port's wire. `owned`: the skb is already
 * this port's private clone (a flood), so it is retargeted in place, as the
 * kernel does, instead of cloned once more.
 */
function pushXmit(p: NetBridgePort, skb: SkBuff, owned = false): void {
  const out = owned ? skb : skbClone(skb);
  out.dev = p.dev;
  brNfHook("POST_ROUTING", out, brDevQueuePushXmit);
}

/**
 * br_dev_queue_push_xmit(): a frame the port cannot carry (is_skb_forwardable: up, and
 * no longer than its MTU + Ethernet header + one VLAN tag) is freed without a counter.
 */
function brDevQueuePushXmit(skb: SkBuff): void {
  const dev = skb.dev;
  if (!dev.isUp || skb.data.length > dev.mtu + 14 + 4) {
    kfreeSkbReason(skb, "PKT_TOO_BIG");
    return;
  }
  devQueueXmit(skb);
}

/** br_forward(): one port; `local` when the bridge device itself sent it. */
export function brForward(p: NetBridgePort, skb: SkBuff, local: boolean): void {
  // A port without carrier hands its frames to its backup port (nbp_backup_change).
  if (p.backupPort && !p.dev.carrier) p = p.backupPort;
  if (!shouldDeliver(p, skb, p.isolated === true && srcPortIsolated(p.br, skb))) {
    kfreeSkbReason(skb, "BRIDGE_NO_PORT");
    return;
  }
  // br_forward() consumes the skb (every caller hands it over): retarget it in place.
  const hook = local ? "LOCAL_OUT" : "FORWARD";
  // No bridge-family table and no br_netfilter hook at the point (nf_hook()'s
  // static key off): straight on, with no continuation made for the hook.
  if (pktFastPaths() && !(ebt && ebtActive(skb.dev.net)) && brNfPlain(hook, skb) === skb) {
    pushXmit(p, skb, true);
    return;
  }
  brNfHook(hook, skb, (s) => pushXmit(p, s, true), p.dev);
}

function isBroadcastFrame(d: Uint8Array): boolean {
  for (let i = 0; i < 6; i++) if (d[i] !== 0xff) return false;
  return true;
}

/** What the aggregated flood needs to know about one flooded frame. */
interface FloodAgg {
  /** The skb each port's peer would receive, but for dev, iif and tstamp. */
  base: SkBuff;
  quiet: RxQuiet;
}

/**
 * Whether a flood may hand ports their copy as counter updates and a backlog
 * batch (dev_rx.ts RxBatch) instead of an skb each: the switch is on, no
 * bridge-family table and no bridge netfilter hook would see the copies, and
 * the frame is multicast (eth_type_trans gives every receiver the same
 * pkt_type) of a protocol that can tell which receivers would end it without
 * effect. Per port, brFlood still checks the device and its driver.
 */
function floodAgg(br: NetBridge, skb: SkBuff, local: boolean): FloodAgg | undefined {
  if (!aggregatedFlood() || br.floodFlagsSeen || fastPathsOff()) return undefined;
  const d = skb.data;
  if (d.length < 14 || !isMulticastEtherAddr(d)) return undefined;
  if (ebt && (ebtActive(skb.dev.net) || ebtActive(br.dev.net))) return undefined;
  // dev_queue_xmit() shows each copy to the taps of the port's namespace (the bridge's: ports never leave it).
  if (netCore(br.dev.net).taps.size) return undefined;
  const protocol = (d[12]! << 8) | d[13]!;
  const quiet = ptypeQuiet(protocol, d);
  if (!quiet) return undefined;
  const fwd = brNfPlain(local ? "LOCAL_OUT" : "FORWARD", skb);
  const post = fwd && brNfPlain("POST_ROUTING", fwd);
  if (!post) return undefined;
  // What pushXmit and the driver (veth_xmit -> __dev_forward_skb -> eth_type_trans) make of each clone.
  const base: SkBuff = { ...post, brInput: false, pktType: etherAddrEqual(d, ETH_BROADCAST) ? "BROADCAST" : "MULTICAST", protocol };
  return { base, quiet };
}

/**
 * br_flood(): every forwarding port but the ingress one. Where floodAgg
 * allows, a port whose device is up and registered, with no tap in its
 * namespace, and whose driver only counts and hands the frame to its peer
 * (ndoForwardToPeer), gets exactly those counters and one more place in a
 * backlog batch; any other port gets its clone through the hooks as before.
 */
export function brFlood(br: NetBridge, skb: SkBuff, local: boolean, proxyarpReplied = false): void {
  const agg = floodAgg(br, skb, local);
  if (agg && brFloodCounted(br, skb, agg.base, agg.quiet)) return;
  let sent = false;
  const len = skb.data.length;
  let batch: RxBatch | undefined;
  const srcIso = srcPortIsolated(br, skb);
  // mcast/bcast flood off, proxy ARP and neigh_suppress are only ever set by
  // brSetport (br_netlink.ts), which then sets floodFlagsSeen.
  const flagsSeen = br.floodFlagsSeen === true;
  for (const p of [...br.ports]) {
    if (!shouldDeliver(p, skb, srcIso)) continue;
    // br_flood(): unicast never to a port with flood off; multicast and broadcast not to
    // one with mcast_flood/bcast_flood off unless the bridge itself sent them.
    if (!p.unicastFlood && (skb.data[0]! & 1) === 0) continue;
    if (flagsSeen) {
      if (!local && (p.mcastFloodOff || p.bcastFloodOff) && skb.data[0]! & 1) {
        if (isBroadcastFrame(skb.data) ? p.bcastFloodOff : p.mcastFloodOff) continue;
      }
      // Nor to a port doing proxy ARP (BR_PROXYARP): the bridge answers for the hosts behind it.
      if (p.proxyArp) continue;
      if (proxyarpReplied && (p.proxyArpWifi || p.neighSuppress)) continue;
    }
    sent = true;
    if (agg) {
      const dev = p.dev;
      const fwd = dev.ops.ndoForwardToPeer;
      if (fwd && !dev.qdiscQueued && dev.regState === "REGISTERED" && dev.net === br.dev.net && len <= dev.mtu + 14 + 4) {
        const rcv = fwd(dev, len);
        if (rcv) {
          batch = netifRxBatch(rcv, agg.base, agg.quiet, batch);
          continue;
        }
      }
    }
    brNfHook(local ? "LOCAL_OUT" : "FORWARD", skbClone(skb), (s) => pushXmit(p, s, true), p.dev);
  }
  if (!sent) kfreeSkbReason(skb, "BRIDGE_NO_PORT");
}
