// SNAT, DNAT, MASQUERADE and REDIRECT (net/netfilter/xt_nat.c,
// xt_MASQUERADE.c, xt_REDIRECT.c): nat table only, each on its hooks
// (source NAT after routing: POSTROUTING and INPUT; destination NAT before:
// PREROUTING and OUTPUT; MASQUERADE only POSTROUTING). Their effect — a
// binding chosen on a connection's first packet and applied to both
// directions — belongs to the conntrack NAT model (netfilter/nat/), which
// registers it here (registerNatHooks); without it they accept unchanged.

import type { NfNatRange } from "../../../uapi/xt_ext.js";
import { NF_ACCEPT } from "../core.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_IN, HOOK_OUT, HOOK_POST, HOOK_PRE, xtRegisterTarget, type XtTargetVerdict } from "../xt_registry.js";

export type NatTargetName = "SNAT" | "DNAT" | "MASQUERADE" | "REDIRECT";
export type NatTargetFn = (name: NatTargetName, p: XtPkt, range: NfNatRange) => XtTargetVerdict;

let natImpl: NatTargetFn | undefined;

/** The NAT core hands in what the targets do. */
export function registerNatHooks(fn: NatTargetFn): void {
  natImpl = fn;
}

const target = (name: NatTargetName) => (p: XtPkt, d: object) => (natImpl ? natImpl(name, p, d as NfNatRange) : (NF_ACCEPT as 1));

xtRegisterTarget({ name: "SNAT", revisions: [0, 1, 2], table: "nat", hooks: HOOK_POST | HOOK_IN, target: target("SNAT") });
xtRegisterTarget({ name: "DNAT", revisions: [0, 1, 2], table: "nat", hooks: HOOK_PRE | HOOK_OUT, target: target("DNAT") });
xtRegisterTarget({ name: "MASQUERADE", revisions: [0], table: "nat", hooks: HOOK_POST, target: target("MASQUERADE") });
xtRegisterTarget({ name: "REDIRECT", revisions: [0], table: "nat", hooks: HOOK_PRE | HOOK_OUT, target: target("REDIRECT") });
