// Plugs the netfilter hook core into the IPv4 stack's hook points
// (kernel/ipv4/nf_hooks.ts setInetNfHook) and gives REJECT the IPv4 stack's
// ICMP sender (nf_reject_ipv4.c: nf_send_unreach via icmp_send). Loaded with
// the rule store: until iptables has run, no table exists and every hook
// point passes packets through, as on a kernel where nothing registered.
//
// Where we differ: REJECT --reject-with tcp-reset needs a TCP stack to answer
// with; until one exists the packet is dropped without a reset.

import { NFPROTO_IPV4, type NfInetHook } from "../../uapi/x_tables.js";
import { icmpSend } from "../ipv4/icmp.js";
import { skbRtable } from "../ipv4/ip_output.js";
import { setInetNfHook, type NfInetHook as Ipv4HookName } from "../ipv4/nf_hooks.js";
import { nfHook } from "./core.js";
import { setNfRejectIpv4 } from "./xt/ipt_REJECT.js";
// ip_route_me_harder after mangle OUTPUT and NAT LOCAL_OUT.
import "./nf_reroute.js";

const HOOKS: Record<Ipv4HookName, NfInetHook> = {
  NF_INET_PRE_ROUTING: 0,
  NF_INET_LOCAL_IN: 1,
  NF_INET_FORWARD: 2,
  NF_INET_LOCAL_OUT: 3,
  NF_INET_POST_ROUTING: 4,
};

const ICMP_DEST_UNREACH = 3;

setInetNfHook((state, skb, okfn) => {
  const dev = state.in ?? state.out ?? skb.dev;
  nfHook(NFPROTO_IPV4, HOOKS[state.hook], dev.net, skb, state.in, state.out, okfn);
});

setNfRejectIpv4({
  sendUnreach(skb, code) {
    icmpSend(skb, skbRtable(skb), ICMP_DEST_UNREACH, code, 0);
  },
  sendReset() {
    // No TCP stack yet: nothing to build a reset with (see the header).
  },
});
