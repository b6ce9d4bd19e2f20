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
import type { BrFdbMsg, BrFdbReply, BrFdbRequest, RtmDelNeighBridge, RtmNewNeighBridge } from "../../uapi/if_bridge_fdb.js";
import { ARPHRD_ETHER } from "../../uapi/if_link.js";
import { NTF_MASTER, NTF_SELF, NTF_STICKY, NTF_USE, NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE } from "../../uapi/neighbour.js";
import { NLM_F_CREATE, NLM_F_EXCL } from "../../uapi/rtnetlink.js";
import { devGetByIndex, devList } from "../core/dev.js";
import { rtnlNeighListening, rtnlNeighNotify } from "../core/rtnl_notify.js";
import { devMcAddExcl, devMcDelUser, devMcList, devUcAddExcl, devUcDel, devUcList } from "../core/dev_addr_lists.js";
import { isMulticastEtherAddr, isZeroEtherAddr, type NetDevice } from "../core/netdevice.js";
import { netCore } from "../core/net_namespace.js";
import type { Task } from "../task/task.js";
import { fdbAddEntry, fdbDeleteByAddrAndPort, fdbList, fdbToNud, fdbUpdate, macKey } from "./br_fdb.js";
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
    { permanent: (req.ndm_state & NUD_PERMANENT) !== 0, noarp: (req.ndm_state & NUD_NOARP) !== 0 },
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

const NUD = { PERMANENT: NUD_PERMANENT, NOARP: NUD_NOARP, REACHABLE: NUD_REACHABLE } as const;

/** fdb_fill_info() */
function fillInfo(b: NetBridge, e: FdbEntry, now: number): BrFdbMsg {
  return {
    ndm_ifindex: e.dst ? e.dst.dev.ifindex : b.dev.ifindex,
    ndm_state: NUD[fdbToNud(e)],
    ndm_flags: 0,
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
      if (dev !== brDev && dev.master !== brDev) continue;
    }
    const now = nowOf(dev);
    if (port) {
      for (const e of fdbList(port.br, now)) if (e.dst === port) out.push(fillInfo(port.br, e, now));
    }
    const b = brOf(dev);
    if (b) {
      // br_fdb_dump(filter_dev = NULL): the bridge's address lists, then its own-address entries.
      out.push(...dfltFdbDump(dev));
      for (const e of fdbList(b, now)) if (!e.dst) out.push(fillInfo(b, e, now));
    } else if (dev.ops.ndoFdbDump) out.push(...dev.ops.ndoFdbDump(dev));
    else out.push(...dfltFdbDump(dev));
  }
  return out;
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
  }
}
