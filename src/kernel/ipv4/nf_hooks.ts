// Netfilter's IPv4 hook points (include/uapi/linux/netfilter.h NF_INET_*):
// every stage of the IPv4 path calls nfHook(...) with its `…Finish`
// continuation, as NF_HOOK() does in ip_input.c/ip_forward.c/ip_output.c.
// Until a netfilter model registers (setInetNfHook), every hook accepts.

import type { NetDevice } from "../core/netdevice.js";
import type { SkBuff } from "../core/skbuff.js";
import { pktFastPaths } from "../core/fast_paths.js";

export type NfInetHook = "NF_INET_PRE_ROUTING" | "NF_INET_LOCAL_IN" | "NF_INET_FORWARD" | "NF_INET_LOCAL_OUT" | "NF_INET_POST_ROUTING";

/** The hook point and devices come as arguments (no state object per packet). */
export type InetNfHook = (hook: NfInetHook, inDev: NetDevice | undefined, outDev: NetDevice | undefined, skb: SkBuff, okfn: (skb: SkBuff) => void) => void;

let impl: InetNfHook = (_hook, _in, _out, skb, okfn) => okfn(skb);

/** Whether the hook function would only call okfn(skb) at once, with nothing else done. */
export type InetNfPlain = (hook: NfInetHook, inDev: NetDevice | undefined, outDev: NetDevice | undefined, skb: SkBuff) => boolean;
let plain: InetNfPlain = () => true;

/**
 * Where iptables/nftables plug in: the function decides (accept = call okfn,
 * drop = kfreeSkbReason); `isPlain` tells when it would only accept (nothing
 * registered at the point), so a caller may continue without a closure.
 */
export function setInetNfHook(fn: InetNfHook, isPlain?: InetNfPlain): void {
  impl = fn;
  plain = isPlain ?? (() => false);
}

/**
 * NF_HOOK()'s static key: true when nfHook(hook, skb, …, okfn) would be
 * okfn(skb) and nothing else, so the caller may call its continuation itself.
 */
export function nfHookPlain(hook: NfInetHook, skb: SkBuff, inDev: NetDevice | undefined, outDev: NetDevice | undefined): boolean {
  return pktFastPaths() && plain(hook, inDev, outDev, skb);
}

/** NF_HOOK(NFPROTO_IPV4, hook, ...) */
export function nfHook(
  hook: NfInetHook,
  skb: SkBuff,
  inDev: NetDevice | undefined,
  outDev: NetDevice | undefined,
  okfn: (skb: SkBuff) => void,
): void {
  impl(hook, inDev, outDev, skb, okfn);
}
