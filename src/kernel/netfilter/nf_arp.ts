// The arp family's hooks (net/ipv4/arp.c: NF_HOOK(NFPROTO_ARP, NF_ARP_IN) in
// arp_rcv() before arp_process(), NF_ARP_OUT in arp_xmit() before the frame is
// queued). nft's arp chains (type filter, hook input/output) run there in
// priority order; what nft_counter adds is skb->len: the ARP packet alone on
// input (the Ethernet header pulled), the whole frame on output (already built).

import type { NetNamespace } from "../core/netns.js";
import type { SkBuff } from "../core/skbuff.js";
import { NF_DROP, type NfVerdict } from "./core.js";

export type ArpHook = "input" | "output";

export interface ArpChain {
  hook: ArpHook;
  priority: number;
  run: (skb: SkBuff, len: number) => NfVerdict;
}

/** Replaces the namespace's arp chains (after each nf_tables commit), ordered by priority. */
export function nfArpSetChains(net: NetNamespace, chains: ArpChain[]): void {
  net.get<{ chains: ArpChain[] }>("nf_arp", () => ({ chains: [] })).chains = [...chains].sort((a, b) => a.priority - b.priority);
}

/** Runs the arp chains of `hook` for an ARP frame (skb.data from its Ethernet header); false when one dropped it. */
export function nfArpHook(skb: SkBuff, hook: ArpHook): boolean {
  const p = skb.dev.net.pernet.get("nf_arp") as { chains: ArpChain[] } | undefined;
  if (!p?.chains.length) return true;
  const len = hook === "input" ? Math.max(0, skb.data.length - 14) : skb.data.length;
  for (const c of p.chains) if (c.hook === hook && c.run(skb, len) === NF_DROP) return false;
  return true;
}
