// macvlan devices (drivers/net/macvlan.c): more MAC addresses on one lower
// Ethernet device, each its own netdevice. newlink/changelink from
// IFLA_MACVLAN_* (mode private|vepa|bridge|passthru, flag nopromisc,
// bcqueuelen), open/stop (the address goes into the lower device's unicast
// list, which puts a lower without unicast filtering (veth) into promiscuous
// mode once; passthru instead takes the lower device's MAC and makes it
// promiscuous unless nopromisc), the carrier and MTU that follow the lower
// device, and deletion with it. The data path is in macvlan_port.ts.
//
// Mode source and its macaddr lists are in macvlan_source.ts. Left out:
// macvtap, and offloads (no GRO/GSO here).

import { kerr } from "../../../uapi/errno.js";
import {
  MACVLAN_FLAG_NOPROMISC,
  MACVLAN_MODE_PASSTHRU,
  MACVLAN_MODE_SOURCE,
  MACVLAN_MODE_VEPA,
  type IflaMacvlanInfo,
  type MacvlanRequestData,
} from "../../../uapi/if_link_macvlan.js";
import { ARPHRD_ETHER, IFF_LOOPBACK } from "../../../uapi/if_link.js";
import { devUcAdd, devUcDelKernel, devUcList } from "../../core/dev_addr_lists.js";
import { deleteLink, devSetMtu, devSetPromiscuity, netifCarrierOff, netifCarrierOn, registerNetdevNotifier, registerNetdevice } from "../../core/dev.js";
import type { NetDevice, NetDeviceOps } from "../../core/netdevice.js";
import type { NetNamespace } from "../../core/netns.js";
import { allocEtherdev } from "../ether.js";
import { changelinkSources, flushSources, sourceAddrs, validateSources } from "./macvlan_source.js";
import { addrBusy, macKey, macvlanXmit, portCreate, portDestroy, portOf, type MacvlanPort, type MacvlanPriv } from "./macvlan_port.js";

/** MACVLAN_DEFAULT_BC_QUEUE_LEN */
const BC_QUEUE_LEN_DEFAULT = 1000;

function privOf(dev: NetDevice): MacvlanPriv {
  return dev.priv as MacvlanPriv;
}

/** __dev_set_rx_mode() for a lower without IFF_UNICAST_FLT: promiscuous while its unicast list is not empty. */
function syncUcPromisc(port: MacvlanPort): void {
  const want = devUcList(port.dev).length > 0;
  if (want === port.ucPromisc) return;
  port.ucPromisc = want;
  devSetPromiscuity(port.dev, want ? 1 : -1);
}

/** netif_stacked_transfer_operstate(): the lower device's carrier is the macvlan's. */
function transferOperstate(lower: NetDevice, dev: NetDevice): void {
  if (lower.carrier && lower.isUp) netifCarrierOn(dev);
  else netifCarrierOff(dev);
}

export const MACVLAN_OPS: NetDeviceOps = {
  kind: "macvlan",
  driver: "macvlan",
  featuresFile: "macvlan",
  linkSettingsDev(dev) {
    // macvlan_ethtool_get_link_ksettings(): the lower device's settings.
    return privOf(dev).lower;
  },
  ndoOpen(dev) {
    // macvlan_open()
    const v = privOf(dev);
    if (v.port.passthru) {
      if (!(v.flags & MACVLAN_FLAG_NOPROMISC)) devSetPromiscuity(v.lower, 1);
    } else {
      if (addrBusy(v.port, dev.addr)) throw kerr("EADDRINUSE");
      devUcAdd(v.lower, dev.addr);
      syncUcPromisc(v.port);
    }
    v.port.byAddr.set(macKey(dev.addr), dev);
  },
  ndoStop(dev) {
    // macvlan_stop()
    const v = privOf(dev);
    if (v.port.passthru) {
      if (!(v.flags & MACVLAN_FLAG_NOPROMISC)) devSetPromiscuity(v.lower, -1);
    } else {
      devUcDelKernel(v.lower, dev.addr);
      syncUcPromisc(v.port);
    }
    if (v.port.byAddr.get(macKey(dev.addr)) === dev) v.port.byAddr.delete(macKey(dev.addr));
  },
  ndoStartXmit(skb, dev) {
    macvlanXmit(skb, dev);
    return "OK";
  },
  ndoGetIflink(dev) {
    return privOf(dev).lower.ifindex;
  },
  getLinkNet(dev) {
    return privOf(dev).lower.net;
  },
  ndoSetMacAddress(dev, addr) {
    // macvlan_set_mac_address(): an up macvlan moves in the hash and the lower's unicast list.
    const v = privOf(dev);
    if (v.port.passthru) throw kerr("EOPNOTSUPP");
    if (!dev.isUp) return;
    if (addrBusy(v.port, addr)) throw kerr("EADDRINUSE");
    devUcDelKernel(v.lower, dev.addr);
    v.port.byAddr.delete(macKey(dev.addr));
    devUcAdd(v.lower, addr);
    v.port.byAddr.set(macKey(addr), dev);
  },
  ndoChangeMtu(dev, mtu) {
    // macvlan_change_mtu(): never above the lower device's.
    const v = privOf(dev);
    if (mtu > v.lower.mtu) {
      dev.mtu = v.mtu;
      throw kerr("EINVAL");
    }
    v.mtu = mtu;
  },
  fillInfo(dev, li) {
    const v = privOf(dev);
    const mv: IflaMacvlanInfo = {
      IFLA_MACVLAN_MODE: v.mode,
      IFLA_MACVLAN_FLAGS: v.flags,
      IFLA_MACVLAN_BC_QUEUE_LEN: v.bcQueueLen,
      // update_port_bc_queue_len(): the largest request among the port's macvlans (the port starts at 0)
      IFLA_MACVLAN_BC_QUEUE_LEN_USED: Math.max(0, ...v.port.vlans.map((d) => privOf(d).bcQueueLen)),
      IFLA_MACVLAN_MACADDR_COUNT: v.macaddrCount ?? 0,
    };
    if (v.macaddrCount) mv.IFLA_MACVLAN_MACADDR_DATA = sourceAddrs(dev);
    li.IFLA_INFO_DATA = { kind: "macvlan", mv };
  },
  dellink(dev) {
    unlink(dev);
    return [];
  },
};

function unlink(dev: NetDevice): void {
  const v = privOf(dev);
  const port = v.port;
  // macvlan_uninit(): a source macvlan's addresses leave the port's hash.
  flushSources(port, dev);
  const i = port.vlans.indexOf(dev);
  if (i >= 0) port.vlans.splice(i, 1);
  if (port.passthru && port.vlans.length === 0) port.passthru = false;
  portDestroy(port);
}

export interface MacvlanNewlink {
  name: string;
  /** Where the device is created. */
  net: NetNamespace;
  lower: NetDevice | undefined;
  data: MacvlanRequestData;
  mac: Uint8Array | undefined;
  randomMac: Uint8Array;
  mtu?: number;
  ifindex: number;
}

/** macvlan_newlink() -> macvlan_common_newlink() */
export function macvlanNewlink(r: MacvlanNewlink): NetDevice {
  let lower = r.lower;
  if (!lower) throw kerr("EINVAL");
  // A macvlan on a macvlan sits on the real device.
  if (lower.ops === MACVLAN_OPS) lower = privOf(lower).lower;
  if (lower.flags & IFF_LOOPBACK || lower.type !== ARPHRD_ETHER) throw kerr("EINVAL");
  validateSources(r.data);
  const mode = r.data.IFLA_MACVLAN_MODE ?? MACVLAN_MODE_VEPA;
  const flags = r.data.IFLA_MACVLAN_FLAGS ?? 0;
  if (flags & MACVLAN_FLAG_NOPROMISC && mode !== MACVLAN_MODE_PASSTHRU) throw kerr("EINVAL");
  if (r.mtu !== undefined && r.mtu > lower.mtu) throw kerr("EINVAL");
  const existing = portOf(lower);
  if (existing?.passthru) throw kerr("EINVAL");
  if (mode === MACVLAN_MODE_PASSTHRU && existing && existing.vlans.length) throw kerr("EINVAL");
  const port = portCreate(lower);
  if (port === "EBUSY") throw kerr("EBUSY");
  const dev = allocEtherdev(MACVLAN_OPS, r.name, r.net);
  dev.maxMtu = lower.maxMtu;
  dev.mtu = r.mtu ?? lower.mtu;
  dev.tsoMaxSize = lower.tsoMaxSize;
  if (mode === MACVLAN_MODE_PASSTHRU) {
    // eth_hw_addr_inherit(): the lower device's own address.
    port.passthru = true;
    dev.addr = lower.addr.slice();
    dev.addrAssignType = "SET";
  } else {
    dev.addr = (r.mac ?? r.randomMac).slice();
    dev.addrAssignType = r.mac ? "SET" : "RANDOM";
  }
  const priv: MacvlanPriv = { lower, port, mode, flags, bcQueueLen: r.data.IFLA_MACVLAN_BC_QUEUE_LEN ?? BC_QUEUE_LEN_DEFAULT, mtu: dev.mtu };
  dev.priv = priv;
  dev.carrier = false;
  port.vlans.push(dev);
  try {
    registerNetdevice(dev, r.ifindex);
  } catch (e) {
    unlink(dev);
    throw e;
  }
  transferOperstate(lower, dev);
  // The source list a create request carries (not for other modes: EINVAL, the device goes again).
  try {
    changelinkSources(dev, r.data);
  } catch (e) {
    deleteLink(dev);
    throw e;
  }
  return dev;
}

/** macvlan_changelink(): the mode (not to or from passthru), flags, bcqueuelen. */
export function macvlanChangelink(dev: NetDevice, d: MacvlanRequestData): void {
  const v = privOf(dev);
  validateSources(d);
  if (d.IFLA_MACVLAN_MODE !== undefined) {
    const toPassthru = d.IFLA_MACVLAN_MODE === MACVLAN_MODE_PASSTHRU;
    if (toPassthru !== (v.mode === MACVLAN_MODE_PASSTHRU)) throw kerr("EINVAL");
    // Leaving mode source empties the list.
    if (v.mode === MACVLAN_MODE_SOURCE && d.IFLA_MACVLAN_MODE !== v.mode) flushSources(v.port, dev);
  }
  if (d.IFLA_MACVLAN_FLAGS !== undefined) {
    const mode = d.IFLA_MACVLAN_MODE ?? v.mode;
    if (d.IFLA_MACVLAN_FLAGS & MACVLAN_FLAG_NOPROMISC && mode !== MACVLAN_MODE_PASSTHRU) throw kerr("EINVAL");
    // A passthru macvlan that is up gives back (or takes) the promiscuity its flag says.
    if (v.port.passthru && dev.isUp) {
      const was = (v.flags & MACVLAN_FLAG_NOPROMISC) !== 0;
      const now = (d.IFLA_MACVLAN_FLAGS & MACVLAN_FLAG_NOPROMISC) !== 0;
      if (was && !now) devSetPromiscuity(v.lower, 1);
      else if (!was && now) devSetPromiscuity(v.lower, -1);
    }
    v.flags = d.IFLA_MACVLAN_FLAGS;
  }
  if (d.IFLA_MACVLAN_MODE !== undefined) v.mode = d.IFLA_MACVLAN_MODE;
  changelinkSources(dev, d);
  if (d.IFLA_MACVLAN_BC_QUEUE_LEN !== undefined) v.bcQueueLen = d.IFLA_MACVLAN_BC_QUEUE_LEN;
}

// macvlan_device_event(): the lower device's state, MTU and deletion reach its macvlans.
registerNetdevNotifier((event, lower) => {
  const port = portOf(lower);
  if (!port) return;
  switch (event) {
    case "UP":
    case "DOWN":
    case "CHANGE":
      for (const d of port.vlans) transferOperstate(lower, d);
      break;
    case "CHANGEMTU":
      for (const d of [...port.vlans]) if (d.mtu > lower.mtu) devSetMtu(d, lower.mtu);
      break;
    case "UNREGISTER":
      for (const d of [...port.vlans]) if (d.regState === "REGISTERED") deleteLink(d);
      break;
    default:
      break;
  }
}, ["UP", "DOWN", "CHANGE", "CHANGEMTU", "UNREGISTER"]);
