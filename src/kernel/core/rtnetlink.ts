// The rtnetlink handlers (net/core/rtnetlink.c, net_namespace.c's RTM_*NSID):
// the one door between the tools and the device model. A request is a typed
// message from src/uapi/rtnetlink.ts, made in the requesting task's namespace;
// the answer is a typed reply, or a KernelError (errno + extack) that the tool
// renders. rtnlTalk() is the "sendmsg + recvmsg" a tool calls.

import { kerr, KernelError } from "../../uapi/errno.js";
import {
  IF_OPER_DOWN,
  type IfInfoMsg,
  type IflaLinkInfo,
} from "../../uapi/if_link.js";
import {
  NLM_F_CREATE,
  NLM_F_EXCL,
  RTEXT_FILTER_SKIP_STATS,
  type IflaRequestAttrs,
  type RtmDelLink,
  type RtmGetLink,
  type RtmNewLink,
  type RtnlReply,
  type RtnlRequest,
} from "../../uapi/rtnetlink.js";
import { brChangelink, brNewBridge } from "../bridge/br_device.js";
import { fdbEntries } from "../bridge/br_fdb.js";
import { brPortSlaveChangelink, rtnlBridgeSetlink } from "../bridge/br_netlink.js";
import { brOf } from "../bridge/br_private.js";
import { dummySetup } from "../drivers/dummy.js";
import { ifbSetup } from "../drivers/ifb.js";
import { vxlanChangelink, vxlanNewlink } from "../drivers/vxlan/vxlan_dev.js";
import { macvlanChangelink, macvlanNewlink } from "../drivers/macvlan/macvlan_dev.js";
import { vethNewlink, type VethEnd } from "../drivers/veth.js";
import { nsOfFd, taskByPid } from "../fs/nsfs.js";
import "../net-init.js";
import type { Task } from "../task/task.js";
import {
  deleteLink,
  devChangeFlags,
  devChangeName,
  callNetdevNotifiers,
  devChangeNetNamespace,
  devGetByIndex,
  devGetByName,
  devGetFlags,
  devList,
  devListByIndex,
  devSetGroup,
  devSetMacAddress,
  devSetMtu,
  devValidateMtu,
  registerNetdevice,
  rtnlConfigureLink,
  rtnlCreate,
  setLinkNotify,
} from "./dev.js";
import { linkwatchHold, linkwatchRelease, linkwatchSyncDev } from "./link_watch.js";
import { rtnlLinkGroup } from "./rtnl_notify.js";
import { familyLinkDump, inet6Af } from "./rtnl_link_dump.js";
import { rtnlLinkprop } from "./rtnl_linkprop.js";
import { devAltnames } from "./altname.js";
import { netCore, netnsSetId, peernet2id, peernet2idAlloc } from "./net_namespace.js";
import type { NetDevice } from "./netdevice.js";
import type { NetNamespace } from "./netns.js";
import { utf8Length } from "../../wire/bytes.js";

/** Sends one request as `task` and returns the kernel's answer (throws KernelError). */
export function rtnlTalk(task: Task, req: RtnlRequest): RtnlReply {
  const net = task.netns;
  switch (req.type) {
    case "RTM_NEWLINK":
      underRtnl(net, () => rtnlNewlink(task, net, req));
      return { type: "ack" };
    case "RTM_DELLINK":
      underRtnl(net, () => rtnlDellink(net, req));
      return { type: "ack" };
    case "RTM_GETLINK":
      return { type: "links", links: rtnlGetlink(net, req) };
    case "RTM_NEWLINKPROP":
    case "RTM_DELLINKPROP":
      underRtnl(net, () => rtnlLinkprop(net, req));
      return { type: "ack" };
    case "RTM_NEWNSID": {
      const peer = nsidPeer(task, req.NETNSA_FD, req.NETNSA_PID);
      netnsSetId(net, peer, req.NETNSA_NSID);
      return { type: "ack" };
    }
    case "RTM_GETNSID": {
      // rtnl_net_getid(): a pid, else a fd, else an nsid of ours names the peer.
      let peer: NetNamespace | undefined;
      if (req.NETNSA_PID === undefined && req.NETNSA_FD === undefined && req.NETNSA_NSID !== undefined) {
        peer = netCore(net).nsids.get(req.NETNSA_NSID);
        if (!peer) throw new KernelError(2, "Peer netns reference is invalid");
      } else peer = nsidPeer(task, req.NETNSA_FD, req.NETNSA_PID);
      if (req.NETNSA_TARGET_NSID === undefined) return { type: "nsid", nsid: { NETNSA_NSID: peer === net ? -1 : peernet2id(net, peer) } };
      const target = netCore(net).nsids.get(req.NETNSA_TARGET_NSID);
      if (!target) throw new KernelError(22, "Target netns reference is invalid");
      const id = (n: NetNamespace, p: NetNamespace) => (n === p ? -1 : peernet2id(n, p));
      return { type: "nsid", nsid: { NETNSA_NSID: id(target, peer), NETNSA_CURRENT_NSID: id(net, peer) } };
    }
    case "RTM_GETNEIGH_BRIDGE": {
      const br = devGetByIndex(net, req.NDA_MASTER);
      if (!br) throw kerr("ENODEV");
      const b = brOf(br);
      if (!b) throw kerr("EOPNOTSUPP");
      const now = task.host.clock.now;
      // brctl's BRCTL_GET_FDB / brforward read (br_fdb_fillbuf): the bridge's own address,
      // an entry with no port (set by `ip link set BR address`), and expired entries are left out.
      return {
        type: "fdb",
        entries: fdbEntries(b, now).map((e) => ({
          ifindex: e.dst ? e.dst.dev.ifindex : br.ifindex,
          port_no: e.dst ? e.dst.portNo : 0,
          NDA_LLADDR: e.addr.slice(),
          is_local: e.isLocal,
          is_static: e.isStatic,
          ageing_cs: e.isLocal ? 0 : Math.floor((now - e.updated) / 10_000_000),
        })),
      };
    }
    case "RTM_SETLINK_BRIDGE": {
      const dev = devGetByIndex(net, req.ifi_index);
      if (!dev) throw kerr("ENODEV");
      rtnlBridgeSetlink(dev, req.protinfo, req.flags, req.vlan);
      return { type: "ack" };
    }
    case "RTM_GETNSID_DUMP": {
      if (req.NETNSA_TARGET_NSID === undefined) {
        return {
          type: "nsids",
          nsids: [...netCore(net).nsids.keys()].sort((a, b) => a - b).map((id) => ({ NETNSA_NSID: id })),
        };
      }
      // rtnl_valid_dump_net_req(): the target's ids, each with the one we give that peer.
      const target = netCore(net).nsids.get(req.NETNSA_TARGET_NSID);
      if (!target) throw new KernelError(22, "Invalid target network namespace id");
      return {
        type: "nsids",
        nsids: [...netCore(target).nsids.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([id, p]) => ({ NETNSA_NSID: id, NETNSA_CURRENT_NSID: p === net ? -1 : peernet2id(net, p) })),
      };
    }
  }
}

/** Which namespace an IFLA_NET_NS_FD / _PID (or NETNSA_FD / _PID) names. */
function targetNet(task: Task, fd: number | undefined, pid: number | undefined): NetNamespace {
  if (fd !== undefined) return nsOfFd(task, fd);
  if (pid !== undefined) return taskByPid(task, pid).netns;
  throw kerr("EINVAL");
}

/** rtnl_net_getid()/rtnl_net_newid(): the peer, or EINVAL "Peer netns reference is invalid". */
function nsidPeer(task: Task, fd: number | undefined, pid: number | undefined): NetNamespace {
  try {
    return targetNet(task, fd, pid);
  } catch (e) {
    if (e instanceof KernelError) throw new KernelError(e.errno, "Peer netns reference is invalid");
    throw e;
  }
}

function lookupDev(net: NetNamespace, ifindex: number, name: string | undefined): NetDevice | undefined {
  if (ifindex > 0) return devGetByIndex(net, ifindex);
  if (name !== undefined) return devGetByName(net, name);
  return undefined;
}

function randomMac(task: Task): () => Uint8Array {
  return () => task.host.rng.ethRandomAddr();
}

/** rtnl_newlink() */
/** ifla_policy[IFLA_IFNAME]: a string of at most IFNAMSIZ - 1 bytes. */
function checkPolicy(a: IflaRequestAttrs): void {
  const names = [a.IFLA_IFNAME];
  const li = a.IFLA_LINKINFO;
  if (li?.IFLA_INFO_KIND === "veth") names.push(li.IFLA_INFO_DATA?.VETH_INFO_PEER?.attrs.IFLA_IFNAME);
  for (const n of names) {
    if (n !== undefined && utf8Length(n) >= 16) {
      throw kerr("EINVAL", "Attribute failed policy validation");
    }
  }
}

function rtnlNewlink(task: Task, net: NetNamespace, req: RtmNewLink): void {
  const a = req.attrs;
  checkPolicy(a);
  // rtnl_newlink() takes the target namespace first; a create request naming its device
  // (not by index) looks for it there (6.14+: "Lookup device in target netns when creating
  // link"), so `ip link add v0 netns red ...` does not clash with the caller's v0.
  const nsGiven = a.IFLA_NET_NS_FD !== undefined || a.IFLA_NET_NS_PID !== undefined;
  const lookupNet =
    nsGiven && req.nlmsg_flags & NLM_F_CREATE && !(req.ifi_index > 0) ? targetNet(task, a.IFLA_NET_NS_FD, a.IFLA_NET_NS_PID) : net;
  const dev = lookupDev(lookupNet, req.ifi_index, a.IFLA_IFNAME);
  if (req.ifi_index > 0 && !dev) throw kerr("ENODEV");
  // The kind's ops->validate() runs before an existing device is looked at: veth_validate()
  // (an address of 6 bytes, not multicast or zero; an MTU within 68..65535).
  if (a.IFLA_LINKINFO?.IFLA_INFO_KIND === "veth") {
    if (a.IFLA_ADDRESS) checkAddr(a.IFLA_ADDRESS);
    if (a.IFLA_MTU !== undefined && (a.IFLA_MTU < 68 || a.IFLA_MTU > 65535)) throw kerr("EINVAL");
  }
  if (dev) {
    if (req.nlmsg_flags & NLM_F_EXCL) throw kerr("EEXIST");
    const kind = a.IFLA_LINKINFO?.IFLA_INFO_KIND;
    if (kind !== undefined && kind !== dev.ops.kind) throw kerr("EOPNOTSUPP");
    if (a.IFLA_LINKINFO?.IFLA_INFO_KIND === "bridge" && a.IFLA_LINKINFO.IFLA_INFO_DATA) {
      brChangelink(dev, a.IFLA_LINKINFO.IFLA_INFO_DATA);
    }
    if (a.IFLA_LINKINFO?.IFLA_INFO_KIND === "vxlan" && a.IFLA_LINKINFO.IFLA_INFO_DATA) {
      vxlanChangelink(dev, a.IFLA_LINKINFO.IFLA_INFO_DATA);
    }
    if (a.IFLA_LINKINFO?.IFLA_INFO_KIND === "macvlan" && a.IFLA_LINKINFO.IFLA_INFO_DATA) {
      macvlanChangelink(dev, a.IFLA_LINKINFO.IFLA_INFO_DATA);
    }
    // The master's slave_changelink (br_port_slave_changelink); none without a master.
    if (a.IFLA_INFO_SLAVE) brPortSlaveChangelink(dev, a.IFLA_INFO_SLAVE.data);
    doSetlink(task, dev, req.ifi_flags, req.ifi_change, a);
    return;
  }
  if (!(req.nlmsg_flags & NLM_F_CREATE)) throw kerr("ENODEV");
  rtnlCreate(() => rtnlNewlinkCreate(task, net, req));
}

/**
 * A request that changes links runs under the rtnl lock: the linkwatch work it
 * queues (carrier changes: a new veth's ends, a closed veth's peer) needs that
 * lock and runs once the request is done, its NETDEV_CHANGE and RTM_NEWLINK
 * after the request's own.
 */
function underRtnl(net: NetNamespace, fn: () => void): void {
  const host = netCore(net).host;
  linkwatchHold(host);
  try {
    fn();
  } finally {
    linkwatchRelease(host);
  }
}

/** rtnl_newlink_create(): the new device, configured and announced once. */
function rtnlNewlinkCreate(task: Task, net: NetNamespace, req: RtmNewLink): void {
  const a = req.attrs;
  const li = a.IFLA_LINKINFO;
  if (!li) throw kerr("EOPNOTSUPP");
  // rtnl_create_link(): a netns attribute on creation makes the device there.
  const destNet =
    a.IFLA_NET_NS_FD !== undefined || a.IFLA_NET_NS_PID !== undefined
      ? targetNet(task, a.IFLA_NET_NS_FD, a.IFLA_NET_NS_PID)
      : net;
  const name = a.IFLA_IFNAME ?? `${li.IFLA_INFO_KIND}%d`;
  // An IPv6 part (IFLA_AF_SPEC: `ip link add ... addrgenmode M`) is refused on a new
  // device, which has no inet6_dev yet, and nothing is made (recorded:
  // test/golden/ip/addrgenmode.sh).
  if (a.IFLA_INET6_ADDR_GEN_MODE !== undefined) throw kerr("EAFNOSUPPORT");
  let created: NetDevice;
  switch (li.IFLA_INFO_KIND) {
    case "veth": {
      const p = li.IFLA_INFO_DATA?.VETH_INFO_PEER;
      const pa = p?.attrs ?? {};
      const peerNet =
        pa.IFLA_NET_NS_FD !== undefined || pa.IFLA_NET_NS_PID !== undefined
          ? targetNet(task, pa.IFLA_NET_NS_FD, pa.IFLA_NET_NS_PID)
          : // veth_newlink(): rtnl_link_get_net(src_net, tbp) -- without a peer
            // netns the peer stays in the requester's namespace, not the device's.
            net;
      const end = (n: string, nn: NetNamespace, at: IflaRequestAttrs, idx: number): VethEnd => ({
        name: n,
        net: nn,
        addr: at.IFLA_ADDRESS,
        mtu: at.IFLA_MTU,
        txqueuelen: at.IFLA_TXQLEN,
        ifindex: idx,
        numTxQueues: at.IFLA_NUM_TX_QUEUES,
        numRxQueues: at.IFLA_NUM_RX_QUEUES,
      });
      if (a.IFLA_ADDRESS) checkAddr(a.IFLA_ADDRESS);
      if (pa.IFLA_ADDRESS) checkAddr(pa.IFLA_ADDRESS);
      created = vethNewlink(
        end(name, destNet, a, req.ifi_index),
        end(pa.IFLA_IFNAME ?? "veth%d", peerNet, pa, p?.ifi_index ?? 0),
        randomMac(task),
      );
      break;
    }
    case "bridge": {
      created = brNewBridge(name, destNet, task.host.rng.ethRandomAddr(), req.ifi_index);
      if (a.IFLA_MTU !== undefined) {
        // rtnl_create_link(): the MTU is set before registration, not through
        // ndo_change_mtu, so the bridge still follows its ports' MTU.
        try {
          devValidateMtu(created, a.IFLA_MTU);
        } catch (e) {
          deleteLink(created);
          throw e;
        }
        if (created.mtu !== a.IFLA_MTU) {
          created.mtu = a.IFLA_MTU;
          callNetdevNotifiers("CHANGEMTU", created);
        }
      }
      if (li.IFLA_INFO_DATA) {
        // br_dev_newlink(): registered first, deleted again if br_changelink fails.
        try {
          brChangelink(created, li.IFLA_INFO_DATA);
        } catch (e) {
          deleteLink(created);
          throw e;
        }
      }
      if (a.IFLA_ADDRESS) devSetMacAddress(created, a.IFLA_ADDRESS);
      break;
    }
    case "vxlan": {
      const data = li.IFLA_INFO_KIND === "vxlan" ? li.IFLA_INFO_DATA : undefined;
      if (a.IFLA_ADDRESS) checkAddr(a.IFLA_ADDRESS);
      created = vxlanNewlink({
        name,
        net: destNet,
        srcNet: net,
        data: data ?? {},
        mac: a.IFLA_ADDRESS ? a.IFLA_ADDRESS.slice() : task.host.rng.ethRandomAddr(),
        addrSet: a.IFLA_ADDRESS !== undefined,
        mtu: a.IFLA_MTU,
        ifindex: req.ifi_index,
      });
      break;
    }
    case "macvlan": {
      const data = li.IFLA_INFO_KIND === "macvlan" ? li.IFLA_INFO_DATA : undefined;
      if (a.IFLA_ADDRESS) checkAddr(a.IFLA_ADDRESS);
      created = macvlanNewlink({
        name,
        net: destNet,
        lower: a.IFLA_LINK !== undefined ? devGetByIndex(net, a.IFLA_LINK) : undefined,
        data: data ?? {},
        mac: a.IFLA_ADDRESS,
        randomMac: task.host.rng.ethRandomAddr(),
        mtu: a.IFLA_MTU,
        ifindex: req.ifi_index,
      });
      break;
    }
    case "tun":
      // tun_validate(): tun/tap devices come from /dev/net/tun (ip tuntap), not rtnetlink.
      throw kerr("EOPNOTSUPP", "tun/tap creation via rtnetlink is not supported.");
    case "dummy":
    case "ifb": {
      const setup = li.IFLA_INFO_KIND === "ifb" ? ifbSetup : dummySetup;
      const d = setup(name, destNet, a.IFLA_ADDRESS ? a.IFLA_ADDRESS.slice() : task.host.rng.ethRandomAddr());
      if (a.IFLA_ADDRESS) d.addrAssignType = "SET";
      if (a.IFLA_MTU !== undefined) d.mtu = a.IFLA_MTU;
      // alloc_netdev_mqs(): the queue counts asked for (real = all of them).
      if (a.IFLA_NUM_TX_QUEUES) d.numTxQueues = a.IFLA_NUM_TX_QUEUES;
      if (a.IFLA_NUM_RX_QUEUES) d.numRxQueues = a.IFLA_NUM_RX_QUEUES;
      registerNetdevice(d, req.ifi_index);
      created = d;
      break;
    }
    default:
      // request_module("rtnl-link-%s") found nothing.
      throw kerr("EOPNOTSUPP", "Unknown device type.");
  }
  if (a.IFLA_TXQLEN !== undefined) created.txqueuelen = a.IFLA_TXQLEN >>> 0;
  if (a.IFLA_IFALIAS !== undefined) created.alias = a.IFLA_IFALIAS || undefined;
  if (a.IFLA_GROUP !== undefined) devSetGroup(created, a.IFLA_GROUP);
  // rtnl_configure_link(): flags (up) after registration and the announcement, then the master.
  rtnlConfigureLink(created, req.ifi_flags, req.ifi_change);
  if (a.IFLA_MASTER !== undefined) doSetMaster(created, a.IFLA_MASTER);
}

function checkAddr(addr: Uint8Array): void {
  if (addr.length !== 6) throw kerr("EINVAL");
  if ((addr[0]! & 1) === 1 || addr.every((b) => b === 0)) throw kerr("EADDRNOTAVAIL");
}

/** do_set_master() */
function doSetMaster(dev: NetDevice, ifindex: number): void {
  const upper = dev.master;
  if (upper && upper.ifindex !== ifindex) {
    upper.ops.ndoDelSlave?.(upper, dev);
  }
  if (ifindex && (!dev.master || dev.master.ifindex !== ifindex)) {
    const m = devGetByIndex(dev.net, ifindex);
    if (!m) throw kerr("EINVAL");
    if (!m.ops.ndoAddSlave) throw kerr("EOPNOTSUPP");
    let msg: string | undefined;
    try {
      m.ops.ndoAddSlave(m, dev, (s) => (msg = s));
    } catch (e) {
      if (e instanceof KernelError && msg && !e.extack) throw new KernelError(e.errno, msg);
      throw e;
    }
  }
}

/** do_setlink(), in the kernel's order: namespace, address, MTU, name, alias, flags, master, txqlen, IFLA_AF_SPEC. */
function doSetlink(task: Task, dev: NetDevice, flags: number, change: number, a: IflaRequestAttrs): void {
  // validate_linkmsg(): the address families' parts are checked before anything changes.
  const genMode = a.IFLA_INET6_ADDR_GEN_MODE;
  const token = a.IFLA_INET6_TOKEN;
  if (genMode !== undefined || token !== undefined) {
    if (!inet6Af.ops) throw kerr("EAFNOSUPPORT");
    inet6Af.ops.validateLinkAf(dev);
    if (genMode !== undefined) inet6Af.ops.validateAddrGenMode(dev, genMode);
  }
  if (a.IFLA_NET_NS_FD !== undefined || a.IFLA_NET_NS_PID !== undefined) {
    const dest = targetNet(task, a.IFLA_NET_NS_FD, a.IFLA_NET_NS_PID);
    devChangeNetNamespace(dev, dest, a.IFLA_NEW_IFINDEX ?? 0);
  }
  if (a.IFLA_ADDRESS) devSetMacAddress(dev, a.IFLA_ADDRESS);
  if (a.IFLA_MTU !== undefined) devSetMtu(dev, a.IFLA_MTU);
  if (a.IFLA_GROUP !== undefined) devSetGroup(dev, a.IFLA_GROUP);
  if (a.IFLA_IFNAME !== undefined && a.IFLA_IFNAME !== dev.name) devChangeName(dev, a.IFLA_IFNAME);
  if (a.IFLA_IFALIAS !== undefined) dev.alias = a.IFLA_IFALIAS || undefined;
  if (a.IFLA_BROADCAST) dev.broadcast = a.IFLA_BROADCAST.slice();
  if (flags || change) devChangeFlags(dev, flags, change);
  if (a.IFLA_MASTER !== undefined) doSetMaster(dev, a.IFLA_MASTER);
  // dev_change_tx_queue_len(): any u32 (`txqueuelen -1` is 4294967295, shown as qlen -1).
  if (a.IFLA_TXQLEN !== undefined) dev.txqueuelen = a.IFLA_TXQLEN >>> 0;
  // inet6_set_link_af(): the token first (an error stops there), then the mode.
  if (token !== undefined) inet6Af.ops!.setToken(dev, token);
  if (genMode !== undefined) inet6Af.ops!.setAddrGenMode(dev, genMode);
}

/** rtnl_dellink() */
function rtnlDellink(net: NetNamespace, req: RtmDelLink): void {
  const dev = lookupDev(net, req.ifi_index, req.attrs.IFLA_IFNAME);
  if (!dev) throw kerr("ENODEV");
  if (!dev.ops.kind) throw kerr("EOPNOTSUPP");
  deleteLink(dev);
}

/** rtnl_getlink() / rtnl_dump_ifinfo() */
function rtnlGetlink(net: NetNamespace, req: RtmGetLink): IfInfoMsg[] {
  const a = req.attrs;
  // A dump for a family with its own RTM_GETLINK dumpit (AF_INET6) goes there;
  // other families fall back to PF_UNSPEC's rtnl_dump_ifinfo, a get always does.
  const familyDump = req.dump && req.ifi_family ? familyLinkDump(req.ifi_family) : undefined;
  if (familyDump) return familyDump(net);
  const skipStats = ((a.IFLA_EXT_MASK ?? 0) & RTEXT_FILTER_SKIP_STATS) !== 0;
  if (!req.dump) {
    const dev = lookupDev(net, req.ifi_index, a.IFLA_IFNAME);
    if (!dev) throw kerr("ENODEV");
    // rtnl_getlink() settles the device's pending linkwatch event first (a dump does not),
    // so `ip link show br0` already sees the operstate a carrier change leads to.
    linkwatchSyncDev(netCore(net).host, dev);
    return [rtnlFillIfinfo(dev, net, skipStats)];
  }
  return devListByIndex(net)
    .filter((d) => !a.IFLA_MASTER || d.master?.ifindex === a.IFLA_MASTER)
    .filter((d) => a.IFLA_INFO_KIND === undefined || d.ops.kind === a.IFLA_INFO_KIND)
    .map((d) => rtnlFillIfinfo(d, net, skipStats));
}

/**
 * RTM_GETLINK for one device (by index, else IFLA_IFNAME) when the caller reads
 * only ifi_index from the reply (iproute2's ll_name_to_index()): the same
 * lookup, ENODEV, pending linkwatch event and netnsid allocation as
 * rtnlTalk + rtnlFillIfinfo, without building the message nobody reads. The
 * rest of the fill only reads state. test/netdev/getlink-index.test.ts
 * checks it against the full path.
 */
export function rtnlGetlinkIfindex(task: Task, ifindex: number, name: string | undefined): number {
  const net = task.netns;
  const dev = lookupDev(net, ifindex, name);
  if (!dev) throw kerr("ENODEV");
  linkwatchSyncDev(netCore(net).host, dev);
  // rtnl_fill_ifinfo()'s one effect: a link-netnsid is allocated for the peer's namespace.
  const linkNet = dev.ops.getLinkNet?.(dev);
  if (linkNet && linkNet !== dev.net) peernet2idAlloc(net, linkNet);
  return dev.ifindex;
}

// rtmsg_ifinfo(): the RTM_NEWLINK/RTM_DELLINK an RTNLGRP_LINK listener (`ip
// monitor link`) reads, built as the device is when it is sent. An unregistered
// device's qdisc is gone by then (dev_shutdown() before NETDEV_UNREGISTER).
setLinkNotify((type, dev, event) => {
  if (!rtnlLinkGroup.listening(dev.net)) return;
  const msg = rtnlFillIfinfo(dev, dev.net, true);
  if (type === "RTM_DELLINK") msg.IFLA_QDISC = "noop";
  if (event) msg.IFLA_EVENT = event;
  rtnlLinkGroup.notify(dev.net, { type, family: 0, msg });
});

/** rtnl_fill_ifinfo(): what the kernel tells userspace about one device. */
export function rtnlFillIfinfo(dev: NetDevice, srcNet: NetNamespace, skipStats: boolean): IfInfoMsg {
  const running = dev.isUp;
  const m: IfInfoMsg = {
    ifi_type: dev.type,
    ifi_index: dev.ifindex,
    ifi_flags: devGetFlags(dev),
    IFLA_IFNAME: dev.name,
    IFLA_TXQLEN: dev.txqueuelen,
    IFLA_OPERSTATE: running ? dev.operstate : IF_OPER_DOWN,
    IFLA_LINKMODE: dev.linkMode,
    IFLA_MTU: dev.mtu,
    IFLA_MIN_MTU: dev.minMtu,
    IFLA_MAX_MTU: dev.maxMtu,
    IFLA_GROUP: dev.group,
    IFLA_PROMISCUITY: dev.promiscuity,
    IFLA_ALLMULTI: dev.allmulti,
    IFLA_NUM_TX_QUEUES: dev.numTxQueues,
    IFLA_NUM_RX_QUEUES: dev.numRxQueues,
    IFLA_GSO_MAX_SIZE: dev.gsoMaxSize,
    IFLA_GSO_MAX_SEGS: dev.gsoMaxSegs,
    IFLA_TSO_MAX_SIZE: dev.tsoMaxSize,
    IFLA_TSO_MAX_SEGS: dev.tsoMaxSegs,
    IFLA_GRO_MAX_SIZE: dev.groMaxSize,
    IFLA_CARRIER: dev.carrier ? 1 : 0,
    IFLA_CARRIER_CHANGES: dev.carrierUpCount + dev.carrierDownCount,
    IFLA_QDISC: dev.qdisc.ops.id,
  };
  const genMode = inet6Af.ops?.fillAddrGenMode(dev);
  if (genMode !== undefined) m.IFLA_INET6_ADDR_GEN_MODE = genMode;
  // rtnl_fill_ifinfo(): no link-layer address attributes for a device without one (a tun).
  if (dev.addr.length) {
    m.IFLA_ADDRESS = dev.addr.slice();
    m.IFLA_BROADCAST = dev.broadcast.slice();
  }
  if (dev.permAddr) m.IFLA_PERM_ADDRESS = dev.permAddr.slice();
  if (dev.alias) m.IFLA_IFALIAS = dev.alias;
  const alt = devAltnames(dev);
  if (alt) m.IFLA_PROP_LIST = [...alt];
  if (dev.master) m.IFLA_MASTER = dev.master.ifindex;
  const linkNet = dev.ops.getLinkNet?.(dev);
  // rtnl_fill_link_ifindex(): IFLA_LINK whenever it differs, and always next to a link-netnsid
  // (a vxlan moved away from its socket's namespace shows `vxlan0@if3 … link-netnsid 0`, recorded).
  if (dev.iflink !== dev.ifindex || (linkNet && linkNet !== dev.net)) m.IFLA_LINK = dev.iflink;
  if (linkNet && linkNet !== dev.net) m.IFLA_LINK_NETNSID = peernet2idAlloc(srcNet, linkNet);
  if (!skipStats) m.IFLA_STATS64 = { ...dev.stats };
  if (dev.ops.kind || dev.slaveInfo) {
    const li: IflaLinkInfo = {};
    if (dev.ops.kind) {
      li.IFLA_INFO_KIND = dev.ops.kind;
      dev.ops.fillInfo?.(dev, li);
    }
    if (dev.slaveInfo) {
      const s = dev.slaveInfo();
      li.IFLA_INFO_SLAVE_KIND = s.kind;
      li.IFLA_INFO_SLAVE_DATA = { kind: "bridge", port: s.port };
    }
    m.IFLA_LINKINFO = li;
  }
  return m;
}
