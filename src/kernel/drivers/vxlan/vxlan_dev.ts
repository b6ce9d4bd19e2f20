// drivers/net/vxlan/vxlan_core.c, the device: configuration from IFLA_VXLAN_*
// (vxlan_nl2conf + vxlan_config_validate + vxlan_config_apply) with the
// kernel's extack texts, registration (random MAC, MTU from the lower device
// less 50 bytes of IPv4 encapsulation, carrier always on), the default FDB
// entry for remote/group, open/stop (the UDP tunnel socket on dstport, in the
// namespace the device was created in), ndo_fdb_*, and the lifetime rules: a
// vxlan may move to another namespace (its socket and underlay stay behind, so
// it reports link-netnsid), it goes when its lower device goes, and when the
// namespace it was created in dies.

import { kerr } from "../../../uapi/errno.js";
import type { BrFdbMsg, RtmDelNeighBridge, RtmDelNeighBridgeBulk, RtmNewNeighBridge } from "../../../uapi/if_bridge_fdb.js";
import { VXLAN_DF_UNSET, type IflaVxlanInfo, type VxlanRequestData } from "../../../uapi/if_link_vxlan.js";
import { NTF_EXT_LEARNED, NTF_MASTER, NTF_SELF, NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE } from "../../../uapi/neighbour.js";
import { NLM_F_CREATE } from "../../../uapi/rtnetlink.js";
import { LINUX_VXLAN_UDP_PORT } from "../../../wire/vxlan.js";
import { isMulticast4, isMulticast6 } from "../../../wire/addr.js";
import { devGetByIndex, registerNetdevNotifier, registerNetdevice, unregisterNetdevice, deleteLink } from "../../core/dev.js";
import type { NetDevice, NetDeviceOps } from "../../core/netdevice.js";
import { netCore, peernet2idAlloc } from "../../core/net_namespace.js";
import type { NetNamespace } from "../../core/netns.js";
import { udpTunnelRegister, udpTunnelUnregister } from "../../ipv4/udp_tunnel.js";
import { udp6TunnelRegister, udp6TunnelUnregister } from "../../ipv6/udp_tunnel6.js";
import { allocEtherdev, ETH_DATA_LEN, ETH_MAX_MTU } from "../ether.js";
import { VxlanFdb, ZERO_MAC, type VxlanRdst } from "./vxlan_fdb.js";
import { vxlanRcv, vxlanSockFor } from "./vxlan_rcv.js";
import { vxlanXmit } from "./vxlan_xmit.js";
import { vxlanIgmpJoin, vxlanIgmpLeave } from "./vxlan_mcast.js";
import { rtnlNeighNotify } from "../../core/rtnl_notify.js";

/** VXLAN_HEADROOM for an IPv4 underlay: outer IP 20 + UDP 8 + VXLAN 8 + inner Ethernet 14. */
export const VXLAN_HEADROOM = 50;
/** VXLAN6_HEADROOM: the outer IPv6 header is 40 bytes. */
export const VXLAN6_HEADROOM = 70;

/** The headroom of a vxlan's underlay family (VXLAN_F_IPV6). */
export function vxlanHeadroom(c: VxlanConfig): number {
  return vxlanIsIpv6(c) ? VXLAN6_HEADROOM : VXLAN_HEADROOM;
}

/** VXLAN_F_IPV6: the local or remote address is IPv6 (vxlan_config_validate gives both one family). */
export function vxlanIsIpv6(c: VxlanConfig): boolean {
  return typeof c.remote === "bigint" || typeof c.saddr === "bigint";
}
const FDB_AGE_DEFAULT = 300;

export interface VxlanConfig {
  vni: number;
  /** remote or group: IPv4 in host order, or IPv6 (a bigint); 0 = none. */
  remote: number | bigint;
  saddr: number | bigint;
  /** The lower device (IFLA_VXLAN_LINK), in the creation namespace; 0 = none. */
  remoteIfindex: number;
  portMin: number;
  portMax: number;
  dstPort: number;
  learning: boolean;
  proxy: boolean;
  rsc: boolean;
  l2miss: boolean;
  l3miss: boolean;
  /** 1 = inherit. */
  tos: number;
  /** 0 = auto. */
  ttl: number;
  ttlInherit: boolean;
  df: number;
  label: number;
  ageing: number;
  limit: number;
  udpCsum: boolean;
  zeroCsum6Tx: boolean;
  zeroCsum6Rx: boolean;
  remcsumTx: boolean;
  remcsumRx: boolean;
  external: boolean;
}

export interface VxlanPriv {
  cfg: VxlanConfig;
  /** vxlan->net: where the socket, the lower device and the underlay routes are. */
  net: NetNamespace;
  fdb: VxlanFdb;
  /** The socket is held while the device is up. */
  sockOpen: boolean;
  /** The last MTU accepted (to undo the core's store when vxlan_change_mtu says no). */
  mtu: number;
}

/** The lower device (IFLA_VXLAN_LINK), if one is set and still exists. */
function vxlanLower(v: VxlanPriv): NetDevice | undefined {
  return v.cfg.remoteIfindex ? devGetByIndex(v.net, v.cfg.remoteIfindex) : undefined;
}

export function vxlanOf(dev: NetDevice): VxlanPriv | undefined {
  return dev.ops === VXLAN_OPS ? (dev.priv as VxlanPriv) : undefined;
}

/** vn->vxlan_list: every vxlan created in a namespace (wherever it lives now). */
function vxlanList(net: NetNamespace): Set<NetDevice> {
  return net.get<Set<NetDevice>>("vxlan_list", () => {
    const s = new Set<NetDevice>();
    // vxlan_destroy_tunnels(): the creation namespace's death takes them along.
    net.onExit(() => {
      for (const d of [...s]) if (d.regState === "REGISTERED") unregisterNetdevice(d);
      s.clear();
    });
    return s;
  });
}

/** The registered vxlans created in `net` (deleted ones drop out here). */
export function vxlansOf(net: NetNamespace): NetDevice[] {
  const s = vxlanList(net);
  for (const d of s) if (d.regState === "UNREGISTERED") s.delete(d);
  return [...s];
}

export function vxlanAddrMulticast(a: number | bigint): boolean {
  return typeof a === "bigint" ? isMulticast6(a) : isMulticast4(a);
}
const isMcast = vxlanAddrMulticast;

function nowOf(dev: NetDevice): number {
  return netCore(dev.net).host.clock.now;
}

export const VXLAN_OPS: NetDeviceOps = {
  kind: "vxlan",
  driver: "vxlan",
  featuresFile: "vxlan",
  ndoOpen(dev) {
    // vxlan_open() -> vxlan_sock_add(): one socket per (namespace, port), shared by its VNIs.
    const v = dev.priv as VxlanPriv;
    const v6 = vxlanIsIpv6(v.cfg);
    const vs = vxlanSockFor(v.net, v.cfg.dstPort, v6);
    vs.byVni.set(v.cfg.vni, dev);
    if (v6) udp6TunnelRegister(v.net, v.cfg.dstPort, (skb, info) => vxlanRcv(vs, skb, info));
    else udpTunnelRegister(v.net, v.cfg.dstPort, (skb, info) => vxlanRcv(vs, skb, info));
    v.sockOpen = true;
    vxlanIgmpJoin(v);
  },
  ndoStop(dev) {
    const v = dev.priv as VxlanPriv;
    vxlanIgmpLeave(v, dev, vxlansOf(v.net));
    const v6 = vxlanIsIpv6(v.cfg);
    const vs = vxlanSockFor(v.net, v.cfg.dstPort, v6);
    if (vs.byVni.get(v.cfg.vni) === dev) vs.byVni.delete(v.cfg.vni);
    if (vs.byVni.size === 0) {
      if (v6) udp6TunnelUnregister(v.net, v.cfg.dstPort);
      else udpTunnelUnregister(v.net, v.cfg.dstPort);
    }
    v.sockOpen = false;
    v.fdb.flush(false);
  },
  ndoStartXmit(skb, dev) {
    vxlanXmit(skb, dev, dev.priv as VxlanPriv);
    return "OK";
  },
  getLinkNet(dev) {
    return (dev.priv as VxlanPriv).net;
  },
  linkSettingsDev(dev) {
    // vxlan_get_link_ksettings(): the lower device's settings, or an unknown speed without one.
    return vxlanLower(dev.priv as VxlanPriv);
  },
  ndoChangeMtu(dev, mtu) {
    const v = dev.priv as VxlanPriv;
    const lower = vxlanLower(v);
    if (lower && mtu > lower.mtu - vxlanHeadroom(v.cfg)) {
      // vxlan_change_mtu() refuses before anything changes; the core already stored it.
      dev.mtu = v.mtu;
      throw kerr("EINVAL");
    }
    v.mtu = mtu;
  },
  fillInfo(dev, li) {
    li.IFLA_INFO_DATA = { kind: "vxlan", vx: vxlanFillInfo(dev.priv as VxlanPriv) };
  },
  ndoFdbAdd(dev, req) {
    vxlanFdbAdd(dev, dev.priv as VxlanPriv, req);
  },
  ndoFdbDel(dev, req) {
    const v = dev.priv as VxlanPriv;
    if (!req.NDA_LLADDR) throw kerr("EINVAL");
    const rd = req.NDA_DST !== undefined ? { ip: req.NDA_DST, port: req.NDA_PORT ?? 0, vni: req.NDA_VNI ?? v.cfg.vni, ifindex: req.NDA_IFINDEX ?? 0 } : undefined;
    v.fdb.delete(req.NDA_LLADDR, rd, nowOf(dev));
  },
  ndoFdbDump(dev) {
    return vxlanFdbDump(dev, dev.priv as VxlanPriv);
  },
  /** vxlan_fdb_delete_bulk(): the entries whose state and flags match under their masks, every remote notified. */
  ndoFdbDelBulk(dev, req: RtmDelNeighBridgeBulk) {
    const v = dev.priv as VxlanPriv;
    const flags = req.ndm_flags & ~(NTF_MASTER | NTF_SELF);
    if (flags & ~NTF_EXT_LEARNED) throw kerr("EINVAL", "Unsupported fdb flush ndm flag bits set");
    if (req.ndm_state & ~(NUD_PERMANENT | NUD_NOARP)) throw kerr("EINVAL", "Unsupported fdb flush ndm state bits set");
    v.fdb.flushMatching(req.ndm_state, req.NDA_NDM_STATE_MASK ?? 0, flags, req.NDA_NDM_FLAGS_MASK ?? 0);
  },
};

/** vxlan_fdb_add(): the remote comes from NDA_DST (required), NDA_PORT, NDA_VNI, NDA_IFINDEX. */
function vxlanFdbAdd(dev: NetDevice, v: VxlanPriv, req: RtmNewNeighBridge): void {
  if (!(req.ndm_state & (NUD_PERMANENT | NUD_REACHABLE))) throw kerr("EINVAL");
  if (req.NDA_DST === undefined || !req.NDA_LLADDR) throw kerr("EINVAL");
  if (req.NDA_IFINDEX !== undefined && !devGetByIndex(v.net, req.NDA_IFINDEX)) throw kerr("EADDRNOTAVAIL");
  const rd: VxlanRdst = { ip: req.NDA_DST, port: req.NDA_PORT ?? 0, vni: req.NDA_VNI ?? v.cfg.vni, ifindex: req.NDA_IFINDEX ?? 0 };
  v.fdb.update(req.NDA_LLADDR, rd, req.ndm_state, req.ndm_flags & ~0x01, req.nlmsg_flags, nowOf(dev));
}

/** vxlan_fdb_dump() + vxlan_fdb_info(): one message per remote. */
function vxlanFdbDump(dev: NetDevice, v: VxlanPriv): BrFdbMsg[] {
  const now = nowOf(dev);
  const out: BrFdbMsg[] = [];
  const linkNetnsid = v.net !== dev.net ? peernet2idAlloc(dev.net, v.net) : undefined;
  for (const f of v.fdb.list(now)) {
    for (const rd of f.remotes) {
      const m: BrFdbMsg = { ndm_ifindex: dev.ifindex, ndm_state: f.state, ndm_flags: f.flags, NDA_LLADDR: f.mac.slice() };
      if (rd.ip) m.NDA_DST = rd.ip;
      if (rd.port && rd.port !== v.cfg.dstPort) m.NDA_PORT = rd.port;
      if (rd.vni !== v.cfg.vni) m.NDA_VNI = rd.vni;
      if (rd.ifindex) m.NDA_IFINDEX = rd.ifindex;
      if (linkNetnsid !== undefined) m.NDA_LINK_NETNSID = linkNetnsid;
      m.NDA_CACHEINFO = {
        ndm_used: Math.floor((now - f.used) / 10_000_000),
        ndm_confirmed: 0,
        ndm_updated: Math.floor((now - f.updated) / 10_000_000),
        ndm_refcnt: 0,
      };
      out.push(m);
    }
  }
  return out;
}

export function vxlanFillInfo(v: VxlanPriv): IflaVxlanInfo {
  const c = v.cfg;
  const info: IflaVxlanInfo = {
    IFLA_VXLAN_ID: c.vni,
    IFLA_VXLAN_LINK: c.remoteIfindex,
    IFLA_VXLAN_PORT_RANGE: { low: c.portMin, high: c.portMax },
    IFLA_VXLAN_PORT: c.dstPort,
    IFLA_VXLAN_LEARNING: c.learning ? 1 : 0,
    IFLA_VXLAN_PROXY: c.proxy ? 1 : 0,
    IFLA_VXLAN_RSC: c.rsc ? 1 : 0,
    IFLA_VXLAN_L2MISS: c.l2miss ? 1 : 0,
    IFLA_VXLAN_L3MISS: c.l3miss ? 1 : 0,
    IFLA_VXLAN_TOS: c.tos,
    IFLA_VXLAN_TTL: c.ttl,
    IFLA_VXLAN_TTL_INHERIT: c.ttlInherit ? 1 : 0,
    IFLA_VXLAN_DF: c.df,
    IFLA_VXLAN_LABEL: c.label,
    IFLA_VXLAN_AGEING: c.ageing,
    IFLA_VXLAN_LIMIT: c.limit,
    IFLA_VXLAN_UDP_CSUM: c.udpCsum ? 1 : 0,
    IFLA_VXLAN_UDP_ZERO_CSUM6_TX: c.zeroCsum6Tx ? 1 : 0,
    IFLA_VXLAN_UDP_ZERO_CSUM6_RX: c.zeroCsum6Rx ? 1 : 0,
    IFLA_VXLAN_REMCSUM_TX: c.remcsumTx ? 1 : 0,
    IFLA_VXLAN_REMCSUM_RX: c.remcsumRx ? 1 : 0,
    IFLA_VXLAN_COLLECT_METADATA: c.external ? 1 : 0,
  };
  if (typeof c.remote === "bigint") {
    if (c.remote) info.IFLA_VXLAN_GROUP6 = c.remote;
  } else if (c.remote) info.IFLA_VXLAN_GROUP = c.remote;
  if (typeof c.saddr === "bigint") {
    if (c.saddr) info.IFLA_VXLAN_LOCAL6 = c.saddr;
  } else if (c.saddr) info.IFLA_VXLAN_LOCAL = c.saddr;
  return info;
}

/** vxlan_nl2conf(): a request's attributes over defaults (or over the current config on change). */
function nl2conf(d: VxlanRequestData, base: VxlanConfig | undefined): VxlanConfig {
  if (base) {
    if (d.IFLA_VXLAN_ID !== undefined && d.IFLA_VXLAN_ID !== base.vni) throw kerr("EOPNOTSUPP", "Cannot change VNI");
    for (const [k, what] of [
      ["IFLA_VXLAN_PORT", "Cannot change port"],
      ["IFLA_VXLAN_PORT_RANGE", "Cannot change port range"],
    ] as const) {
      if (d[k] !== undefined) throw kerr("EOPNOTSUPP", what);
    }
  }
  if (!base && d.IFLA_VXLAN_ID === undefined) throw kerr("EINVAL", "Required attributes not provided to perform the operation");
  const c: VxlanConfig = base
    ? { ...base }
    : {
        vni: d.IFLA_VXLAN_ID!,
        remote: 0,
        saddr: 0,
        remoteIfindex: 0,
        portMin: 0,
        portMax: 0,
        dstPort: LINUX_VXLAN_UDP_PORT,
        learning: true,
        proxy: false,
        rsc: false,
        l2miss: false,
        l3miss: false,
        tos: 0,
        ttl: 0,
        ttlInherit: false,
        df: VXLAN_DF_UNSET,
        label: 0,
        ageing: FDB_AGE_DEFAULT,
        limit: 0,
        udpCsum: true,
        zeroCsum6Tx: false,
        zeroCsum6Rx: false,
        remcsumTx: false,
        remcsumRx: false,
        external: false,
      };
  if (d.IFLA_VXLAN_GROUP !== undefined) {
    if (base && typeof base.remote === "bigint") throw kerr("EOPNOTSUPP", "New group address family does not match old group");
    c.remote = d.IFLA_VXLAN_GROUP;
  } else if (d.IFLA_VXLAN_GROUP6 !== undefined) {
    if (base && typeof base.remote === "number") throw kerr("EOPNOTSUPP", "New group address family does not match old group");
    c.remote = d.IFLA_VXLAN_GROUP6;
  }
  // the local address may change (6.x), within its family (recorded: IPv6 `local` changed, the peer learns the new one)
  if (d.IFLA_VXLAN_LOCAL !== undefined) {
    if (base && typeof base.saddr === "bigint") throw kerr("EOPNOTSUPP", "New local address family does not match old");
    c.saddr = d.IFLA_VXLAN_LOCAL;
  } else if (d.IFLA_VXLAN_LOCAL6 !== undefined) {
    if (base && typeof base.saddr === "number") throw kerr("EOPNOTSUPP", "New local address family does not match old");
    c.saddr = d.IFLA_VXLAN_LOCAL6;
  }
  if (d.IFLA_VXLAN_LINK !== undefined) c.remoteIfindex = d.IFLA_VXLAN_LINK;
  if (d.IFLA_VXLAN_PORT_RANGE) {
    const { low, high } = d.IFLA_VXLAN_PORT_RANGE;
    if (high < low) throw kerr("EINVAL", "Invalid source port range");
    c.portMin = low;
    c.portMax = high;
  }
  if (d.IFLA_VXLAN_PORT !== undefined) c.dstPort = d.IFLA_VXLAN_PORT || LINUX_VXLAN_UDP_PORT;
  if (d.IFLA_VXLAN_LEARNING !== undefined) c.learning = d.IFLA_VXLAN_LEARNING !== 0;
  if (d.IFLA_VXLAN_PROXY !== undefined) c.proxy = d.IFLA_VXLAN_PROXY !== 0;
  if (d.IFLA_VXLAN_RSC !== undefined) c.rsc = d.IFLA_VXLAN_RSC !== 0;
  if (d.IFLA_VXLAN_L2MISS !== undefined) c.l2miss = d.IFLA_VXLAN_L2MISS !== 0;
  if (d.IFLA_VXLAN_L3MISS !== undefined) c.l3miss = d.IFLA_VXLAN_L3MISS !== 0;
  if (d.IFLA_VXLAN_TOS !== undefined) c.tos = d.IFLA_VXLAN_TOS;
  if (d.IFLA_VXLAN_TTL !== undefined) {
    c.ttl = d.IFLA_VXLAN_TTL;
    c.ttlInherit = false;
  }
  if (d.IFLA_VXLAN_TTL_INHERIT !== undefined) c.ttlInherit = d.IFLA_VXLAN_TTL_INHERIT !== 0;
  if (d.IFLA_VXLAN_DF !== undefined) c.df = d.IFLA_VXLAN_DF;
  if (d.IFLA_VXLAN_LABEL !== undefined) c.label = d.IFLA_VXLAN_LABEL;
  // An ageing of 0 is taken as "not given": the default stays (recorded: `ageing 0` shows 300).
  if (d.IFLA_VXLAN_AGEING) c.ageing = d.IFLA_VXLAN_AGEING;
  if (d.IFLA_VXLAN_LIMIT !== undefined) c.limit = d.IFLA_VXLAN_LIMIT;
  if (d.IFLA_VXLAN_UDP_CSUM !== undefined) c.udpCsum = d.IFLA_VXLAN_UDP_CSUM !== 0;
  if (d.IFLA_VXLAN_UDP_ZERO_CSUM6_TX !== undefined) c.zeroCsum6Tx = d.IFLA_VXLAN_UDP_ZERO_CSUM6_TX !== 0;
  if (d.IFLA_VXLAN_UDP_ZERO_CSUM6_RX !== undefined) c.zeroCsum6Rx = d.IFLA_VXLAN_UDP_ZERO_CSUM6_RX !== 0;
  if (d.IFLA_VXLAN_REMCSUM_TX !== undefined) c.remcsumTx = d.IFLA_VXLAN_REMCSUM_TX !== 0;
  if (d.IFLA_VXLAN_REMCSUM_RX !== undefined) c.remcsumRx = d.IFLA_VXLAN_REMCSUM_RX !== 0;
  if (d.IFLA_VXLAN_COLLECT_METADATA !== undefined) c.external = d.IFLA_VXLAN_COLLECT_METADATA !== 0;
  return c;
}

/** vxlan_config_validate(): lower device, multicast needs it, one VNI per port. */
function validate(net: NetNamespace, c: VxlanConfig, self: NetDevice | undefined): NetDevice | undefined {
  let lower: NetDevice | undefined;
  if (c.remoteIfindex) {
    lower = devGetByIndex(net, c.remoteIfindex);
    if (!lower) throw kerr("ENODEV", "Invalid local interface, device not found");
  }
  // an unset address takes the other's family; the two must then agree
  if (c.remote === 0 && typeof c.saddr === "bigint") c.remote = 0n;
  if (c.saddr === 0 && typeof c.remote === "bigint") c.saddr = 0n;
  if (typeof c.saddr !== typeof c.remote) throw kerr("EINVAL", "Local and remote address must be from the same family");
  if (isMcast(c.saddr)) throw kerr("EINVAL", "Local address cannot be multicast");
  if (isMcast(c.remote) && !lower) throw kerr("EINVAL", "Local interface required for multicast remote destination");
  for (const d of vxlansOf(net)) {
    if (d === self) continue;
    const o = (d.priv as VxlanPriv).cfg;
    // vxlan_vni_in_use(): same VNI and port and the same receive flags; the
    // lower device only separates IPv6 link-local tunnels (IPv4 only here).
    if (o.vni === c.vni && o.dstPort === c.dstPort && o.remcsumRx === c.remcsumRx && vxlanIsIpv6(o) === vxlanIsIpv6(c)) {
      throw kerr("EEXIST", "A VXLAN device with the specified VNI already exists");
    }
  }
  return lower;
}

export interface VxlanNewlink {
  name: string;
  net: NetNamespace;
  /** Where the request came from: the socket, lower device and routes live there. */
  srcNet: NetNamespace;
  data: VxlanRequestData;
  mac: Uint8Array;
  addrSet: boolean;
  mtu?: number;
  ifindex: number;
}

/** vxlan_newlink() -> __vxlan_dev_create(). */
export function vxlanNewlink(r: VxlanNewlink): NetDevice {
  const cfg = nl2conf(r.data, undefined);
  const lower = validate(r.srcNet, cfg, undefined);
  const dev = allocEtherdev(VXLAN_OPS, r.name, r.net);
  dev.maxMtu = ETH_MAX_MTU;
  dev.addr = r.mac;
  dev.addrAssignType = r.addrSet ? "SET" : "RANDOM";
  dev.numTxQueues = 1;
  dev.numRxQueues = 1;
  // gso/tso limits follow the lower device (netif_inherit_tso_max); none: the legacy 64k.
  dev.tsoMaxSize = lower ? lower.tsoMaxSize : 65536;
  dev.mtu = lower ? Math.max(lower.mtu - vxlanHeadroom(cfg), dev.minMtu) : ETH_DATA_LEN;
  if (r.mtu !== undefined) {
    vxlanCheckMtu(dev, cfg, r.srcNet, r.mtu);
    dev.mtu = r.mtu;
  }
  const priv: VxlanPriv = { cfg, net: r.srcNet, fdb: new VxlanFdb(cfg.ageing, cfg.limit), sockOpen: false, mtu: dev.mtu };
  dev.priv = priv;
  registerNetdevice(dev, r.ifindex);
  vxlanList(r.srcNet).add(dev);
  // vxlan_fdb_notify() -> vxlan_fdb_info(): AF_BRIDGE, the MAC and the remote (even 0.0.0.0), in dev_net.
  priv.fdb.notify = (type, f, rd) =>
    rtnlNeighNotify(dev.net, {
      type,
      ndm_family: 7,
      ndm_ifindex: dev.ifindex,
      ndm_state: f.state,
      ndm_flags: f.flags,
      NDA_LLADDR: f.mac.slice(),
      NDA_DST: typeof rd.ip === "bigint" ? { family: 6, addr: rd.ip } : { family: 4, addr: rd.ip },
    });
  // The default destination is the all-zeros entry (vxlan_fdb_create at newlink).
  if (cfg.remote) {
    priv.fdb.update(
      ZERO_MAC,
      { ip: cfg.remote, port: 0, vni: cfg.vni, ifindex: cfg.remoteIfindex },
      NUD_REACHABLE | NUD_PERMANENT,
      NTF_SELF,
      NLM_F_CREATE,
      nowOf(dev),
    );
  }
  return dev;
}

/** vxlan_changelink(): what may change after creation (not VNI, ports, local). */
export function vxlanChangelink(dev: NetDevice, d: VxlanRequestData): void {
  const v = dev.priv as VxlanPriv;
  const cfg = nl2conf(d, v.cfg);
  validate(v.net, cfg, dev);
  const oldRemote = v.cfg.remote;
  v.cfg = cfg;
  v.fdb.ageing = cfg.ageing;
  v.fdb.limit = cfg.limit;
  if (cfg.remote !== oldRemote) {
    const now = nowOf(dev);
    if (oldRemote) {
      try {
        v.fdb.delete(ZERO_MAC, { ip: oldRemote, port: 0, vni: cfg.vni, ifindex: 0 }, now);
      } catch {
        // The default entry may have been deleted by hand.
      }
    }
    if (cfg.remote) v.fdb.update(ZERO_MAC, { ip: cfg.remote, port: 0, vni: cfg.vni, ifindex: cfg.remoteIfindex }, NUD_REACHABLE | NUD_PERMANENT, NTF_SELF, NLM_F_CREATE | 0x800, now);
  }
}

/** vxlan_change_mtu(): bounded by the lower device less the headroom (EINVAL, no message). */
export function vxlanCheckMtu(dev: NetDevice, cfg: VxlanConfig, net: NetNamespace, mtu: number): void {
  const lower = cfg.remoteIfindex ? devGetByIndex(net, cfg.remoteIfindex) : undefined;
  if (lower && mtu > lower.mtu - vxlanHeadroom(cfg)) throw kerr("EINVAL");
  if (mtu < dev.minMtu) throw kerr("EINVAL", "mtu less than device minimum");
  if (mtu > dev.maxMtu) throw kerr("EINVAL", "mtu greater than device maximum");
}

// vxlan_netdevice_event(NETDEV_UNREGISTER): a lower device going takes its vxlans with it.
registerNetdevNotifier((event, dev) => {
  if (event !== "UNREGISTER") return;
  const list = dev.net.get<Set<NetDevice> | undefined>("vxlan_list", () => undefined);
  if (list) {
    for (const d of vxlansOf(dev.net)) {
      const v = d.priv as VxlanPriv;
      if (v.cfg.remoteIfindex === dev.ifindex && d !== dev && d.regState === "REGISTERED") deleteLink(d);
    }
  }
}, ["UNREGISTER"]);
