// The "syscall" iptables uses (nfnetlink, NFNL_SUBSYS_NFTABLES): dump a
// table, list tables, commit a batch. Runs in the caller's network namespace.
// Families ip (NFPROTO_IPV4) and ip6 (NFPROTO_IPV6) each have their own tables.

import { NFPROTO_IPV4, NFPROTO_IPV6, type XtBatchError, type XtReply, type XtRequest } from "../../uapi/x_tables.js";
import type { NftOp, NftTableDump } from "../../uapi/nft_native.js";
import { nftNativeCommit, nftNativeTables, nftNativeTakeTables } from "./nft_native.js";
import { xtTableDef } from "./x_tables.js";
import type { Task } from "../task/task.js";
import type { NetNamespace } from "../core/netns.js";
import { nftNotifyCommit, type NotifyTable } from "./nf_tables_notify.js";
import { capable } from "../task/cred.js";
import { nftAdoptTables, nftCommit, nftDumpTable, nftListTables } from "./nf_tables.js";
import { xtFindMatch, xtFindTarget } from "./xt_registry.js";
import "./xt/index.js";
import "./conntrack/nf_conntrack_glue.js";
import "./nf_ipv4.js";
import "./nf_reject_ipv6.js";

export function nfnlTalk(task: Task, req: XtRequest): XtReply {
  const net = task.netns;
  const family = req.family;
  // nfnetlink_rcv(): every nf_tables and nft_compat message needs CAP_NET_ADMIN.
  if (!capable(task)) return { kind: "error", errors: [{ index: 0, errno: "EPERM" }] };
  if (family !== NFPROTO_IPV4 && family !== NFPROTO_IPV6) {
    if (req.kind === "dump") return { kind: "dump", table: undefined };
    if (req.kind === "list-tables") return { kind: "tables", names: [] };
    return { kind: "error", errors: [{ index: 0, errno: "EAFNOSUPPORT" }] };
  }
  // One rule set: tables nft made under iptables' names are iptables-nft's to read and change too.
  if (!("nft" in req && req.nft)) nftAdoptTables(net, family, nftNativeTakeTables(net, family === NFPROTO_IPV6 ? "ip6" : "ip", (n) => xtTableDef(n) !== undefined && !nftListTables(net, family).includes(n)));
  switch (req.kind) {
    case "dump":
      return { kind: "dump", table: nftDumpTable(net, req.table, family) };
    case "list-tables":
      return { kind: "tables", names: nftListTables(net, family) };
    case "compat": {
      const f = family === NFPROTO_IPV6 ? 6 : 4;
      const ext = req.target ? xtFindTarget(req.name, f) : xtFindMatch(req.name, f);
      return ext?.revisions.includes(req.revision) ? { kind: "ok" } : { kind: "error", errors: [{ index: 0, errno: "ENOENT" }] };
    }
    case "commit": {
      let errors: XtBatchError[] = [];
      nftNotifyCommit(task, req.ops.length > 0, () => ruleSet(net), () => !(errors = nftCommit(net, req.ops, family)).length);
      return errors.length ? { kind: "error", errors } : { kind: "ok" };
    }
  }
}

/** The native nf_tables messages nft sends: a batch of NEW/DEL ops, or a dump of every native table. */
export type NftNativeRequest = { kind: "commit"; ops: NftOp[]; check?: boolean } | { kind: "dump" };
export type NftNativeReply = { kind: "ok" } | { kind: "error"; errors: XtBatchError[] } | { kind: "dump"; tables: NftTableDump[] };

export function nfnlNativeTalk(task: Task, req: NftNativeRequest): NftNativeReply {
  if (!capable(task)) return { kind: "error", errors: [{ index: 0, errno: "EPERM" }] };
  if (req.kind === "dump") return { kind: "dump", tables: nftNativeTables(task.netns) };
  let errors: XtBatchError[] = [];
  nftNotifyCommit(task, req.ops.length > 0 && !req.check, () => ruleSet(task.netns), () => !(errors = nftNativeCommit(task.netns, req.ops, req.check)).length);
  return errors.length ? { kind: "error", errors } : { kind: "ok" };
}

/** The whole rule set of a namespace, both stores, as nf_tables_notify.ts compares it. */
function ruleSet(net: NetNamespace): NotifyTable[] {
  const out: NotifyTable[] = nftNativeTables(net).map((t) => ({ family: t.family, name: t.name, handle: t.handle, xt: false, sets: t.sets, chains: t.chains }));
  for (const [family, pf] of [["ip", NFPROTO_IPV4], ["ip6", NFPROTO_IPV6]] as const)
    for (const name of nftListTables(net, pf)) {
      const d = nftDumpTable(net, name, pf)!;
      out.push({
        family,
        name,
        handle: d.handle,
        xt: true,
        sets: [],
        chains: d.chains.map((c) => ({
          name: c.name,
          ...(c.base && { base: { type: xtChainType(name, c.base.hook), hook: XT_HOOKS[c.base.hook]!, priority: c.base.priority, policy: c.base.policy === "DROP" ? ("drop" as const) : ("accept" as const) } }),
          rules: c.rules.map((r) => (r.native ? { handle: r.handle, stmts: r.native } : { handle: r.handle, entry: r.entry, counters: r.counters })),
        })),
      });
    }
  return out;
}

const XT_HOOKS = ["prerouting", "input", "forward", "output", "postrouting"];

/** The chain type iptables-nft gives a base chain (nat table: nat; mangle OUTPUT: route). */
function xtChainType(table: string, hook: number): "filter" | "nat" | "route" {
  if (table === "nat") return "nat";
  return table === "mangle" && hook === 3 ? "route" : "filter";
}
