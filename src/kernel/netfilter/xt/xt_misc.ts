// NFLOG (xt_NFLOG.c), NFQUEUE (xt_NFQUEUE.c), quota (xt_quota.c), cpu
// (xt_cpu.c), helper (xt_helper.c), realm (xt_realm.c), CLASSIFY
// (xt_CLASSIFY.c), CHECKSUM (xt_CHECKSUM.c), tcpmss (xt_tcpmss.c) and TCPMSS
// (xt_TCPMSS.c). Where the model lacks the machinery, the kernel's behaviour
// for its absence is what happens: NFLOG hands the packet to a bound
// nfnetlink_log group (nfnetlink_log.ts; the packet goes on either way), NFQUEUE no queue listener (dropped, or accepted with
// --queue-bypass), there is one CPU (0), connections carry no helper, routes no
// realm (0). CHECKSUM fills partial checksums, and every checksum in the model
// is complete, so it changes nothing. TCPMSS lowers an MSS option it finds in a
// SYN (a partial checksum is left as it is); it does not add one to a SYN without it (the kernel does).

import {
  XT_TCPMSS_CLAMP_PMTU,
  type XtClassify,
  type XtCpu,
  type XtHelper,
  type XtNflog,
  type XtNfqueue,
  type XtQuota,
  type XtRealm,
  type XtTcpmss,
  type XtTcpmssTarget,
} from "../../../uapi/xt_ext_misc.js";
import type { NfSkb } from "../nf_skb.js";
import { isPartialCsum } from "../../ipv4/csum_offload.js";
import { ipRouteOutput } from "../../ipv4/route.js";
import { ipv4Mtu } from "../../ipv4/route_fnhe.js";
import type { XtPkt } from "../pktinfo.js";
import { nfulnlLogPacket } from "../nfnetlink_log.js";
import { HOOK_FWD, HOOK_OUT, HOOK_POST, XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

/** tcpmss_reverse_mtu(): the MTU of the route to the packet's source (all ones without one). */
function reverseMtu(p: XtPkt): number {
  try {
    return ipv4Mtu(ipRouteOutput(p.state.net, { daddr: p.iph.saddr, saddr: 0, oif: 0, tos: 0 }));
  } catch {
    return 0xffffffff;
  }
}

const NF_DROP = 0;
const NF_ACCEPT = 1;

xtRegisterTarget({
  name: "NFLOG",
  revisions: [0],
  target: (p, d) => {
    const i = d as XtNflog;
    nfulnlLogPacket(p, i.group, i.prefix, i.size);
    return XT_CONTINUE;
  },
});

xtRegisterTarget({
  name: "NFQUEUE",
  revisions: [3],
  target: (_p: XtPkt, data: object) => ((data as XtNfqueue).bypass ? NF_ACCEPT : NF_DROP),
  check: (_ctx, data) => {
    const d = data as XtNfqueue;
    if (d.queuesTotal === 0 || d.queuenum + d.queuesTotal - 1 > 0xffff) return "EINVAL";
    return undefined;
  },
});

xtRegisterMatch({
  name: "quota",
  revisions: [0],
  match: (p: XtPkt, data: object) => {
    const d = data as XtQuota;
    const len = BigInt(Math.max(0, p.skb.data.length - p.nhoff));
    if (d.quota >= len) {
      d.quota -= len;
      return !d.invert;
    }
    d.quota = 0n;
    return d.invert;
  },
});

xtRegisterMatch({
  name: "cpu",
  revisions: [0],
  match: (_p: XtPkt, data: object) => {
    const d = data as XtCpu;
    return (d.cpu === 0) !== d.invert;
  },
});

xtRegisterMatch({
  name: "helper",
  revisions: [0],
  match: (_p: XtPkt, data: object) => (data as XtHelper).invert,
});

xtRegisterMatch({
  name: "realm",
  revisions: [0],
  match: (_p: XtPkt, data: object) => {
    const d = data as XtRealm;
    return ((0 & d.mask) === d.id) !== d.invert;
  },
});

xtRegisterTarget({
  name: "CLASSIFY",
  revisions: [0],
  table: "mangle",
  hooks: HOOK_FWD | HOOK_OUT | HOOK_POST,
  target: (p: XtPkt, data: object) => {
    p.skb.priority = (data as XtClassify).priority;
    return XT_CONTINUE;
  },
});

xtRegisterTarget({ name: "CHECKSUM", revisions: [0], table: "mangle", target: () => XT_CONTINUE });

/** Offset of the MSS option's value in a TCP header at `th`, if the header has one. */
function findMss(b: Uint8Array, th: number): number | undefined {
  const doff = (b[th + 12]! >> 4) * 4;
  const end = Math.min(b.length, th + doff);
  for (let i = th + 20; i < end; ) {
    const kind = b[i]!;
    if (kind === 0) break;
    if (kind === 1) {
      i++;
      continue;
    }
    const len = b[i + 1] ?? 0;
    if (len < 2) break;
    if (kind === 2 && len === 4 && i + 4 <= end) return i + 2;
    i += len;
  }
  return undefined;
}

xtRegisterMatch({
  name: "tcpmss",
  revisions: [0],
  proto: 6,
  match: (p: XtPkt, data: object) => {
    const d = data as XtTcpmss;
    const b = p.skb.data;
    if (p.fragoff || p.thoff + 20 > b.length) return false;
    const at = findMss(b, p.thoff);
    if (at === undefined) return d.invert;
    const mss = (b[at]! << 8) | b[at + 1]!;
    return (mss >= d.min && mss <= d.max) !== d.invert;
  },
});

xtRegisterTarget({
  name: "TCPMSS",
  revisions: [0],
  // Any table and hook (the classic clamp lives in filter FORWARD); tcpmss_tg4_check
  // limits only --clamp-mss-to-pmtu to the hooks that know the route.
  proto: 6,
  check: (ctx, data) =>
    (data as XtTcpmssTarget).mss === XT_TCPMSS_CLAMP_PMTU && ctx.hookMask & ~(HOOK_FWD | HOOK_OUT | HOOK_POST) ? "EINVAL" : undefined,
  target: (p: XtPkt, data: object) => {
    const d = data as XtTcpmssTarget;
    const b = p.skb.data;
    if (p.fragoff || p.thoff + 20 > b.length || !(b[p.thoff + 13]! & 0x02)) return XT_CONTINUE;
    const at = findMss(b, p.thoff);
    if (at === undefined) return XT_CONTINUE;
    // --clamp-mss-to-pmtu: min(dst_mtu, tcpmss_reverse_mtu()) - 40, the reverse MTU being that of
    // the route back to the sender (xt_TCPMSS.c).
    const want = d.mss === XT_TCPMSS_CLAMP_PMTU ? Math.min(p.out?.mtu ?? 1500, reverseMtu(p)) - 40 : d.mss;
    const old = (b[at]! << 8) | b[at + 1]!;
    if (old <= want) return XT_CONTINUE;
    const ipEnd = p.nhoff + ((b[p.nhoff + 2]! << 8) | b[p.nhoff + 3]!);
    const seg = b.subarray(p.thoff, ipEnd);
    // inet_proto_csum_replace2(..., pseudohdr=false) leaves a CHECKSUM_PARTIAL field alone
    // (it holds only the pseudo-header sum, csum_offload.ts).
    const partial = isPartialCsum(seg, 16, p.iph.saddr, p.iph.daddr, 6);
    b[at] = want >> 8;
    b[at + 1] = want & 0xff;
    if (partial) return XT_CONTINUE;
    // Incremental TCP checksum update (RFC 1624), as inet_proto_csum_replace2.
    const cs = p.thoff + 16;
    let sum = (~((b[cs]! << 8) | b[cs + 1]!) & 0xffff) + (~old & 0xffff) + want;
    sum = (sum & 0xffff) + (sum >>> 16);
    sum = (sum & 0xffff) + (sum >>> 16);
    const c = ~sum & 0xffff;
    b[cs] = c >> 8;
    b[cs + 1] = c & 0xff;
    return XT_CONTINUE;
  },
});
