// The PF_BRIDGE MDB messages (net/bridge/br_mdb.c br_mdb_dump, br_mdb_add,
// br_mdb_del): the door `bridge mdb` talks through, brMdbTalk(task, req).
// A dump is one message per bridge in the namespace's device list order, its
// groups newest first, in each the host's membership before the ports'.
// Router ports (MDBA_ROUTER) follow the groups (br_mcast_router.ts).

import { kerr } from "../../uapi/errno.js";
import { MDB_PERMANENT, type BrMdbMsg, type BrMdbReply, type BrMdbRequest, type BrMdbSetRequest } from "../../uapi/if_bridge_mdb.js";
import { devGetByIndex, devList } from "../core/dev.js";
import type { Task } from "../task/task.js";
import { mdbFillEntry } from "./br_mdb_fill.js";
import { mdbNotify } from "./br_mdb_notify.js";
import { brRportsFill } from "./br_mcast_router.js";
import {
  brMc,
  IP6_ALL_NODES,
  ipv4LocalMulticast,
  mdbDelPortGroup,
  mdbGet,
  mdbGroups,
  mdbHostJoin,
  mdbKey,
  mdbPortGroup,
  mdbPorts,
  mdbNewGroup,
  mdbNewPortGroup,
  mdbTempTimer,
  RTPROT_STATIC,
  type BrIp,
} from "./br_multicast.js";
import { BR_STATE_DISABLED, brOf, portOf, type NetBridge, type NetBridgePort } from "./br_private.js";

/** br_mdb_dump() */
function mdbDump(task: Task): BrMdbMsg[] {
  const out: BrMdbMsg[] = [];
  for (const dev of devList(task.netns)) {
    const br = brOf(dev);
    if (!br) continue;
    const m: BrMdbMsg = { type: "RTM_GETMDB", ifindex: dev.ifindex, entries: [] };
    for (const mp of mdbGroups(br)) {
      if (mp.hostJoined) m.entries.push(mdbFillEntry(br, mp, undefined));
      for (const pg of mdbPorts(mp)) m.entries.push(mdbFillEntry(br, mp, pg));
    }
    const router = brRportsFill(br);
    if (router) m.router = router;
    out.push(m);
  }
  return out;
}

/** is_valid_mdb_entry() */
function validEntry(req: BrMdbSetRequest): void {
  const e = req.entry;
  if (e.ifindex === 0) throw kerr("EINVAL", "Zero entry ifindex is not allowed");
  if (e.proto === 4) {
    const g = e.grp as number;
    if (g !== 0 && (g & 0xf0000000) >>> 0 !== 0xe0000000) throw kerr("EINVAL", "IPv4 entry group address is not multicast or 0.0.0.0");
    if (ipv4LocalMulticast(g)) throw kerr("EINVAL", "IPv4 entry group address is local multicast");
  } else if (e.proto === 6) {
    if (e.grp === IP6_ALL_NODES) throw kerr("EINVAL", "IPv6 entry group address is link-local all nodes");
  } else if (!e.mac || !(e.mac[0]! & 1)) throw kerr("EINVAL", "L2 entry group is not multicast");
  if (e.state !== 0 && e.state !== MDB_PERMANENT) throw kerr("EINVAL", "Unknown entry state");
  if (e.vid >= 4095) throw kerr("EINVAL", "Invalid entry VLAN id");
}

/** rtnl_mdb_add/del (rtnetlink.c): the device and the entry's own checks, worded without the module's prefix. */
function rtnlMdbParse(task: Task, req: BrMdbSetRequest): NetBridge {
  if (!req.ifindex) throw kerr("EINVAL", "Invalid ifindex");
  const dev = devGetByIndex(task.netns, req.ifindex);
  if (!dev) throw kerr("ENODEV", "Device doesn't exist");
  validEntry(req);
  const br = brOf(dev);
  if (!br) throw kerr("EOPNOTSUPP", "Device does not support MDB operations");
  return br;
}

function groupOf(req: BrMdbSetRequest): BrIp {
  const a: BrIp = { proto: req.entry.proto as 4 | 6, grp: req.entry.grp, vid: req.entry.vid };
  if (req.src && req.src.proto === req.entry.proto && req.src.addr !== 0 && req.src.addr !== 0n) a.src = req.src.addr;
  return a;
}

/** br_mdb_config_init(): the bridge must run with snooping on; the port must be one of its ports. */
function mdbConfigInit(task: Task, br: NetBridge, req: BrMdbSetRequest): NetBridgePort | undefined {
  if (!br.dev.isUp) throw kerr("EINVAL", "bridge: Bridge device is not running");
  if (!brMc(br).enabled) throw kerr("EINVAL", "bridge: Bridge's multicast processing is disabled");
  let port: NetBridgePort | undefined;
  if (req.entry.ifindex !== br.dev.ifindex) {
    const pdev = devGetByIndex(task.netns, req.entry.ifindex);
    if (!pdev) throw kerr("ENODEV", "bridge: Port net device doesn't exist");
    port = portOf(pdev);
    if (!port) throw kerr("EINVAL", "bridge: Net device is not a bridge port");
    if (port.br !== br) throw kerr("EINVAL", "bridge: Port belongs to a different bridge device");
  }
  if (req.entry.proto === 4 && req.entry.grp === 0) throw kerr("EINVAL", "bridge: IPv4 entry group address 0.0.0.0 is not allowed");
  return port;
}

/** br_mdb_add() -> br_mdb_add_group() */
function mdbAdd(task: Task, req: BrMdbSetRequest): void {
  const br = rtnlMdbParse(task, req);
  const port = mdbConfigInit(task, br, req);
  const group = groupOf(req);
  if (!port && req.entry.proto !== 0) {
    if (req.entry.state) throw kerr("EINVAL", "bridge: Flags are not allowed for host groups");
    if (group.src !== undefined) throw kerr("EINVAL", "bridge: Groups with sources cannot be manually host joined");
  }
  if (req.entry.proto === 0 && req.entry.state !== MDB_PERMANENT) throw kerr("EINVAL", "bridge: Only permanent L2 entries allowed");
  if (port && port.state === BR_STATE_DISABLED && req.entry.state !== MDB_PERMANENT) {
    throw kerr("EINVAL", "bridge: Port is in disabled state and entry is not permanent");
  }
  // L2 (MAC) groups: permanent ones, which this bridge has nowhere to keep (README).
  if (req.entry.proto === 0) throw kerr("EOPNOTSUPP");
  const mc = brMc(br);
  const mp = mdbNewGroup(br, mc, group);
  if (!mp) throw kerr("E2BIG");
  if (!port) {
    if (mp.hostJoined) throw kerr("EEXIST", "bridge: Group is already joined by host");
    mdbHostJoin(br, mp, false);
    mdbNotify(br, mp, undefined, "RTM_NEWMDB");
    return;
  }
  if (mdbPortGroup(mp, port)) {
    throw kerr("EEXIST", group.src !== undefined ? "bridge: (S, G) group is already joined by port" : "bridge: (*, G) group is already joined by port");
  }
  const pg = mdbNewPortGroup(mp, port, req.entry.state === MDB_PERMANENT, RTPROT_STATIC);
  if (!pg.permanent) mdbTempTimer(br, pg);
  mdbNotify(br, mp, pg, "RTM_NEWMDB");
}

/** br_mdb_del() -> __br_mdb_del(): a group not found is a bare EINVAL. */
function mdbDel(task: Task, req: BrMdbSetRequest): void {
  const br = rtnlMdbParse(task, req);
  const port = mdbConfigInit(task, br, req);
  if (req.entry.proto === 0) throw kerr("EINVAL");
  const mc = brMc(br);
  const mp = mdbGet(br, mc, mdbKey(groupOf(req)));
  if (!mp) throw kerr("EINVAL");
  if (req.entry.ifindex === br.dev.ifindex && mp.hostJoined) {
    mp.hostJoined = false;
    mp.expires = -1;
    mdbNotify(br, mp, undefined, "RTM_DELMDB");
    if (!mp.ports) mc.mdb.delete(mp.key);
    return;
  }
  const pg = port && mdbPortGroup(mp, port);
  if (!pg) throw kerr("EINVAL");
  mdbDelPortGroup(br, mc, mp, pg);
}

export function brMdbTalk(task: Task, req: BrMdbRequest): BrMdbReply {
  switch (req.type) {
    case "RTM_GETMDB":
      return { type: "mdb", msgs: mdbDump(task) };
    case "RTM_NEWMDB":
      mdbAdd(task, req);
      return { type: "ack" };
    case "RTM_DELMDB":
      mdbDel(task, req);
      return { type: "ack" };
  }
}
