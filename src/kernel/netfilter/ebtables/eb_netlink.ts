// The "syscall" ebtables-nft uses for the bridge family (nfnetlink with
// NFPROTO_BRIDGE): list tables, dump one, commit a batch; CAP_NET_ADMIN needed.

import type { EbtBatchError, EbtOp, EbtTable } from "../../../uapi/ebtables.js";
import type { Task } from "../../task/task.js";
import { capable } from "../../task/cred.js";
import { ebtCommit, ebtDumpTable, ebtListTables } from "./eb_tables.js";
import "./eb_do_table.js";

export type EbtRequest = { kind: "list-tables" } | { kind: "dump"; table: string } | { kind: "commit"; ops: EbtOp[] };
export type EbtReply = { kind: "tables"; names: string[] } | { kind: "dump"; table?: EbtTable } | { kind: "ok" } | { kind: "error"; errors: EbtBatchError[] };

export function ebtTalk(task: Task, req: EbtRequest): EbtReply {
  if (!capable(task)) return { kind: "error", errors: [{ index: 0, errno: "EPERM" }] };
  const net = task.netns;
  switch (req.kind) {
    case "list-tables":
      return { kind: "tables", names: ebtListTables(net) };
    case "dump":
      return { kind: "dump", table: ebtDumpTable(net, req.table) };
    case "commit": {
      const errors = ebtCommit(net, req.ops);
      return errors.length ? { kind: "error", errors } : { kind: "ok" };
    }
  }
}
