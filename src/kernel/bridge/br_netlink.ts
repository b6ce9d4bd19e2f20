// net/bridge/br_netlink.c: br_setlink()/br_setport(), what `bridge link set`
// (RTM_SETLINK, family PF_BRIDGE, IFLA_PROTINFO) and
// `ip link set DEV type bridge_slave ...` change on a port: the flags first,
// then path cost, priority and state, each with the kernel's errno.

import { kerr } from "../../uapi/errno.js";
import type { BrportRequest } from "../../uapi/rtnetlink.js";
import type { NetDevice } from "../core/netdevice.js";
import { devGetByIndex } from "../core/dev.js";
import { fdbDeleteByPort } from "./br_fdb.js";
import { brRecalculateNeighSuppress } from "./br_arp_nd_proxy.js";
import { brMulticastSetPortRouter } from "./br_mcast_router.js";
import { brIfinfoNotify } from "./br_ifinfo.js";
import { brSetState, brStpPortStateSelection } from "./br_stp.js";
import { brStpSetPathCost, brStpSetPortPriority } from "./br_stp_if.js";
import { BR_STATE_BLOCKING, BR_STATE_DISABLED, brOf, netifOperUp, portOf, type NetBridgePort } from "./br_private.js";

const BRIDGE_FLAGS_SELF = 2;
/** BR_MIN_PATH_COST / BR_MAX_PATH_COST, BR_MAX_PORT_PRIORITY. */
const MIN_COST = 1;
const MAX_COST = 65535;
const MAX_PORT_PRIORITY = 63;

/** rtnl_bridge_setlink(): the port's master bridge does the work; "self" asks the device itself. */
export function rtnlBridgeSetlink(
  dev: NetDevice,
  protinfo: BrportRequest,
  flags: number,
  vlan?: { del: boolean; vid: number; vidEnd?: number },
): void {
  if (flags & BRIDGE_FLAGS_SELF) {
    // Only a bridge has ndo_bridge_setlink; on the bridge itself there is no port to change.
    if (!brOf(dev)) throw kerr("EOPNOTSUPP");
    if (vlan) brAfspecVlan(vlan);
    return;
  }
  const p = dev.master && brOf(dev.master) ? portOf(dev) : undefined;
  if (!p) throw kerr("EOPNOTSUPP");
  if (vlan) {
    brAfspecVlan(vlan);
    return;
  }
  brSetport(p, protinfo);
  // br_setlink(): a port changed is announced.
  brIfinfoNotify("RTM_NEWLINK", p);
}

/**
 * br_afspec() -> br_process_vlan_info() without CONFIG_BRIDGE_VLAN_FILTERING (the recording
 * kernel's build): each entry's id is checked (br_vlan_valid_id: 1..4094), then adding fails
 * in nbp_vlan_add/br_vlan_add (their no-filtering versions return EOPNOTSUPP) while deleting
 * ignores that error.
 */
function brAfspecVlan(vlan: { del: boolean; vid: number; vidEnd?: number }): void {
  for (const vid of vlan.vidEnd === undefined ? [vlan.vid] : [vlan.vid, vlan.vidEnd]) {
    if (vid < 1 || vid >= 4095) throw kerr("EINVAL", "bridge: Vlan id is invalid");
  }
  if (!vlan.del) throw kerr("EOPNOTSUPP");
}

/** br_port_slave_changelink(): `ip link set DEV type bridge_slave ...`; IFLA_BRPORT_FLUSH empties the port's learned entries. */
export function brPortSlaveChangelink(dev: NetDevice, data: BrportRequest & { IFLA_BRPORT_FLUSH?: boolean }): void {
  const p = dev.master && brOf(dev.master) ? portOf(dev) : undefined;
  if (!p) throw kerr("EOPNOTSUPP");
  if (data.IFLA_BRPORT_FLUSH) {
    // br_fdb_delete_by_port(br, p, 0, 0): neither local nor static entries go (notified).
    fdbDeleteByPort(p.br, p, false);
  }
  brSetport(p, data);
}


/** br_setport() */
export function brSetport(p: NetBridgePort, a: BrportRequest): void {
  const flag = (v: number | undefined, set: (on: boolean) => void) => {
    if (v !== undefined) set(v !== 0);
  };
  flag(a.IFLA_BRPORT_MODE, (on) => (p.hairpin = on));
  flag(a.IFLA_BRPORT_GUARD, (on) => (p.guard = on));
  flag(a.IFLA_BRPORT_FAST_LEAVE, (on) => (p.fastLeave = on));
  flag(a.IFLA_BRPORT_PROTECT, (on) => (p.rootBlock = on));
  flag(a.IFLA_BRPORT_LEARNING, (on) => (p.learning = on));
  flag(a.IFLA_BRPORT_UNICAST_FLOOD, (on) => (p.unicastFlood = on));
  flag(a.IFLA_BRPORT_MCAST_FLOOD, (on) => (p.mcastFloodOff = !on));
  flag(a.IFLA_BRPORT_BCAST_FLOOD, (on) => (p.bcastFloodOff = !on));
  flag(a.IFLA_BRPORT_NEIGH_SUPPRESS, (on) => (p.neighSuppress = on));
  flag(a.IFLA_BRPORT_ISOLATED, (on) => (p.isolated = on));
  flag(a.IFLA_BRPORT_MCAST_TO_UCAST, (on) => (p.mcastToUcast = on));
  flag(a.IFLA_BRPORT_VLAN_TUNNEL, (on) => (p.vlanTunnel = on));
  flag(a.IFLA_BRPORT_LOCKED, (on) => (p.locked = on));
  flag(a.IFLA_BRPORT_PROXYARP, (on) => (p.proxyArp = on));
  flag(a.IFLA_BRPORT_PROXYARP_WIFI, (on) => (p.proxyArpWifi = on));
  if (p.isolated || p.mcastFloodOff || p.bcastFloodOff || p.proxyArp || p.proxyArpWifi || p.neighSuppress) p.br.floodFlagsSeen = true;
  if (p.proxyArp || p.proxyArpWifi) p.br.proxyArpSeen = true;
  if (a.IFLA_BRPORT_NEIGH_SUPPRESS !== undefined) brRecalculateNeighSuppress(p.br);
  if (a.IFLA_BRPORT_COST !== undefined) {
    // br_stp_set_path_cost()
    if (a.IFLA_BRPORT_COST < MIN_COST || a.IFLA_BRPORT_COST > MAX_COST) throw kerr("ERANGE");
    brStpSetPathCost(p, a.IFLA_BRPORT_COST);
  }
  if (a.IFLA_BRPORT_PRIORITY !== undefined) {
    // br_stp_set_port_priority(): the port id follows (priority << 10 | port number).
    if (a.IFLA_BRPORT_PRIORITY > MAX_PORT_PRIORITY) throw kerr("ERANGE");
    brStpSetPortPriority(p, a.IFLA_BRPORT_PRIORITY);
  }
  if (a.IFLA_BRPORT_STATE !== undefined) brSetPortState(p, a.IFLA_BRPORT_STATE);
  if (a.IFLA_BRPORT_MULTICAST_ROUTER !== undefined) brMulticastSetPortRouter(p, a.IFLA_BRPORT_MULTICAST_ROUTER);
  if (a.IFLA_BRPORT_BACKUP_PORT !== undefined) nbpBackupChange(p, a.IFLA_BRPORT_BACKUP_PORT);
}

/** nbp_backup_change(): a port of the same bridge (not itself), or none. */
function nbpBackupChange(p: NetBridgePort, ifindex: number): void {
  let backup: NetBridgePort | undefined;
  if (ifindex) {
    const d = devGetByIndex(p.dev.net, ifindex);
    if (!d) throw kerr("ENOENT");
    backup = portOf(d);
    if (!backup) throw kerr("ENOENT");
    if (backup.br !== p.br) throw kerr("EINVAL");
  }
  if (backup === p) throw kerr("EINVAL");
  p.backupPort = backup;
}

/** br_set_port_state(): refused under kernel STP, on a down port, or (but for disabled) without carrier. */
function brSetPortState(p: NetBridgePort, state: number): void {
  if (state > BR_STATE_BLOCKING) throw kerr("EINVAL");
  if (p.br.stpEnabled) throw kerr("EBUSY");
  if (!p.dev.isUp || (!netifOperUp(p.dev) && state !== BR_STATE_DISABLED)) throw kerr("ENETDOWN");
  brSetState(p, state);
  // br_port_state_selection() alone (br_stp.c): it skips disabled ports, so a port set
  // disabled stays so; no carrier check runs here (that is br_port_carrier_check's, on
  // the port device's own events).
  brStpPortStateSelection(p.br);
}
