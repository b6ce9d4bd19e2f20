// AUDIT (xt_AUDIT.c), SECMARK (xt_SECMARK.c), CONNSECMARK (xt_CONNSECMARK.c),
// IDLETIMER (xt_IDLETIMER.c), TPROXY (xt_TPROXY.c) and SYNPROXY
// (ipt_SYNPROXY.c): their load-time checks as the kernel makes them, and what
// they do to a packet as far as the model has the machinery.
//
// Where the model has less than Linux, the kernel's behaviour for that absence
// is what happens:
// - AUDIT: there is no audit subsystem; the packet goes on (XT_CONTINUE) and
//   no record is written.
// - SECMARK: no security module is loaded, so translating the context fails
//   and the rule is refused with ENOENT (as on this machine: RULE_APPEND
//   failed (No such file or directory)); in a table other than mangle or
//   security it is EINVAL first.
// - CONNSECMARK: with no security module every secmark is 0, so --save and
//   --restore copy nothing.
// - IDLETIMER: accepted with the kernel's checks (timeout > 0, a label); the
//   timer's sysfs file (/sys/class/xt_idletimer/timers/LABEL) is not modelled.
// - TPROXY: needs a socket with IP_TRANSPARENT, which no program in the model
//   can set, so every packet that reaches it is dropped (NF_DROP, the
//   kernel's answer when no transparent socket is found).
// - SYNPROXY: the kernel answers a SYN with a cookie SYN/ACK and steals it;
//   the model does not build cookies, so the SYN is dropped (the client sees
//   no answer, as with a proxy that cannot reach its server). A bare ACK can
//   carry no valid cookie, so it is dropped as the kernel drops bad cookies;
//   everything else continues.

import { CONNSECMARK_RESTORE, CONNSECMARK_SAVE, type XtAudit, type XtConnsecmark, type XtIdletimer, type XtTproxy } from "../../../uapi/xt_ext_targets.js";
import { NF_DROP } from "../core.js";
import type { XtPkt } from "../pktinfo.js";
import { HOOK_FWD, HOOK_IN, HOOK_PRE, XT_CONTINUE, xtRegisterTarget, type XtCheckCtx } from "../xt_registry.js";

const mangleOrSecurity = (ctx: XtCheckCtx) => ctx.table === "mangle" || ctx.table === "security";

xtRegisterTarget({
  name: "AUDIT",
  revisions: [0],
  check: (_ctx, d) => ((d as XtAudit).type > 2 ? "EINVAL" : undefined),
  target: () => XT_CONTINUE,
});

xtRegisterTarget({
  name: "SECMARK",
  revisions: [0, 1],
  check: (ctx) => (mangleOrSecurity(ctx) ? "ENOENT" : "EINVAL"),
  target: () => XT_CONTINUE,
});

xtRegisterTarget({
  name: "CONNSECMARK",
  revisions: [0],
  check: (ctx, d) => {
    if (!mangleOrSecurity(ctx)) return "EINVAL";
    const m = (d as XtConnsecmark).mode;
    return m === CONNSECMARK_SAVE || m === CONNSECMARK_RESTORE ? undefined : "EINVAL";
  },
  target: () => XT_CONTINUE,
});

function idletimerCheck(d: XtIdletimer): string | undefined {
  // timeout 0 and timeouts whose milliseconds overflow an int are refused, as an empty label.
  if (d.timeout === 0 || d.timeout >= 0x7fffffff / 1000) return "EINVAL";
  if (d.label === "" || d.label.length >= 28) return "EINVAL";
  return undefined;
}

xtRegisterTarget({ name: "IDLETIMER", revisions: [0, 1], check: (_ctx, d) => idletimerCheck(d as XtIdletimer), target: () => XT_CONTINUE });

xtRegisterTarget({
  name: "TPROXY",
  revisions: [0, 1],
  table: "mangle",
  hooks: HOOK_PRE,
  check: (ctx, d) => {
    void (d as XtTproxy);
    const ip = ctx.entry.ip;
    return (ip.proto === 6 || ip.proto === 17) && !(ip.invflags & 0x40) ? undefined : "EINVAL";
  },
  target: () => NF_DROP as 0,
});

xtRegisterTarget({
  name: "SYNPROXY",
  revisions: [0],
  proto: 6,
  hooks: HOOK_IN | HOOK_FWD,
  target: (p: XtPkt) => {
    if (p.fragoff) return XT_CONTINUE;
    const fl = p.skb.data[p.thoff + 13];
    if (fl === undefined) return NF_DROP as 0;
    const syn = fl & 0x02, ack = fl & 0x10, finRst = fl & 0x05;
    if (syn && !ack && !finRst) return NF_DROP as 0;
    if (ack && !syn && !finRst) return NF_DROP as 0;
    return XT_CONTINUE;
  },
});
