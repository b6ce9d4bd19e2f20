// The "syscall" iptables uses (nfnetlink, NFNL_SUBSYS_NFTABLES): dump a
// table, list tables, commit a batch. Runs in the caller's network namespace.
// Only family ip (NFPROTO_IPV4) holds rules; ip6tables sees empty tables.

import { NFPROTO_IPV4, type XtReply, type XtRequest } from "../../uapi/x_tables.js";
import type { Task } from "../task/task.js";
import { nftCommit, nftDumpTable, nftListTables } from "./nf_tables.js";
import "./xt/index.js";
import "./conntrack/nf_conntrack_glue.js";
import "./nf_ipv4.js";

export function nfnlTalk(task: Task, req: XtRequest): XtReply {
  const net = task.netns;
  if (req.family !== NFPROTO_IPV4) {
    if (req.kind === "dump") return { kind: "dump", table: undefined };
    if (req.kind === "list-tables") return { kind: "tables", names: [] };
    return { kind: "error", errors: [{ index: 0, errno: "EAFNOSUPPORT" }] };
  }
  switch (req.kind) {
    case "dump":
      return { kind: "dump", table: nftDumpTable(net, req.table) };
    case "list-tables":
      return { kind: "tables", names: nftListTables(net) };
    case "commit": {
      const errors = nftCommit(net, req.ops);
      return errors.length ? { kind: "error", errors } : { kind: "ok" };
    }
  }
}
