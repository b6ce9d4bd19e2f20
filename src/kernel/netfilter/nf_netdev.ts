// The netdev hooks (net/netfilter/core.c nf_hook_ingress/nf_hook_egress,
// include/linux/netfilter_netdev.h): base chains bound to one device by name,
// run for every frame the device receives (after the taps and tc ingress,
// before rx handlers such as a bridge's) or sends (before tc egress and the
// taps). The netdev family sees every protocol; inet's ingress chains only
// IPv4 and IPv6 frames (nft_do_chain_inet_ingress). What nft_counter adds is
// skb->len there: the frame without its Ethernet header on ingress (eth_type_trans
// pulled it), the whole frame on egress.

import type { NetNamespace } from "../core/netns.js";
import { ETH_HLEN, type SkBuff } from "../core/skbuff.js";
import { NF_DROP, type NfVerdict } from "./core.js";
import { devHooksInUse, fastPathsOff } from "../core/fast_path.js";

export type NetdevHook = "ingress" | "egress";

export interface NetdevChain {
  hook: NetdevHook;
  device: string;
  priority: number;
  /** inet ingress: IPv4/IPv6 frames only. */
  inetOnly: boolean;
  run: (skb: SkBuff, hook: NetdevHook, len: number) => NfVerdict;
}

const perNet = (net: NetNamespace) => net.get<{ chains: NetdevChain[] }>("nf_netdev", () => ({ chains: [] }));

/** Replaces the namespace's netdev chains (after each nf_tables commit), ordered by priority. */
export function nfNetdevSetChains(net: NetNamespace, chains: NetdevChain[]): void {
  if (chains.length) devHooksInUse();
  perNet(net).chains = [...chains].sort((a, b) => a.priority - b.priority);
}

/** Runs the chains bound to the frame's device on this hook; false when one dropped it (freed by the caller). */
export function nfNetdevHook(skb: SkBuff, hook: NetdevHook): boolean {
  // No per-device hook (netdev chain or tc qdisc) set up in the process yet: one test, no lookup per frame.
  if (!fastPathsOff()) return true;
  const p = skb.dev.net.pernet.get("nf_netdev") as { chains: NetdevChain[] } | undefined;
  if (!p?.chains.length) return true;
  const len = hook === "ingress" ? Math.max(0, skb.data.length - ETH_HLEN) : skb.data.length;
  const proto = skb.data.length >= 14 ? (skb.data[12]! << 8) | skb.data[13]! : 0;
  for (const c of p.chains) {
    if (c.hook !== hook || c.device !== skb.dev.name) continue;
    if (c.inetOnly && proto !== 0x0800 && proto !== 0x86dd) continue;
    if (c.run(skb, hook, len) === NF_DROP) return false;
  }
  return true;
}
