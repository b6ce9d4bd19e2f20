// __mdb_fill_info() (net/bridge/br_mdb.c): one entry of an MDB message, for a
// port group or (pg undefined) the host's membership of the group.

import { MDB_PERMANENT, MDB_TEMPORARY, type BrMdbEntryMsg } from "../../uapi/if_bridge_mdb.js";
import type { NetBridge } from "./br_private.js";
import { mdbTimerValue, type MdbEntry, type MdbPortGroup } from "./br_multicast.js";

export function mdbFillEntry(br: NetBridge, mp: MdbEntry, pg: MdbPortGroup | undefined): BrMdbEntryMsg {
  const e: BrMdbEntryMsg = {
    ifindex: pg ? pg.port.dev.ifindex : br.dev.ifindex,
    state: pg?.permanent ? MDB_PERMANENT : MDB_TEMPORARY,
    flags: 0,
    vid: mp.vid,
    proto: mp.proto,
    grp: mp.grp,
    timer: mdbTimerValue(br, pg ? (pg.permanent ? -1 : pg.expires) : mp.expires),
  };
  if (mp.src !== undefined) e.src = mp.src;
  if (pg) e.rtprot = pg.rtProtocol;
  return e;
}
