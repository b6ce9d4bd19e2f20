// Adding and removing bridge ports (net/bridge/br_if.c), the port states and
// bridge carrier without STP (br_stp.c: br_port_state_selection), and the
// bridge id / bridge MAC rule (br_stp_if.c: br_stp_recalculate_bridge_id):
// unless the user set the bridge's address, it takes the lowest port address,
// and falls back to zeros when the last port leaves.

import { kerr } from "../../uapi/errno.js";
import { ARPHRD_ETHER } from "../../uapi/if_link.js";
import { callNetdevNotifiers, devSetAllmulti, devSetPromiscuity, registerNetdevNotifier } from "../core/dev.js";
import { netCore } from "../core/net_namespace.js";
import { isValidEtherAddr, linkSettingsDev, setDevUsableHook, type NetDevice } from "../core/netdevice.js";
import { ETH_DATA_LEN } from "../drivers/ether.js";
import { fdbChangeAddr, fdbDeleteByPort, fdbInsertLocal } from "./br_fdb.js";
import { brMulticastDisablePort } from "./br_multicast.js";
import { brIfinfoNotify, brIfinfoSent } from "./br_ifinfo.js";
import { portMcRouter } from "./br_mcast_router.js";
import { brHandleFrame } from "./br_input.js";
import { brBecomeDesignatedPort, brStpPortStateSelection, brStpSelAddPort } from "./br_stp.js";
import { brFloodPortChanged } from "./br_flood_count.js";
import { brCarrierForget, brCarrierMark, brCarrierNext, brPortSeq, brStpSelReset, carrierIndexOn } from "./br_stp_sel.js";
import { brStpChangeBridgeId, brStpDisablePort, brStpEnablePort } from "./br_stp_if.js";
import { newTimer, timerValue } from "./br_stp_timer.js";
import { brRecalculateNeighSuppress } from "./br_arp_nd_proxy.js";
import {
  BR_STATE_DISABLED,
  brIdCopy,
  brPortId,
  brOf,
  netifOperUp,
  portOf,
  type NetBridge,
  type NetBridgePort,
} from "./br_private.js";


/**
 * br_port_carrier_check() for every port, then br_port_state_selection()
 * (br_stp.ts): a port whose device (or bridge) is not usable is disabled
 * (br_stp_disable_port), a usable disabled one enabled (br_stp_enable_port);
 * then root and designated ports are taken on towards forwarding and the rest
 * blocked, and the bridge has carrier exactly when a port forwards. It runs
 * whenever a port comes or goes, bridge up or not (which is what turns an
 * unused bridge's initial carrier off).
 */
export function brPortStateSelection(br: NetBridge): void {
  if (br.ccPending && carrierIndexOn()) {
    // Only the ports that may be inconsistent (br_stp_sel.ts).
    let last = Infinity;
    for (let p = brCarrierNext(br, last); p; p = brCarrierNext(br, last)) {
      last = p.seq;
      brPortCarrierCheck(br, p);
    }
  } else {
    // Every port, marks made during the walk kept for the next one.
    for (const p of br.ports) p.ccMarked = false;
    br.ccPending = [];
    for (const p of br.ports) brPortCarrierCheck(br, p);
  }
  brStpPortStateSelection(br);
}

/** br_port_carrier_check() */
function brPortCarrierCheck(br: NetBridge, p: NetBridgePort): void {
  const usable = br.dev.isUp && p.dev.isUp && netifOperUp(p.dev);
  if (!usable && p.state !== BR_STATE_DISABLED) brStpDisablePort(p);
  else if (usable && p.state === BR_STATE_DISABLED) brStpEnablePort(p);
}

// What the carrier check reads of a port's device: its IFF_UP and operstate.
setDevUsableHook((dev) => {
  const p = portOf(dev);
  if (p) brCarrierMark(p);
});

function compareMac(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

const ZERO_MAC = new Uint8Array(6);

let idCache = true;
/** The kept port minimums: address, MTU, TSO limits (on by default; off: every recalculation walks the ports, as the kernel does). */
export function setBrIdCache(on: boolean): void {
  idCache = on;
}

/**
 * br_stp_recalculate_bridge_id(). The kernel walks the ports for the lowest
 * address on every add (O(ports²) per bridge); the bridge keeps that minimum
 * instead (minPortAddr): a port added lowers it (brAddIf), and a port leaving
 * or any port's address changing (CHANGEADDR, the only way a port's address
 * changes) forgets it, so the next call walks. Port addresses are replaced,
 * never written in place.
 */
export function brRecalculateBridgeId(br: NetBridge): void {
  if (br.dev.addrAssignType === "SET") return;
  let addr = idCache ? br.minPortAddr : undefined;
  if (!addr) {
    for (const p of br.ports) if (!addr || compareMac(p.dev.addr, addr) < 0) addr = p.dev.addr;
    br.minPortAddr = addr;
  }
  const next = addr ?? ZERO_MAC;
  if (compareMac(br.bridgeId.addr, next) === 0) return;
  brStpChangeBridgeId(br, next.slice(), netCore(br.dev.net).host.clock.now);
}

/**
 * br_mtu_auto_adjust(): the bridge follows its smallest port unless the user
 * set its MTU. The minimum is kept like minPortAddr: lowered by a port added,
 * forgotten when a port leaves or changes its MTU (CHANGEMTU; a driver that
 * refuses a new MTU puts the old one back before anyone sees it).
 */
function brMtuAutoAdjust(br: NetBridge): void {
  if (br.mtuSetByUser) return;
  let min = idCache ? br.minPortMtu : undefined;
  if (min === undefined) {
    min = Infinity;
    for (const p of br.ports) if (p.dev.mtu < min) min = p.dev.mtu;
    // br_mtu_min(): a bridge left without ports goes back to ETH_DATA_LEN.
    if (!br.ports.length) min = ETH_DATA_LEN;
    br.minPortMtu = min;
  }
  if (min !== br.dev.mtu) {
    br.dev.mtu = min;
  }
}

/**
 * br_set_gso_limits(): on every port change the bridge takes the smallest
 * tso_max_size of its ports, capped at GSO_MAX_SIZE (512 KiB - 8); with no
 * port left that cap itself, not the 64 KiB a new bridge starts with. A
 * device's TSO limits are fixed when it is made, so the minimum is kept:
 * lowered by a port added, forgotten when one leaves.
 */
function brSetGsoLimits(br: NetBridge): void {
  let m = idCache ? br.minPortTso : undefined;
  if (!m) {
    m = { size: 524280, segs: 65535 };
    for (const p of br.ports) {
      m.size = Math.min(m.size, p.dev.tsoMaxSize);
      m.segs = Math.min(m.segs, p.dev.tsoMaxSegs);
    }
    br.minPortTso = m;
  }
  br.dev.tsoMaxSize = m.size;
  br.dev.tsoMaxSegs = m.segs;
}

/** The path cost for a port's speed (br_if.c port_cost): 10G and faster cost 2, no speed 100. */
function portCost(dev: NetDevice): number {
  // port_cost(): the speed __ethtool_get_link_ksettings() reports (a vxlan reports its lower device's).
  return (linkSettingsDev(dev)?.ops.speedMbps ?? 0) >= 10000 ? 2 : 100;
}

/** BR_MAX_PORTS: port numbers are 10 bits; 0 is never used, so 1023 ports at most. */
const BR_MAX_PORTS = 1 << 10;

/**
 * find_portno(): the lowest free port number, or EXFULL ("Exchange full")
 * when all 1023 are taken. The kernel fills a bitmap from the port list on
 * each add; the bridge keeps one instead (set here, cleared by brDelIf).
 */
function findPortNo(br: NetBridge): number {
  let used = br.portNos;
  if (!used) {
    used = br.portNos = new Uint8Array(BR_MAX_PORTS);
    used[0] = 1;
    for (const p of br.ports) used[p.portNo] = 1;
    br.portNoLow = 0;
  }
  // From the lowest number that may be free (all below it are taken: a
  // 1 000-port bridge would scan 1 000 bytes per add).
  const i = used.indexOf(0, idCache ? br.portNoLow : 0);
  if (i < 0) throw kerr("EXFULL");
  return i;
}

/**
 * netdev_update_features(br->dev) after `dev` joined (already on br.ports) or left
 * (already off it): the bridge's features are recomputed from its ports'
 * (br_features_recompute), and a change is announced (NETDEV_FEAT_CHANGE: "event
 * FEATURE CHANGE"). The model has no per-port feature algebra: the set changes when
 * a port of a driver not yet among the ports joins, or the last port of a driver
 * leaves (every port of one driver offers the same features).
 */
function brFeaturesChanged(br: NetBridge, dev: NetDevice): void {
  const key = dev.ops.featuresFile;
  if (!br.ports.some((q) => q.dev !== dev && q.dev.ops.featuresFile === key)) callNetdevNotifiers("FEAT_CHANGE", br.dev);
}

/** br_add_if() */
export function brAddIf(br: NetBridge, dev: NetDevice, extack: (msg: string) => void): void {
  // Not ethernet-like, or no valid address (a bridge whose last port left has
  // 00:00:00:00:00:00, see brRecalculateBridgeId): EINVAL before the ELOOP below.
  if (dev.type !== ARPHRD_ETHER || dev.ops.driver === "loopback" || !isValidEtherAddr(dev.addr)) throw kerr("EINVAL");
  if (dev === br.dev || brOf(dev)) {
    extack("Can not enslave a bridge to a bridge");
    throw kerr("ELOOP");
  }
  // A master upper device, or another rx_handler (a macvlan's lower device):
  // netdev_rx_handler_register()'s plain EBUSY, no extack.
  if (dev.master || dev.rxHandler) {
    throw kerr("EBUSY");
  }
  const portNo = findPortNo(br);
  const p: NetBridgePort = {
    br,
    dev,
    portNo,
    priority: 32,
    pathCost: portCost(dev),
    state: BR_STATE_DISABLED,
    hairpin: false,
    learning: true,
    unicastFlood: true,
    designatedRoot: brIdCopy(br.designatedRoot),
    designatedBridge: brIdCopy(br.bridgeId),
    designatedCost: 0,
    designatedPort: 0,
    designatedAge: 0,
    topologyChangeAck: false,
    configPending: false,
    forwardDelayTimer: newTimer(),
    messageAgeTimer: newTimer(),
    holdTimer: newTimer(),
    seq: brPortSeq(),
    selQuiet: 0,
    ccMarked: false,
  };
  // new_nbp() -> br_init_port(): designated from the start, though disabled.
  brBecomeDesignatedPort(p);
  // list_add_rcu(): a new port goes to the head of port_list, so floods reach the newest port first.
  br.ports.unshift(p);
  br.portNos![portNo] = 1;
  // portNo was the lowest free number.
  br.portNoLow = portNo + 1;
  brStpSelAddPort(p);
  brCarrierMark(p);
  // Ports receive all multicast too (dev_set_allmulti(dev, 1) in br_add_if): "allmulti 1".
  devSetAllmulti(dev, 1);
  dev.master = br.dev;
  dev.rxHandler = brHandleFrame;
  dev.rxHandlerData = p;
  dev.slaveInfo = () => ({ kind: "bridge", port: portInfo(p) });
  // netdev_master_upper_dev_link() (NETDEV_CHANGEUPPER: an RTM_NEWLINK naming the
  // master), then nbp_update_port_count() -> dev_set_promiscuity() (another).
  callNetdevNotifiers("CHANGEUPPER", dev);
  devSetPromiscuity(dev, 1);
  brFeaturesChanged(br, dev);
  fdbInsertLocal(br, p, dev.addr, netCore(br.dev.net).host.clock.now);
  if (br.minPortAddr && compareMac(dev.addr, br.minPortAddr) < 0) br.minPortAddr = dev.addr;
  if (br.minPortMtu !== undefined && dev.mtu < br.minPortMtu) br.minPortMtu = dev.mtu;
  const tso = br.minPortTso;
  if (tso) {
    tso.size = Math.min(tso.size, dev.tsoMaxSize);
    tso.segs = Math.min(tso.segs, dev.tsoMaxSegs);
  }
  const oldAddr = br.dev.addr;
  brRecalculateBridgeId(br);
  brPortStateSelection(br);
  brIfinfoNotify("RTM_NEWLINK", p);
  // changed_addr: the bridge took the new port's address.
  if (br.dev.addr !== oldAddr) callNetdevNotifiers("CHANGEADDR", br.dev);
  brMtuAutoAdjust(br);
  brSetGsoLimits(br);
}

/** br_del_if() */
export function brDelIf(br: NetBridge, dev: NetDevice): void {
  const p = br.ports.find((x) => x.dev === dev);
  if (!p) throw kerr("EINVAL");
  // del_nbp(): nbp_delete_promisc(), br_stp_disable_port() while still a port (it
  // notifies even for a port already disabled), RTM_DELLINK, then off the list.
  devSetPromiscuity(dev, -1);
  if (p.state !== BR_STATE_DISABLED) brStpDisablePort(p);
  else brIfinfoNotify("RTM_NEWLINK", p);
  brIfinfoNotify("RTM_DELLINK", p);
  br.ports.splice(br.ports.indexOf(p), 1);
  br.portNos![p.portNo] = 0;
  if (p.portNo < br.portNoLow) br.portNoLow = p.portNo;
  brStpSelReset(br);
  brCarrierForget(p);
  // nbp_backup_clear(): no port keeps the leaving one as its backup.
  for (const q of br.ports) if (q.backupPort === p) q.backupPort = undefined;
  p.backupPort = undefined;
  if (p.neighSuppress) brRecalculateNeighSuppress(br);
  fdbDeleteByPort(br, p);
  // br_multicast_del_port(): every group of the port, permanent ones too.
  brMulticastDisablePort(p, true);
  devSetAllmulti(dev, -1);
  dev.master = undefined;
  dev.rxHandler = undefined;
  dev.rxHandlerData = undefined;
  dev.slaveInfo = undefined;
  br.minPortAddr = undefined;
  br.minPortMtu = undefined;
  br.minPortTso = undefined;
  // netdev_upper_dev_unlink(): NETDEV_CHANGEUPPER, the RTM_NEWLINK without a master.
  callNetdevNotifiers("CHANGEUPPER", dev);
  brMtuAutoAdjust(br);
  brSetGsoLimits(br);
  const oldAddr = br.dev.addr;
  brRecalculateBridgeId(br);
  brPortStateSelection(br);
  if (br.dev.addr !== oldAddr) callNetdevNotifiers("CHANGEADDR", br.dev);
  brFeaturesChanged(br, dev);
}

/** br_port_fill_attrs(): the port's attributes (IFLA_PROTINFO / bridge slave data). */
export function portInfo(p: NetBridgePort) {
  return {
    IFLA_BRPORT_STATE: p.state,
    IFLA_BRPORT_PRIORITY: p.priority,
    IFLA_BRPORT_COST: p.pathCost,
    IFLA_BRPORT_MODE: p.hairpin ? 1 : 0,
    IFLA_BRPORT_GUARD: p.guard ? 1 : 0,
    IFLA_BRPORT_PROTECT: p.rootBlock ? 1 : 0,
    IFLA_BRPORT_FAST_LEAVE: p.fastLeave ? 1 : 0,
    IFLA_BRPORT_LEARNING: p.learning ? 1 : 0,
    IFLA_BRPORT_UNICAST_FLOOD: p.unicastFlood ? 1 : 0,
    IFLA_BRPORT_ID: brPortId(p),
    IFLA_BRPORT_NO: p.portNo,
    IFLA_BRPORT_MCAST_FLOOD: p.mcastFloodOff ? 0 : 1,
    IFLA_BRPORT_BCAST_FLOOD: p.bcastFloodOff ? 0 : 1,
    IFLA_BRPORT_NEIGH_SUPPRESS: p.neighSuppress ? 1 : 0,
    IFLA_BRPORT_ISOLATED: p.isolated ? 1 : 0,
    IFLA_BRPORT_MCAST_TO_UCAST: p.mcastToUcast ? 1 : 0,
    IFLA_BRPORT_VLAN_TUNNEL: p.vlanTunnel ? 1 : 0,
    IFLA_BRPORT_LOCKED: p.locked ? 1 : 0,
    IFLA_BRPORT_PROXYARP: p.proxyArp ? 1 : 0,
    IFLA_BRPORT_PROXYARP_WIFI: p.proxyArpWifi ? 1 : 0,
    IFLA_BRPORT_MULTICAST_ROUTER: portMcRouter(p),
    ...(p.backupPort ? { IFLA_BRPORT_BACKUP_PORT: p.backupPort.dev.ifindex } : {}),
    IFLA_BRPORT_ROOT_ID: brIdCopy(p.designatedRoot),
    IFLA_BRPORT_BRIDGE_ID: brIdCopy(p.designatedBridge),
    IFLA_BRPORT_DESIGNATED_PORT: p.designatedPort,
    IFLA_BRPORT_DESIGNATED_COST: p.designatedCost,
    IFLA_BRPORT_TOPOLOGY_CHANGE_ACK: p.topologyChangeAck ? 1 : 0,
    IFLA_BRPORT_CONFIG_PENDING: p.configPending ? 1 : 0,
    IFLA_BRPORT_MESSAGE_AGE_TIMER: timerValue(p.br, p.messageAgeTimer),
    IFLA_BRPORT_FORWARD_DELAY_TIMER: timerValue(p.br, p.forwardDelayTimer),
    IFLA_BRPORT_HOLD_TIMER: timerValue(p.br, p.holdTimer),
  };
}

// br_device_event(): ports follow their device's state; an address change moves the local FDB entry.
registerNetdevNotifier((event, dev) => {
  const p = portOf(dev);
  if (!p) return;
  const before = brIfinfoSent(p);
  switch (event) {
    case "UP":
    case "DOWN":
    case "CHANGE":
      if (p.br.dev.isUp) brPortStateSelection(p.br);
      break;
    case "CHANGEADDR":
      fdbChangeAddr(p.br, p, dev.addr, netCore(dev.net).host.clock.now);
      p.br.minPortAddr = undefined;
      brRecalculateBridgeId(p.br);
      break;
    case "CHANGEMTU":
      p.br.minPortMtu = undefined;
      brMtuAutoAdjust(p.br);
      brFloodPortChanged(p);
      break;
    default:
      break;
  }
  // br_device_event(): events that may refresh the spanning tree notify unless
  // enabling or disabling the port already did.
  if (event !== "CHANGEMTU" && brIfinfoSent(p) === before && portOf(dev) === p) brIfinfoNotify("RTM_NEWLINK", p);
}, ["UP", "DOWN", "CHANGE", "CHANGEADDR", "CHANGEMTU"]);

