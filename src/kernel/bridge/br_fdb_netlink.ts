// The PF_BRIDGE neighbour messages (net/core/rtnetlink.c rtnl_fdb_add,
// rtnl_fdb_del, rtnl_fdb_dump, with br_fdb.c's br_fdb_add/br_fdb_delete/
// br_fdb_dump and ndo_dflt_fdb_add/del/dump for devices that are not
// bridges): the door `bridge fdb` talks through, brFdbTalk(task, req).
//
// Dump order: devices by ifindex (the index hash of the namespace); for each,
// first its entries in its bridge's database (when it is a port), then its
// own: a bridge lists its address lists and then its own-address entries,
// other devices their unicast then multicast address lists ("self").

import { kerr } from "../../uapi/errno.js";
import type {
  BrFdbMsg,
  BrFdbReply,
  BrFdbRequest,
  RtmDelNeighBridge,
  RtmDelNeighBridgeBulk,
  RtmGetNeighBridgeOne,
  RtmNewNeighBridge,
} from "../../uapi/if_bridge_fdb.js";
import { ARPHRD_ETHER } from "../../uapi/if_link.js";
import { NTF_EXT_LEARNED, NTF_MASTER, NTF_OFFLOADED, NTF_SELF, NTF_STICKY, NTF_USE, NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE, NUD_STALE } from "../../uapi/neighbour.js";
import { NLM_F_CREATE, NLM_F_EXCL } from "../../uapi/rtnetlink.js";
import { devGetByIndex, devList } from "../core/dev.js";
import { rtnlNeighListening, rtnlNeighNotify } from "../core/rtnl_notify.js";
import { devMcAddExcl, devMcDelUser, devMcList, devUcAddExcl, devUcDel, devUcList } from "../core/dev_addr_lists.js";
import { isMulticastEtherAddr, isZeroEtherAddr, type NetDevice } from "../core/netdevice.js";
import { netCore } from "../core/net_namespace.js";
import type { Task } from "../task/task.js";
import type { NetNamespace } from "../core/netns.js";
import {
  BR_FDB_ADDED_BY_EXT_LEARN,
  BR_FDB_ADDED_BY_USER,
  BR_FDB_LOCAL,
  BR_FDB_OFFLOADED,
  BR_FDB_STATIC,
  BR_FDB_STICKY,
  fdbAddEntry,
  fdbDeleteByAddrAndPort,
  fdbFind,
  fdbFlush,
  fdbList,
  fdbToNud,
  fdbUpdate,
  macKey,
  type FdbFlushDesc,
} from "./br_fdb.js";
import { brOf, portOf, type FdbEntry, type NetBridge } from "./br_private.js";

function nowOf(dev: NetDevice): number {
  return netCore(dev.net).host.clock.now;
}

function checkAddr(dev: NetDevice, lladdr: Uint8Array | undefined, op: "add" | "delete"): Uint8Array {
  if (!lladdr || lladdr.length !== 6) throw kerr("EINVAL", "invalid address");
  if (dev.type !== ARPHRD_ETHER) throw kerr("EINVAL", `FDB ${op} only supported for Ethernet devices`);
  return lladdr;
}

/** br_fdb_add() for a port (or the bridge itself with NTF_SELF). */
function brFdbAdd(b: NetBridge, dev: NetDevice, req: RtmNewNeighBridge, addr: Uint8Array): void {
  if (!(req.ndm_state & (NUD_PERMANENT | NUD_NOARP | NUD_REACHABLE))) throw kerr("EINVAL");
  if (isZeroEtherAddr(addr)) throw kerr("EINVAL");
  if (req.ndm_flags & NTF_STICKY && req.ndm_state & NUD_PERMANENT) throw kerr("EINVAL");
  const port = dev === b.dev ? undefined : portOf(dev);
  if (dev !== b.dev && !port) throw kerr("EINVAL");
  // br_vlan_find() finds nothing: the kernel has no VLAN filtering ("RTM_NEWNEIGH with unconfigured vlan").
  if (req.NDA_VLAN) throw kerr("EINVAL");
  if (req.ndm_flags & NTF_USE) {
    // __br_fdb_add() with NTF_USE: as if a frame from `addr` arrived on the port.
    if (!port) throw kerr("EINVAL");
    fdbUpdate(b, port, addr, nowOf(dev));
    const e = b.fdb.get(macKey(addr));
    if (e) e.addedByUser = true;
    return;
  }
  const r = fdbAddEntry(
    b,
    port,
    addr,
    { permanent: (req.ndm_state & NUD_PERMANENT) !== 0, noarp: (req.ndm_state & NUD_NOARP) !== 0, sticky: (req.ndm_flags & NTF_STICKY) !== 0 },
    { create: (req.nlmsg_flags & NLM_F_CREATE) !== 0, excl: (req.nlmsg_flags & NLM_F_EXCL) !== 0 },
    nowOf(dev),
  );
  if (r !== "ok") throw kerr(r);
}

/** ndo_dflt_fdb_add(): a device's own unicast/multicast address lists. */
function dfltFdbAdd(dev: NetDevice, req: RtmNewNeighBridge, addr: Uint8Array): void {
  if (req.ndm_state && !(req.ndm_state & NUD_PERMANENT)) throw kerr("EINVAL");
  if (req.NDA_VLAN) throw kerr("EINVAL");
  try {
    if (!isMulticastEtherAddr(addr) || (addr[0] === 0x01 && addr[1] === 0x80 && addr[2] === 0xc2)) devUcAddExcl(dev, addr);
    else devMcAddExcl(dev, addr);
  } catch (e) {
    // Only NLM_F_EXCL makes a duplicate an error.
    if (!(req.nlmsg_flags & NLM_F_EXCL)) return;
    throw e;
  }
}

/**
 * rtnl_fdb_notify(): after an NTF_SELF add or delete that worked, RTNLGRP_NEIGH hears of it (NTF_SELF,
 * no master), unless the device's own ndo_fdb_add/del said it notified (bridge, vxlan): the default
 * address-list path only.
 */
function rtnlFdbNotify(dev: NetDevice, addr: Uint8Array, vid: number | undefined, type: "RTM_NEWNEIGH" | "RTM_DELNEIGH", state: number): void {
  if (!rtnlNeighListening(dev.net)) return;
  rtnlNeighNotify(dev.net, { type, ndm_family: 7, ndm_ifindex: dev.ifindex, ndm_state: state, ndm_flags: NTF_SELF, NDA_LLADDR: addr.slice(), ...(vid ? { NDA_VLAN: vid } : {}) });
}

/** fdb_vid_parse(): a VLAN id must be 1..4094. */
function fdbVidParse(vid: number | undefined): void {
  if (vid !== undefined && (vid === 0 || vid >= 4095)) throw kerr("EINVAL", "invalid vlan id");
}

/** rtnl_fdb_add() */
function rtnlFdbAdd(task: Task, req: RtmNewNeighBridge): void {
  const dev = devGetByIndex(task.netns, req.ndm_ifindex);
  if (!dev) throw kerr("ENODEV", "unknown ifindex");
  const addr = checkAddr(dev, req.NDA_LLADDR, "add");
  fdbVidParse(req.NDA_VLAN);
  let flags = req.ndm_flags;
  let done = false;
  const p = portOf(dev);
  if ((!flags || flags & NTF_MASTER) && p) {
    brFdbAdd(p.br, dev, req, addr);
    flags &= ~NTF_MASTER;
    done = true;
  }
  if (flags & NTF_SELF) {
    const b = brOf(dev);
    if (b) brFdbAdd(b, dev, req, addr);
    else if (dev.ops.ndoFdbAdd) dev.ops.ndoFdbAdd(dev, req);
    else {
      dfltFdbAdd(dev, req, addr);
      rtnlFdbNotify(dev, addr, req.NDA_VLAN, "RTM_NEWNEIGH", req.ndm_state);
    }
    done = true;
  }
  if (!done) throw kerr("EOPNOTSUPP");
}

/** rtnl_fdb_del() */
function rtnlFdbDel(task: Task, req: RtmDelNeighBridge): void {
  const dev = devGetByIndex(task.netns, req.ndm_ifindex);
  if (!dev) throw kerr("ENODEV", "unknown ifindex");
  const addr = checkAddr(dev, req.NDA_LLADDR, "delete");
  fdbVidParse(req.NDA_VLAN);
  let flags = req.ndm_flags;
  let done = false;
  const p = portOf(dev);
  // br_fdb_delete(): with a VLAN id only that VLAN's entry goes; without VLAN filtering every entry is VLAN 0.
  if ((!flags || flags & NTF_MASTER) && p) {
    if (req.NDA_VLAN) throw kerr("ENOENT");
    if (!fdbDeleteByAddrAndPort(p.br, p, addr, nowOf(dev))) throw kerr("ENOENT");
    flags &= ~NTF_MASTER;
    done = true;
  }
  if (flags & NTF_SELF) {
    const b = brOf(dev);
    if (b) {
      if (req.NDA_VLAN) throw kerr("ENOENT");
      if (!fdbDeleteByAddrAndPort(b, undefined, addr, nowOf(dev))) throw kerr("ENOENT");
    } else if (dev.ops.ndoFdbDel) {
      dev.ops.ndoFdbDel(dev, req);
    } else {
      if (!(req.ndm_state & NUD_PERMANENT)) throw kerr("EINVAL");
      if (!isMulticastEtherAddr(addr)) devUcDel(dev, addr);
      else devMcDelUser(dev, addr);
      rtnlFdbNotify(dev, addr, req.NDA_VLAN, "RTM_DELNEIGH", req.ndm_state);
    }
    done = true;
  }
  if (!done) throw kerr("EOPNOTSUPP");
}

const NUD = { PERMANENT: NUD_PERMANENT, NOARP: NUD_NOARP, REACHABLE: NUD_REACHABLE, STALE: NUD_STALE } as const;

/** fdb_fill_info() */
function fillInfo(b: NetBridge, e: FdbEntry, now: number): BrFdbMsg {
  return {
    ndm_ifindex: e.dst ? e.dst.dev.ifindex : b.dev.ifindex,
    ndm_state: NUD[fdbToNud(e, b, now)],
    ndm_flags: e.sticky ? NTF_STICKY : 0,
    NDA_LLADDR: e.addr.slice(),
    NDA_MASTER: b.dev.ifindex,
    NDA_CACHEINFO: {
      ndm_used: Math.floor((now - e.used) / 10_000_000),
      ndm_confirmed: 0,
      ndm_updated: Math.floor((now - e.updated) / 10_000_000),
      ndm_refcnt: 0,
    },
  };
}

/** ndo_dflt_fdb_dump(): the device's unicast then multicast addresses, as NTF_SELF permanent entries. */
function dfltFdbDump(dev: NetDevice): BrFdbMsg[] {
  return [...devUcList(dev), ...devMcList(dev)].map((ha) => ({
    ndm_ifindex: dev.ifindex,
    ndm_state: NUD_PERMANENT,
    ndm_flags: NTF_SELF,
    NDA_LLADDR: ha.addr.slice(),
  }));
}

/** rtnl_fdb_dump() */
function rtnlFdbDump(task: Task, brIdx: number | undefined, brportIdx: number | undefined): BrFdbMsg[] {
  const net = task.netns;
  const out: BrFdbMsg[] = [];
  let brDev: NetDevice | undefined;
  if (brIdx) {
    brDev = devGetByIndex(net, brIdx);
    if (!brDev) throw kerr("ENODEV", "Invalid bridge ifindex");
  }
  for (const dev of devList(net).sort((a, b) => (a.ifindex & 255) - (b.ifindex & 255) || a.ifindex - b.ifindex)) {
    if (brportIdx && dev.ifindex !== brportIdx) continue;
    const port = portOf(dev);
    if (brDev) {
      if (dev !== brDev && !port) continue;
      // The named master must be this device's master, or this device a bridge (a port named as `br` lists nothing).
      if (dev.master !== brDev && !brOf(dev)) continue;
    }
    const now = nowOf(dev);
    if (port) {
      for (const e of fdbList(port.br)) if (e.dst === port) out.push(fillInfo(port.br, e, now));
    }
    const b = brOf(dev);
    if (b) {
      // br_fdb_dump(filter_dev = NULL): the bridge's address lists, then its own-address entries.
      out.push(...dfltFdbDump(dev));
      for (const e of fdbList(b)) if (!e.dst) out.push(fillInfo(b, e, now));
    } else if (dev.ops.ndoFdbDump) out.push(...dev.ops.ndoFdbDump(dev));
    else out.push(...dfltFdbDump(dev));
  }
  return out;
}

/** rtnl_fdb_get() and the bridge's br_fdb_get() / vxlan's vxlan_fdb_get(). */
function rtnlFdbGet(task: Task, req: RtmGetNeighBridgeOne): BrFdbMsg {
  const net = task.netns;
  // valid_fdb_get_strict()
  if (req.ndm_flags & ~(NTF_MASTER | NTF_SELF)) throw kerr("EINVAL", "Invalid flags in header for fdb get request");
  const addr = req.NDA_LLADDR;
  if (!addr) throw kerr("EINVAL", "Missing lookup address for fdb get request");
  fdbVidParse(req.NDA_VLAN);
  let dev: NetDevice | undefined;
  let brDev: NetDevice | undefined;
  let ops: NetDevice | undefined;
  if (req.ndm_ifindex) {
    dev = devGetByIndex(net, req.ndm_ifindex);
    if (!dev) throw kerr("ENODEV", "Unknown device ifindex");
  }
  if (req.NDA_MASTER) {
    if (dev) throw kerr("EINVAL", "Master and device are mutually exclusive");
    brDev = devGetByIndex(net, req.NDA_MASTER);
    if (!brDev) throw kerr("EINVAL", "Invalid master ifindex");
    ops = brDev;
  }
  if (dev) {
    if (!req.ndm_flags || req.ndm_flags & NTF_MASTER) {
      const p = portOf(dev);
      if (!p) throw kerr("EINVAL", "Device is not a bridge port");
      brDev = p.br.dev;
      ops = brDev;
    } else {
      if (!(req.ndm_flags & NTF_SELF)) throw kerr("EINVAL", "Missing NTF_SELF");
      ops = dev;
    }
  }
  if (!ops) throw kerr("ENODEV", "No device specified");
  const target = brDev ?? dev!;
  const b = brOf(ops);
  if (b) {
    const now = nowOf(target);
    // br_fdb_find_rcu(br, addr, vid): every entry is VLAN 0 without VLAN filtering.
    const e = req.NDA_VLAN ? undefined : fdbFind(b, addr);
    if (!e) throw kerr("ENOENT", "Fdb entry not found");
    return fillInfo(b, e, now);
  }
  if (ops.ops.kind === "vxlan" && ops.ops.ndoFdbDump) {
    // vxlan_fdb_get(): the entry with its first remote.
    const hit = ops.ops.ndoFdbDump(ops).find((m) => m.NDA_LLADDR.every((x, i) => x === addr[i]));
    if (!hit) throw kerr("ENOENT", "Fdb entry not found");
    return hit;
  }
  throw kerr("EOPNOTSUPP", "Fdb get operation not supported by device");
}

/** FDB_FLUSH_ALLOWED_NDM_FLAGS: NTF_USE, NTF_EXT_LEARNED, NTF_OFFLOADED, NTF_STICKY. */
const FLUSH_NDM_FLAGS = NTF_USE | NTF_EXT_LEARNED | NTF_OFFLOADED | NTF_STICKY;

/** __ndm_state_to_fdb_flags() | __ndm_flags_to_fdb_flags() */
function ndmToFdbFlags(state: number, flags: number): number {
  return (
    (state & NUD_PERMANENT ? BR_FDB_LOCAL : 0) |
    (state & NUD_NOARP ? BR_FDB_STATIC : 0) |
    (flags & NTF_USE ? BR_FDB_ADDED_BY_USER : 0) |
    (flags & NTF_EXT_LEARNED ? BR_FDB_ADDED_BY_EXT_LEARN : 0) |
    (flags & NTF_OFFLOADED ? BR_FDB_OFFLOADED : 0) |
    (flags & NTF_STICKY ? BR_FDB_STICKY : 0)
  );
}

/** br_fdb_delete_bulk(): the bridge's ndo_fdb_del_bulk, for the bridge itself or one of its ports. */
function brFdbDeleteBulk(net: NetNamespace, dev: NetDevice, req: RtmDelNeighBridgeBulk): void {
  const ndmFlags = req.ndm_flags & ~(NTF_MASTER | NTF_SELF);
  const p = brOf(dev) ? undefined : portOf(dev);
  const b = brOf(dev) ?? p?.br;
  if (!b) throw kerr("EINVAL", "bridge: Device is not a bridge port");
  // br_fdb_del_bulk_policy: NDA_VLAN within 1..4094.
  if (req.NDA_VLAN !== undefined && (req.NDA_VLAN < 1 || req.NDA_VLAN > 4094)) throw kerr("ERANGE", "integer out of range");
  if (ndmFlags & ~FLUSH_NDM_FLAGS) throw kerr("EINVAL", "Unsupported fdb flush ndm flag bits set");
  if (req.ndm_state & ~(NUD_PERMANENT | NUD_NOARP)) throw kerr("EINVAL", "Unsupported fdb flush ndm state bits set");
  const desc: FdbFlushDesc = {
    flags: ndmToFdbFlags(req.ndm_state, ndmFlags),
    flagsMask: ndmToFdbFlags(req.NDA_NDM_STATE_MASK ?? 0, req.NDA_NDM_FLAGS_MASK ?? 0),
    portIfindex: 0,
    vlanId: req.NDA_VLAN ?? 0,
  };
  if (req.NDA_IFINDEX !== undefined) {
    // __fdb_flush_validate_ifindex()
    const d = devGetByIndex(net, req.NDA_IFINDEX);
    if (!d) throw kerr("ENODEV", "bridge: Unknown flush device ifindex");
    const db = brOf(d);
    const dp = db ? undefined : portOf(d);
    if (!db && !dp) throw kerr("EINVAL", "bridge: Flush device is not a bridge or bridge port");
    if (db && db !== b) throw kerr("EINVAL", "bridge: Flush bridge device does not match target bridge device");
    if (dp && dp.br !== b) throw kerr("EINVAL", "bridge: Port belongs to a different bridge device");
    desc.portIfindex = req.NDA_IFINDEX;
  } else if (p) desc.portIfindex = p.dev.ifindex;
  fdbFlush(b, desc);
}

/** rtnl_fdb_del() with NLM_F_BULK: the master's ndo_fdb_del_bulk for a port, the device's own with NTF_SELF. */
function rtnlFdbDelBulk(task: Task, req: RtmDelNeighBridgeBulk): void {
  if (!req.ndm_ifindex) throw kerr("EINVAL", "invalid ifindex");
  const dev = devGetByIndex(task.netns, req.ndm_ifindex);
  if (!dev) throw kerr("ENODEV", "unknown ifindex");
  if (dev.type !== ARPHRD_ETHER) throw kerr("EINVAL", "FDB delete only supported for Ethernet devices");
  let flags = req.ndm_flags;
  const p = portOf(dev);
  if ((!flags || flags & NTF_MASTER) && p) {
    brFdbDeleteBulk(task.netns, dev, req);
    flags &= ~NTF_MASTER;
  } else if (!(flags & NTF_SELF)) throw kerr("EOPNOTSUPP");
  if (flags & NTF_SELF) {
    if (brOf(dev)) brFdbDeleteBulk(task.netns, dev, req);
    else if (dev.ops.ndoFdbDelBulk) dev.ops.ndoFdbDelBulk(dev, req);
    else throw kerr("EOPNOTSUPP");
  }
}

export function brFdbTalk(task: Task, req: BrFdbRequest): BrFdbReply {
  switch (req.type) {
    case "RTM_NEWNEIGH":
      rtnlFdbAdd(task, req);
      return { type: "ack" };
    case "RTM_DELNEIGH":
      rtnlFdbDel(task, req);
      return { type: "ack" };
    case "RTM_GETNEIGH":
      return { type: "fdb", entries: rtnlFdbDump(task, req.NDA_MASTER, req.NDA_IFINDEX) };
    case "RTM_GETNEIGH_ONE":
      return { type: "fdb", entries: [rtnlFdbGet(task, req)] };
    case "RTM_DELNEIGH_BULK":
      rtnlFdbDelBulk(task, req);
      return { type: "ack" };
  }
}
