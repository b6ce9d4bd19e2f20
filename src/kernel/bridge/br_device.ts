// The bridge device itself (net/bridge/br_device.c, br_netlink.c): created by
// `ip link add NAME type bridge` or brctl addbr, random MAC until a port
// arrives, no carrier until a port forwards, STP off, forward_delay 15 s,
// ageing 300 s, netns-local (it cannot change namespace). Sending on it means
// forwarding out of its ports by FDB lookup.

import { FdbTable } from "./br_fdb_table.js";
import { kerr } from "../../uapi/errno.js";
import { IFF_BROADCAST, IFF_MULTICAST, IFF_UP } from "../../uapi/if_link.js";
import type { IflaBridgeInfo } from "../../uapi/if_link.js";
import type { BridgeRequestData } from "../../uapi/rtnetlink.js";
import { netifCarrierOff, registerNetdevice } from "../core/dev.js";
import { kfreeSkbReason } from "../core/dev_rx.js";
import { clockTRoundTrip, clockTToJiffies, HZ, jiffiesToClockT } from "../core/jiffies.js";
import { netCore } from "../core/net_namespace.js";
import type { NetDevice, NetDeviceOps } from "../core/netdevice.js";
import { isMulticastEtherAddr } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";
import { allocEtherdev, ETH_MAX_MTU } from "../drivers/ether.js";
import { BR_FDB_STATIC, fdbChangeMacAddress, fdbFind, fdbFlush, fdbGcSchedule } from "./br_fdb.js";
import { brFlood, brForward, brNfBridgedDnat } from "./br_forward.js";
import { brAddIf, brDelIf } from "./br_if.js";
import { brMc, brMcCfg, brMcCfgW, brMcEnabled, brMulticastRcv, brMulticastToggle } from "./br_multicast.js";
import type { BrOpts, NetBridge } from "./br_private.js";
import {
  brSetForwardDelay,
  brSetHelloTime,
  brSetMaxAge,
  brStpChangeBridgeId,
  brStpDisableBridge,
  brStpEnableBridge,
  brStpSetBridgePriority,
  brStpSetEnabled,
} from "./br_stp_if.js";
import { newTimer, timerValue } from "./br_stp_timer.js";
import { ipMcDecGroup, ipMcIncGroup } from "../ipv4/igmp.js";
import { IN6ADDR_LINKLOCAL_ALLSNOOPERS, ipv6DevMcDec, ipv6DevMcInc } from "../ipv6/mcast.js";

/** 224.0.0.106: multicast router discovery (RFC 4286). */
const ALL_SNOOPERS_V4 = 0xe000006a;

function br(dev: NetDevice): NetBridge {
  return dev.priv as NetBridge;
}

export const BRIDGE_OPS: NetDeviceOps = {
  kind: "bridge",
  driver: "bridge",
  featuresFile: "bridge",
  /** br_dev_open() -> br_stp_enable_bridge(): only usable ports trigger a state selection. */
  ndoOpen(dev) {
    brStpEnableBridge(br(dev));
    // br_multicast_open() -> br_multicast_join_snoopers(): snooping is on, so the
    // bridge listens for multicast router advertisements (224.0.0.106, ff02::6a).
    // __dev_open() sets IFF_UP only after ndo_open returns, so these joins owe
    // no MLD report yet (IGMP does not look at IFF_UP): recorded captures show
    // ff02::6a reported only with the link-local address's group.
    if (brMcEnabled(br(dev))) {
      const up = dev.flags & IFF_UP;
      dev.flags &= ~IFF_UP;
      ipMcIncGroup(dev, ALL_SNOOPERS_V4);
      ipv6DevMcInc(dev, IN6ADDR_LINKLOCAL_ALLSNOOPERS);
      dev.flags |= up;
    }
  },
  /** br_dev_stop() -> br_stp_disable_bridge(): enabled ports are disabled, which drops the carrier. */
  ndoStop(dev) {
    brStpDisableBridge(br(dev));
    // br_multicast_leave_snoopers()
    if (brMcEnabled(br(dev))) {
      ipMcDecGroup(dev, ALL_SNOOPERS_V4);
      ipv6DevMcDec(dev, IN6ADDR_LINKLOCAL_ALLSNOOPERS);
    }
  },
  /** br_dev_xmit() */
  ndoStartXmit(skb, dev) {
    if (brNfBridgedDnat(skb)) return "OK";
    const b = br(dev);
    dev.stats.tx_packets++;
    dev.stats.tx_bytes += skb.data.length;
    skb.iif = 0;
    const dest = skb.data.subarray(0, 6);
    if (isMulticastEtherAddr(dest)) {
      // br_multicast_rcv(port NULL) (it leaves broadcast alone): the bridge's own reports are host joins.
      brMulticastRcv(b, undefined, skb);
      brFlood(b, skb, true);
      return "OK";
    }
    const e = fdbFind(b, dest);
    if (e?.dst && !e.isLocal) brForward(e.dst, skb, true);
    else if (e?.isLocal) kfreeSkbReason(skb, "NOT_SPECIFIED");
    else brFlood(b, skb, true);
    return "OK";
  },
  ndoSetMacAddress(dev, addr) {
    // br_set_mac_address() -> br_stp_change_bridge_id()
    const b = br(dev);
    if (dev.addr.every((x, i) => x === addr[i])) {
      dev.addr = addr.slice();
      b.bridgeId = { prio: b.bridgeId.prio, addr: addr.slice() };
      fdbChangeMacAddress(b, addr, netCore(dev.net).host.clock.now);
    } else brStpChangeBridgeId(b, addr, netCore(dev.net).host.clock.now);
  },
  ndoChangeMtu(dev) {
    br(dev).mtuSetByUser = true;
  },
  ndoAddSlave(dev, port, extack) {
    brAddIf(br(dev), port, extack);
  },
  ndoDelSlave(dev, port) {
    brDelIf(br(dev), port);
  },
  /** br_dev_delete(): every port is released (del_nbp) before the bridge unregisters. */
  dellink(dev) {
    const b = br(dev);
    for (const p of [...b.ports]) brDelIf(b, p.dev);
    return [];
  },
  fillInfo(dev, info) {
    info.IFLA_INFO_DATA = { kind: "bridge", br: bridgeInfo(br(dev), netCore(dev.net).host.clock.now) };
  },
};

function bridgeInfo(b: NetBridge, _now: number): IflaBridgeInfo {
  const mc = brMcCfg(b);
  return {
    IFLA_BR_FORWARD_DELAY: b.forwardDelay,
    IFLA_BR_HELLO_TIME: b.helloTime,
    IFLA_BR_MAX_AGE: b.maxAge,
    IFLA_BR_AGEING_TIME: b.ageingTime,
    IFLA_BR_STP_STATE: b.stpEnabled ? 1 : 0,
    IFLA_BR_PRIORITY: b.bridgeId.prio,
    IFLA_BR_VLAN_FILTERING: b.vlanFiltering,
    IFLA_BR_BRIDGE_ID: { prio: b.bridgeId.prio, addr: b.bridgeId.addr.slice() },
    IFLA_BR_ROOT_ID: { prio: b.designatedRoot.prio, addr: b.designatedRoot.addr.slice() },
    IFLA_BR_ROOT_PORT: b.rootPort,
    IFLA_BR_ROOT_PATH_COST: b.rootPathCost,
    IFLA_BR_TOPOLOGY_CHANGE: b.topologyChange ? 1 : 0,
    IFLA_BR_TOPOLOGY_CHANGE_DETECTED: b.topologyChangeDetected ? 1 : 0,
    IFLA_BR_HELLO_TIMER: timerValue(b, b.helloTimer),
    IFLA_BR_TCN_TIMER: timerValue(b, b.tcnTimer),
    IFLA_BR_TOPOLOGY_CHANGE_TIMER: timerValue(b, b.topologyChangeTimer),
    IFLA_BR_GC_TIMER: 0,
    IFLA_BR_GROUP_FWD_MASK: b.groupFwdMask,
    IFLA_BR_GROUP_ADDR: b.groupAddr.slice(),
    IFLA_BR_MCAST_SNOOPING: brMcEnabled(b) ? 1 : 0,
    IFLA_BR_NO_LINKLOCAL_LEARN: b.opts?.noLlLearn ? 1 : 0,
    IFLA_BR_MCAST_VLAN_SNOOPING: 0,
    IFLA_BR_MCAST_ROUTER: mc.router,
    IFLA_BR_MCAST_QUERY_USE_IFADDR: mc.queryUseIfaddr,
    IFLA_BR_MCAST_QUERIER: brMc(b).querier,
    // RHT_ELASTICITY: the option is deprecated and always reads 16.
    IFLA_BR_MCAST_HASH_ELASTICITY: 16,
    IFLA_BR_MCAST_HASH_MAX: mc.hashMax,
    IFLA_BR_MCAST_LAST_MEMBER_CNT: mc.lastMemberCnt,
    IFLA_BR_MCAST_STARTUP_QUERY_CNT: mc.startupQueryCnt,
    IFLA_BR_MCAST_LAST_MEMBER_INTVL: jiffiesToClockT(mc.lastMemberIntvl),
    IFLA_BR_MCAST_MEMBERSHIP_INTVL: jiffiesToClockT(mc.membershipIntvl),
    IFLA_BR_MCAST_QUERIER_INTVL: jiffiesToClockT(mc.querierIntvl),
    IFLA_BR_MCAST_QUERY_INTVL: jiffiesToClockT(mc.queryIntvl),
    IFLA_BR_MCAST_QUERY_RESPONSE_INTVL: jiffiesToClockT(mc.queryResponseIntvl),
    IFLA_BR_MCAST_STARTUP_QUERY_INTVL: jiffiesToClockT(mc.startupQueryIntvl),
    IFLA_BR_MCAST_STATS_ENABLED: mc.statsEnabled,
    IFLA_BR_MCAST_IGMP_VERSION: mc.igmpVersion,
    IFLA_BR_MCAST_MLD_VERSION: mc.mldVersion,
    IFLA_BR_NF_CALL_IPTABLES: b.opts?.nfCallIptables ? 1 : 0,
    IFLA_BR_NF_CALL_IP6TABLES: b.opts?.nfCallIp6tables ? 1 : 0,
    IFLA_BR_NF_CALL_ARPTABLES: b.opts?.nfCallArptables ? 1 : 0,
  };
}

/** BR_MIN_FORWARD_DELAY / BR_MAX_FORWARD_DELAY: 2 s and 30 s. */
const BR_MIN_FORWARD_DELAY = 200;
const BR_MAX_FORWARD_DELAY = 3000;

/** The multicast intervals br_changelink() sets from clock_t, in its order; the clamped ones
 * (br_multicast_set_query_intvl() / _startup_query_intvl()) are kept within 1 s .. 24 h. */
const MC_INTVLS = [
  ["IFLA_BR_MCAST_LAST_MEMBER_INTVL", "lastMemberIntvl", false],
  ["IFLA_BR_MCAST_MEMBERSHIP_INTVL", "membershipIntvl", false],
  ["IFLA_BR_MCAST_QUERIER_INTVL", "querierIntvl", false],
  ["IFLA_BR_MCAST_QUERY_INTVL", "queryIntvl", true],
  ["IFLA_BR_MCAST_QUERY_RESPONSE_INTVL", "queryResponseIntvl", false],
  ["IFLA_BR_MCAST_STARTUP_QUERY_INTVL", "startupQueryIntvl", true],
] as const;

/** br_changelink(): the IFLA_BR_* a request may set, in the kernel's order (an error leaves the earlier ones applied). */
export function brChangelink(dev: NetDevice, data: BridgeRequestData): void {
  const b = br(dev);
  // br_set_forward_delay/hello_time/max_age/ageing_time: clock_t to jiffies (kept, and
  // reported back, in whole jiffies: an odd centisecond count reads one lower), STP's
  // ranges; the forward delay is only checked while STP runs, and clamped when it starts.
  const fd = data.IFLA_BR_FORWARD_DELAY;
  if (fd !== undefined) {
    if (b.stpEnabled && (fd < BR_MIN_FORWARD_DELAY || fd > BR_MAX_FORWARD_DELAY)) throw kerr("ERANGE");
    brSetForwardDelay(b, clockTRoundTrip(fd));
  }
  const hello = data.IFLA_BR_HELLO_TIME;
  if (hello !== undefined) {
    if (hello < 100 || hello > 1000) throw kerr("ERANGE");
    brSetHelloTime(b, clockTRoundTrip(hello));
  }
  const maxAge = data.IFLA_BR_MAX_AGE;
  if (maxAge !== undefined) {
    if (maxAge < 600 || maxAge > 4000) throw kerr("ERANGE");
    brSetMaxAge(b, clockTRoundTrip(maxAge));
  }
  if (data.IFLA_BR_AGEING_TIME !== undefined) {
    b.ageingTime = clockTRoundTrip(data.IFLA_BR_AGEING_TIME);
    b.bridgeAgeingTime = b.ageingTime;
    // br_set_ageing_time(): the gc work runs at once with the new hold time.
    fdbGcSchedule(b, 0);
  }
  // br_stp_set_enabled(): starting brings the forward delay into STP's range.
  if (data.IFLA_BR_STP_STATE !== undefined) brStpSetEnabled(b, data.IFLA_BR_STP_STATE !== 0, BR_MIN_FORWARD_DELAY, BR_MAX_FORWARD_DELAY);
  if (data.IFLA_BR_PRIORITY !== undefined) brStpSetBridgePriority(b, data.IFLA_BR_PRIORITY);
  // The recording kernel is built without CONFIG_BRIDGE_VLAN_FILTERING: br_vlan_filter_toggle()
  // refuses any value. IFLA_BR_VLAN_PROTOCOL, _VLAN_DEFAULT_PVID, _VLAN_STATS_ENABLED and
  // _VLAN_STATS_PER_PORT are read under that #ifdef only: accepted and ignored here.
  if (data.IFLA_BR_VLAN_FILTERING !== undefined) throw kerr("EOPNOTSUPP");
  if (data.IFLA_BR_GROUP_FWD_MASK !== undefined) {
    if (data.IFLA_BR_GROUP_FWD_MASK & BR_GROUPFWD_RESTRICTED) throw kerr("EINVAL");
    b.groupFwdMask = data.IFLA_BR_GROUP_FWD_MASK;
  }
  const ga = data.IFLA_BR_GROUP_ADDR;
  if (ga !== undefined) {
    if (ga.length !== 6) throw kerr("EINVAL");
    // is_link_local_ether_addr(), and not 802.3x pause, 802.3ad slow protocols or 802.1X PAE.
    const linkLocal = ga[0] === 0x01 && ga[1] === 0x80 && ga[2] === 0xc2 && ga[3] === 0 && ga[4] === 0 && (ga[5]! & 0xf0) === 0;
    if (!linkLocal || ga[5] === 1 || ga[5] === 2 || ga[5] === 3) throw kerr("EINVAL");
    b.groupAddr = ga.slice();
  }
  // br_fdb_flush() with flags_mask BR_FDB_STATIC: every entry but the static (and local) ones.
  if (data.IFLA_BR_FDB_FLUSH) fdbFlush(b, { flags: 0, flagsMask: BR_FDB_STATIC, portIfindex: 0, vlanId: 0 });
  // br_multicast_set_router(): disabled, temp-query or permanent.
  const router = data.IFLA_BR_MCAST_ROUTER;
  if (router !== undefined) {
    if (router > 2) throw kerr("EINVAL");
    if (router !== brMcCfg(b).router) brMcCfgW(b).router = router;
  }
  if (data.IFLA_BR_MCAST_SNOOPING !== undefined) brMcSnooping(dev, b, data.IFLA_BR_MCAST_SNOOPING !== 0);
  if (data.IFLA_BR_MCAST_QUERY_USE_IFADDR !== undefined) brMcCfgW(b).queryUseIfaddr = data.IFLA_BR_MCAST_QUERY_USE_IFADDR ? 1 : 0;
  // The querier is kept and shown; it sends no queries here (kernel/bridge/README.md).
  if (data.IFLA_BR_MCAST_QUERIER !== undefined) brMc(b).querier = data.IFLA_BR_MCAST_QUERIER ? 1 : 0;
  // IFLA_BR_MCAST_HASH_ELASTICITY only logs that the option is deprecated.
  if (data.IFLA_BR_MCAST_HASH_MAX !== undefined) brMcCfgW(b).hashMax = data.IFLA_BR_MCAST_HASH_MAX;
  if (data.IFLA_BR_MCAST_LAST_MEMBER_CNT !== undefined) brMcCfgW(b).lastMemberCnt = data.IFLA_BR_MCAST_LAST_MEMBER_CNT;
  if (data.IFLA_BR_MCAST_STARTUP_QUERY_CNT !== undefined) brMcCfgW(b).startupQueryCnt = data.IFLA_BR_MCAST_STARTUP_QUERY_CNT;
  for (const [attr, key, clamp] of MC_INTVLS) {
    const v = data[attr];
    if (v === undefined) continue;
    const jif = clockTToJiffies(v);
    brMcCfgW(b)[key] = clamp ? Math.min(Math.max(jif, QUERY_INTVL_MIN), QUERY_INTVL_MAX) : jif;
  }
  if (data.IFLA_BR_MCAST_STATS_ENABLED !== undefined) brMcCfgW(b).statsEnabled = data.IFLA_BR_MCAST_STATS_ENABLED ? 1 : 0;
  // br_multicast_set_igmp_version() / _mld_version(): 2 or 3, 1 or 2.
  const igmp = data.IFLA_BR_MCAST_IGMP_VERSION;
  if (igmp !== undefined) {
    if (igmp !== 2 && igmp !== 3) throw kerr("EINVAL");
    brMcCfgW(b).igmpVersion = igmp;
  }
  const mld = data.IFLA_BR_MCAST_MLD_VERSION;
  if (mld !== undefined) {
    if (mld !== 1 && mld !== 2) throw kerr("EINVAL");
    brMcCfgW(b).mldVersion = mld;
  }
  if (data.IFLA_BR_NF_CALL_IPTABLES !== undefined) brOpts(b).nfCallIptables = data.IFLA_BR_NF_CALL_IPTABLES !== 0;
  if (data.IFLA_BR_NF_CALL_IP6TABLES !== undefined) brOpts(b).nfCallIp6tables = data.IFLA_BR_NF_CALL_IP6TABLES !== 0;
  if (data.IFLA_BR_NF_CALL_ARPTABLES !== undefined) brOpts(b).nfCallArptables = data.IFLA_BR_NF_CALL_ARPTABLES !== 0;
  // IFLA_BR_MULTI_BOOLOPT -> br_boolopt_multi_toggle(), bit by bit: no_linklocal_learn, then
  // br_multicast_toggle_vlan_snooping() (off is a no-op, on needs VLAN filtering).
  if (data.IFLA_BR_NO_LINKLOCAL_LEARN !== undefined) brOpts(b).noLlLearn = data.IFLA_BR_NO_LINKLOCAL_LEARN !== 0;
  if (data.IFLA_BR_MCAST_VLAN_SNOOPING) {
    throw kerr("EINVAL", "bridge: Cannot enable multicast vlan snooping with vlan filtering disabled");
  }
}

/** BR_GROUPFWD_RESTRICTED: STP, MAC pause and 802.3ad slow protocols are never forwarded. */
const BR_GROUPFWD_RESTRICTED = 0x0007;
/** BR_MULTICAST_QUERY_INTVL_MIN / _MAX: msecs_to_jiffies(1000) and (86400000). */
const QUERY_INTVL_MIN = HZ;
const QUERY_INTVL_MAX = 86400 * HZ;

function brOpts(b: NetBridge): BrOpts {
  return (b.opts ??= { noLlLearn: false, nfCallIptables: false, nfCallIp6tables: false, nfCallArptables: false });
}

/** br_multicast_toggle(): off leaves the snooping groups and forgets the ports' temporary groups; on joins them again. */
function brMcSnooping(dev: NetDevice, b: NetBridge, on: boolean): void {
  if (brMcEnabled(b) === on) return;
  brMulticastToggle(b, on);
  if (!(dev.flags & IFF_UP)) return;
  if (on) {
    ipMcIncGroup(dev, ALL_SNOOPERS_V4);
    ipv6DevMcInc(dev, IN6ADDR_LINKLOCAL_ALLSNOOPERS);
  } else {
    ipMcDecGroup(dev, ALL_SNOOPERS_V4);
    ipv6DevMcDec(dev, IN6ADDR_LINKLOCAL_ALLSNOOPERS);
  }
}

/** br_dev_newlink() / br_add_bridge(). */
export function brNewBridge(name: string, net: NetNamespace, mac: Uint8Array, ifindex = 0): NetDevice {
  const dev = allocEtherdev(BRIDGE_OPS, name, net);
  dev.flags = IFF_BROADCAST | IFF_MULTICAST;
  dev.maxMtu = ETH_MAX_MTU;
  dev.tsoMaxSize = 65536;
  dev.netnsLocal = true;
  dev.addr = mac;
  dev.addrAssignType = "RANDOM";
  const b: NetBridge = {
    dev,
    ports: [],
    fdb: new FdbTable(),
    bridgeId: { prio: 32768, addr: new Uint8Array(6) },
    forwardDelay: 1500,
    helloTime: 200,
    maxAge: 2000,
    ageingTime: 30000,
    bridgeForwardDelay: 1500,
    bridgeHelloTime: 200,
    bridgeMaxAge: 2000,
    bridgeAgeingTime: 30000,
    designatedRoot: { prio: 32768, addr: new Uint8Array(6) },
    rootPathCost: 0,
    rootPort: 0,
    topologyChange: false,
    topologyChangeDetected: false,
    helloTimer: newTimer(),
    tcnTimer: newTimer(),
    topologyChangeTimer: newTimer(),
    stpEnabled: false,
    vlanFiltering: 0,
    groupFwdMask: 0,
    groupAddr: new Uint8Array([0x01, 0x80, 0xc2, 0, 0, 0]),
    mtuSetByUser: false,
    selPending: undefined,
    selFwd: 0,
    portNos: undefined,
    portNoLow: 0,
  };
  dev.priv = b;
  // Carrier stays on (operstate UNKNOWN) until a port comes and goes through
  // br_port_state_selection: an empty bridge brought up shows "state UNKNOWN".
  registerNetdevice(dev, ifindex);
  // The bridge's own (random) address is a local entry until a port's takes over.
  fdbChangeMacAddress(b, mac, netCore(net).host.clock.now);
  return dev;
}
