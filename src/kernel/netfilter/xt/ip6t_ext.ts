// The ip6_tables side of the extensions ip6tables loads (net/ipv6/netfilter/
// ip6t_*.c, xt_hl.c, xt_HL.c): registered for NFPROTO_IPV6 so a rule is checked
// as the kernel checks it (table, hooks, protocol, data). The model's IPv6 path
// has no netfilter hook points (nf_tables.ts registers no hooks for family ip6),
// so no packet ever reaches these `match`/`target` functions: they answer as the
// kernel would for a packet they cannot parse (no match, continue).

import type { Ip6tNpt, Ip6tReject } from "../../../uapi/xt_ext_ip6.js";
import { HOOK_FWD, HOOK_IN, HOOK_OUT, HOOK_POST, HOOK_PRE, XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

const noMatch = () => false;

for (const name of ["icmp6", "hl", "ah", "frag", "dst", "hbh", "rt", "ipv6header"])
  xtRegisterMatch({ name, family: 6, revisions: [0], proto: name === "icmp6" ? 58 : undefined, match: noMatch });
xtRegisterMatch({ name: "srh", family: 6, revisions: [1], match: noMatch });
xtRegisterMatch({ name: "mh", family: 6, revisions: [0], proto: 135, match: noMatch });
// eui64 reads the source MAC: only where a packet has come in on a device.
xtRegisterMatch({ name: "eui64", family: 6, revisions: [0], hooks: HOOK_PRE | HOOK_IN | HOOK_FWD, match: noMatch });

// ip6t_NPT: prefixes of at most 64 bits (the checksum-neutral rewrite works within them).
const nptCheck = (_ctx: unknown, data: object) => ((data as Ip6tNpt).srcLen > 64 || (data as Ip6tNpt).dstLen > 64 ? "EINVAL" : undefined);
xtRegisterTarget({ name: "SNPT", family: 6, revisions: [0], table: "mangle", hooks: HOOK_IN | HOOK_POST, target: () => XT_CONTINUE, check: nptCheck });
xtRegisterTarget({ name: "DNPT", family: 6, revisions: [0], table: "mangle", hooks: HOOK_PRE | HOOK_OUT, target: () => XT_CONTINUE, check: nptCheck });
xtRegisterTarget({ name: "HL", family: 6, revisions: [0], table: "mangle", target: () => XT_CONTINUE });
xtRegisterTarget({
  name: "REJECT",
  family: 6,
  revisions: [0],
  table: "filter",
  hooks: HOOK_IN | HOOK_FWD | HOOK_OUT,
  target: () => XT_CONTINUE,
  // reject_tg6_check(): a TCP reset needs a rule limited to TCP.
  check: (ctx, data) => ((data as Ip6tReject).with === 6 && (ctx.entry.ip.proto !== 6 || ctx.entry.ip.invflags & 0x40) ? "EINVAL" : undefined),
});
