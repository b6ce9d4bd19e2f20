// The port state selection's index of quiet ports (not in Linux; exact).
// br_port_state_selection() walks every port on each port add, enable and
// carrier change, which makes building a 1 000-port bridge O(ports²). A port
// whose step of that walk would do nothing is "quiet": disabled, or
// designated, not the root port, listening/learning/forwarding and with no
// message age timer pending (its step only cancels a timer that is not
// pending and asks br_make_forwarding, which returns). Once an index exists
// the walk visits only the other ports (the pending list, kept in port-list
// order) and adds the number of quiet forwarding ports to its count of live
// ports. A quiet port goes back to pending when something its step reads
// changes: brStpSelMark from br_set_state() and from a received BPDU's
// br_record_config_information() (designated fields, message age timer).
// Nothing else can take a port out of the quiet set:
// br_become_designated_port() only makes a port designated, and a quiet port
// already is; a designated port never becomes root port
// (br_should_become_root_port); a new bridge id (address or priority) is
// given to every port that named the old one, and a new port priority to
// the designated port field of a port that was designated, so designated
// ports stay designated. A port leaving resets the index (brStpSelReset: the
// next walk is a full one and rebuilds it), which is not needed either (the
// leaving port is disabled first, and a disabled port counts for nothing) but
// keeps a removed port out of the pending list by construction.
// test/netdev/bridge-port-index.test.ts runs random scenarios with the index
// on and off and compares everything observable.

import type { NetBridge, NetBridgePort } from "./br_private.js";

let fast = true;

/** Walks taken each way (tests check the index is used). */
export const stpSelCounts = { indexed: 0, full: 0 };

/** Tests only: off makes every walk a full one (the kernel's). */
export function setStpSelIndex(on: boolean): void {
  fast = on;
}

export function stpSelIndexOn(): boolean {
  return fast;
}

/** The next walk visits every port and rebuilds the index. */
export function brStpSelReset(br: NetBridge): void {
  br.selPending = undefined;
}

/** Port-list order: newer ports first (list_add_rcu puts a new port at the head). */
let seq = 0;
export function brPortSeq(): number {
  return ++seq;
}

/** The sequence number the next port will get (every later port's is at least this). */
export function brPortSeqNext(): number {
  return seq + 1;
}

/** Into the pending list, which is in port-list order (descending seq). */
export function brStpSelInsert(pend: NetBridgePort[], p: NetBridgePort): void {
  let i = 0;
  while (i < pend.length && pend[i]!.seq > p.seq) i++;
  pend.splice(i, 0, p);
}

/**
 * The carrier check's pending ports (not in Linux; exact). br_add_if and
 * every port event walk every port with br_port_carrier_check before the
 * state selection (a port whose device or bridge is not usable is disabled, a
 * usable disabled one enabled). A port is consistent when it is usable
 * exactly when it is not disabled, and only a pending port may be
 * inconsistent: what the check reads changes only through a port device's
 * IFF_UP or operstate (devOpen/devClose, link_watch's rfc2863_policy:
 * brCarrierMark through setDevUsableHook), the port's state entering or
 * leaving disabled (br_set_state), a new port (br_add_if), and the bridge's
 * IFF_UP, whose open and stop (br_stp_enable_bridge/br_stp_disable_bridge)
 * enable every usable port and disable every enabled one, leaving all of
 * them consistent (so it marks none). The walk takes the pending ports in
 * port-list order, and a port marked during the walk if it comes later in
 * the list, as the full walk would reach it; a port leaving is forgotten.
 * test/netdev/bridge-port-index.test.ts compares it with the full walk.
 */
let ccFast = true;

/** Tests only: off makes every carrier check walk every port (the kernel's). */
export function setCarrierIndex(on: boolean): void {
  ccFast = on;
}

export function carrierIndexOn(): boolean {
  return ccFast;
}

export function brCarrierMark(p: NetBridgePort): void {
  const pend = p.br.ccPending;
  if (!pend || p.ccMarked) return;
  p.ccMarked = true;
  pend.push(p);
}

/** A port leaves the bridge: out of the pending list. */
export function brCarrierForget(p: NetBridgePort): void {
  const pend = p.br.ccPending;
  if (!p.ccMarked || !pend) return;
  p.ccMarked = false;
  const i = pend.indexOf(p);
  if (i >= 0) pend.splice(i, 1);
}

/**
 * Takes the next port to check: the pending one first in port-list order
 * after seq `last` (pending ports before it stay for the next walk).
 */
export function brCarrierNext(br: NetBridge, last: number): NetBridgePort | undefined {
  const pend = br.ccPending!;
  let best = -1;
  for (let k = 0; k < pend.length; k++) {
    const q = pend[k]!.seq;
    if (q < last && (best < 0 || q > pend[best]!.seq)) best = k;
  }
  if (best < 0) return undefined;
  const p = pend[best]!;
  pend[best] = pend[pend.length - 1]!;
  pend.pop();
  p.ccMarked = false;
  return p;
}

/** Something the port's step reads changed: it is walked again until quiet. */
export function brStpSelMark(p: NetBridgePort): void {
  const br = p.br;
  const pend = br.selPending;
  if (!pend || p.selQuiet === 0) return;
  if (p.selQuiet === 2) br.selFwd--;
  p.selQuiet = 0;
  brStpSelInsert(pend, p);
}
