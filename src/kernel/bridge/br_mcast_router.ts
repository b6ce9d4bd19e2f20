// Multicast router ports (net/bridge/br_multicast.c br_multicast_set_port_router,
// br_ip4/6_multicast_add_router, br_multicast_mark_router, the rport timers, and
// br_mdb.c br_rports_fill_info): a port's mcast_router type (0 disabled,
// 1 temp_query — the default, a router port while queries are heard on it —,
// 2 permanent, 3 temp) and whether it sits in the bridge's router list, which
// `bridge -d mdb show` prints as "router ports on BR: ...". The kernel keeps one
// list per family; both always agree here (no query is ever heard on a port,
// so a temp_query port never joins), so one flag stands for both.
//
// A permanent router port leaves the list when the port is disabled (or
// snooping goes off) and comes back when it is enabled again; a temp one is
// listed for multicast_querier_interval (255 s) from its last mark, expired
// lazily when the list is read (the kernel's timer does it on time, with no
// message the model could miss: br_rtr_notify goes to `bridge monitor mdb`,
// which prints unflushed).

import { kerr } from "../../uapi/errno.js";
import {
  type BrMdbRouterPort,
  MDB_RTR_TYPE_DISABLED,
  MDB_RTR_TYPE_PERM,
  MDB_RTR_TYPE_TEMP,
  MDB_RTR_TYPE_TEMP_QUERY,
} from "../../uapi/if_bridge_mdb.js";
import { jiffiesToClockT } from "../core/jiffies.js";
import { brMcCfg, brMcEnabled, nowOf } from "./br_multicast.js";
import type { NetBridge, NetBridgePort } from "./br_private.js";

/** The port's router state; absent: temp_query, not listed. */
interface McRouterState {
  type: number;
  listed: boolean;
  /** Centiseconds of virtual time the rport timer fires; -1: not pending. */
  expires: number;
}

const states = new WeakMap<NetBridgePort, McRouterState>();

/** pmctx->multicast_router */
export function portMcRouter(p: NetBridgePort): number {
  return states.get(p)?.type ?? MDB_RTR_TYPE_TEMP_QUERY;
}

function stateOf(p: NetBridgePort): McRouterState {
  let s = states.get(p);
  if (!s) states.set(p, (s = { type: MDB_RTR_TYPE_TEMP_QUERY, listed: false, expires: -1 }));
  return s;
}

/** Whether the port is listed now: a temp router port whose timer ran out (br_ip4_multicast_router_expired) leaves the list first. */
function listedNow(p: NetBridgePort, s: McRouterState): boolean {
  if (s.listed && s.expires >= 0 && s.expires <= nowOf(p.br)) {
    // br_ip4_multicast_router_expired(): disabled and permanent ports stay.
    s.expires = -1;
    if (s.type !== MDB_RTR_TYPE_DISABLED && s.type !== MDB_RTR_TYPE_PERM) s.listed = false;
  }
  return s.listed;
}

/** br_multicast_set_port_router() */
export function brMulticastSetPortRouter(p: NetBridgePort, val: number): void {
  const s = stateOf(p);
  const br = p.br;
  if (s.type === val) {
    // The same value again refreshes a temp router port's timer.
    if (s.type === MDB_RTR_TYPE_TEMP) s.expires = nowOf(br) + jiffiesToClockT(brMcCfg(br).querierIntvl);
    return;
  }
  switch (val) {
    case MDB_RTR_TYPE_DISABLED:
      s.listed = false;
      s.expires = -1;
      break;
    case MDB_RTR_TYPE_TEMP_QUERY:
      s.listed = false;
      break;
    case MDB_RTR_TYPE_PERM:
      s.expires = -1;
      s.listed = true;
      break;
    case MDB_RTR_TYPE_TEMP:
      // br_multicast_mark_router(): listed, the timer (re)armed.
      s.listed = true;
      s.expires = nowOf(br) + jiffiesToClockT(brMcCfg(br).querierIntvl);
      break;
    default:
      throw kerr("EINVAL");
  }
  s.type = val;
}

/** __br_multicast_disable_port_ctx()'s router half: the port leaves the list, its timer stops. */
export function brMcRouterDisablePort(p: NetBridgePort): void {
  const s = states.get(p);
  if (!s) return;
  s.listed = false;
  s.expires = -1;
}

/**
 * __br_multicast_enable_port_ctx()'s router half: a permanent router port is listed
 * again. Called only by br_stp.ts brSetState for a port neither disabled nor blocking.
 */
export function brMcRouterEnablePort(p: NetBridgePort): void {
  const s = states.get(p);
  if (!s || s.type !== MDB_RTR_TYPE_PERM) return;
  if (!p.br.dev.isUp || !brMcEnabled(p.br)) return;
  s.listed = true;
}

/** br_rports_fill_info(): the listed ports in port-list order; undefined (no MDBA_ROUTER) when there are none or the bridge's own mcast_router is 0. */
export function brRportsFill(br: NetBridge): BrMdbRouterPort[] | undefined {
  if (!brMcCfg(br).router) return undefined;
  const out: BrMdbRouterPort[] = [];
  for (const p of br.ports) {
    const s = states.get(p);
    if (!s || !listedNow(p, s)) continue;
    out.push({ ifindex: p.dev.ifindex, timer: s.expires < 0 ? 0 : Math.max(0, s.expires - nowOf(br)), type: s.type });
  }
  return out.length ? out : undefined;
}
