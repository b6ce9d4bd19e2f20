// /sys/class/net/BR/bridge/*, BR/brif/ and PORT/brport/* (net/bridge/
// br_sysfs_br.c, br_sysfs_if.c): a bridge's and a port's parameters as the
// netlink dump reports them (the bridge's fillInfo), and writes that go through
// the netlink paths (br_changelink, br_setport), so their ranges and errnos are
// those of `ip link set ... type bridge` and `bridge link set`.
//
// Where we knowingly differ: the multicast, netfilter and timer attributes the
// model only reports (it keeps no state for them) are read-only here, where
// Linux lets root write them; brforward (a binary FDB dump) is absent.

import { kerr } from "../../uapi/errno.js";
import type { IflaBridgeInfo, IflaLinkInfo } from "../../uapi/if_link.js";
import type { BrportRequest } from "../../uapi/rtnetlink.js";
import type { NetDevice } from "../core/netdevice.js";
import { brChangelink } from "../bridge/br_device.js";
import { brPortSlaveChangelink, brSetport } from "../bridge/br_netlink.js";
import { fdbFillbuf } from "../bridge/br_fdb.js";
import { netCore } from "../core/net_namespace.js";
import { brOf, brPortId, portOf, type NetBridgePort, type StpTimer } from "../bridge/br_private.js";
import { timerValue } from "../bridge/br_stp_timer.js";
import { portMcRouter } from "../bridge/br_mcast_router.js";
import type { DirInode } from "./inode.js";
import { type Attr, devicePath, macString, relativeLink, parseUlong, sysAttr, sysDir, sysLink } from "./sysfs-net.js";

export function isBridge(dev: NetDevice): boolean {
  return brOf(dev) !== undefined;
}

export function isBridgePort(dev: NetDevice): boolean {
  return portOf(dev) !== undefined;
}

/** The IFLA_BR_* a dump would carry, from the bridge driver itself. */
function brInfo(dev: NetDevice): IflaBridgeInfo {
  const info: IflaLinkInfo = {};
  dev.ops.fillInfo?.(dev, info);
  const data = info.IFLA_INFO_DATA;
  if (data?.kind !== "bridge") throw kerr("ENODEV");
  return data.br;
}

/** "%.2x%.2x.%pM" without the colons: 8000.02000000000b */
function bridgeIdString(id: { prio: number; addr: Uint8Array }): string {
  return `${id.prio.toString(16).padStart(4, "0")}.${macString(id.addr).replace(/:/g, "")}`;
}

const hex = (n: number) => `0x${n.toString(16)}`;

/** BR/bridge/NAME: file name -> IFLA_BR_* attribute shown as a decimal. */
const BR_DECIMAL: Record<string, keyof IflaBridgeInfo> = {
  ageing_time: "IFLA_BR_AGEING_TIME",
  forward_delay: "IFLA_BR_FORWARD_DELAY",
  gc_timer: "IFLA_BR_GC_TIMER",
  hash_elasticity: "IFLA_BR_MCAST_HASH_ELASTICITY",
  hash_max: "IFLA_BR_MCAST_HASH_MAX",
  hello_time: "IFLA_BR_HELLO_TIME",
  hello_timer: "IFLA_BR_HELLO_TIMER",
  max_age: "IFLA_BR_MAX_AGE",
  multicast_igmp_version: "IFLA_BR_MCAST_IGMP_VERSION",
  multicast_last_member_count: "IFLA_BR_MCAST_LAST_MEMBER_CNT",
  multicast_last_member_interval: "IFLA_BR_MCAST_LAST_MEMBER_INTVL",
  multicast_membership_interval: "IFLA_BR_MCAST_MEMBERSHIP_INTVL",
  multicast_mld_version: "IFLA_BR_MCAST_MLD_VERSION",
  multicast_querier: "IFLA_BR_MCAST_QUERIER",
  multicast_querier_interval: "IFLA_BR_MCAST_QUERIER_INTVL",
  multicast_query_interval: "IFLA_BR_MCAST_QUERY_INTVL",
  multicast_query_response_interval: "IFLA_BR_MCAST_QUERY_RESPONSE_INTVL",
  multicast_query_use_ifaddr: "IFLA_BR_MCAST_QUERY_USE_IFADDR",
  multicast_router: "IFLA_BR_MCAST_ROUTER",
  multicast_snooping: "IFLA_BR_MCAST_SNOOPING",
  multicast_startup_query_count: "IFLA_BR_MCAST_STARTUP_QUERY_CNT",
  multicast_startup_query_interval: "IFLA_BR_MCAST_STARTUP_QUERY_INTVL",
  multicast_stats_enabled: "IFLA_BR_MCAST_STATS_ENABLED",
  nf_call_arptables: "IFLA_BR_NF_CALL_ARPTABLES",
  nf_call_ip6tables: "IFLA_BR_NF_CALL_IP6TABLES",
  nf_call_iptables: "IFLA_BR_NF_CALL_IPTABLES",
  no_linklocal_learn: "IFLA_BR_NO_LINKLOCAL_LEARN",
  priority: "IFLA_BR_PRIORITY",
  root_path_cost: "IFLA_BR_ROOT_PATH_COST",
  root_port: "IFLA_BR_ROOT_PORT",
  stp_state: "IFLA_BR_STP_STATE",
  tcn_timer: "IFLA_BR_TCN_TIMER",
  topology_change: "IFLA_BR_TOPOLOGY_CHANGE",
  topology_change_detected: "IFLA_BR_TOPOLOGY_CHANGE_DETECTED",
  topology_change_timer: "IFLA_BR_TOPOLOGY_CHANGE_TIMER",
};

/** The bridge files a write changes, through br_changelink (the same setters and checks as `ip link set type bridge`). */
const BR_WRITABLE = new Set([
  "ageing_time",
  "forward_delay",
  "hash_max",
  "hello_time",
  "max_age",
  "multicast_igmp_version",
  "multicast_last_member_count",
  "multicast_last_member_interval",
  "multicast_membership_interval",
  "multicast_mld_version",
  "multicast_querier",
  "multicast_querier_interval",
  "multicast_query_interval",
  "multicast_query_response_interval",
  "multicast_query_use_ifaddr",
  "multicast_router",
  "multicast_snooping",
  "multicast_startup_query_count",
  "multicast_startup_query_interval",
  "multicast_stats_enabled",
  "nf_call_arptables",
  "nf_call_ip6tables",
  "nf_call_iptables",
  "no_linklocal_learn",
  "priority",
  "stp_state",
]);

/** Files root may write (0644); hash_elasticity's write only logs that it is deprecated, group_addr's is not modelled (refused). */
const BR_RW = /^(hash_|multicast_|nf_call_|no_linklocal_learn$|group_)/;

/** br_fdb_flush(): what every port's flush removes (neither local nor static entries). */
function flushBridge(dev: NetDevice): void {
  for (const p of brOf(dev)?.ports ?? []) brPortSlaveChangelink(p.dev, { IFLA_BRPORT_FLUSH: true });
}

function bridgeAttrs(dev: NetDevice): Map<string, Attr> {
  const m = new Map<string, Attr>();
  for (const [name, key] of Object.entries(BR_DECIMAL)) {
    const a: Attr = { show: () => `${brInfo(dev)[key] as number}\n` };
    if (BR_RW.test(name)) a.mode = 0o644;
    if (BR_WRITABLE.has(name)) {
      // store_bridge_parm(): kstrtoul, then the setter; values are clock_t (centiseconds) like netlink's.
      a.store = (t) => {
        const v = parseUlong(t);
        brChangelink(dev, { [key]: name === "priority" ? v & 0xffff : v });
      };
    } else if (name === "hash_elasticity") a.store = (t) => void parseUlong(t);
    m.set(name, a);
  }
  m.set("group_fwd_mask", {
    show: () => `${hex(brInfo(dev).IFLA_BR_GROUP_FWD_MASK)}\n`,
    mode: 0o644,
    store: (t) => brChangelink(dev, { IFLA_BR_GROUP_FWD_MASK: parseUlong(t) }),
  });
  m.set("bridge_id", { show: () => `${bridgeIdString(brInfo(dev).IFLA_BR_BRIDGE_ID)}\n` });
  m.set("root_id", { show: () => `${bridgeIdString(brInfo(dev).IFLA_BR_ROOT_ID)}\n` });
  m.set("group_addr", { show: () => `${macString(brInfo(dev).IFLA_BR_GROUP_ADDR)}\n`, mode: 0o644 });
  m.set("flush", { store: (t) => {
    parseUlong(t);
    flushBridge(dev);
  } });
  return m;
}

/**
 * brforward: the forwarding database as packed struct __fdb_entry records
 * (what brctl showmacs read before netlink): mac, port_no (low byte),
 * is_local, ageing_timer_value (clock_t since the entry was last seen; 0 for
 * static ones), port_hi, two unused bytes; little-endian like this host;
 * newest entry first, as the kernel walks its list.
 */
function brforward(dev: NetDevice): Uint8Array {
  const br = brOf(dev);
  if (!br) throw kerr("ENODEV");
  const now = netCore(dev.net).host.clock.now;
  // br_fdb_fillbuf(): port entries only, expired ones left out.
  const entries = fdbFillbuf(br, now);
  const out = new Uint8Array(entries.length * 16);
  const view = new DataView(out.buffer);
  entries.forEach((e, i) => {
    const o = i * 16;
    out.set(e.addr, o);
    const port = e.dst?.portNo ?? 0;
    out[o + 6] = port & 0xff;
    out[o + 7] = e.isLocal ? 1 : 0;
    view.setUint32(o + 8, e.isStatic || e.isLocal ? 0 : Math.floor((now - e.updated) / 10_000_000), true);
    out[o + 12] = (port >> 8) & 0xff;
  });
  return out;
}

export function bridgeDir(parent: DirInode, dev: NetDevice): DirInode {
  return sysDir(parent, {
    list: () => [...bridgeAttrs(dev).keys()].sort(),
    lookup: (_t, name) => {
      const a = bridgeAttrs(dev).get(name);
      return a ? sysAttr(a) : undefined;
    },
  });
}

/** BR/brif/PORT -> ../../PORT/brport */
export function brifDir(parent: DirInode, dev: NetDevice): DirInode {
  const ports = () => brOf(dev)?.ports ?? [];
  return sysDir(parent, {
    list: () => ports().map((p) => p.dev.name).sort(),
    lookup: (_t, name) => {
      const p = ports().find((x) => x.dev.name === name);
      return p ? sysLink(`${relativeLink([...devicePath(dev), "brif"], devicePath(p.dev))}/brport`) : undefined;
    },
  });
}

/** A port flag file: shows 0/1, a write sets it through br_setport. */
function flag(p: () => NetBridgePort, get: (p: NetBridgePort) => boolean, key: keyof BrportRequest): Attr {
  return {
    show: () => `${get(p()) ? 1 : 0}\n`,
    store: (t) => brSetport(p(), { [key]: parseUlong(t) ? 1 : 0 }),
  };
}

function brportAttrs(dev: NetDevice): Map<string, Attr> {
  const p = (): NetBridgePort => {
    const port = portOf(dev);
    if (!port) throw kerr("ENODEV");
    return port;
  };
  const line = (v: () => string | number): Attr => ({ show: () => `${v()}\n` });
  const id = (v: () => { prio: number; addr: Uint8Array }) => ({ show: () => `${bridgeIdString(v())}\n` });
  const timer = (t: () => StpTimer) => line(() => timerValue(p().br, t()));
  return new Map<string, Attr>([
    ["backup_port", { show: () => (p().backupPort ? `${p().backupPort!.dev.name}\n` : ""), mode: 0o644 }],
    ["bpdu_guard", flag(p, (x) => !!x.guard, "IFLA_BRPORT_GUARD")],
    ["broadcast_flood", flag(p, (x) => !x.bcastFloodOff, "IFLA_BRPORT_BCAST_FLOOD")],
    ["change_ack", line(() => (p().topologyChangeAck ? 1 : 0))],
    ["config_pending", line(() => (p().configPending ? 1 : 0))],
    ["designated_bridge", id(() => p().designatedBridge)],
    ["designated_cost", line(() => p().designatedCost)],
    ["designated_port", line(() => p().designatedPort)],
    ["designated_root", id(() => p().designatedRoot)],
    ["flush", { store: (t) => {
      parseUlong(t);
      brPortSlaveChangelink(dev, { IFLA_BRPORT_FLUSH: true });
    } }],
    ["forward_delay_timer", timer(() => p().forwardDelayTimer)],
    ["group_fwd_mask", { show: () => "0x0\n", mode: 0o644 }],
    ["hairpin_mode", flag(p, (x) => x.hairpin, "IFLA_BRPORT_MODE")],
    ["hold_timer", timer(() => p().holdTimer)],
    ["isolated", flag(p, (x) => !!x.isolated, "IFLA_BRPORT_ISOLATED")],
    ["learning", flag(p, (x) => x.learning, "IFLA_BRPORT_LEARNING")],
    ["message_age_timer", timer(() => p().messageAgeTimer)],
    ["multicast_fast_leave", flag(p, (x) => !!x.fastLeave, "IFLA_BRPORT_FAST_LEAVE")],
    ["multicast_flood", flag(p, (x) => !x.mcastFloodOff, "IFLA_BRPORT_MCAST_FLOOD")],
    ["multicast_router", { show: () => `${portMcRouter(p())}\n`, store: (t) => brSetport(p(), { IFLA_BRPORT_MULTICAST_ROUTER: parseUlong(t) }) }],
    ["multicast_to_unicast", flag(p, (x) => !!x.mcastToUcast, "IFLA_BRPORT_MCAST_TO_UCAST")],
    ["neigh_suppress", flag(p, (x) => !!x.neighSuppress, "IFLA_BRPORT_NEIGH_SUPPRESS")],
    ["path_cost", { show: () => `${p().pathCost}\n`, store: (t) => brSetport(p(), { IFLA_BRPORT_COST: parseUlong(t) }) }],
    ["port_id", line(() => hex(brPortId(p())))],
    ["port_no", line(() => hex(p().portNo))],
    ["priority", { show: () => `${p().priority}\n`, store: (t) => brSetport(p(), { IFLA_BRPORT_PRIORITY: parseUlong(t) }) }],
    ["proxyarp", flag(p, (x) => !!x.proxyArp, "IFLA_BRPORT_PROXYARP")],
    ["proxyarp_wifi", flag(p, (x) => !!x.proxyArpWifi, "IFLA_BRPORT_PROXYARP_WIFI")],
    ["root_block", flag(p, (x) => !!x.rootBlock, "IFLA_BRPORT_PROTECT")],
    ["state", line(() => p().state)],
    ["unicast_flood", flag(p, (x) => x.unicastFlood, "IFLA_BRPORT_UNICAST_FLOOD")],
  ]);
}

export function brportDir(parent: DirInode, dev: NetDevice): DirInode {
  return sysDir(parent, {
    list: () => [...brportAttrs(dev).keys(), "bridge"].sort(),
    lookup: (_t, name) => {
      if (name === "bridge") {
        const port = portOf(dev);
        return port ? sysLink(relativeLink([...devicePath(dev), "brport"], devicePath(port.br.dev))) : undefined;
      }
      const a = brportAttrs(dev).get(name);
      return a ? sysAttr(a) : undefined;
    },
  });
}

export function brforwardAttr(dev: NetDevice): Attr {
  return { show: () => brforward(dev) };
}
