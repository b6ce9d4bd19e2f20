// Adding and removing bridge ports (net/bridge/br_if.c), the port states and
// bridge carrier without STP (br_stp.c: br_port_state_selection), and the
// bridge id / bridge MAC rule (br_stp_if.c: br_stp_recalculate_bridge_id):
// unless the user set the bridge's address, it takes the lowest port address,
// and falls back to zeros when the last port leaves.

import { kerr } from "../../uapi/errno.js";
import { ARPHRD_ETHER } from "../../uapi/if_link.js";
import { callNetdevNotifiers, devSetAllmulti, devSetPromiscuity, netifCarrierOff, netifCarrierOn, registerNetdevNotifier } from "../core/dev.js";
import { netCore } from "../core/net_namespace.js";
import type { NetDevice } from "../core/netdevice.js";
import { fdbChangeMacAddress, fdbDeleteByPort, fdbInsertLocal } from "./br_fdb.js";
import { brHandleFrame } from "./br_input.js";
import {
  BR_STATE_BLOCKING,
  BR_STATE_DISABLED,
  BR_STATE_FORWARDING,
  BR_STATE_LEARNING,
  BR_STATE_LISTENING,
  brPortId,
  brOf,
  portOf,
  type NetBridge,
  type NetBridgePort,
} from "./br_private.js";

function operUp(dev: NetDevice): boolean {
  return dev.operstate === 6 || dev.operstate === 0;
}

/**
 * br_port_state_selection(), for a bridge that is root of its segment (no
 * BPDUs are exchanged in the model, so every port is designated): a usable
 * port left DISABLED is enabled into BLOCKING (br_stp_enable_port), a
 * BLOCKING one is made forwarding (br_make_forwarding): FORWARDING at once
 * without STP, LISTENING then LEARNING then FORWARDING one forward delay
 * apart under kernel STP. A port the user put in LISTENING/LEARNING keeps its
 * state. The bridge has carrier exactly when a port forwards. It runs
 * whenever a port comes or goes, bridge up or not (which is what turns an
 * unused bridge's initial carrier off).
 */
export function brPortStateSelection(br: NetBridge): void {
  let live = 0;
  for (const p of br.ports) {
    const usable = br.dev.isUp && p.dev.isUp && operUp(p.dev);
    if (!usable) {
      brSetState(p, BR_STATE_DISABLED);
      continue;
    }
    if (p.state === BR_STATE_DISABLED) brSetState(p, BR_STATE_BLOCKING);
    if (p.state === BR_STATE_BLOCKING) brMakeForwarding(br, p);
    if (p.state === BR_STATE_FORWARDING) live++;
  }
  if (live) netifCarrierOn(br.dev);
  else netifCarrierOff(br.dev);
}

/** br_set_state(): leaving a state stops the forward delay timer that was taking the port on. */
export function brSetState(p: NetBridgePort, state: number): void {
  if (p.state === state) return;
  p.state = state;
  if (state === BR_STATE_DISABLED || state === BR_STATE_BLOCKING || state === BR_STATE_FORWARDING) {
    p.fdTimer?.cancel();
    p.fdTimer = undefined;
  }
}

/** br_make_forwarding() and br_forward_delay_timer_expired(). */
function brMakeForwarding(br: NetBridge, p: NetBridgePort): void {
  if (!br.stpEnabled) {
    brSetState(p, BR_STATE_FORWARDING);
    return;
  }
  brSetState(p, BR_STATE_LISTENING);
  const clock = netCore(br.dev.net).host.clock;
  const expire = () => {
    p.fdTimer = undefined;
    if (p.state === BR_STATE_LISTENING) {
      p.state = BR_STATE_LEARNING;
      p.fdTimer = clock.at(clock.now + br.forwardDelay * 10_000_000, expire);
    } else if (p.state === BR_STATE_LEARNING) {
      p.state = BR_STATE_FORWARDING;
      netifCarrierOn(br.dev);
    }
  };
  p.fdTimer?.cancel();
  p.fdTimer = clock.at(clock.now + br.forwardDelay * 10_000_000, expire);
}

function compareMac(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 6; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** br_stp_recalculate_bridge_id() */
export function brRecalculateBridgeId(br: NetBridge): void {
  if (br.dev.addrAssignType === "SET") return;
  let addr: Uint8Array | undefined;
  for (const p of br.ports) if (!addr || compareMac(p.dev.addr, addr) < 0) addr = p.dev.addr;
  const next = addr ? addr.slice() : new Uint8Array(6);
  if (compareMac(br.bridgeId.addr, next) === 0) return;
  br.bridgeId.addr = next;
  br.dev.addr = next.slice();
  // br_stp_change_bridge_id() -> br_fdb_change_mac_address()
  fdbChangeMacAddress(br, next, netCore(br.dev.net).host.clock.now);
}

/** br_mtu_auto_adjust(): the bridge follows its smallest port unless the user set its MTU. */
function brMtuAutoAdjust(br: NetBridge): void {
  if (br.mtuSetByUser || !br.ports.length) return;
  const min = Math.min(...br.ports.map((p) => p.dev.mtu));
  if (min !== br.dev.mtu) {
    br.dev.mtu = min;
  }
}

/**
 * br_set_gso_limits(): on every port change the bridge takes the smallest
 * tso_max_size of its ports, capped at GSO_MAX_SIZE (512 KiB - 8); with no
 * port left that cap itself, not the 64 KiB a new bridge starts with.
 */
function brSetGsoLimits(br: NetBridge): void {
  let size = 524280;
  let segs = 65535;
  for (const p of br.ports) {
    size = Math.min(size, p.dev.tsoMaxSize);
    segs = Math.min(segs, p.dev.tsoMaxSegs);
  }
  br.dev.tsoMaxSize = size;
  br.dev.tsoMaxSegs = segs;
}

/** The path cost for a port's speed (br_if.c port_cost): 10G and faster cost 2. */
function portCost(dev: NetDevice): number {
  return dev.ops.kind === "veth" ? 2 : 100;
}

/** BR_MAX_PORTS: port numbers are 10 bits; 0 is never used, so 1023 ports at most. */
const BR_MAX_PORTS = 1 << 10;

/** find_portno(): the lowest free port number, or EXFULL ("Exchange full") when all 1023 are taken. */
function findPortNo(br: NetBridge): number {
  const used = new Uint8Array(BR_MAX_PORTS);
  used[0] = 1;
  for (const p of br.ports) used[p.portNo] = 1;
  const i = used.indexOf(0);
  if (i < 0) throw kerr("EXFULL");
  return i;
}

/** br_add_if() */
export function brAddIf(br: NetBridge, dev: NetDevice, extack: (msg: string) => void): void {
  if (dev.type !== ARPHRD_ETHER || dev.ops.driver === "loopback") throw kerr("EINVAL");
  if (dev === br.dev || brOf(dev)) {
    extack("Can not enslave a bridge to a bridge");
    throw kerr("ELOOP");
  }
  if (dev.master || dev.rxHandler) {
    extack("Device is already in use.");
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
  };
  // list_add_rcu(): a new port goes to the head of port_list, so floods reach the newest port first.
  br.ports.unshift(p);
  devSetPromiscuity(dev, 1);
  // Ports receive all multicast too (dev_set_allmulti(dev, 1) in br_add_if): "allmulti 1".
  devSetAllmulti(dev, 1);
  dev.master = br.dev;
  dev.rxHandler = brHandleFrame;
  dev.rxHandlerData = p;
  dev.slaveInfo = () => ({ kind: "bridge", port: portInfo(p) });
  fdbInsertLocal(br, p, dev.addr, netCore(br.dev.net).host.clock.now);
  brRecalculateBridgeId(br);
  brMtuAutoAdjust(br);
  brSetGsoLimits(br);
  brPortStateSelection(br);
  callNetdevNotifiers("CHANGEUPPER", dev);
}

/** br_del_if() */
export function brDelIf(br: NetBridge, dev: NetDevice): void {
  const p = br.ports.find((x) => x.dev === dev);
  if (!p) throw kerr("EINVAL");
  br.ports.splice(br.ports.indexOf(p), 1);
  brSetState(p, BR_STATE_DISABLED);
  fdbDeleteByPort(br, p);
  devSetPromiscuity(dev, -1);
  devSetAllmulti(dev, -1);
  dev.master = undefined;
  dev.rxHandler = undefined;
  dev.rxHandlerData = undefined;
  dev.slaveInfo = undefined;
  brRecalculateBridgeId(br);
  brMtuAutoAdjust(br);
  brSetGsoLimits(br);
  brPortStateSelection(br);
  callNetdevNotifiers("CHANGEUPPER", dev);
}

function portInfo(p: NetBridgePort) {
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
  };
}

// br_device_event(): ports follow their device's state; an address change moves the local FDB entry.
registerNetdevNotifier((event, dev) => {
  const p = portOf(dev);
  if (!p) return;
  switch (event) {
    case "UP":
    case "DOWN":
    case "CHANGE":
      if (p.br.dev.isUp) brPortStateSelection(p.br);
      break;
    case "CHANGEADDR":
      for (const [k, e] of [...p.br.fdb]) if (e.dst === p && e.isLocal) p.br.fdb.delete(k);
      fdbInsertLocal(p.br, p, dev.addr, netCore(dev.net).host.clock.now);
      brRecalculateBridgeId(p.br);
      break;
    case "CHANGEMTU":
      brMtuAutoAdjust(p.br);
      break;
    default:
      break;
  }
});

