// string match (net/netfilter/xt_string.c) and TCPOPTSTRIP target
// (xt_TCPOPTSTRIP.c). string searches the packet from the IPv4 header on,
// between --from and --to (both algorithms find the same first occurrence;
// the model does not distinguish bm from kmp). TCPOPTSTRIP overwrites the
// listed options with NOPs and fixes the TCP checksum word by word.

import type { XtString, XtTcpoptstrip } from "../../../uapi/xt_ext_payload.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

function stringMatch(p: XtPkt, data: object): boolean {
  const d = data as XtString;
  const b = p.skb.data;
  const start = p.nhoff + d.from;
  const end = Math.min(b.length, p.nhoff + d.to + d.pattern.length);
  const n = d.pattern.length;
  let found = false;
  for (let i = start; !found && i + n <= end; i++) {
    let j = 0;
    while (j < n && (d.icase ? lower(b[i + j]!) === lower(d.pattern[j]!) : b[i + j] === d.pattern[j])) j++;
    if (j === n) found = true;
  }
  return found !== d.invert;
}

xtRegisterMatch({
  name: "string",
  revisions: [1],
  match: stringMatch,
  check: (_ctx, data) => {
    const d = data as XtString;
    if (d.from > d.to || d.pattern.length === 0 || (d.algo !== "bm" && d.algo !== "kmp")) return "EINVAL";
    return undefined;
  },
});

function csumReplace16(b: Uint8Array, at: number, oldW: number, newW: number): void {
  let sum = (~((b[at]! << 8) | b[at + 1]!) & 0xffff) + (~oldW & 0xffff) + newW;
  sum = (sum & 0xffff) + (sum >>> 16);
  sum = (sum & 0xffff) + (sum >>> 16);
  const c = ~sum & 0xffff;
  b[at] = c >> 8;
  b[at + 1] = c & 0xff;
}

xtRegisterTarget({
  name: "TCPOPTSTRIP",
  revisions: [0],
  table: "mangle",
  proto: 6,
  target: (p: XtPkt, data: object) => {
    const d = data as XtTcpoptstrip;
    const b = p.skb.data;
    const th = p.thoff;
    if (p.fragoff || th + 20 > b.length) return XT_CONTINUE;
    const end = Math.min(b.length, th + (b[th + 12]! >> 4) * 4);
    for (let i = th + 20; i < end; ) {
      const kind = b[i]!;
      const len = kind < 2 ? 1 : (b[i + 1] ?? 1);
      if (len < 1 || kind === 0) break;
      if (d.kinds.includes(kind)) {
        for (let j = i; j < Math.min(i + len, end); j++) {
          const w = th + ((j - th) & ~1);
          const oldW = (b[w]! << 8) | b[w + 1]!;
          b[j] = 1;
          csumReplace16(b, th + 16, oldW, (b[w]! << 8) | b[w + 1]!);
        }
      }
      i += len;
    }
    return XT_CONTINUE;
  },
});
