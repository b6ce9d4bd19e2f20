// The device core (net/core/dev.c, rtnetlink's do_setlink helpers):
// registration with ifindex allocation, renaming, moving between namespaces,
// open/close, flags, MTU and address changes, carrier, and the notifier chain
// later subsystems listen on (NETDEV_UP, NETDEV_DOWN, NETDEV_UNREGISTER...).
// The packet path lives in dev-xmit.ts / dev-rx.ts.

import { schedHooks } from "../sched/qdisc.js";
import { kerr } from "../../uapi/errno.js";
import { IFF_ALLMULTI, IFF_DYNAMIC, IFF_MULTICAST, IFF_NOARP, IFF_PROMISC, IFF_UP, IFNAMSIZ } from "../../uapi/if_link.js";
import { linkwatchFireEvent, linkwatchForgetDev, linkwatchHold, linkwatchInitDev, linkwatchRelease, setLinkwatchStateChange } from "./link_watch.js";
import { devUsableChanged, isValidEtherAddr, type NetDevice } from "./netdevice.js";
import { netCore, peernet2idAlloc, setDeviceExit, type NetCore } from "./net_namespace.js";
import type { NetNamespace } from "./netns.js";
import { utf8Length } from "../../wire/bytes.js";
import { rtGenidBump } from "./rt_genid.js";
import { altnameClash, altnamesHash } from "./altname.js";

export type NetdevEvent =
  | "REGISTER"
  | "UNREGISTER"
  | "UP"
  | "GOING_DOWN"
  | "DOWN"
  | "CHANGE"
  | "CHANGENAME"
  | "CHANGEADDR"
  | "CHANGEMTU"
  | "CHANGEUPPER"
  | "CHANGELOWERSTATE"
  | "FEAT_CHANGE";

export type NetdevNotifier = (event: NetdevEvent, dev: NetDevice) => void;

/** The chain in registration order, each notifier with the events it acts on (undefined: all). */
const notifiers: Array<{ fn: NetdevNotifier; events: ReadonlySet<NetdevEvent> | undefined }> = [];
/** Per event, the notifiers acting on it, in chain order; rebuilt after a registration. */
let byEvent = new Map<NetdevEvent, NetdevNotifier[]>();

/**
 * register_netdevice_notifier(): how IPv4, IPv6, the bridge... learn of
 * device changes. `events` names every event the notifier can act on: for any
 * other it must do nothing (the kernel's notifiers return NOTIFY_DONE at once),
 * so the chain skips the call; the others keep their order.
 */
export function registerNetdevNotifier(fn: NetdevNotifier, events?: readonly NetdevEvent[]): void {
  if (notifiers.some((n) => n.fn === fn)) return;
  notifiers.push({ fn, events: events && new Set(events) });
  byEvent = new Map();
}

function chainFor(event: NetdevEvent): NetdevNotifier[] {
  let list = byEvent.get(event);
  if (!list) {
    list = [];
    for (const n of notifiers) if (!n.events || !notifierFilter.on || n.events.has(event)) list.push(n.fn);
    byEvent.set(event, list);
  }
  return list;
}

/** The per-event chains: off only in test/netdev/ctr-kernel-diff.test.ts (every notifier called for every event). */
export const notifierFilter = {
  get on(): boolean {
    return filterOn;
  },
  set on(v: boolean) {
    filterOn = v;
    byEvent = new Map();
  },
};
let filterOn = true;

/**
 * The events rtnetlink_event() (the chain's first notifier, registered by
 * rtnetlink_init before any protocol) answers with an RTM_NEWLINK.
 */
const RTNL_EVENTS: ReadonlySet<NetdevEvent> = new Set<NetdevEvent>(["CHANGEMTU", "CHANGEADDR", "CHANGENAME", "CHANGEUPPER", "CHANGELOWERSTATE", "FEAT_CHANGE"]);

/** rtnl_get_event(): IFLA_EVENT_FEATURES (2) for NETDEV_FEAT_CHANGE; the others carry none. */
const IFLA_EVENT_FEATURES = 2;

export function callNetdevNotifiers(event: NetdevEvent, dev: NetDevice): void {
  if (RTNL_EVENTS.has(event)) rtmsgIfinfo("RTM_NEWLINK", dev, event === "FEAT_CHANGE" ? IFLA_EVENT_FEATURES : 0);
  // A notifier may change what routing reads (addresses, nexthops, rules):
  // cached routes go stale before and after each one (rt_genid.ts).
  rtGenidBump();
  const list = chainFor(event);
  for (let i = 0; i < list.length; i++) {
    list[i]!(event, dev);
    rtGenidBump();
  }
}

setLinkwatchStateChange(stateChange);

function stateChange(dev: NetDevice): void {
  callNetdevNotifiers("CHANGE", dev);
  rtmsgIfinfo("RTM_NEWLINK", dev);
}

/** netdev_state_change(): NETDEV_CHANGE and RTM_NEWLINK, for a device that is up. */
export function netdevStateChange(dev: NetDevice): void {
  if (dev.isUp) stateChange(dev);
}

/** Listeners for RTM_NEWLINK/RTM_DELLINK notifications (rtmsg_ifinfo), e.g. `ip monitor`. */
type LinkNotify = (type: "RTM_NEWLINK" | "RTM_DELLINK", dev: NetDevice, event: number) => void;
let linkNotify: LinkNotify = () => {};
export function setLinkNotify(fn: LinkNotify): void {
  linkNotify = fn;
}
/**
 * Devices rtnl_newlink() is still creating (dev->rtnl_link_state
 * RTNL_LINK_INITIALIZING): registration announces nothing; their first
 * RTM_NEWLINK comes from rtnlConfigureLink().
 */
const rtnlInitializing = new WeakSet<NetDevice>();
let rtnlCreating = 0;

/** rtnl_create_link() .. rtnl_configure_link(): devices registered inside `fn` wait for rtnlConfigureLink. */
export function rtnlCreate<T>(fn: () => T): T {
  rtnlCreating++;
  try {
    return fn();
  } finally {
    rtnlCreating--;
  }
}

/**
 * rtnl_configure_link(): the requested flags, then one announcement
 * (__dev_notify_flags: RTM_NEWLINK, then NETDEV_UP if it came up).
 */
export function rtnlConfigureLink(dev: NetDevice, flags: number, change: number): void {
  const init = rtnlInitializing.has(dev);
  const mask = change || flags;
  const opens = (mask & IFF_UP) !== 0 && (flags & IFF_UP) !== 0 && !dev.isUp;
  // Coming up: devOpen's announcement is the one (initialized from its NETDEV_UP on).
  if (init && opens) rtnlInitializing.delete(dev);
  if (mask) devChangeFlags(dev, flags, mask);
  if (init && !opens) {
    rtnlInitializing.delete(dev);
    rtmsgIfinfo("RTM_NEWLINK", dev);
  }
}

const unregistering = new WeakSet<NetDevice>();

function rtmsgIfinfo(type: "RTM_NEWLINK" | "RTM_DELLINK", dev: NetDevice, event = 0): void {
  if (type === "RTM_NEWLINK" && (rtnlInitializing.has(dev) || unregistering.has(dev))) return;
  // Building the notification names the link's namespace from the device's own
  // (rtnl_fill_link_netnsid -> peernet2id_alloc), which is how a namespace gets
  // an id for the one a veth peer was just moved to.
  const linkNet = dev.ops.getLinkNet?.(dev);
  if (linkNet && linkNet !== dev.net) peernet2idAlloc(dev.net, linkNet);
  linkNotify(type, dev, event);
}

export function devGetByName(net: NetNamespace, name: string): NetDevice | undefined {
  return netCore(net).byName.get(name);
}

export function devGetByIndex(net: NetNamespace, ifindex: number): NetDevice | undefined {
  return netCore(net).devices.get(ifindex);
}

/** Devices of a namespace in the kernel's list order (registration order). */
export function devList(net: NetNamespace): NetDevice[] {
  return [...netCore(net).devices.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * for_each_netdev_dump(): the devices by ifindex. This kernel (6.18) walks its
 * per-namespace ifindex xarray for the rtnetlink link and address dumps and for
 * /proc/net/dev, so a device moved in with a low index is listed among the first
 * (recorded: test/golden/link/dump-order.sh), unlike the dev_base list order.
 */
export function devListByIndex(net: NetNamespace): NetDevice[] {
  return [...netCore(net).devices.values()].sort((a, b) => a.ifindex - b.ifindex);
}

/** dev_valid_name() */
export function devValidName(name: string): boolean {
  if (name === "" || utf8Length(name) >= IFNAMSIZ) return false;
  if (name === "." || name === "..") return false;
  return !/[\s/:]/.test(name);
}

/** dev_prep_valid_name / __dev_alloc_name: "veth%d" takes the lowest free number. */
function devAllocName(core: NetCore, pattern: string): string {
  const i = pattern.indexOf("%");
  if (i < 0) return pattern;
  if (pattern.indexOf("%", i + 1) >= 0 || pattern[i + 1] !== "d") throw kerr("EINVAL");
  for (let n = 0; n < 32768; n++) {
    const name = pattern.slice(0, i) + n + pattern.slice(i + 2);
    if (!core.byName.has(name)) {
      if (utf8Length(name) >= IFNAMSIZ) break;
      return name;
    }
  }
  throw kerr("ENFILE");
}

/** dev_get_valid_name(): validates (or expands a %d pattern) and checks for a clash. */
export function devGetValidName(net: NetNamespace, name: string): string {
  const core = netCore(net);
  const pattern = name.indexOf("%") >= 0;
  if (!devValidName(pattern ? name.replace("%d", "0") : name)) throw kerr("EINVAL");
  if (pattern) return devAllocName(core, name);
  if (core.byName.has(name)) throw kerr("EEXIST");
  return name;
}

/** dev_index_reserve(): a requested index must be free; 0 takes the next free one cyclically. */
function devIndexReserve(core: NetCore, ifindex: number): number {
  if (ifindex > 0) {
    if (core.devices.has(ifindex)) throw kerr("EBUSY");
    return ifindex;
  }
  let i = core.ifindexCursor;
  for (let n = 0; n < 0x7fffffff; n++) {
    if (i > 0x7fffffff) i = 1;
    if (!core.devices.has(i)) {
      core.ifindexCursor = i + 1;
      return i;
    }
    i++;
  }
  throw kerr("ENOSPC");
}

function hashDev(core: NetCore, dev: NetDevice): void {
  rtGenidBump();
  core.devices.set(dev.ifindex, dev);
  core.byName.set(dev.name, dev);
  altnamesHash(dev, core, true);
  dev.seq = ++core.devSeq;
}

function unhashDev(core: NetCore, dev: NetDevice): void {
  rtGenidBump();
  core.devices.delete(dev.ifindex);
  core.byName.delete(dev.name);
  altnamesHash(dev, core, false);
}

/** register_netdevice() */
export function registerNetdevice(dev: NetDevice, ifindex = 0): void {
  const core = netCore(dev.net);
  dev.name = devGetValidName(dev.net, dev.name);
  dev.ifindex = devIndexReserve(core, ifindex);
  hashDev(core, dev);
  dev.regState = "REGISTERED";
  linkwatchInitDev(dev);
  if (rtnlCreating) rtnlInitializing.add(dev);
  callNetdevNotifiers("REGISTER", dev);
  rtmsgIfinfo("RTM_NEWLINK", dev);
}

/** unregister_netdevice(): closes the device, lets everyone let go of it, unhashes it. */
export function unregisterNetdevice(dev: NetDevice): void {
  if (dev.regState !== "REGISTERED") return;
  const core = netCore(dev.net);
  if (dev.isUp) devClose(dev);
  linkwatchForgetDev(core.host, dev);
  // NETREG_UNREGISTERING: rtmsg_ifinfo_event() stays quiet about the device from
  // here (a bridge port's promiscuity and upper unlink send nothing).
  unregistering.add(dev);
  callNetdevNotifiers("UNREGISTER", dev);
  if (dev.master) dev.master.ops.ndoDelSlave?.(dev.master, dev);
  unregistering.delete(dev);
  rtmsgIfinfo("RTM_DELLINK", dev);
  // dev_shutdown(): the qdiscs go with the device.
  schedHooks.shutdown(dev);
  unhashDev(core, dev);
  dev.regState = "UNREGISTERED";
}

/** rtnl_delete_link(): the driver says what goes with it (a veth takes its peer). */
export function deleteLink(dev: NetDevice): void {
  const also = dev.ops.dellink ? dev.ops.dellink(dev) : [];
  // unregister_netdevice_many(): dev_close_many() closes the whole batch
  // before the first device is unregistered (a veth pair: both ends announce
  // their close, then each its NETDEV_UNREGISTER and RTM_DELLINK).
  if (dev.isUp) devClose(dev);
  for (const d of also) if (d.isUp) devClose(d);
  unregisterNetdevice(dev);
  for (const d of also) unregisterNetdevice(d);
}

// default_device_exit(): a dying namespace takes its devices with it. Virtual
// devices are deleted (with their veth peers, wherever those are); a physical
// NIC would move back to init_net, but only init_net holds one in this model.
setDeviceExit((core) => {
  for (const dev of devList(core.ns).reverse()) if (dev.regState === "REGISTERED") deleteLink(dev);
});

/** __dev_open() */
export function devOpen(dev: NetDevice): void {
  if (dev.isUp) return;
  // A carrier event still waiting for linkwatch's once-a-second budget settles
  // first: a veth brought up right after creation already shows LOWERLAYERDOWN,
  // while the carrier a bridge gains in ndo_open below waits its turn (recorded).
  const host = netCore(dev.net).host;
  linkwatchForgetDev(host, dev);
  // The carrier events ndo_open fires (a veth turns on its own and its peer's)
  // are handled by linkwatch's work, which needs the rtnl lock this open holds:
  // NETDEV_UP of the opened device comes first, then NETDEV_CHANGE of each end.
  // Visible in IPv6: the opened end's fe80::/64 and ff00::/8 routes are added
  // before its peer's.
  linkwatchHold(host);
  try {
    dev.flags |= IFF_UP;
    devUsableChanged(dev);
    rtGenidBump();
    dev.ops.ndoOpen?.(dev);
    // dev_activate(): the default qdisc is attached at open, carrier or not.
    schedHooks.activate(dev);
    // ... but the tx queue only gets it with carrier ("delay activation until next carrier-on event").
    dev.txActive = dev.carrier;
    // __dev_notify_flags(): the RTM_NEWLINK goes out before NETDEV_UP.
    rtmsgIfinfo("RTM_NEWLINK", dev);
    callNetdevNotifiers("UP", dev);
  } finally {
    linkwatchRelease(host);
  }
}

/** __dev_close() */
export function devClose(dev: NetDevice): void {
  if (!dev.isUp) return;
  callNetdevNotifiers("GOING_DOWN", dev);
  dev.ops.ndoStop?.(dev);
  dev.flags &= ~IFF_UP;
  devUsableChanged(dev);
  rtGenidBump();
  // The qdisc attached at first open stays ("qdisc noqueue state DOWN"); dev_deactivate() idles the queue
  // and drops what it held.
  if (dev.txActive) schedHooks.deactivate(dev);
  dev.txActive = false;
  // __dev_notify_flags(): the RTM_NEWLINK goes out before NETDEV_DOWN.
  rtmsgIfinfo("RTM_NEWLINK", dev);
  callNetdevNotifiers("DOWN", dev);
}

/**
 * dev_set_promiscuity(): a counter; the device is promiscuous (dev->flags'
 * IFF_PROMISC) while it is non-zero. A change of that flag is announced
 * (__dev_notify_flags: an RTM_NEWLINK) unless the user's own flag change is
 * what moved it (`notify` false: dev_change_flags announces once itself).
 */
export function devSetPromiscuity(dev: NetDevice, inc: number, notify = true): void {
  const was = dev.promiscuity !== 0;
  dev.promiscuity = Math.max(0, dev.promiscuity + inc);
  if (notify && was !== (dev.promiscuity !== 0)) rtmsgIfinfo("RTM_NEWLINK", dev);
}

export function devSetAllmulti(dev: NetDevice, inc: number): void {
  dev.allmulti = Math.max(0, dev.allmulti + inc);
}

/** dev_change_flags(): what `ip link set ... up/down/arp/promisc/multicast/allmulticast/dynamic` sends. */
export function devChangeFlags(dev: NetDevice, flags: number, change: number): void {
  const before = devGetFlags(dev);
  const userMask = IFF_NOARP | IFF_MULTICAST | IFF_DYNAMIC;
  if (change & userMask) dev.flags = (dev.flags & ~(change & userMask)) | (flags & change & userMask);
  rtGenidBump();
  if (change & IFF_PROMISC) {
    const want = (flags & IFF_PROMISC) !== 0;
    if (want !== dev.userPromisc) {
      dev.userPromisc = want;
      devSetPromiscuity(dev, want ? 1 : -1, false);
    }
  }
  if (change & IFF_ALLMULTI) {
    const want = (flags & IFF_ALLMULTI) !== 0;
    if (want !== dev.userAllmulti) {
      dev.userAllmulti = want;
      devSetAllmulti(dev, want ? 1 : -1);
    }
  }
  if (change & IFF_UP && ((flags & IFF_UP) !== 0) !== dev.isUp) {
    // One announcement (in __dev_notify_flags, before NETDEV_UP/DOWN) covers every flag changed.
    if (flags & IFF_UP) devOpen(dev);
    else devClose(dev);
  } else if (devGetFlags(dev) !== before) rtmsgIfinfo("RTM_NEWLINK", dev);
}

/**
 * The flags userspace sees (dev_get_flags): PROMISC/ALLMULTI only as the user
 * set them (a bridge port is promiscuous inside, "promiscuity 1", without
 * showing PROMISC), RUNNING and LOWER_UP derived from operstate and carrier.
 */
export function devGetFlags(dev: NetDevice): number {
  let f = dev.flags & ~(IFF_PROMISC | IFF_ALLMULTI);
  if (dev.userPromisc) f |= IFF_PROMISC;
  if (dev.userAllmulti) f |= IFF_ALLMULTI;
  if (dev.isUp) {
    if (dev.operstate === 6 || dev.operstate === 0) f |= 0x40; // IFF_RUNNING: netif_oper_up()
    if (dev.carrier) f |= 0x10000; // IFF_LOWER_UP
  }
  return f;
}

/** dev_set_mtu_ext() with its extack messages. */
export function devSetMtu(dev: NetDevice, mtu: number): void {
  if (mtu === dev.mtu) return;
  devValidateMtu(dev, mtu);
  dev.mtu = mtu;
  dev.ops.ndoChangeMtu?.(dev, mtu);
  callNetdevNotifiers("CHANGEMTU", dev);
}

/** dev_validate_mtu() */
export function devValidateMtu(dev: NetDevice, mtu: number): void {
  if (mtu < 0 || mtu < dev.minMtu) throw kerr("EINVAL", "mtu less than device minimum.");
  if (dev.maxMtu > 0 && mtu > dev.maxMtu) throw kerr("EINVAL", "mtu greater than device maximum.");
}

/** dev_set_group(): policy rules read it (suppress_ifgroup), so cached routes go stale. */
export function devSetGroup(dev: NetDevice, group: number): void {
  dev.group = group;
  rtGenidBump();
}

/** dev_set_mac_address() (eth_mac_addr's validity check included). */
export function devSetMacAddress(dev: NetDevice, addr: Uint8Array): void {
  if (addr.length !== dev.addr.length) throw kerr("EINVAL");
  if (dev.type === 1 && !isValidEtherAddr(addr)) throw kerr("EADDRNOTAVAIL");
  if (dev.ops.ndoSetMacAddress) dev.ops.ndoSetMacAddress(dev, addr);
  else dev.addr = addr.slice();
  dev.addrAssignType = "SET";
  callNetdevNotifiers("CHANGEADDR", dev);
}

/** dev_change_name(): this kernel renames running devices too. */
export function devChangeName(dev: NetDevice, newname: string): void {
  if (newname === dev.name) return;
  const core = netCore(dev.net);
  const name = devGetValidName(dev.net, newname);
  core.byName.delete(dev.name);
  dev.name = name;
  core.byName.set(name, dev);
  rtGenidBump();
  callNetdevNotifiers("CHANGENAME", dev);
}

/** dev_change_net_namespace() / __dev_change_net_namespace(). */
export function devChangeNetNamespace(dev: NetDevice, net: NetNamespace, newIfindex = 0): void {
  if (dev.netnsLocal) throw kerr("EINVAL", "The interface netns is immutable.");
  if (dev.net === net) return;
  const target = netCore(net);
  if (target.byName.has(dev.name)) throw kerr("EEXIST", "An interface with the same name exists in the target netns.");
  const alt = altnameClash(dev, target);
  if (alt !== undefined) throw kerr("EEXIST", `An interface with the altname ${alt} exists in the target netns.`);
  if (newIfindex && target.devices.has(newIfindex)) throw kerr("EBUSY");
  const old = netCore(dev.net);
  if (dev.isUp) devClose(dev);
  linkwatchForgetDev(old.host, dev);
  // NETDEV_UNREGISTER: upper devices (a bridge) let go; IPv4/IPv6 drop addresses.
  callNetdevNotifiers("UNREGISTER", dev);
  if (dev.master) dev.master.ops.ndoDelSlave?.(dev.master, dev);
  peernet2idAlloc(dev.net, net);
  rtmsgIfinfo("RTM_DELLINK", dev);
  unhashDev(old, dev);
  dev.net = net;
  // The index travels with the device unless the target namespace already uses it.
  const idx = newIfindex || (target.devices.has(dev.ifindex) ? 0 : dev.ifindex);
  dev.ifindex = devIndexReserve(target, idx);
  hashDev(target, dev);
  callNetdevNotifiers("REGISTER", dev);
  rtmsgIfinfo("RTM_NEWLINK", dev);
}

/** netif_carrier_on() */
export function netifCarrierOn(dev: NetDevice): void {
  if (dev.carrier) return;
  dev.carrier = true;
  if (dev.regState !== "REGISTERED") return;
  dev.carrierUpCount++;
  linkwatchFireEvent(netCore(dev.net).host, dev);
}

/** netif_carrier_off() */
export function netifCarrierOff(dev: NetDevice): void {
  if (!dev.carrier) return;
  dev.carrier = false;
  if (dev.regState !== "REGISTERED") return;
  dev.carrierDownCount++;
  linkwatchFireEvent(netCore(dev.net).host, dev);
}

let dropSettlers: ((net: NetNamespace) => void)[] = [];
/** Who may owe a namespace drop counts (the counted flood's FULL_RING tail drops): paid before they are read. */
export function registerDropSettler(fn: (net: NetNamespace) => void): void {
  if (!dropSettlers.includes(fn)) dropSettlers = [...dropSettlers, fn];
}

/** The namespace's drop counters, for tests and the packet trace (what is owed paid first). */
export function netDrops(net: NetNamespace): ReadonlyMap<string, number> {
  for (const fn of dropSettlers) fn(net);
  return netCore(net).drops.byReason;
}
