// The IEEE 802.1D spanning tree as Linux runs it (net/bridge/br_stp.c): root
// and designated port selection from the best configuration heard on each
// port, the port state machine (blocking, listening, learning, forwarding),
// config BPDU generation and replies, and topology change detection,
// notification (TCN) and acknowledgement. With STP off the same code runs but
// no BPDU is ever sent or accepted, so every port stays designated and goes
// straight to forwarding.

import { brFloodPortChanged } from "./br_flood_count.js";
import { brMcRouterEnablePort } from "./br_mcast_router.js";
import { brIfinfoNotify } from "./br_ifinfo.js";
import { linkwatchHold, linkwatchRelease } from "../core/link_watch.js";
import { netCore } from "../core/net_namespace.js";
import { brCarrierMark, brStpSelInsert, brStpSelMark, stpSelCounts, stpSelIndexOn } from "./br_stp_sel.js";
import { netifCarrierOff, netifCarrierOn } from "../core/dev.js";
import { brSendConfigBpdu, brSendTcnBpdu, type ConfigBpdu } from "./br_stp_bpdu.js";
import {
  BR_STATE_BLOCKING,
  BR_STATE_DISABLED,
  BR_STATE_FORWARDING,
  BR_STATE_LEARNING,
  BR_STATE_LISTENING,
  brIdCmp,
  brIdCopy,
  brPortId,
  type NetBridge,
  type NetBridgePort,
} from "./br_private.js";
import {
  brHelloTimerExpired,
  brHoldTimerExpired,
  brMessageAgeTimerExpired,
  brTcnTimerExpired,
  brTopologyChangeTimerExpired,
  delTimer,
  modTimer,
  NS_PER_CS,
  roundJiffies,
  stpNow,
  timerPending,
} from "./br_stp_timer.js";
import { NS_PER_JIFFY } from "../core/jiffies.js";


/** BR_HOLD_TIME: one second between config BPDUs on a port. */
const BR_HOLD_TIME = 1_000_000_000;
/** MESSAGE_AGE_INCR: (HZ / 256) + 1 jiffies (one jiffy at HZ 250). */
const MESSAGE_AGE_INCR = NS_PER_JIFFY;

export function brGetPort(br: NetBridge, portNo: number): NetBridgePort | undefined {
  return br.ports.find((p) => p.portNo === portNo);
}

/** br_is_root_bridge() */
export function brIsRootBridge(br: NetBridge): boolean {
  return brIdCmp(br.bridgeId, br.designatedRoot) === 0;
}

/** br_is_designated_port() */
export function brIsDesignatedPort(p: NetBridgePort): boolean {
  return brIdCmp(p.designatedBridge, p.br.bridgeId) === 0 && p.designatedPort === brPortId(p);
}

/** br_should_become_root_port() */
function shouldBecomeRootPort(p: NetBridgePort, rootPort: number): boolean {
  const br = p.br;
  if (p.state === BR_STATE_DISABLED || brIsDesignatedPort(p)) return false;
  if (brIdCmp(br.bridgeId, p.designatedRoot) <= 0) return false;
  if (!rootPort) return true;
  const rp = brGetPort(br, rootPort)!;
  let t = brIdCmp(p.designatedRoot, rp.designatedRoot);
  if (t) return t < 0;
  t = p.designatedCost + p.pathCost - (rp.designatedCost + rp.pathCost);
  if (t) return t < 0;
  t = brIdCmp(p.designatedBridge, rp.designatedBridge);
  if (t) return t < 0;
  if (p.designatedPort !== rp.designatedPort) return p.designatedPort < rp.designatedPort;
  return brPortId(p) < brPortId(rp);
}

/** br_root_selection() (root_block ports are not modelled as a guard: they may still become root). */
function rootSelection(br: NetBridge): void {
  let rootPort = 0;
  for (const p of br.ports) if (shouldBecomeRootPort(p, rootPort)) rootPort = p.portNo;
  // No mark (br_stp_sel.ts): a quiet port is designated, and a designated port never becomes root port.
  br.rootPort = rootPort;
  if (!rootPort) {
    br.designatedRoot = brIdCopy(br.bridgeId);
    br.rootPathCost = 0;
  } else {
    const p = brGetPort(br, rootPort)!;
    br.designatedRoot = brIdCopy(p.designatedRoot);
    br.rootPathCost = p.designatedCost + p.pathCost;
  }
}

/** br_become_designated_port() */
export function brBecomeDesignatedPort(p: NetBridgePort): void {
  const br = p.br;
  p.designatedRoot = brIdCopy(br.designatedRoot);
  p.designatedCost = br.rootPathCost;
  p.designatedBridge = brIdCopy(br.bridgeId);
  p.designatedPort = brPortId(p);
}

/** br_should_become_designated_port() */
function shouldBecomeDesignatedPort(p: NetBridgePort): boolean {
  const br = p.br;
  if (brIsDesignatedPort(p)) return true;
  if (brIdCmp(p.designatedRoot, br.designatedRoot) !== 0) return true;
  if (br.rootPathCost !== p.designatedCost) return br.rootPathCost < p.designatedCost;
  const t = brIdCmp(br.bridgeId, p.designatedBridge);
  if (t) return t < 0;
  return brPortId(p) < p.designatedPort;
}

/** br_configuration_update(): root selection, then designated port selection. */
export function brConfigurationUpdate(br: NetBridge): void {
  rootSelection(br);
  for (const p of br.ports) {
    if (p.state !== BR_STATE_DISABLED && shouldBecomeDesignatedPort(p)) brBecomeDesignatedPort(p);
  }
}

/** br_set_state() */
export function brSetState(p: NetBridgePort, state: number): void {
  brStpSelMark(p);
  if ((p.state === BR_STATE_DISABLED) !== (state === BR_STATE_DISABLED)) brCarrierMark(p);
  p.state = state;
  brFloodPortChanged(p);
  // br_port_state_selection() enables multicast on the ports neither disabled nor blocking.
  if (state !== BR_STATE_DISABLED && state !== BR_STATE_BLOCKING) brMcRouterEnablePort(p);
}

function cancelFd(p: NetBridgePort): void {
  delTimer(p.forwardDelayTimer);
}

function armFd(p: NetBridgePort): void {
  const br = p.br;
  modTimer(br, p.forwardDelayTimer, stpNow(br) + br.forwardDelay * NS_PER_CS, () => forwardDelayTimerExpired(p));
}

/** br_forward_delay_timer_expired() */
function forwardDelayTimerExpired(p: NetBridgePort): void {
  const br = p.br;
  // A timer (softirq): the carrier event it fires is linkwatch work for later.
  const host = netCore(br.dev.net).host;
  linkwatchHold(host);
  try {
    fdExpired(br, p);
  } finally {
    linkwatchRelease(host);
  }
}

function fdExpired(br: NetBridge, p: NetBridgePort): void {
  if (p.state === BR_STATE_LISTENING) {
    brSetState(p, BR_STATE_LEARNING);
    armFd(p);
  } else if (p.state === BR_STATE_LEARNING) {
    brSetState(p, BR_STATE_FORWARDING);
    if (isDesignatedForSomePort(br)) brTopologyChangeDetection(br);
    netifCarrierOn(br.dev);
  }
  brIfinfoNotify("RTM_NEWLINK", p);
}

/** br_is_designated_for_some_port() */
function isDesignatedForSomePort(br: NetBridge): boolean {
  return br.ports.some((p) => p.state !== BR_STATE_DISABLED && brIdCmp(p.designatedBridge, br.bridgeId) === 0);
}

/** br_make_forwarding() */
function makeForwarding(p: NetBridgePort): void {
  const br = p.br;
  if (p.state !== BR_STATE_BLOCKING) return;
  if (!br.stpEnabled || br.forwardDelay === 0) {
    brSetState(p, BR_STATE_FORWARDING);
    brTopologyChangeDetection(br);
    cancelFd(p);
  } else {
    brSetState(p, BR_STATE_LISTENING);
  }
  brIfinfoNotify("RTM_NEWLINK", p);
  if (br.forwardDelay !== 0) armFd(p);
}

/** br_make_blocking() */
function makeBlocking(p: NetBridgePort): void {
  if (p.state === BR_STATE_DISABLED || p.state === BR_STATE_BLOCKING) return;
  if (p.state === BR_STATE_FORWARDING || p.state === BR_STATE_LEARNING) brTopologyChangeDetection(p.br);
  brSetState(p, BR_STATE_BLOCKING);
  brIfinfoNotify("RTM_NEWLINK", p);
  cancelFd(p);
}

/** One port's step of br_port_state_selection() (not called for disabled ports). */
function portStateStep(br: NetBridge, p: NetBridgePort): void {
  if (p.portNo === br.rootPort) {
    p.configPending = false;
    p.topologyChangeAck = false;
    makeForwarding(p);
  } else if (brIsDesignatedPort(p)) {
    delTimer(p.messageAgeTimer);
    makeForwarding(p);
  } else {
    p.configPending = false;
    p.topologyChangeAck = false;
    makeBlocking(p);
  }
}

/** br_stp_sel.ts: 0 when the port's step could do something, 1 quiet, 2 quiet and forwarding. */
function quietness(br: NetBridge, p: NetBridgePort): number {
  if (p.state === BR_STATE_DISABLED) return 1;
  if (p.state === BR_STATE_BLOCKING || p.portNo === br.rootPort || !brIsDesignatedPort(p) || timerPending(p.messageAgeTimer)) return 0;
  return p.state === BR_STATE_FORWARDING ? 2 : 1;
}

/**
 * br_port_state_selection(): root and designated ports forward, the others
 * block; carrier follows. With the index of quiet ports (br_stp_sel.ts) only
 * the pending ports are walked, in port-list order (a port marked during the
 * walk is taken if it comes later in the list, as the full walk would).
 */
export function brStpPortStateSelection(br: NetBridge): void {
  let live = 0;
  const pend = br.selPending;
  if (pend && stpSelIndexOn()) {
    stpSelCounts.indexed++;
    let last = Infinity;
    for (;;) {
      let p: NetBridgePort | undefined;
      for (const q of pend) {
        if (q.seq < last) {
          p = q;
          break;
        }
      }
      if (!p) break;
      last = p.seq;
      if (p.state !== BR_STATE_DISABLED) portStateStep(br, p);
    }
    let w = 0;
    for (const p of pend) {
      const q = quietness(br, p);
      if (q) {
        p.selQuiet = q;
        if (q === 2) br.selFwd++;
      } else {
        pend[w++] = p;
        if (p.state === BR_STATE_FORWARDING) live++;
      }
    }
    pend.length = w;
    live += br.selFwd;
  } else {
    stpSelCounts.full++;
    for (const p of br.ports) {
      if (p.state === BR_STATE_DISABLED) continue;
      portStateStep(br, p);
      if (p.state === BR_STATE_FORWARDING) live++;
    }
    if (stpSelIndexOn()) {
      const list: NetBridgePort[] = [];
      let fwd = 0;
      for (const p of br.ports) {
        const q = quietness(br, p);
        p.selQuiet = q;
        if (!q) list.push(p);
        else if (q === 2) fwd++;
      }
      br.selPending = list;
      br.selFwd = fwd;
    }
  }
  if (live) netifCarrierOn(br.dev);
  else netifCarrierOff(br.dev);
}

/** A new port (at the head of the list) is walked until quiet. */
export function brStpSelAddPort(p: NetBridgePort): void {
  p.selQuiet = 0;
  if (p.br.selPending) brStpSelInsert(p.br.selPending, p);
}

/** __br_set_topology_change(): during a topology change the FDB ages in twice the forward delay. */
export function brSetTopologyChange(br: NetBridge, val: boolean): void {
  if (br.stpEnabled && br.topologyChange !== val) {
    br.ageingTime = val ? 2 * br.forwardDelay : br.bridgeAgeingTime;
  }
  br.topologyChange = val;
}

/** br_topology_change_detection() */
export function brTopologyChangeDetection(br: NetBridge): void {
  if (!br.stpEnabled) return;
  if (brIsRootBridge(br)) {
    brSetTopologyChange(br, true);
    modTimer(br, br.topologyChangeTimer, stpNow(br) + (br.bridgeForwardDelay + br.bridgeMaxAge) * NS_PER_CS, () =>
      brTopologyChangeTimerExpired(br),
    );
  } else if (!br.topologyChangeDetected) {
    brTransmitTcn(br);
    modTimer(br, br.tcnTimer, stpNow(br) + br.bridgeHelloTime * NS_PER_CS, () => brTcnTimerExpired(br));
  }
  br.topologyChangeDetected = true;
}

/** br_transmit_config() */
export function brTransmitConfig(p: NetBridgePort): void {
  const br = p.br;
  if (timerPending(p.holdTimer)) {
    p.configPending = true;
    return;
  }
  const now = stpNow(br);
  let messageAge = 0;
  if (!brIsRootBridge(br)) {
    const root = brGetPort(br, br.rootPort);
    if (root) messageAge = now - root.designatedAge + MESSAGE_AGE_INCR;
  }
  const bpdu: ConfigBpdu = {
    topologyChange: br.topologyChange,
    topologyChangeAck: p.topologyChangeAck,
    root: brIdCopy(br.designatedRoot),
    rootPathCost: br.rootPathCost,
    bridgeId: brIdCopy(br.bridgeId),
    portId: brPortId(p),
    messageAge,
    maxAge: br.maxAge * NS_PER_CS,
    helloTime: br.helloTime * NS_PER_CS,
    forwardDelay: br.forwardDelay * NS_PER_CS,
  };
  if (bpdu.messageAge < bpdu.maxAge) {
    brSendConfigBpdu(p, bpdu);
    p.topologyChangeAck = false;
    p.configPending = false;
    if (br.stpEnabled) modTimer(br, p.holdTimer, roundJiffies(now + BR_HOLD_TIME, now), () => brHoldTimerExpired(p));
  }
}

/** br_config_bpdu_generation(): every designated port sends. */
export function brConfigBpduGeneration(br: NetBridge): void {
  for (const p of br.ports) {
    if (p.state !== BR_STATE_DISABLED && brIsDesignatedPort(p)) brTransmitConfig(p);
  }
}

/** br_transmit_tcn(): on the root port. */
export function brTransmitTcn(br: NetBridge): void {
  const p = brGetPort(br, br.rootPort);
  if (p) brSendTcnBpdu(p);
}

/** br_supersedes_port_info() */
function supersedesPortInfo(p: NetBridgePort, b: ConfigBpdu): boolean {
  let t = brIdCmp(b.root, p.designatedRoot);
  if (t) return t < 0;
  if (b.rootPathCost !== p.designatedCost) return b.rootPathCost < p.designatedCost;
  t = brIdCmp(b.bridgeId, p.designatedBridge);
  if (t) return t < 0;
  if (brIdCmp(b.bridgeId, p.br.bridgeId) !== 0) return true;
  return b.portId <= p.designatedPort;
}

/** br_record_config_information(): the message age timer runs for what is left of max age. */
function recordConfigInformation(p: NetBridgePort, b: ConfigBpdu): void {
  const br = p.br;
  const now = stpNow(br);
  p.designatedRoot = brIdCopy(b.root);
  p.designatedCost = b.rootPathCost;
  p.designatedBridge = brIdCopy(b.bridgeId);
  p.designatedPort = b.portId;
  p.designatedAge = now - b.messageAge;
  brStpSelMark(p);
  modTimer(br, p.messageAgeTimer, now + (b.maxAge - b.messageAge), () => brMessageAgeTimerExpired(p));
}

/** br_record_config_timeout_values(): the root's timers replace ours. */
function recordConfigTimeoutValues(br: NetBridge, b: ConfigBpdu): void {
  br.maxAge = Math.floor(b.maxAge / NS_PER_CS);
  br.helloTime = Math.floor(b.helloTime / NS_PER_CS);
  br.forwardDelay = Math.floor(b.forwardDelay / NS_PER_CS);
  brSetTopologyChange(br, b.topologyChange);
}

/** br_topology_change_acknowledged() */
function topologyChangeAcknowledged(br: NetBridge): void {
  br.topologyChangeDetected = false;
  delTimer(br.tcnTimer);
}

/** br_received_config_bpdu() */
export function brReceivedConfigBpdu(p: NetBridgePort, b: ConfigBpdu): void {
  const br = p.br;
  const wasRoot = brIsRootBridge(br);
  if (supersedesPortInfo(p, b)) {
    recordConfigInformation(p, b);
    brConfigurationUpdate(br);
    brStpPortStateSelection(br);
    if (!brIsRootBridge(br) && wasRoot) {
      delTimer(br.helloTimer);
      if (br.topologyChangeDetected) {
        delTimer(br.topologyChangeTimer);
        brTransmitTcn(br);
        modTimer(br, br.tcnTimer, stpNow(br) + br.bridgeHelloTime * NS_PER_CS, () => brTcnTimerExpired(br));
      }
    }
    if (p.portNo === br.rootPort) {
      recordConfigTimeoutValues(br, b);
      brConfigBpduGeneration(br);
      if (b.topologyChangeAck) topologyChangeAcknowledged(br);
    }
  } else if (brIsDesignatedPort(p)) {
    // br_reply()
    brTransmitConfig(p);
  }
}

/** br_received_tcn_bpdu() */
export function brReceivedTcnBpdu(p: NetBridgePort): void {
  if (!brIsDesignatedPort(p)) return;
  brTopologyChangeDetection(p.br);
  // br_topology_change_acknowledge()
  p.topologyChangeAck = true;
  brTransmitConfig(p);
}

/** br_become_root_bridge() */
export function brBecomeRootBridge(br: NetBridge): void {
  br.maxAge = br.bridgeMaxAge;
  br.helloTime = br.bridgeHelloTime;
  br.forwardDelay = br.bridgeForwardDelay;
  brTopologyChangeDetection(br);
  delTimer(br.tcnTimer);
  if (br.dev.isUp) {
    brConfigBpduGeneration(br);
    brArmHelloTimer(br, stpNow(br) + br.helloTime * NS_PER_CS);
  }
}

export function brArmHelloTimer(br: NetBridge, at: number): void {
  modTimer(br, br.helloTimer, at, () => brHelloTimerExpired(br));
}
