// SNAT, DNAT, MASQUERADE and REDIRECT (net/netfilter/xt_nat.c,
// xt_MASQUERADE.c, xt_REDIRECT.c): nat table only, each on its hooks
// (source NAT after routing: POSTROUTING and INPUT; destination NAT before:
// PREROUTING and OUTPUT; MASQUERADE only POSTROUTING). Their effect — a
// binding chosen on a connection's first packet and applied to both
// directions — belongs to the conntrack NAT model, which does not exist yet:
// until it does they accept the packet unchanged (the verdict they give).

import { NF_ACCEPT } from "../core.js";
import { HOOK_IN, HOOK_OUT, HOOK_POST, HOOK_PRE, xtRegisterTarget } from "../xt_registry.js";

const accept = () => NF_ACCEPT as 1;

xtRegisterTarget({ name: "SNAT", revisions: [0, 1, 2], table: "nat", hooks: HOOK_POST | HOOK_IN, target: accept });
xtRegisterTarget({ name: "DNAT", revisions: [0, 1, 2], table: "nat", hooks: HOOK_PRE | HOOK_OUT, target: accept });
xtRegisterTarget({ name: "MASQUERADE", revisions: [0], table: "nat", hooks: HOOK_POST, target: accept });
xtRegisterTarget({ name: "REDIRECT", revisions: [0], table: "nat", hooks: HOOK_PRE | HOOK_OUT, target: accept });
