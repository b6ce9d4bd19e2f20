// drivers/net/tun.c as `ip tuntap` drives it through /dev/net/tun: TUNSETIFF
// makes (or attaches to) a tun (layer 3, ARPHRD_NONE) or tap (Ethernet)
// device, TUNSETOWNER/TUNSETGROUP record who may attach, TUNSETPERSIST keeps
// the device after the file is closed. No process of the model ever holds the
// file afterwards, so a device outlives its file only when persistent, and then
// it has no queue attached: carrier off (NO-CARRIER, state DOWN when up), and
// the frames routed to it are dropped by the idle qdisc (tx_dropped).
// Differs: the file is opened and closed within one call (tunIoctlSequence);
// reading and writing frames through it are not modelled.

import { kerr } from "../../uapi/errno.js";
import {
  IFF_MULTI_QUEUE,
  IFF_NO_PI,
  IFF_PERSIST,
  IFF_TAP,
  IFF_TUN,
  IFF_TUN_EXCL,
  IFF_VNET_HDR,
  MAX_TAP_QUEUES,
  TUN_FEATURES,
  type TunIfreq,
} from "../../uapi/if_tun.js";
import { ARPHRD_NONE, IFF_MULTICAST, IFF_NOARP, IFF_POINTOPOINT } from "../../uapi/if_link.js";
import { deleteLink, devGetByName, netifCarrierOff, registerNetdevice } from "../core/dev.js";
import { NetDevice, type NetDeviceOps } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { allocEtherdev, ETH_DATA_LEN, ETH_MAX_MTU, ETH_MIN_MTU } from "./ether.js";

interface TunState {
  /** tun->flags: IFF_TUN/IFF_TAP, the TUN_FEATURES given, IFF_PERSIST. */
  flags: number;
  owner: number;
  group: number;
  /** tun->msg_enable (ethtool msglvl) and tun->rx_batched (ethtool -c rx-frames). */
  msgEnable: number;
  rxBatched: number;
}

/** NAPI_POLL_WEIGHT: the most frames tun batches per receive (rx_batched). */
const NAPI_POLL_WEIGHT = 64;

/** TSO_LEGACY_MAX_SIZE: tun does not raise it (netif_set_tso_max_size). */
const TSO_LEGACY_MAX_SIZE = 65536;

const tunState = new WeakMap<NetDevice, TunState>();

function stateOf(dev: NetDevice): TunState {
  return tunState.get(dev)!;
}

/** tun_flags(): what /sys/class/net/DEV/tun_flags shows. */
function tunFlags(dev: NetDevice): number {
  return stateOf(dev).flags & (TUN_FEATURES | IFF_PERSIST | IFF_TUN | IFF_TAP);
}

function makeOps(tap: boolean): NetDeviceOps {
  return {
    kind: "tun",
    driver: "tun",
    featuresFile: "tun",
    defaultQdisc: "pfifo_fast",
    // tun_default_link_ksettings(): 10000 Mb/s full duplex.
    speedMbps: 10000,
    // tun_ethtool_ops: tun_get_drvinfo's bus_info names the mode; coalesce and msglevel from tun_struct.
    ethtool: {
      busInfo: tap ? "tap" : "tun",
      getCoalesce: (dev) => ({ rxFrames: stateOf(dev).rxBatched }),
      // tun_set_coalesce(): rx_batched capped at NAPI_POLL_WEIGHT; only rx-frames is supported.
      coalesceSupported: new Set(["RX_MAX_FRAMES"]),
      setCoalesce(dev, values) {
        const v = values.get("RX_MAX_FRAMES");
        if (v !== undefined) stateOf(dev).rxBatched = Math.min(v, NAPI_POLL_WEIGHT);
      },
      // tun_get_channels(): one combined channel (MAX_TAP_QUEUES when multi-queue), as many in use as
      // queues attached; a persistent device of the model never has one attached.
      getChannels: (dev) => ({ maxCombined: stateOf(dev).flags & IFF_MULTI_QUEUE ? MAX_TAP_QUEUES : 1, combined: 0 }),
      getMsglevel: (dev) => stateOf(dev).msgEnable,
      setMsglevel(dev, value) {
        stateOf(dev).msgEnable = value;
      },
    },
    // tun_net_xmit() without an attached queue: dropped.
    ndoStartXmit(_skb, dev) {
      dev.stats.tx_dropped++;
      return "DROP";
    },
    fillInfo(dev, info) {
      const s = stateOf(dev);
      info.IFLA_INFO_DATA = {
        kind: "tun",
        tun: {
          type: tap ? IFF_TAP : IFF_TUN,
          pi: !(s.flags & IFF_NO_PI),
          vnetHdr: !!(s.flags & IFF_VNET_HDR),
          persist: !!(s.flags & IFF_PERSIST),
          multiQueue: !!(s.flags & IFF_MULTI_QUEUE),
          owner: s.owner,
          group: s.group,
          numQueues: 0,
          numDisabledQueues: 0,
        },
      };
    },
    sysfsAttrs(dev) {
      return [
        ["tun_flags", () => `0x${tunFlags(dev).toString(16)}\n`],
        ["owner", () => `${stateOf(dev).owner}\n`],
        ["group", () => `${stateOf(dev).group}\n`],
      ];
    },
  };
}

const TUN_OPS = makeOps(false);
const TAP_OPS = makeOps(true);

function isTunDevice(dev: NetDevice): boolean {
  return dev.ops === TUN_OPS || dev.ops === TAP_OPS;
}

/** tun_net_init() for a tun (layer 3) or tap (Ethernet) device. */
function tunAlloc(net: NetNamespace, name: string, tap: boolean, mac: Uint8Array): NetDevice {
  if (tap) {
    const dev = allocEtherdev(TAP_OPS, name, net);
    dev.addr = mac;
    // MAX_MTU - ETH_HLEN
    dev.maxMtu = ETH_MAX_MTU - 14;
    dev.tsoMaxSize = TSO_LEGACY_MAX_SIZE;
    return dev;
  }
  const dev = new NetDevice(TUN_OPS, {
    name,
    net,
    type: ARPHRD_NONE,
    flags: IFF_POINTOPOINT | IFF_NOARP | IFF_MULTICAST,
    mtu: ETH_DATA_LEN,
    minMtu: ETH_MIN_MTU,
    maxMtu: ETH_MAX_MTU,
    addr: new Uint8Array(0),
    broadcast: new Uint8Array(0),
    txqueuelen: 500,
  });
  dev.tsoMaxSize = TSO_LEGACY_MAX_SIZE;
  return dev;
}

/**
 * What `ip tuntap add|del` does with one open of /dev/net/tun: TUNSETIFF
 * (tun_set_iff: an existing device is refused with IFF_TUN_EXCL, must be of
 * the asked type; a new one is registered), TUNSETOWNER/TUNSETGROUP when
 * given, TUNSETPERSIST, then close (tun_detach: a device that is not
 * persistent goes; a persistent one is left without carrier).
 */
export function tunIoctlSequence(
  net: NetNamespace,
  ifr: TunIfreq,
  opts: { owner?: number; group?: number; persist: boolean; mac: () => Uint8Array },
): NetDevice | undefined {
  const tap = (ifr.flags & IFF_TAP) !== 0;
  let dev = ifr.name ? devGetByName(net, ifr.name) : undefined;
  if (dev) {
    if (ifr.flags & IFF_TUN_EXCL) throw kerr("EBUSY");
    if (!isTunDevice(dev) || (dev.ops === TAP_OPS) !== tap) throw kerr("EINVAL");
    const s = stateOf(dev);
    if (!!(ifr.flags & IFF_MULTI_QUEUE) !== !!(s.flags & IFF_MULTI_QUEUE)) throw kerr("EINVAL");
  } else {
    if (!(ifr.flags & (IFF_TUN | IFF_TAP))) throw kerr("EINVAL");
    dev = tunAlloc(net, ifr.name || (tap ? "tap%d" : "tun%d"), tap, opts.mac());
    if (ifr.flags & IFF_MULTI_QUEUE) dev.numTxQueues = dev.numRxQueues = MAX_TAP_QUEUES;
    tunState.set(dev, { flags: (tap ? IFF_TAP : IFF_TUN) | (ifr.flags & TUN_FEATURES), owner: -1, group: -1, msgEnable: 0, rxBatched: 0 });
    registerNetdevice(dev);
  }
  const s = stateOf(dev);
  s.flags = (s.flags & ~TUN_FEATURES) | (ifr.flags & TUN_FEATURES);
  if (opts.owner !== undefined) s.owner = opts.owner;
  if (opts.group !== undefined) s.group = opts.group;
  if (opts.persist) s.flags |= IFF_PERSIST;
  else s.flags &= ~IFF_PERSIST;
  // close(): tun_detach() of the only queue.
  if (!(s.flags & IFF_PERSIST)) {
    deleteLink(dev);
    return undefined;
  }
  netifCarrierOff(dev);
  return dev;
}
