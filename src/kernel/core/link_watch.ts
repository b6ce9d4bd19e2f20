// Link state propagation (net/core/link_watch.c). A carrier change queues the
// device; the queue runs at once for "urgent" events (a stacked device such as
// a veth, whose iflink is another device) and otherwise at most once a second
// across the whole host (linkwatch_nextevent), which is why a bridge that just
// gained a forwarding port shows <...,UP,LOWER_UP> but "state DOWN" for up to a
// second. Running the queue recomputes operstate (rfc2863_policy) and swaps the
// qdisc in or out (dev_activate/dev_deactivate).

import { schedHooks } from "../sched/qdisc.js";
import { NS_PER_SEC } from "../../sim/clock.js";
import type { TimerHandle } from "../../sim/clock.js";
import { IF_OPER_DOWN, IF_OPER_LOWERLAYERDOWN, IF_OPER_UP, type IfOperState } from "../../uapi/if_link.js";
import type { Host } from "../host.js";
import { netCore } from "./net_namespace.js";
import { devUsableChanged, type NetDevice } from "./netdevice.js";

interface LinkWatch {
  queue: NetDevice[];
  /** How deep inside rtnl-locked work we are: due events wait until it is 0. */
  held: number;
  /** A due run was put off by the hold. */
  pending: boolean;
  nextEvent: number;
  timer?: TimerHandle;
  timerAt: number;
}

const state = new WeakMap<Host, LinkWatch>();

function lw(host: Host): LinkWatch {
  let s = state.get(host);
  if (!s) state.set(host, (s = { queue: [], held: 0, pending: false, nextEvent: 0, timerAt: Infinity }));
  return s;
}

/**
 * default_operstate(): a carrier-less stacked device is LOWERLAYERDOWN only
 * when the device its iflink names, looked up in its own namespace, exists
 * and has no carrier either (a veth whose peer is down in the same namespace);
 * a veth whose peer sits in another namespace is plain DOWN.
 */
export function defaultOperstate(dev: NetDevice): IfOperState {
  if (!dev.carrier) {
    const iflink = dev.iflink;
    if (iflink === dev.ifindex) return IF_OPER_DOWN;
    const peer = netCore(dev.net).devices.get(iflink);
    return peer === undefined || peer.carrier ? IF_OPER_DOWN : IF_OPER_LOWERLAYERDOWN;
  }
  return IF_OPER_UP;
}

/** rfc2863_policy() */
export function rfc2863Policy(dev: NetDevice): void {
  const o = defaultOperstate(dev);
  if (o === dev.operstate) return;
  dev.operstate = o;
  devUsableChanged(dev);
}

/** linkwatch_init_dev(): at registration, a device without carrier gets its operstate at once. */
export function linkwatchInitDev(dev: NetDevice): void {
  if (!dev.carrier) rfc2863Policy(dev);
}

// linkwatch_urgent_event() says a stacked device (iflink != ifindex) is urgent.
// A veth whose two ends have the same ifindex in their namespaces (iflink ==
// ifindex: the first veth between two fresh namespaces) is not: its events
// wait for the budget like a physical device's (test/golden/link/
// veth-same-ifindex-budget.sh shows it through dumps; `ip link show DEV`
// settles it at once through linkwatch_sync_dev).
// Otherwise an event is urgent when the carrier is back while the tx queue
// still idles on noop (qdisc_tx_changing): a bridge whose carrier-off was
// handled regains "state UP" at once when a port forwards again.
function urgent(dev: NetDevice): boolean {
  if (!dev.isUp) return false;
  return dev.iflink !== dev.ifindex || (dev.carrier && !dev.txActive);
}

/** Set by dev.ts: netdev_state_change() (NETDEV_CHANGE to the notifier chain). */
let stateChange: (dev: NetDevice) => void = () => {};
export function setLinkwatchStateChange(fn: (dev: NetDevice) => void): void {
  stateChange = fn;
}

/** linkwatch_do_dev() */
function linkwatchDoDev(dev: NetDevice): void {
  if (dev.regState !== "REGISTERED") return;
  rfc2863Policy(dev);
  if (dev.isUp) {
    // dev_activate() / dev_deactivate(): losing the carrier empties the queues.
    if (!dev.carrier && dev.txActive) schedHooks.deactivate(dev);
    else if (dev.carrier && !dev.txActive) schedHooks.activate(dev);
    dev.txActive = dev.carrier;
    stateChange(dev);
  }
}

/** linkwatch_event(): only urgent events while the once-a-second budget is spent. */
function run(host: Host): void {
  const s = lw(host);
  const now = host.clock.now;
  const urgentOnly = s.nextEvent > now;
  if (!urgentOnly) s.nextEvent = now + NS_PER_SEC;
  const todo = s.queue.splice(0);
  // The work is not reentrant: an event a device's handling fires (a bridge's
  // carrier when its port forwards) waits for this run to end, as the held rtnl does.
  s.held++;
  for (const dev of todo) {
    if (urgentOnly && !urgent(dev)) s.queue.push(dev);
    else linkwatchDoDev(dev);
  }
  if (s.queue.length) schedule(host, false);
  linkwatchRelease(host);
}

/** linkwatch_schedule_work(): now for urgent events, else when the once-a-second budget allows. */
function schedule(host: Host, isUrgent: boolean): void {
  const s = lw(host);
  const now = host.clock.now;
  const at = isUrgent ? now : Math.max(now, s.nextEvent);
  // The kernel's workqueue runs a due event within microseconds, long before the
  // next command of a script can look; the model runs it synchronously so a
  // script never observes a state the real machine only holds for that instant.
  if (at === now) {
    if (s.held) s.pending = true;
    else run(host);
    return;
  }
  if (s.timer && s.timerAt <= at) return;
  s.timer?.cancel();
  s.timerAt = at;
  s.timer = host.clock.at(at, () => {
    s.timer = undefined;
    s.timerAt = Infinity;
    run(host);
  });
}

/** The caller holds the rtnl lock: linkwatch's work (which takes it) waits until linkwatchRelease. */
export function linkwatchHold(host: Host): void {
  lw(host).held++;
}

export function linkwatchRelease(host: Host): void {
  const s = lw(host);
  if (--s.held > 0 || !s.pending) return;
  s.pending = false;
  run(host);
}

/** linkwatch_fire_event() */
export function linkwatchFireEvent(host: Host, dev: NetDevice): void {
  const s = lw(host);
  if (!s.queue.includes(dev)) s.queue.push(dev);
  schedule(host, urgent(dev));
}

/**
 * linkwatch_sync_dev(): the device's pending event is handled now, out of the
 * budget. Run for a device going away or changing namespace, and (this
 * kernel, 6.18) whenever someone asks about one device's link: rtnl_getlink()
 * (`ip link show DEV`, not a dump) and ethtool's get_link.
 */
export function linkwatchSyncDev(host: Host, dev: NetDevice): void {
  linkwatchForgetDev(host, dev);
}

/** linkwatch_sync_dev() as unregister and namespace moves call it. */
export function linkwatchForgetDev(host: Host, dev: NetDevice): void {
  const s = lw(host);
  const i = s.queue.indexOf(dev);
  if (i >= 0) {
    s.queue.splice(i, 1);
    linkwatchDoDev(dev);
  }
}
