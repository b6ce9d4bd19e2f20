// br_mdb_notify() (net/bridge/br_mdb.c): RTNLGRP_MDB hears of every group
// entry created or deleted, one RTM_NEWMDB/RTM_DELMDB message holding the one
// entry. Listeners are per namespace, as netlink groups are (see
// core/rtnl_notify.ts for the neighbour group).

import type { NetNamespace } from "../core/netns.js";
import { RtnlGroup } from "../core/rtnl_notify.js";
import type { BrMdbMsg } from "../../uapi/if_bridge_mdb.js";
import type { NetBridge } from "./br_private.js";
import type { MdbEntry, MdbPortGroup } from "./br_multicast.js";
import { mdbFillEntry } from "./br_mdb_fill.js";

const mdbGroup = new RtnlGroup<BrMdbMsg>();

/** Joins RTNLGRP_MDB in `net`; returns the leave function. */
export function rtnlMdbListen(net: NetNamespace, fn: (m: BrMdbMsg) => void): () => void {
  return mdbGroup.listen(net, fn);
}

/** br_mdb_notify(dev, mp, pg, type): pg undefined is the host's membership. */
export function mdbNotify(br: NetBridge, mp: MdbEntry, pg: MdbPortGroup | undefined, type: "RTM_NEWMDB" | "RTM_DELMDB"): void {
  if (!mdbGroup.listening(br.dev.net)) return;
  mdbGroup.notify(br.dev.net, { type, ifindex: br.dev.ifindex, entries: [mdbFillEntry(br, mp, pg)] });
}
