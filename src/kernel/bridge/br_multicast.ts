// Multicast snooping (net/bridge/br_multicast.c): IGMP and MLD reports seen by
// the bridge, arriving on a port or sent by the bridge device itself, make the
// multicast database (MDB) that `bridge mdb` shows: a group per address (and
// VLAN id, and source for (S,G) entries), joined by the host (the bridge
// device: "port br0") and by ports (port groups), each with a membership timer
// of multicast_membership_interval (260 s) refreshed by every report; a leave
// (IGMPv2 leave, MLD done, or a v3/v2 record INCLUDE{}) cuts it to
// last_member_count x last_member_interval (2 s). 224.0.0.x and ff02::1 are
// never entered. Reports are read as IGMPv2/MLDv1 (the defaults
// mcast_igmp_version 2, mcast_mld_version 1): every v3/v2 record but an empty
// INCLUDE joins its group.
//
// Forwarding is unchanged by the database here, as on the kernel without a
// querier (br_multicast_querier_exists() is false until a query is seen or the
// bridge's own querier runs): registered and unregistered multicast is flooded.
// Expiry is lazy, as the FDB's (br_fdb.ts): an entry whose timer has run out
// while the bridge runs is dropped when it is next looked at, without the
// notification the kernel's timer would send.
//
// List order is the kernel's mdb_list: a new group goes to the head (the Map
// keeps insertion order; mdbGroups() reverses it).

import { HZ, jiffiesToClockT } from "../core/jiffies.js";
import { netCore } from "../core/net_namespace.js";
import type { SkBuff } from "../core/skbuff.js";
import { BR_STATE_DISABLED, type NetBridge, type NetBridgePort } from "./br_private.js";
import { mdbNotify } from "./br_mdb_notify.js";
import { brMcRouterDisablePort } from "./br_mcast_router.js";

/** RTPROT_KERNEL / RTPROT_STATIC: who made a port group. */
export const RTPROT_KERNEL = 2;
export const RTPROT_STATIC = 4;

/**
 * The multicast context's settings (br->multicast_ctx and br->hash_max), the
 * intervals in jiffies as the kernel keeps them (br_multicast_init's
 * defaults; HZ 250). Timers below are kept in clock_t, small integers, which a
 * group holds without a boxed number (one per port group on a 1 000-port
 * bridge): the membership is multicast_membership_interval (260 s), a leave
 * last_member_count x last_member_interval (2 x 1 s).
 */
export interface BrMcCfg {
  router: number;
  queryUseIfaddr: number;
  /** The group count at which snooping turns itself off (br_multicast_new_group). */
  hashMax: number;
  lastMemberCnt: number;
  startupQueryCnt: number;
  lastMemberIntvl: number;
  membershipIntvl: number;
  querierIntvl: number;
  queryIntvl: number;
  queryResponseIntvl: number;
  startupQueryIntvl: number;
  statsEnabled: number;
  igmpVersion: number;
  mldVersion: number;
}

const MC_DEFAULTS: Readonly<BrMcCfg> = Object.freeze({
  router: 1,
  queryUseIfaddr: 0,
  hashMax: 4096,
  lastMemberCnt: 2,
  startupQueryCnt: 2,
  lastMemberIntvl: HZ,
  membershipIntvl: 260 * HZ,
  querierIntvl: 255 * HZ,
  queryIntvl: 125 * HZ,
  queryResponseIntvl: 10 * HZ,
  startupQueryIntvl: Math.floor((125 * HZ) / 4),
  statsEnabled: 0,
  igmpVersion: 2,
  mldVersion: 1,
});

/** The bridge's multicast settings (the defaults until one is changed). */
export function brMcCfg(br: NetBridge): Readonly<BrMcCfg> {
  return cfgOf(states.get(br));
}

/** A multicast state's settings, the defaults when it has none. */
function cfgOf(mc: BrMulticast | undefined): Readonly<BrMcCfg> {
  return mc?.cfg ?? MC_DEFAULTS;
}

/** The settings to change: the bridge's own copy, made at the first change. */
export function brMcCfgW(br: NetBridge): BrMcCfg {
  const mc = brMc(br);
  return (mc.cfg ??= { ...MC_DEFAULTS });
}

function membershipCs(br: NetBridge): number {
  return jiffiesToClockT(brMcCfg(br).membershipIntvl);
}

/** struct br_ip: the group, its source for (S,G), the VLAN id. */
export interface BrIp {
  proto: 4 | 6;
  /** IPv4 host order or IPv6. */
  grp: number | bigint;
  src?: number | bigint;
  vid: number;
}

/** struct net_bridge_port_group: linked from its group (mp->ports, pg->next) as in the kernel. */
export interface MdbPortGroup {
  port: NetBridgePort;
  permanent: boolean;
  rtProtocol: number;
  /** Centiseconds of virtual time when the membership timer fires; -1: not pending. */
  expires: number;
  next: MdbPortGroup | undefined;
}

/** struct net_bridge_mdb_entry (its br_ip inline: one object per group). */
export interface MdbEntry extends BrIp {
  key: string;
  hostJoined: boolean;
  /** mp->timer (the host's membership), centiseconds; -1: not pending. */
  expires: number;
  /** The first port group (newest first, then `next`). */
  ports: MdbPortGroup | undefined;
}

/** The port groups of a group, in list order. */
export function* mdbPorts(mp: MdbEntry): Generator<MdbPortGroup> {
  for (let pg = mp.ports; pg; pg = pg.next) yield pg;
}

/** The port group of `port` in the group. */
export function mdbPortGroup(mp: MdbEntry, port: NetBridgePort): MdbPortGroup | undefined {
  let pg = mp.ports;
  while (pg && pg.port !== port) pg = pg.next;
  return pg;
}

function unlinkPg(mp: MdbEntry, pg: MdbPortGroup): void {
  if (mp.ports === pg) mp.ports = pg.next;
  else {
    let p = mp.ports;
    while (p && p.next !== pg) p = p.next;
    if (p) p.next = pg.next;
  }
}

/** The bridge's multicast state (br->multicast_ctx, br->mdb_list, BROPT_MULTICAST_ENABLED). */
export interface BrMulticast {
  enabled: boolean;
  querier: number;
  mdb: Map<string, MdbEntry>;
  cfg?: BrMcCfg;
}

const states = new WeakMap<NetBridge, BrMulticast>();

export function brMc(br: NetBridge): BrMulticast {
  let m = states.get(br);
  if (!m) states.set(br, (m = { enabled: true, querier: 0, mdb: new Map() }));
  return m;
}

export function brMcEnabled(br: NetBridge): boolean {
  return states.get(br)?.enabled ?? true;
}

/** A group's key in the table: IPv6 groups as their eight 16-bit words in one short string (as mdbKey6At builds from a frame). */
export function mdbKey(a: BrIp): string {
  const src = a.src === undefined ? "" : `/${a.src}`;
  if (a.proto === 4) return `4${a.vid}:${a.grp}${src}`;
  const g = a.grp as bigint;
  let w = "";
  for (let sh = 112n; sh >= 0n; sh -= 16n) w += String.fromCharCode(Number((g >> sh) & 0xffffn));
  return `6${a.vid}:${w}${src}`;
}

/** mdbKey() of the (*, G) IPv6 group at `o` in a frame, VLAN 0, without building the address. */
function mdbKey6At(d: Uint8Array, o: number): string {
  return (
    "60:" +
    String.fromCharCode(read16(d, o), read16(d, o + 2), read16(d, o + 4), read16(d, o + 6)) +
    String.fromCharCode(read16(d, o + 8), read16(d, o + 10), read16(d, o + 12), read16(d, o + 14))
  );
}

/** Virtual time in centiseconds. */
export function nowOf(br: NetBridge): number {
  return Math.floor(netCore(br.dev.net).host.clock.now / 10_000_000);
}

/** The timers that ran out while the bridge ran (br_multicast_port_group_expired, br_multicast_group_expired); false: the group is gone. */
function expireEntry(br: NetBridge, mc: BrMulticast, mp: MdbEntry, now: number): boolean {
  if (!br.dev.isUp) return true;
  for (let pg = mp.ports; pg; pg = pg.next) {
    if (!pg.permanent && pg.expires >= 0 && pg.expires <= now) unlinkPg(mp, pg);
  }
  if (mp.hostJoined && mp.expires >= 0 && mp.expires <= now) {
    mp.hostJoined = false;
    mp.expires = -1;
  }
  if (mp.hostJoined || mp.ports) return true;
  mc.mdb.delete(mp.key);
  return false;
}

/** The groups, newest first, each brought up to date. */
export function mdbGroups(br: NetBridge): MdbEntry[] {
  const mc = states.get(br);
  if (!mc) return [];
  const now = nowOf(br);
  for (const mp of [...mc.mdb.values()]) expireEntry(br, mc, mp, now);
  return [...mc.mdb.values()].reverse();
}

/** br_mdb_ip_get() with lazy expiry. */
export function mdbGet(br: NetBridge, mc: BrMulticast, key: string): MdbEntry | undefined {
  const mp = mc.mdb.get(key);
  return mp && expireEntry(br, mc, mp, nowOf(br)) ? mp : undefined;
}

/** br_multicast_new_group(): an existing group or a new one at the head; undefined when the table is full (snooping goes off). */
export function mdbNewGroup(br: NetBridge, mc: BrMulticast, addr: BrIp, key = mdbKey(addr)): MdbEntry | undefined {
  return mdbGet(br, mc, key) ?? createGroup(mc, addr, key);
}

/** The new-group half of br_multicast_new_group(), for a key not in the table. */
function createGroup(mc: BrMulticast, addr: BrIp, key: string): MdbEntry | undefined {
  if (mc.mdb.size >= cfgOf(mc).hashMax) {
    mc.enabled = false;
    return undefined;
  }
  const mp: MdbEntry = { proto: addr.proto, grp: addr.grp, src: addr.src, vid: addr.vid, key, hostJoined: false, expires: -1, ports: undefined };
  mc.mdb.set(key, mp);
  return mp;
}

/** br_multicast_host_join() */
export function mdbHostJoin(br: NetBridge, mp: MdbEntry, notify: boolean): void {
  if (!mp.hostJoined) {
    mp.hostJoined = true;
    if (notify) mdbNotify(br, mp, undefined, "RTM_NEWMDB");
  }
  mp.expires = nowOf(br) + membershipCs(br);
}

/** A new port group: at the head of the group's ports. */
export function mdbNewPortGroup(mp: MdbEntry, port: NetBridgePort, permanent: boolean, rtProtocol: number): MdbPortGroup {
  const pg: MdbPortGroup = { port, permanent, rtProtocol, expires: -1, next: mp.ports };
  mp.ports = pg;
  return pg;
}

export function mdbTempTimer(br: NetBridge, pg: MdbPortGroup): void {
  pg.expires = nowOf(br) + membershipCs(br);
}

/** br_multicast_del_pg(): notified; the group goes when nothing holds it. */
export function mdbDelPortGroup(br: NetBridge, mc: BrMulticast, mp: MdbEntry, pg: MdbPortGroup): void {
  unlinkPg(mp, pg);
  mdbNotify(br, mp, pg, "RTM_DELMDB");
  if (!mp.hostJoined && !mp.ports && br.dev.isUp) mc.mdb.delete(mp.key);
}

/** br_multicast_add_group() of a report (IGMPv2/MLDv1 semantics). */
function addGroup(br: NetBridge, mc: BrMulticast, port: NetBridgePort | undefined, key: string, addr: () => BrIp): void {
  if (!br.dev.isUp || (port && port.state === BR_STATE_DISABLED)) return;
  const mp = mdbGet(br, mc, key) ?? createGroup(mc, addr(), key);
  if (!mp) return;
  if (!port) {
    mdbHostJoin(br, mp, true);
    return;
  }
  let pg = mdbPortGroup(mp, port);
  if (!pg) {
    pg = mdbNewPortGroup(mp, port, false, RTPROT_KERNEL);
    mdbNotify(br, mp, pg, "RTM_NEWMDB");
  }
  mdbTempTimer(br, pg);
}

/** br_multicast_leave_group() without a querier: the membership ends last_member_count x last_member_interval from now. */
function leaveGroup(br: NetBridge, mc: BrMulticast, port: NetBridgePort | undefined, key: string): void {
  const mp = mdbGet(br, mc, key);
  if (!mp) return;
  const cfg = cfgOf(mc);
  const time = nowOf(br) + jiffiesToClockT(cfg.lastMemberCnt * cfg.lastMemberIntvl);
  if (!port) {
    if (mp.hostJoined && (mp.expires < 0 || mp.expires > time)) mp.expires = time;
    return;
  }
  // A permanent group's timer is cut too; its expiry leaves it in place.
  const pg = mdbPortGroup(mp, port);
  if (pg && (pg.expires < 0 || pg.expires > time)) pg.expires = time;
}

function read16(d: Uint8Array, o: number): number {
  return (d[o]! << 8) | d[o + 1]!;
}

function read32(d: Uint8Array, o: number): number {
  return ((d[o]! << 24) | (d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!) >>> 0;
}

function read128(d: Uint8Array, o: number): bigint {
  let v = 0n;
  for (let i = 0; i < 16; i += 4) v = (v << 32n) | BigInt(read32(d, o + i));
  return v;
}

/** ipv4_is_local_multicast(): 224.0.0.0/24. */
export function ipv4LocalMulticast(a: number): boolean {
  return (a & 0xffffff00) >>> 0 === 0xe0000000;
}

/** ipv6_addr_is_ll_all_nodes(): ff02::1. */
export const IP6_ALL_NODES = 0xff020000000000000000000000000001n;

function join4(br: NetBridge, mc: BrMulticast, port: NetBridgePort | undefined, grp: number, leave: boolean): void {
  if (ipv4LocalMulticast(grp)) return;
  const key = `40:${grp}`;
  if (leave) leaveGroup(br, mc, port, key);
  else addGroup(br, mc, port, key, () => ({ proto: 4, grp, vid: 0 }));
}

/** The IPv6 group at `o` in the frame (ff02::1 is never entered). */
function join6(br: NetBridge, mc: BrMulticast, port: NetBridgePort | undefined, d: Uint8Array, o: number, leave: boolean): void {
  if (read32(d, o) === 0xff020000 && read32(d, o + 4) === 0 && read32(d, o + 8) === 0 && read32(d, o + 12) === 1) return;
  const key = mdbKey6At(d, o);
  if (leave) leaveGroup(br, mc, port, key);
  else addGroup(br, mc, port, key, () => ({ proto: 6, grp: read128(d, o), vid: 0 }));
}

/** IGMP (br_multicast_ipv4_rcv): v1/v2 reports and leaves, v3 reports record by record. */
function ipv4Rcv(br: NetBridge, mc: BrMulticast, port: NetBridgePort | undefined, d: Uint8Array): void {
  if (d.length < 34 || d[14]! >> 4 !== 4 || d[23] !== 2) return;
  const o = 14 + (d[14]! & 15) * 4;
  if (d.length < o + 8) return;
  const type = d[o]!;
  if (type === 0x12 || type === 0x16) join4(br, mc, port, read32(d, o + 4), false);
  else if (type === 0x17) join4(br, mc, port, read32(d, o + 4), true);
  else if (type === 0x22) {
    let r = o + 8;
    for (let n = read16(d, o + 6); n > 0 && r + 8 <= d.length; n--) {
      const rt = d[r]!;
      const nsrcs = read16(d, r + 2);
      if (rt >= 1 && rt <= 6) join4(br, mc, port, read32(d, r + 4), (rt === 1 || rt === 3) && nsrcs === 0);
      r += 8 + nsrcs * 4 + d[r + 1]! * 4;
    }
  }
}

/** MLD (br_multicast_ipv6_rcv): v1 reports and dones, v2 reports record by record, after the extension headers. */
function ipv6Rcv(br: NetBridge, mc: BrMulticast, port: NetBridgePort | undefined, d: Uint8Array): void {
  if (d.length < 54 || d[14]! >> 4 !== 6) return;
  let nh = d[20]!;
  let o = 54;
  // Hop-by-hop, routing and destination options may precede ICMPv6 (ipv6_skip_exthdr).
  while ((nh === 0 || nh === 43 || nh === 60) && o + 8 <= d.length) {
    nh = d[o]!;
    o += (d[o + 1]! + 1) * 8;
  }
  if (nh !== 58 || d.length < o + 8) return;
  const type = d[o]!;
  if (type === 131 || type === 132) {
    if (d.length >= o + 24) join6(br, mc, port, d, o + 8, type === 132);
  } else if (type === 143) {
    let r = o + 8;
    for (let n = read16(d, o + 6); n > 0 && r + 20 <= d.length; n--) {
      const rt = d[r]!;
      const nsrcs = read16(d, r + 2);
      if (rt >= 1 && rt <= 6) join6(br, mc, port, d, r + 4, (rt === 1 || rt === 3) && nsrcs === 0);
      r += 20 + nsrcs * 16 + d[r + 1]! * 4;
    }
  }
}

/**
 * br_multicast_rcv(): a multicast frame entering the bridge on `port`, or
 * sent by the bridge device itself (port undefined: host joins). Only IGMP and
 * MLD messages change anything, and never in a broadcast frame; the frame goes
 * on either way.
 */
export function brMulticastRcv(br: NetBridge, port: NetBridgePort | undefined, skb: SkBuff): void {
  const d = skb.data;
  const et = (d[12]! << 8) | d[13]!;
  // Only IGMP, and ICMPv6 MLD (131, 132, 143; MLD usually follows a hop-by-hop header): the rest is done here.
  if (et === 0x0800) {
    if (d[23] !== 2) return;
  } else if (et !== 0x86dd) return;
  else if (d[20] !== 0) {
    const t = d[54];
    if (d[20] !== 58 || (t !== 131 && t !== 132 && t !== 143)) return;
  }
  // Broadcast is not br_multicast_rcv()'s (the callers have checked the group bit).
  if ((d[0]! & d[1]! & d[2]! & d[3]! & d[4]! & d[5]!) === 0xff) return;
  const mc = brMc(br);
  if (!mc.enabled) return;
  if (et === 0x0800) ipv4Rcv(br, mc, port, d);
  else ipv6Rcv(br, mc, port, d);
}

/**
 * __br_multicast_disable_port_ctx(): a port going disabled (or snooping going
 * off) loses its groups but the permanent ones; br_multicast_del_port (`all`)
 * loses them all.
 */
export function brMulticastDisablePort(p: NetBridgePort, all = false): void {
  const br = p.br;
  brMcRouterDisablePort(p);
  const mc = states.get(br);
  if (!mc) return;
  for (const mp of [...mc.mdb.values()]) {
    const pg = mdbPortGroup(mp, p);
    if (pg && (all || !pg.permanent)) mdbDelPortGroup(br, mc, mp, pg);
  }
}

/** br_multicast_toggle(): turning snooping off empties the ports' temporary groups. */
export function brMulticastToggle(br: NetBridge, on: boolean): void {
  const mc = brMc(br);
  if (mc.enabled === on) return;
  mc.enabled = on;
  if (!on) for (const p of br.ports) brMulticastDisablePort(p);
}

/** br_timer_value() in clock_t (hundredths of a second). */
export function mdbTimerValue(br: NetBridge, expires: number): number {
  if (expires < 0) return 0;
  return Math.max(0, expires - nowOf(br));
}
