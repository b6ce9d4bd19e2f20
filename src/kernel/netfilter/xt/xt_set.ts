// set match and SET target (net/netfilter/xt_set.c): look the packet up in an
// ipset set (ipset/ip_set_core.ts), taking each dimension of the element from
// the source or destination side; the SET target adds or deletes it. The
// set's counters are compared (--packets-*/--bytes-*) before they are
// updated, and updated unless `! --update-counters`.

import {
  IPSET_COUNTER_EQ,
  IPSET_COUNTER_GT,
  IPSET_COUNTER_LT,
  IPSET_COUNTER_NE,
  IPSET_FLAG_EXIST,
  IPSET_FLAG_SKIP_COUNTER_UPDATE,
  IPSET_INV_MATCH,
  IPSET_INVALID_ID,
  type XtSetDim,
  type XtSetMatch,
  type XtSetTarget,
} from "../../../uapi/xt_set.js";
import { ipSetAdd, ipSetByIndex, ipSetDel, ipSetTest } from "../ipset/ip_set_core.js";
import type { IpSetElem } from "../ipset/ip_set_hash.js";
import type { XtPkt } from "../pktinfo.js";
import { XT_CONTINUE, xtRegisterMatch, xtRegisterTarget } from "../xt_registry.js";

/** The element a packet gives for a set of `dims` dimensions; undefined when it has none (no ports). */
function elemOf(p: XtPkt, d: XtSetDim, dims: number): IpSetElem | undefined {
  if (d.dim < dims) return undefined;
  const side = (i: number) => (d.flags >> i) & 1;
  const ip = side(0) ? p.iph.daddr : p.iph.saddr;
  if (dims === 1) return { ip, cidr: 32, proto: 0, port: 0 };
  const proto = p.iph.protocol;
  if (p.fragoff !== 0) return undefined;
  const data = p.skb.data;
  const th = p.thoff;
  let port: number;
  if (proto === 6 || proto === 17 || proto === 132 || proto === 136) {
    if (data.length < th + 4) return undefined;
    const o = th + (side(1) ? 2 : 0);
    port = (data[o]! << 8) | data[o + 1]!;
  } else if (proto === 1) {
    if (data.length < th + 2) return undefined;
    port = (data[th]! << 8) | data[th + 1]!;
  } else return undefined;
  return { ip, cidr: 32, proto, port };
}

function dimsOf(type: { port: boolean }): number {
  return type.port ? 2 : 1;
}

function counterOk(v: number, c: { op: number; value: number }): boolean {
  switch (c.op) {
    case IPSET_COUNTER_EQ:
      return v === c.value;
    case IPSET_COUNTER_NE:
      return v !== c.value;
    case IPSET_COUNTER_LT:
      return v < c.value;
    case IPSET_COUNTER_GT:
      return v > c.value;
    default:
      return true;
  }
}

function setMatch(p: XtPkt, data: object): boolean {
  const d = data as XtSetMatch;
  const net = p.state.net;
  const set = ipSetByIndex(net, d.index);
  const inv = !!(d.cmdflags & IPSET_INV_MATCH);
  if (!set || p.ip6) return inv;
  const e = elemOf(p, d, dimsOf(set.type));
  if (!e) return inv;
  const hit = ipSetTest(net, set, e);
  let ok = hit !== undefined;
  if (hit && set.opts.counters) {
    ok = counterOk(hit.packets, d.packets) && counterOk(hit.bytes, d.bytes);
    if (ok && !(d.cmdflags & IPSET_FLAG_SKIP_COUNTER_UPDATE)) {
      hit.packets++;
      hit.bytes += p.iph.totLen;
    }
  }
  // A nomatch entry is found (and counts the packet) but answers "not in the set".
  if (hit?.nomatch) ok = false;
  return ok !== inv;
}

function setTarget(p: XtPkt, data: object): -1 {
  const d = data as XtSetTarget;
  const net = p.state.net;
  if (p.ip6) return XT_CONTINUE;
  if (d.add.index !== IPSET_INVALID_ID) {
    const set = ipSetByIndex(net, d.add.index);
    const e = set && elemOf(p, d.add, dimsOf(set.type));
    // IP_SET_INIT_KEXT: an entry the target adds starts its counters at this packet
    const ext = { timeout: set?.opts.timeout !== undefined ? d.timeout : undefined, packets: 1, bytes: p.iph.totLen };
    if (set && e) ipSetAdd(net, set, [e], ext, !!(d.cmdflags & IPSET_FLAG_EXIST), true);
  }
  if (d.del.index !== IPSET_INVALID_ID) {
    const set = ipSetByIndex(net, d.del.index);
    const e = set && elemOf(p, d.del, dimsOf(set.type));
    if (set && e) ipSetDel(net, set, [e], false);
  }
  return XT_CONTINUE;
}

const knownIndex = (i: number, ctx: { net?: Parameters<typeof ipSetByIndex>[0] }) =>
  i === IPSET_INVALID_ID || !ctx.net || ipSetByIndex(ctx.net, i) !== undefined;

xtRegisterMatch({
  name: "set",
  revisions: [4],
  match: setMatch,
  check: (ctx, data) => (knownIndex((data as XtSetMatch).index, ctx) ? undefined : "ENOENT"),
});

xtRegisterTarget({
  name: "SET",
  revisions: [3],
  target: setTarget,
  check: (ctx, data) => {
    const d = data as XtSetTarget;
    return knownIndex(d.add.index, ctx) && knownIndex(d.del.index, ctx) ? undefined : "ENOENT";
  },
});
