// Matches on conntrack accounting, connection counts and labels:
// - connbytes (net/netfilter/xt_connbytes.c): the connection's packet or
//   byte counters (or bytes per packet) in one or both directions, within
//   [from, to] (outside it when from > to).
// - connlimit (net/netfilter/xt_connlimit.c over nf_conncount.c): each rule
//   keeps the tuples of the connections it has seen, grouped by the masked
//   source (or destination) address; a tuple leaves when its connection is
//   gone or TCP has closed it (TIME_WAIT, CLOSE). A tuple not yet confirmed
//   is kept for two jiffies (8 ms at HZ=250) in case it is about to be.
// - connlabel (net/netfilter/xt_connlabel.c): 128 label bits per connection,
//   tested, and set with --set.
//
// Loading connbytes switches net.netfilter.nf_conntrack_acct on in its
// namespace, with the kernel's warning, so conntrack -L shows counters from
// then on. Where we differ: the model counts every connection anyway, so
// connections older than the rule have counters too.

import type { XtConnbytes, XtConnlabel, XtConnlimit } from "../../../uapi/xt_ext_match.js";
import { XT_CONNLABEL_OP_INVERT, XT_CONNLABEL_OP_SET, XT_CONNLIMIT_DADDR, XT_CONNLIMIT_INVERT } from "../../../uapi/xt_ext_match.js";
import { netCore } from "../../core/net_namespace.js";
import { sysctlWrite } from "../../fs/procfs-sys.js";
import { printk } from "../../printk.js";
import { ctSysctl } from "../conntrack/nf_conntrack_l4.js";
import type { NfConn } from "../nf_skb.js";
import { nfCtFind, nfCtGet } from "../conntrack/nf_conntrack_core.js";
import { pktToTuple, tupleKey, type NfTuple } from "../conntrack/nf_conntrack_tuple.js";
import type { XtPkt } from "../pktinfo.js";
import { xtRegisterMatch } from "../xt_registry.js";
import { NS_PER_JIFFY } from "../../core/jiffies.js";

function connbytesMatch(p: XtPkt, d: object): boolean {
  const c = d as XtConnbytes;
  const got = nfCtGet(p.skb);
  // No nf_conn_acct extension (made before accounting was on): no match.
  if (!got || !got.ct.acct) return false;
  const { packets, bytes } = got.ct;
  const pick = (v: readonly number[]) => BigInt(c.direction === 0 ? v[0]! : c.direction === 1 ? v[1]! : v[0]! + v[1]!);
  let what = 0n;
  if (c.what === 0) what = pick(packets);
  else if (c.what === 1) what = pick(bytes);
  else {
    const n = pick(packets);
    if (n !== 0n) what = pick(bytes) / n;
  }
  if (c.to >= c.from) return what <= c.to && what >= c.from;
  return what < c.to || what > c.from;
}

xtRegisterMatch({
  name: "connbytes",
  revisions: [0],
  match: connbytesMatch,
  check: (ctx, d) => {
    const c = d as XtConnbytes;
    if (c.what > 2 || c.direction > 2) return "EINVAL";
    // checkentry (at rule creation) switches accounting on: the match needs
    // the acct extension on new connections.
    const net = ctx.net;
    if (net && ctx.otherRules && !ctSysctl(net, "acct", 0)) {
      printk(netCore(net).host, 4, "xt_connbytes: Forcing CT accounting to be enabled");
      sysctlWrite(net, "net.netfilter.nf_conntrack_acct", "1");
    }
    return undefined;
  },
});

interface CountedConn {
  tuple: NfTuple;
  key: string;
  added: number;
}

/** Per rule (its data object): masked address -> connections counted (nf_conncount_data). */
const conncount = new WeakMap<object, Map<string, CountedConn[]>>();

const TCP_CT_TIME_WAIT = 7;
const TCP_CT_CLOSE = 8;
/** Two jiffies, in ns. */
const UNCONFIRMED_GRACE = 2 * NS_PER_JIFFY;

function alreadyClosed(ct: NfConn): boolean {
  const st = (ct as { tcp?: { state: number } }).tcp?.state;
  return ct.orig.proto === 6 && (st === TCP_CT_TIME_WAIT || st === TCP_CT_CLOSE);
}

/** count_them(): the rule's connections for this key once the current one is added. */
function countThem(p: XtPkt, data: object, addrKey: string, tuple: NfTuple): number {
  const net = p.state.net;
  const now = netCore(net).host.clock.now;
  let tree = conncount.get(data);
  if (!tree) conncount.set(data, (tree = new Map()));
  const list = tree.get(addrKey) ?? [];
  const key = tupleKey(tuple);
  let present = false;
  const kept: CountedConn[] = [];
  for (const c of list) {
    const found = nfCtFind(net, c.tuple);
    if (!found) {
      if (now - c.added <= UNCONFIRMED_GRACE) {
        if (c.key === key) present = true;
        kept.push(c);
      }
      continue;
    }
    if (c.key === key) {
      present = true;
      kept.push(c);
      continue;
    }
    if (alreadyClosed(found[0])) continue;
    kept.push(c);
  }
  if (!present) kept.push({ tuple, key, added: now });
  tree.set(addrKey, kept);
  return kept.length;
}

function connlimitMatch(p: XtPkt, d: object): boolean {
  const c = d as XtConnlimit;
  const got = nfCtGet(p.skb);
  const tuple: NfTuple | undefined = got ? got.ct.orig : pktToTuple(p.skb.data, p.nhoff, p.iph.ihl);
  if (!tuple) {
    p.hotdrop = true;
    return false;
  }
  const daddr = !!(c.flags & XT_CONNLIMIT_DADDR);
  const key = p.ip6
    ? String((daddr ? p.ip6.dst : p.ip6.src) & c.mask6)
    : String(((daddr ? p.iph.daddr : p.iph.saddr) & c.mask) >>> 0);
  const n = countThem(p, d, key, tuple);
  return n > c.limit !== !!(c.flags & XT_CONNLIMIT_INVERT);
}

xtRegisterMatch({
  name: "connlimit",
  revisions: [1],
  match: connlimitMatch,
  check: (_ctx, d) => ((d as XtConnlimit).flags & ~3 ? "EINVAL" : undefined),
});

/** The label bits of each connection (the nf_conn_labels extension). */
const labels = new WeakMap<NfConn, Set<number>>();

/** Labels set on a connection, lowest bit first (for listings). */
export function ctLabels(ct: NfConn): number[] {
  return [...(labels.get(ct) ?? [])].sort((a, b) => a - b);
}

function connlabelMatch(p: XtPkt, d: object): boolean {
  const c = d as XtConnlabel;
  const invert = !!(c.options & XT_CONNLABEL_OP_INVERT);
  const got = nfCtGet(p.skb);
  if (!got) return invert;
  let set = labels.get(got.ct);
  if (set?.has(c.bit)) return !invert;
  if (c.options & XT_CONNLABEL_OP_SET) {
    if (!set) labels.set(got.ct, (set = new Set()));
    set.add(c.bit);
    return !invert;
  }
  return invert;
}

xtRegisterMatch({
  name: "connlabel",
  revisions: [0],
  match: connlabelMatch,
  check: (_ctx, d) => {
    const c = d as XtConnlabel;
    if (c.options & ~3) return "EINVAL";
    // nf_connlabels_get(): NF_CT_LABELS_MAX_SIZE is 128 bits.
    return c.bit >= 128 ? "ERANGE" : undefined;
  },
});
