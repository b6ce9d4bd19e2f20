// Turning STP on and off and the user's knobs (net/bridge/br_stp_if.c):
// enabling and disabling a port (br_stp_enable_port/br_stp_disable_port), a
// bridge going up or down, the bridge id changing (address or priority),
// port priority and path cost, and the timers the user configures
// (bridge_forward_delay etc., which the root's BPDUs override while we are not root).

import { netifCarrierOff } from "../core/dev.js";
import { etherAddrEqual } from "../core/netdevice.js";
import { fdbChangeMacAddress, fdbDeleteByPort, fdbGcCancel, fdbGcSchedule } from "./br_fdb.js";
import { HZ } from "../core/jiffies.js";
import { brMulticastDisablePort } from "./br_multicast.js";
import { BR_STATE_BLOCKING, BR_STATE_DISABLED, brIdCmp, brPortId, netifOperUp, type BrId, type NetBridge, type NetBridgePort } from "./br_private.js";
import {
  brArmHelloTimer,
  brBecomeDesignatedPort,
  brBecomeRootBridge,
  brConfigBpduGeneration,
  brConfigurationUpdate,
  brIsDesignatedPort,
  brIsRootBridge,
  brSetState,
  brSetTopologyChange,
  brStpPortStateSelection,
} from "./br_stp.js";
import { delTimer, NS_PER_CS, stpNow } from "./br_stp_timer.js";
import { brIfinfoNotifyEnDis } from "./br_ifinfo.js";

/** br_init_port(): designated, blocking, nothing pending. */
function initPort(p: NetBridgePort): void {
  brBecomeDesignatedPort(p);
  brSetState(p, BR_STATE_BLOCKING);
  p.topologyChangeAck = false;
  p.configPending = false;
}

/** br_stp_enable_port() */
export function brStpEnablePort(p: NetBridgePort): void {
  initPort(p);
  brStpPortStateSelection(p.br);
  brIfinfoNotifyEnDis(p);
}

/** br_stp_disable_port(): the port's learned entries go, and the tree is recomputed without it. */
export function brStpDisablePort(p: NetBridgePort): void {
  const br = p.br;
  const wasRoot = brIsRootBridge(br);
  brBecomeDesignatedPort(p);
  brSetState(p, BR_STATE_DISABLED);
  p.topologyChangeAck = false;
  p.configPending = false;
  brIfinfoNotifyEnDis(p);
  delTimer(p.messageAgeTimer);
  delTimer(p.forwardDelayTimer);
  delTimer(p.holdTimer);
  // br_fdb_delete_by_port(br, p, 0, 0): learned entries, not local or static ones.
  fdbDeleteByPort(br, p, false);
  // br_multicast_disable_port(): the port's temporary groups go.
  brMulticastDisablePort(p);
  brConfigurationUpdate(br);
  brStpPortStateSelection(br);
  if (brIsRootBridge(br) && !wasRoot) brBecomeRootBridge(br);
}

/** br_stp_enable_bridge(): the bridge came up. */
export function brStpEnableBridge(br: NetBridge): void {
  if (br.stpEnabled) brArmHelloTimer(br, stpNow(br) + br.helloTime * NS_PER_CS);
  // The FDB's gc work starts HZ / 10 after the bridge opens.
  fdbGcSchedule(br, HZ / 10);
  brConfigBpduGeneration(br);
  for (const p of br.ports) if (p.dev.isUp && netifOperUp(p.dev)) brStpEnablePort(p);
}

/** br_stp_disable_bridge(): the bridge went down. */
export function brStpDisableBridge(br: NetBridge): void {
  let any = false;
  for (const p of br.ports) {
    if (p.state !== BR_STATE_DISABLED) {
      brStpDisablePort(p);
      any = true;
    }
  }
  brSetTopologyChange(br, false);
  br.topologyChangeDetected = false;
  fdbGcCancel(br);
  delTimer(br.helloTimer);
  delTimer(br.topologyChangeTimer);
  delTimer(br.tcnTimer);
  if (any) netifCarrierOff(br.dev);
}

/** br_stp_change_bridge_id(): the address part of the id changes; ids naming the old one follow. */
export function brStpChangeBridgeId(br: NetBridge, addr: Uint8Array, now: number): void {
  const wasRoot = brIsRootBridge(br);
  fdbChangeMacAddress(br, addr, now);
  const old = br.bridgeId.addr;
  const id: BrId = { prio: br.bridgeId.prio, addr: addr.slice() };
  br.bridgeId = id;
  br.dev.addr = addr.slice();
  // Ids are immutable, so every port naming the old address at the bridge's
  // priority shares the bridge's own new id instead of copying it.
  const renamed = (a: BrId): BrId => (a.prio === id.prio ? id : { prio: a.prio, addr: id.addr });
  for (const p of br.ports) {
    if (p.designatedBridge.addr === old || etherAddrEqual(p.designatedBridge.addr, old)) p.designatedBridge = renamed(p.designatedBridge);
    if (p.designatedRoot.addr === old || etherAddrEqual(p.designatedRoot.addr, old)) p.designatedRoot = renamed(p.designatedRoot);
  }
  brConfigurationUpdate(br);
  brStpPortStateSelection(br);
  if (brIsRootBridge(br) && !wasRoot) brBecomeRootBridge(br);
}

/** br_stp_set_bridge_priority() */
export function brStpSetBridgePriority(br: NetBridge, prio: number): void {
  const wasRoot = brIsRootBridge(br);
  for (const p of br.ports) {
    if (p.state !== BR_STATE_DISABLED && brIsDesignatedPort(p)) p.designatedBridge = { prio, addr: p.designatedBridge.addr };
  }
  br.bridgeId = { prio, addr: br.bridgeId.addr };
  brConfigurationUpdate(br);
  brStpPortStateSelection(br);
  if (brIsRootBridge(br) && !wasRoot) brBecomeRootBridge(br);
}

/** br_stp_set_port_priority(): the port id changes with it. */
export function brStpSetPortPriority(p: NetBridgePort, prio: number): void {
  const wasDesignated = brIsDesignatedPort(p);
  p.priority = prio;
  const id = brPortId(p);
  if (wasDesignated) p.designatedPort = id;
  if (brIdCmp(p.br.bridgeId, p.designatedBridge) === 0 && id < p.designatedPort) {
    brBecomeDesignatedPort(p);
    brStpPortStateSelection(p.br);
  }
}

/** br_stp_set_path_cost() */
export function brStpSetPathCost(p: NetBridgePort, cost: number): void {
  p.pathCost = cost;
  p.adminCost = true;
  brConfigurationUpdate(p.br);
  brStpPortStateSelection(p.br);
}

/** br_stp_start() / br_stp_stop(): kernel STP (no user-space helper in a child namespace). */
export function brStpSetEnabled(br: NetBridge, on: boolean, minFd: number, maxFd: number): void {
  if (on && !br.stpEnabled) {
    if (br.bridgeForwardDelay < minFd) brSetForwardDelay(br, minFd);
    else if (br.bridgeForwardDelay > maxFd) brSetForwardDelay(br, maxFd);
    br.stpEnabled = true;
    // To start timers on any ports left in blocking.
    if (br.dev.isUp) brArmHelloTimer(br, stpNow(br) + br.helloTime * NS_PER_CS);
    brStpPortStateSelection(br);
  } else if (!on && br.stpEnabled) {
    br.stpEnabled = false;
  }
}

/** __br_set_forward_delay(): the value in use changes too while we are root. */
export function brSetForwardDelay(br: NetBridge, cs: number): void {
  br.bridgeForwardDelay = cs;
  if (brIsRootBridge(br)) br.forwardDelay = cs;
}

/** br_set_hello_time() */
export function brSetHelloTime(br: NetBridge, cs: number): void {
  br.bridgeHelloTime = cs;
  if (brIsRootBridge(br)) br.helloTime = cs;
}

/** br_set_max_age() */
export function brSetMaxAge(br: NetBridge, cs: number): void {
  br.bridgeMaxAge = cs;
  if (brIsRootBridge(br)) br.maxAge = cs;
}
