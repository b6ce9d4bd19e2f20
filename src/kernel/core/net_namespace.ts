// Network namespace lifecycle and namespace ids (net/core/net_namespace.c):
// copy_net_ns() makes a namespace and runs every pernet init (loopback first,
// then the sysctl tables and whatever later subsystems register); cleanup_net()
// runs when the last reference goes (processes and /run/netns bind mounts),
// destroying its devices. Namespace ids are the per-namespace idr that
// `ip netns list` shows as "(id: N)" and `ip link` as link-netnsid:
// peernet2id_alloc() hands out the lowest free id the first time one namespace
// has to name another (moving a device there, reporting a veth whose peer is
// there), and a dying namespace's id is removed from every other namespace.

import { rtnlNsidGroup } from "./rtnl_notify.js";
import { kerr } from "../../uapi/errno.js";
import type { Host } from "../host.js";
import { newDropCounters, type DropCounters } from "./drop-reason.js";
import type { NetDevice } from "./netdevice.js";
import { NetNamespace } from "./netns.js";

/** The device tables and ids of one namespace (the core part of struct net). */
export interface NetCore {
  readonly host: Host;
  readonly ns: NetNamespace;
  /** dev_by_index */
  readonly devices: Map<number, NetDevice>;
  /** dev_name_head */
  readonly byName: Map<string, NetDevice>;
  /** net->ifindex: where the cyclic ifindex allocation resumes. */
  ifindexCursor: number;
  /** netns_ids: id -> peer namespace. */
  readonly nsids: Map<number, NetNamespace>;
  /** Registration counter: dumps list devices in dev_base_head order. */
  devSeq: number;
  readonly drops: DropCounters;
  /** Packet taps (ptype_all: tcpdump's packet sockets) bound in this namespace. */
  readonly taps: Set<(skb: import("./skbuff.js").SkBuff, dir: "in" | "out") => void>;
}

const CORE = "core";

export function netCore(ns: NetNamespace): NetCore {
  const c = ns.core as NetCore | undefined;
  if (!c) throw new Error("network namespace has no core state (not set up)");
  return c;
}

/** Per-host view: every live namespace, in creation order. */
interface HostNets {
  nets: NetNamespace[];
}
const hostNets = new WeakMap<Host, HostNets>();

export function liveNets(host: Host): readonly NetNamespace[] {
  return hostNets.get(host)?.nets ?? [];
}

export interface PernetOps {
  name: string;
  init(core: NetCore): void;
  /** Runs before the namespace's devices are destroyed. */
  exit?(core: NetCore): void;
}

const pernetOps: PernetOps[] = [];

/** register_pernet_subsys(): every namespace, existing later ones included, gets init(). */
export function registerPernetOps(ops: PernetOps): void {
  if (pernetOps.some((o) => o.name === ops.name)) return;
  pernetOps.push(ops);
}

/** Brings a namespace's core up (init_net at boot, or a new one from copyNetNs). */
export function setupNet(host: Host, ns: NetNamespace): NetCore {
  const core: NetCore = {
    host,
    ns,
    devices: new Map(),
    byName: new Map(),
    ifindexCursor: 1,
    nsids: new Map(),
    devSeq: 0,
    drops: newDropCounters(),
    taps: new Set(),
  };
  ns.pernet.set(CORE, core);
  ns.core = core;
  let hn = hostNets.get(host);
  if (!hn) hostNets.set(host, (hn = { nets: [] }));
  hn.nets.push(ns);
  for (const ops of pernetOps) ops.init(core);
  ns.onExit(() => cleanupNet(core));
  return core;
}

/** copy_net_ns(CLONE_NEWNET): a fresh namespace (refcount 0: the caller takes its reference). */
export function copyNetNs(host: Host): NetNamespace {
  const ns = new NetNamespace(host.id, false);
  setupNet(host, ns);
  return ns;
}

/** Hook for dev.ts: destroys every device of a dying namespace (default_device_exit). */
let destroyDevices: (core: NetCore) => void = () => {};
export function setDeviceExit(fn: (core: NetCore) => void): void {
  destroyDevices = fn;
}

function cleanupNet(core: NetCore): void {
  const hn = hostNets.get(core.host);
  if (hn) {
    hn.nets = hn.nets.filter((n) => n !== core.ns);
    // unhash_nsid(), before the pernet exits: every other namespace forgets its id for the
    // dead one (RTM_DELNSID there), so the devices' own messages that follow carry none.
    for (const other of hn.nets) {
      const oc = netCore(other);
      const id = peernet2id(other, core.ns);
      if (id >= 0) {
        delNsid(oc, id);
        rtnlNsidGroup.notify(other, { type: "RTM_DELNSID", nsid: id });
      }
    }
  }
  for (const ops of [...pernetOps].reverse()) ops.exit?.(core);
  destroyDevices(core);
  core.nsids.clear();
  nsidIndexes.delete(core);
}

/**
 * The init namespace of a host with 100 000 containers holds an id for each
 * of them, and every netlink message about a veth names its peer's id: a
 * scan of `nsids` per lookup (and from 0 for the lowest free id) made that
 * quadratic in the containers. Past a few ids a namespace gets an index
 * (peer -> id, and the lowest id that may be free); below that the scans are
 * shorter than the index. Ids and their order are the same either way.
 */
interface NsidIndex {
  byPeer: Map<NetNamespace, number>;
  /** Every id below this is in use. */
  free: number;
}
const nsidIndexes = new WeakMap<NetCore, NsidIndex>();
const NSID_INDEX_AT = 16;

function nsidIndex(core: NetCore): NsidIndex | undefined {
  let x = nsidIndexes.get(core);
  if (!x && core.nsids.size >= NSID_INDEX_AT) {
    x = { byPeer: new Map(), free: 0 };
    for (const [id, p] of core.nsids) if (!x.byPeer.has(p)) x.byPeer.set(p, id);
    nsidIndexes.set(core, x);
  }
  return x;
}

function setNsid(core: NetCore, id: number, peer: NetNamespace): void {
  core.nsids.set(id, peer);
  const x = nsidIndex(core);
  if (x && !x.byPeer.has(peer)) x.byPeer.set(peer, id);
}

function delNsid(core: NetCore, id: number): void {
  const peer = core.nsids.get(id);
  core.nsids.delete(id);
  const x = nsidIndexes.get(core);
  if (!x) return;
  if (peer && x.byPeer.get(peer) === id) x.byPeer.delete(peer);
  if (id < x.free) x.free = id;
}

/** peernet2id(): the id `net` gives `peer`, or -1 (NETNSA_NSID_NOT_ASSIGNED). */
export function peernet2id(net: NetNamespace, peer: NetNamespace): number {
  const core = netCore(net);
  const x = nsidIndex(core);
  if (x) return x.byPeer.get(peer) ?? -1;
  for (const [id, p] of core.nsids) if (p === peer) return id;
  return -1;
}

/** peernet2id_alloc(): as peernet2id, assigning the lowest free id when there is none. */
export function peernet2idAlloc(net: NetNamespace, peer: NetNamespace): number {
  if (net.dead || peer.dead) return -1;
  const found = peernet2id(net, peer);
  if (found >= 0) return found;
  const core = netCore(net);
  const x = nsidIndex(core);
  let id = x ? x.free : 0;
  while (core.nsids.has(id)) id++;
  if (x) x.free = id + 1;
  setNsid(core, id, peer);
  rtnlNsidGroup.notify(net, { type: "RTM_NEWNSID", nsid: id });
  return id;
}

/** get_net_ns_by_id() */
export function getNetNsById(net: NetNamespace, id: number): NetNamespace | undefined {
  return netCore(net).nsids.get(id);
}

/** rtnl_net_newid(): `ip netns set NAME NSID|auto`. id < 0 means "the lowest free". */
export function netnsSetId(net: NetNamespace, peer: NetNamespace, id: number): void {
  if (peernet2id(net, peer) >= 0) throw kerr("EEXIST", "Peer netns already has a nsid assigned.");
  if (id < 0) {
    peernet2idAlloc(net, peer);
    return;
  }
  const core = netCore(net);
  if (core.nsids.has(id)) throw kerr("EEXIST", "The specified nsid is already used.");
  setNsid(core, id, peer);
  rtnlNsidGroup.notify(net, { type: "RTM_NEWNSID", nsid: id });
}
