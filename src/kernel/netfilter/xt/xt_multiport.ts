// multiport match, revision 1 (net/netfilter/xt_multiport.c): up to 15 ports
// or ranges on the source, destination or either port; one inversion for all.
// Needs a protocol with ports (tcp, udp, udplite, sctp, dccp) not inverted.

import type { XtMultiport } from "../../../uapi/xt_ext.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";

const PORT_PROTOS = new Set([6, 17, 136, 132, 33]);

function hit(m: XtMultiport, src: number, dst: number): boolean {
  for (let i = 0; i < m.ports.length; i++) {
    let lo = m.ports[i]!;
    let hi = lo;
    if (m.pflags[i]) {
      hi = m.ports[++i] ?? lo;
    }
    const inRange = (p: number) => p >= lo && p <= hi;
    if (m.flags === "src" && inRange(src)) return true;
    if (m.flags === "dst" && inRange(dst)) return true;
    if (m.flags === "any" && (inRange(src) || inRange(dst))) return true;
  }
  return false;
}

function multiportMatch(p: XtPkt, d: object): boolean {
  const m = d as XtMultiport;
  if (p.fragoff) return false;
  const b = p.skb.data;
  if (b.length < p.thoff + 4) {
    p.hotdrop = true;
    return false;
  }
  const src = (b[p.thoff]! << 8) | b[p.thoff + 1]!;
  const dst = (b[p.thoff + 2]! << 8) | b[p.thoff + 3]!;
  return hit(m, src, dst) !== m.invert;
}

xtRegisterMatch({
  name: "multiport",
  revisions: [1],
  match: multiportMatch,
  check: (ctx) => (PORT_PROTOS.has(ctx.entry.ip.proto) && !(ctx.entry.ip.invflags & 0x40) ? undefined : "EINVAL"),
});
