// ctnetlink (net/netfilter/nf_conntrack_netlink.c), reduced to the requests
// conntrack(8) makes: dump the table, delete entries (the tool filters the
// dump and deletes what it matched, by id), create, flush, count
// (net.netfilter.nf_conntrack_count) and the per-CPU statistics.

import type { CtEntryView, CtReply, CtRequest, CtTupleView } from "../../../uapi/nf_conntrack.js";
import type { NetNamespace } from "../../core/netns.js";
import type { Task } from "../../task/task.js";
import { Conn, nfCtGetId, TCP_STATE_NAMES } from "./nf_conntrack.js";
import { ctPernet, nfCtCreateUser, nfCtDelete, nfCtList } from "./nf_conntrack_core.js";
import { invertTuple } from "./nf_conntrack_tuple.js";
import { nfCtQueuedRefs } from "./nf_conntrack_refs.js";
import type { NfConn } from "../nf_skb.js";
import { ctSysctl } from "./nf_conntrack_l4.js";

function view(net: NetNamespace, ct: Conn, queued: Map<NfConn, number>): CtEntryView {
  const e: CtEntryView = {
    id: ct.id,
    ctaId: nfCtGetId(ct.id),
    orig: { ...ct.orig },
    reply: { ...ct.reply },
    status: ct.status,
    timeout: ct.expiresIn(),
    mark: ct.mark,
    zone: ct.zone || undefined,
    use: 1 + (queued.get(ct) ?? 0),
  };
  if (ct.tcp) e.tcpState = TCP_STATE_NAMES[ct.tcp.state];
  if (ct.acct) e.counters = [[ct.packets[0]!, ct.bytes[0]!], [ct.packets[1]!, ct.bytes[1]!]];
  return e;
}

export function ctnlTalk(task: Task, req: CtRequest): CtReply {
  const net = task.netns;
  switch (req.kind) {
    case "dump": {
      const queued = nfCtQueuedRefs(net);
      return { kind: "entries", entries: nfCtList(net).map((ct) => view(net, ct, queued)) };
    }
    case "delete": {
      const want = new Set(req.ids);
      const done: number[] = [];
      for (const ct of nfCtList(net))
        if (want.has(ct.id)) {
          nfCtDelete(ct);
          done.push(ct.id);
        }
      return { kind: "deleted", ids: done };
    }
    case "setmark": {
      const want = new Set(req.ids);
      const done: number[] = [];
      for (const ct of nfCtList(net))
        if (want.has(ct.id)) {
          ct.mark = ((ct.mark & ~req.mask) | (req.value & req.mask)) >>> 0;
          done.push(ct.id);
        }
      return { kind: "updated", ids: done };
    }
    case "flush":
      for (const ct of nfCtList(net)) nfCtDelete(ct);
      return { kind: "ok" };
    case "count":
      return { kind: "count", count: nfCtList(net).length };
    case "stats":
      return { kind: "stats", stats: { ...ctPernet(net).stats } };
    case "get": {
      // nf_conntrack_find_get() finds a tuple of either direction; the reply
      // holds one more reference (the lookup's) than a dump shows.
      const t = req.tuple;
      const same = (u: CtTupleView) =>
        u.src === t.src && u.dst === t.dst && u.proto === t.proto && u.sport === t.sport && u.dport === t.dport && u.type === t.type && u.code === t.code;
      const queued = nfCtQueuedRefs(net);
      for (const ct of nfCtList(net)) {
        const e = view(net, ct, queued);
        if (same(e.orig) || same(e.reply)) {
          e.use++;
          return { kind: "got", entry: e, reply: !same(e.orig) };
        }
      }
      return { kind: "got", reply: false };
    }
    case "create": {
      const r = nfCtCreateUser(net, { ...req.orig }, req.reply ? { ...req.reply } : invertTuple(req.orig), req);
      return r === "EEXIST" ? { kind: "error", errno: "EEXIST" } : { kind: "created" };
    }
  }
}
