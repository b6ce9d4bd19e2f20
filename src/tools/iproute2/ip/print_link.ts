// ip/ipaddress.c print_linkinfo() and its helpers: one RTM_NEWLINK message to
// text (`ip link`, `ip -d`, `ip -s`, `ip -o`), brief (`ip -br`) or JSON (`ip -j`)
// through the same IpOut print calls, as iproute2 does. `ip addr` reuses
// printLinkinfo and then prints the addresses (see ../README.md).

import {
  ARPHRD_ETHER,
  ARPHRD_LOOPBACK,
  IFF_ALLMULTI,
  IFF_AUTOMEDIA,
  IFF_BROADCAST,
  IFF_DEBUG,
  IFF_DORMANT,
  IFF_DYNAMIC,
  IFF_ECHO,
  IFF_LOOPBACK,
  IFF_LOWER_UP,
  IFF_MASTER,
  IFF_MULTICAST,
  IFF_NOARP,
  IFF_NOTRAILERS,
  IFF_POINTOPOINT,
  IFF_PORTSEL,
  IFF_PROMISC,
  IFF_RUNNING,
  IFF_SLAVE,
  IFF_UP,
  type IfInfoMsg,
  type IflaBridgeInfo,
  type IflaBrportInfo,
  type RtnlLinkStats64,
} from "../../../uapi/if_link.js";
import type { IpColor, IpOut } from "../lib/json_print.js";
import { sprintf } from "../lib/printf.js";
import { toFixedExact } from "../../coreutils/lib/float-format.js";
import { linkGet, llIndexToFlags, llIndexToName, type Ctx } from "../lib/utils.js";
import { vxlanPrintOpt } from "./iplink_vxlan.js";
import { macvlanPrintOpt } from "./iplink_macvlan.js";
import { tunPrintOpt } from "./iplink_tun.js";

export interface LinkPrintOpts {
  /** ip link (true) or ip addr (false): mode/alias/stats only for link. */
  doLink: boolean;
  details: number;
  stats: number;
  brief: boolean;
  /** Resolve a link-netnsid to a netns name (get_name_from_nsid). */
  nsidName: (id: number) => string | undefined;
  /** filter.family === AF_PACKET (or unspecified) decides whether link/ lines show. */
  showLinkLayer: boolean;
  /** filter.family === AF_PACKET (`ip link`, `ip -0 addr`): only then does a brief line show lladdr and flags. */
  packetFamily: boolean;
  /** filter.showqueue: "qlen N" (not in `ip monitor`, whose filter never sets it). */
  noQueue?: boolean;
  /** An RTM_DELLINK notification: "Deleted " first. */
  deleted?: boolean;
}

const OPER_STATES = ["UNKNOWN", "NOTPRESENT", "DOWN", "LOWERLAYERDOWN", "TESTING", "DORMANT", "UP"];
const PORT_STATES = ["disabled", "listening", "learning", "forwarding", "blocking"];

/** ll_type_n2a() */
export function llTypeN2a(type: number): string {
  if (type === ARPHRD_ETHER) return "ether";
  if (type === ARPHRD_LOOPBACK) return "loopback";
  if (type === 0xfffe) return "none";
  return `[${type}]`;
}

/** ll_addr_n2a() for 6-byte addresses. */
export function llAddrN2a(a: Uint8Array): string {
  return [...a].map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/** ether_ntoa(): no zero padding ("0:0:0:0:0:0"). */
function etherNtoa(a: Uint8Array): string {
  return [...a].map((b) => b.toString(16)).join(":");
}

/** print_link_flags() */
export function printLinkFlags(out: IpOut, flagsIn: number, mdown: boolean): void {
  let flags = flagsIn;
  out.openArray("ANY", out.isJson ? "flags" : "<");
  if (flags & IFF_UP && !(flags & IFF_RUNNING)) out.string("ANY", null, flags ? "%s," : "%s", "NO-CARRIER");
  flags &= ~IFF_RUNNING;
  const pf = (bit: number, name: string) => {
    if (flags & bit) {
      flags &= ~bit;
      out.string("ANY", null, flags ? "%s," : "%s", name);
    }
  };
  pf(IFF_LOOPBACK, "LOOPBACK");
  pf(IFF_BROADCAST, "BROADCAST");
  pf(IFF_POINTOPOINT, "POINTOPOINT");
  pf(IFF_MULTICAST, "MULTICAST");
  pf(IFF_NOARP, "NOARP");
  pf(IFF_ALLMULTI, "ALLMULTI");
  pf(IFF_PROMISC, "PROMISC");
  pf(IFF_MASTER, "MASTER");
  pf(IFF_SLAVE, "SLAVE");
  pf(IFF_DEBUG, "DEBUG");
  pf(IFF_DYNAMIC, "DYNAMIC");
  pf(IFF_AUTOMEDIA, "AUTOMEDIA");
  pf(IFF_PORTSEL, "PORTSEL");
  pf(IFF_NOTRAILERS, "NOTRAILERS");
  pf(IFF_UP, "UP");
  pf(IFF_LOWER_UP, "LOWER_UP");
  pf(IFF_DORMANT, "DORMANT");
  pf(IFF_ECHO, "ECHO");
  if (flags) out.hex("ANY", null, "%x", flags);
  if (mdown) out.string("ANY", null, ",%s", "M-DOWN");
  out.closeArray("ANY", "> ");
}

/** oper_state_color(): green for UP, red for DOWN, nothing else coloured. */
function operColor(state: number): IpColor {
  return state === 6 ? "up" : state === 2 ? "down" : "none";
}

function printOperstate(out: IpOut, state: number, brief: boolean): void {
  if (state >= OPER_STATES.length) {
    if (out.isJson) out.uint("JSON", "operstate_index", "", state);
    else out.raw(`state ${"0x" + state.toString(16)}`);
  } else if (brief) out.cstring("ANY", operColor(state), "operstate", "%-14s ", OPER_STATES[state]!);
  else if (out.isJson) out.string("JSON", "operstate", null, OPER_STATES[state]!);
  else {
    out.raw("state ");
    out.cstring("FP", operColor(state), null, "%s ", OPER_STATES[state]!);
  }
}

const LINK_EVENTS = ["NONE", "REBOOT", "FEATURE CHANGE", "BONDING FAILOVER", "NOTIFY PEERS", "RESEND IGMP", "BONDING OPTION"];

/** print_link_event() */
function printLinkEvent(out: IpOut, event: number): void {
  if (event >= LINK_EVENTS.length) out.int("ANY", "event", "event %d ", event);
  else if (event) out.string("ANY", "event", "event %s ", LINK_EVENTS[event]!);
}

/** print_name_and_link(): "name@peer", "name@ifN" or "name@NONE"; returns the M-DOWN flag. */
export function printNameAndLink(ctx: Ctx, out: IpOut, fmt: string, name: string, m: IfInfoMsg): boolean {
  let mflag = false;
  let shown = name;
  if (m.IFLA_LINK !== undefined) {
    const iflink = m.IFLA_LINK;
    if (iflink) {
      if (m.IFLA_LINK_NETNSID !== undefined) {
        if (out.isJson) out.int("JSON", "link_index", "", iflink);
        else shown = `${name}@if${iflink}`;
      } else {
        const link = llIndexToName(ctx, iflink);
        if (out.isJson) out.string("JSON", "link", null, link);
        else shown = `${name}@${link}`;
        mflag = !(llIndexToFlags(ctx, iflink) & IFF_UP);
      }
    } else if (out.isJson) out.null("JSON", "link", "");
    else shown = `${name}@NONE`;
  }
  out.cstring("ANY", "ifname", "ifname", fmt, shown);
  return mflag;
}

function timer(out: IpOut, attr: string, cs: number): void {
  const sec = Math.trunc(cs / 100);
  const hund = cs % 100;
  if (out.isJson) {
    out.jw!.name(attr);
    out.jw!.value(`${sec}.${String(hund).padStart(2, "0")}`);
  } else out.raw(sprintf("%s %4d.", attr, sec) + `${String(hund).padStart(2, "0")} `);
}

function brId(id: { prio: number; addr: Uint8Array }): string {
  return `${id.prio.toString(16).padStart(4, "0")}.${etherNtoa(id.addr)}`;
}

/** iplink_bridge.c bridge_print_opt() */
function bridgePrintOpt(out: IpOut, b: IflaBridgeInfo): void {
  const u = (key: string, fmt: string, v: number) => out.uint("ANY", key, fmt, v);
  u("forward_delay", "forward_delay %u ", b.IFLA_BR_FORWARD_DELAY);
  u("hello_time", "hello_time %u ", b.IFLA_BR_HELLO_TIME);
  u("max_age", "max_age %u ", b.IFLA_BR_MAX_AGE);
  u("ageing_time", "ageing_time %u ", b.IFLA_BR_AGEING_TIME);
  u("stp_state", "stp_state %u ", b.IFLA_BR_STP_STATE);
  u("priority", "priority %u ", b.IFLA_BR_PRIORITY);
  u("vlan_filtering", "vlan_filtering %u ", b.IFLA_BR_VLAN_FILTERING);
  out.string("ANY", "bridge_id", "bridge_id %s ", brId(b.IFLA_BR_BRIDGE_ID));
  // iproute2 6.1 formats IFLA_BR_BRIDGE_ID under this name (an upstream slip, recorded: stp/loop-two).
  out.string("ANY", "root_id", "designated_root %s ", brId(b.IFLA_BR_BRIDGE_ID));
  u("root_port", "root_port %u ", b.IFLA_BR_ROOT_PORT);
  u("root_path_cost", "root_path_cost %u ", b.IFLA_BR_ROOT_PATH_COST);
  u("topology_change", "topology_change %u ", b.IFLA_BR_TOPOLOGY_CHANGE);
  u("topology_change_detected", "topology_change_detected %u ", b.IFLA_BR_TOPOLOGY_CHANGE_DETECTED);
  timer(out, "hello_timer", b.IFLA_BR_HELLO_TIMER);
  timer(out, "tcn_timer", b.IFLA_BR_TCN_TIMER);
  timer(out, "topology_change_timer", b.IFLA_BR_TOPOLOGY_CHANGE_TIMER);
  timer(out, "gc_timer", b.IFLA_BR_GC_TIMER);
  out.string("ANY", "group_fwd_mask", "group_fwd_mask %s ", hex0(b.IFLA_BR_GROUP_FWD_MASK));
  out.string("ANY", "group_addr", "group_address %s ", llAddrN2a(b.IFLA_BR_GROUP_ADDR));
  u("mcast_snooping", "mcast_snooping %u ", b.IFLA_BR_MCAST_SNOOPING);
  u("no_linklocal_learn", "no_linklocal_learn %u ", b.IFLA_BR_NO_LINKLOCAL_LEARN);
  u("mcast_vlan_snooping", "mcast_vlan_snooping %u ", b.IFLA_BR_MCAST_VLAN_SNOOPING);
  u("mcast_router", "mcast_router %u ", b.IFLA_BR_MCAST_ROUTER);
  u("mcast_query_use_ifaddr", "mcast_query_use_ifaddr %u ", b.IFLA_BR_MCAST_QUERY_USE_IFADDR);
  u("mcast_querier", "mcast_querier %u ", b.IFLA_BR_MCAST_QUERIER);
  u("mcast_hash_elasticity", "mcast_hash_elasticity %u ", b.IFLA_BR_MCAST_HASH_ELASTICITY);
  u("mcast_hash_max", "mcast_hash_max %u ", b.IFLA_BR_MCAST_HASH_MAX);
  u("mcast_last_member_cnt", "mcast_last_member_count %u ", b.IFLA_BR_MCAST_LAST_MEMBER_CNT);
  u("mcast_startup_query_cnt", "mcast_startup_query_count %u ", b.IFLA_BR_MCAST_STARTUP_QUERY_CNT);
  u("mcast_last_member_intvl", "mcast_last_member_interval %u ", b.IFLA_BR_MCAST_LAST_MEMBER_INTVL);
  u("mcast_membership_intvl", "mcast_membership_interval %u ", b.IFLA_BR_MCAST_MEMBERSHIP_INTVL);
  u("mcast_querier_intvl", "mcast_querier_interval %u ", b.IFLA_BR_MCAST_QUERIER_INTVL);
  u("mcast_query_intvl", "mcast_query_interval %u ", b.IFLA_BR_MCAST_QUERY_INTVL);
  u("mcast_query_response_intvl", "mcast_query_response_interval %u ", b.IFLA_BR_MCAST_QUERY_RESPONSE_INTVL);
  u("mcast_startup_query_intvl", "mcast_startup_query_interval %u ", b.IFLA_BR_MCAST_STARTUP_QUERY_INTVL);
  u("mcast_stats_enabled", "mcast_stats_enabled %u ", b.IFLA_BR_MCAST_STATS_ENABLED);
  u("mcast_igmp_version", "mcast_igmp_version %u ", b.IFLA_BR_MCAST_IGMP_VERSION);
  u("mcast_mld_version", "mcast_mld_version %u ", b.IFLA_BR_MCAST_MLD_VERSION);
  u("nf_call_iptables", "nf_call_iptables %u ", b.IFLA_BR_NF_CALL_IPTABLES);
  u("nf_call_ip6tables", "nf_call_ip6tables %u ", b.IFLA_BR_NF_CALL_IP6TABLES);
  u("nf_call_arptables", "nf_call_arptables %u ", b.IFLA_BR_NF_CALL_ARPTABLES);
}

/** "%#llx": 0 prints as "0". */
function hex0(v: number): string {
  return v ? `0x${v.toString(16)}` : "0";
}

/** iplink_bridge_slave.c bridge_slave_print_opt(), for the attributes this kernel reports. */
function bridgeSlavePrintOpt(ctx: Ctx, out: IpOut, p: IflaBrportInfo): void {
  const onoff = (key: string, fmt: string, v: number) => out.onOff("ANY", key, fmt, v !== 0);
  const st = p.IFLA_BRPORT_STATE;
  if (st <= 4) out.string("ANY", "state", "state %s ", PORT_STATES[st]!);
  out.int("ANY", "priority", "priority %d ", p.IFLA_BRPORT_PRIORITY);
  out.int("ANY", "cost", "cost %d ", p.IFLA_BRPORT_COST);
  onoff("hairpin", "hairpin %s ", p.IFLA_BRPORT_MODE);
  onoff("guard", "guard %s ", p.IFLA_BRPORT_GUARD);
  onoff("root_block", "root_block %s ", p.IFLA_BRPORT_PROTECT);
  onoff("fastleave", "fastleave %s ", p.IFLA_BRPORT_FAST_LEAVE);
  onoff("learning", "learning %s ", p.IFLA_BRPORT_LEARNING);
  onoff("flood", "flood %s ", p.IFLA_BRPORT_UNICAST_FLOOD);
  out.string("ANY", "id", "port_id %s ", hex0(p.IFLA_BRPORT_ID));
  out.string("ANY", "no", "port_no %s ", hex0(p.IFLA_BRPORT_NO));
  out.uint("ANY", "designated_port", "designated_port %u ", p.IFLA_BRPORT_DESIGNATED_PORT);
  out.uint("ANY", "designated_cost", "designated_cost %u ", p.IFLA_BRPORT_DESIGNATED_COST);
  out.string("ANY", "bridge_id", "designated_bridge %s ", brId(p.IFLA_BRPORT_BRIDGE_ID));
  out.string("ANY", "root_id", "designated_root %s ", brId(p.IFLA_BRPORT_ROOT_ID));
  timer(out, "hold_timer", p.IFLA_BRPORT_HOLD_TIMER);
  timer(out, "message_age_timer", p.IFLA_BRPORT_MESSAGE_AGE_TIMER);
  timer(out, "forward_delay_timer", p.IFLA_BRPORT_FORWARD_DELAY_TIMER);
  out.uint("ANY", "topology_change_ack", "topology_change_ack %u ", p.IFLA_BRPORT_TOPOLOGY_CHANGE_ACK);
  out.uint("ANY", "config_pending", "config_pending %u ", p.IFLA_BRPORT_CONFIG_PENDING);
  onoff("proxy_arp", "proxy_arp %s ", p.IFLA_BRPORT_PROXYARP);
  onoff("proxy_arp_wifi", "proxy_arp_wifi %s ", p.IFLA_BRPORT_PROXYARP_WIFI);
  out.uint("ANY", "multicast_router", "mcast_router %u ", p.IFLA_BRPORT_MULTICAST_ROUTER);
  // IFLA_BRPORT_FAST_LEAVE a second time, PRINT_FP only.
  if (!out.isJson) out.raw(`mcast_fast_leave ${p.IFLA_BRPORT_FAST_LEAVE ? "on" : "off"} `);
  onoff("mcast_flood", "mcast_flood %s ", p.IFLA_BRPORT_MCAST_FLOOD);
  onoff("bcast_flood", "bcast_flood %s ", p.IFLA_BRPORT_BCAST_FLOOD);
  onoff("mcast_to_unicast", "mcast_to_unicast %s ", p.IFLA_BRPORT_MCAST_TO_UCAST);
  onoff("neigh_suppress", "neigh_suppress %s ", p.IFLA_BRPORT_NEIGH_SUPPRESS);
  out.string("ANY", "group_fwd_mask", "group_fwd_mask %s ", "0");
  out.string("ANY", "group_fwd_mask_str", "group_fwd_mask_str %s ", "0x0");
  onoff("vlan_tunnel", "vlan_tunnel %s ", p.IFLA_BRPORT_VLAN_TUNNEL);
  onoff("isolated", "isolated %s ", p.IFLA_BRPORT_ISOLATED);
  onoff("locked", "locked %s ", p.IFLA_BRPORT_LOCKED);
  if (p.IFLA_BRPORT_BACKUP_PORT !== undefined) out.string("ANY", "backup_port", "backup_port %s ", llIndexToName(ctx, p.IFLA_BRPORT_BACKUP_PORT));
}

/** print_linktype() */
function printLinktype(ctx: Ctx, out: IpOut, m: IfInfoMsg): void {
  const li = m.IFLA_LINKINFO!;
  out.openObject("linkinfo");
  if (li.IFLA_INFO_KIND !== undefined) {
    out.nl();
    out.string("ANY", "info_kind", "    %s ", li.IFLA_INFO_KIND);
    if (li.IFLA_INFO_DATA?.kind === "bridge") {
      out.openObject("info_data");
      bridgePrintOpt(out, li.IFLA_INFO_DATA.br);
      out.closeObject();
    } else if (li.IFLA_INFO_DATA?.kind === "vxlan") {
      out.openObject("info_data");
      vxlanPrintOpt(ctx, out, li.IFLA_INFO_DATA.vx);
      out.closeObject();
    } else if (li.IFLA_INFO_DATA?.kind === "macvlan") {
      out.openObject("info_data");
      macvlanPrintOpt(out, li.IFLA_INFO_DATA.mv);
      out.closeObject();
    } else if (li.IFLA_INFO_DATA?.kind === "tun") {
      out.openObject("info_data");
      tunPrintOpt(ctx, out, li.IFLA_INFO_DATA.tun);
      out.closeObject();
    }
  }
  if (li.IFLA_INFO_SLAVE_KIND !== undefined) {
    out.nl();
    out.string("ANY", "info_slave_kind", "    %s_slave ", li.IFLA_INFO_SLAVE_KIND);
    if (li.IFLA_INFO_SLAVE_DATA && m.IFLA_MASTER !== undefined) {
      out.openObject("info_slave_data");
      bridgeSlavePrintOpt(ctx, out, li.IFLA_INFO_SLAVE_DATA.port);
      out.closeObject();
    }
  }
  out.closeObject();
}

/** size_columns() (ip/ipaddress.c): with -human the columns keep their minimum widths. */
export function sizeColumns(out: IpOut, cols: number[], ...vals: number[]): void {
  if (out.humanReadable) return;
  vals.forEach((v, i) => {
    const len = String(v).length;
    if (len > cols[i]!) cols[i] = len;
  });
}

/** print_num() (ip/ipaddress.c): -human scales by 1000 (1024 with -iec, suffixed "i") to k/M/G/T/P/E with at most two decimals. */
export function num(out: IpOut, width: number, v: number): void {
  const base = out.useIec ? 1024 : 1000;
  if (!out.humanReadable || v < base) {
    out.raw(`${String(v).padStart(width)} `);
    return;
  }
  const prefix = "kMGTPE";
  let p = 0;
  let powi = 1;
  for (;;) {
    powi *= base;
    if (Math.floor(v / base) < powi) break;
    if (p + 1 >= prefix.length) break;
    p++;
  }
  let precision = 2;
  let powj = 1;
  for (; precision > 0; precision--) {
    powj *= 10;
    if (Math.floor(v / powi) < powj) break;
  }
  out.raw(`${(toFixedExact(v / powi, precision) + prefix[p] + (out.useIec ? "i" : "")).padStart(width)} `);
}

/** print_stats64() */
export function printStats64(out: IpOut, s: RtnlLinkStats64, carrierChanges: number | undefined, what: string, level: number): void {
  if (out.isJson) {
    out.openObject(what);
    out.openObject("rx");
    const j = (k: string, v: number) => out.uint("JSON", k, "", v);
    j("bytes", s.rx_bytes);
    j("packets", s.rx_packets);
    j("errors", s.rx_errors);
    j("dropped", s.rx_dropped);
    j("over_errors", s.rx_over_errors);
    j("multicast", s.multicast);
    if (s.rx_compressed) j("compressed", s.rx_compressed);
    if (level > 1) {
      j("length_errors", s.rx_length_errors);
      j("crc_errors", s.rx_crc_errors);
      j("frame_errors", s.rx_frame_errors);
      j("fifo_errors", s.rx_fifo_errors);
      j("missed_errors", s.rx_missed_errors);
      if (s.rx_nohandler) j("nohandler", s.rx_nohandler);
      if (s.rx_otherhost_dropped) j("otherhost", s.rx_otherhost_dropped);
    }
    out.closeObject();
    out.openObject("tx");
    j("bytes", s.tx_bytes);
    j("packets", s.tx_packets);
    j("errors", s.tx_errors);
    j("dropped", s.tx_dropped);
    j("carrier_errors", s.tx_carrier_errors);
    j("collisions", s.collisions);
    if (s.tx_compressed) j("compressed", s.tx_compressed);
    if (level > 1) {
      j("aborted_errors", s.tx_aborted_errors);
      j("fifo_errors", s.tx_fifo_errors);
      j("window_errors", s.tx_window_errors);
      j("heartbeat_errors", s.tx_heartbeat_errors);
      if (carrierChanges !== undefined) j("carrier_changes", carrierChanges);
    }
    out.closeObject();
    out.closeObject();
    return;
  }
  const cols = ["*X errors:".length, 7, 6, 7, 7, 7, 10, 9];
  sizeColumns(out, cols, s.rx_bytes, s.rx_packets, s.rx_errors, s.rx_dropped, s.rx_missed_errors, s.multicast, s.rx_compressed, 0);
  if (level > 1) {
    sizeColumns(out, cols, 0, s.rx_length_errors, s.rx_crc_errors, s.rx_frame_errors, s.rx_fifo_errors, s.rx_over_errors, s.rx_nohandler, s.rx_otherhost_dropped);
  }
  sizeColumns(out, cols, s.tx_bytes, s.tx_packets, s.tx_errors, s.tx_dropped, s.tx_carrier_errors, s.collisions, s.tx_compressed, 0);
  if (level > 1) {
    sizeColumns(out, cols, 0, 0, s.tx_aborted_errors, s.tx_fifo_errors, s.tx_window_errors, s.tx_heartbeat_errors, carrierChanges ?? 0, 0);
  }
  const sl = out.sl;
  out.raw(
    sprintf("    RX: %*s %*s %*s %*s %*s %*s %*s", cols[0]! - 4, "bytes", cols[1]!, "packets", cols[2]!, "errors", cols[3]!, "dropped", cols[4]!, "missed", cols[5]!, "mcast", cols[6]!, s.rx_compressed ? "compressed" : "") + sl,
  );
  out.raw("    ");
  num(out, cols[0]!, s.rx_bytes);
  num(out, cols[1]!, s.rx_packets);
  num(out, cols[2]!, s.rx_errors);
  num(out, cols[3]!, s.rx_dropped);
  num(out, cols[4]!, s.rx_missed_errors);
  num(out, cols[5]!, s.multicast);
  if (s.rx_compressed) num(out, cols[6]!, s.rx_compressed);
  if (level > 1) {
    out.raw(sl);
    out.raw(
      sprintf("    RX errors:%*s %*s %*s %*s %*s %*s%*s%*s", cols[0]! - 10, "", cols[1]!, "length", cols[2]!, "crc", cols[3]!, "frame", cols[4]!, "fifo", cols[5]!, "overrun",
        s.rx_nohandler ? cols[6]! + 1 : 0, s.rx_nohandler ? " nohandler" : "", s.rx_otherhost_dropped ? cols[7]! + 1 : 0, s.rx_otherhost_dropped ? " otherhost" : "") + sl,
    );
    out.raw(" ".repeat(cols[0]! + 5));
    num(out, cols[1]!, s.rx_length_errors);
    num(out, cols[2]!, s.rx_crc_errors);
    num(out, cols[3]!, s.rx_frame_errors);
    num(out, cols[4]!, s.rx_fifo_errors);
    num(out, cols[5]!, s.rx_over_errors);
    if (s.rx_nohandler) num(out, cols[6]!, s.rx_nohandler);
    if (s.rx_otherhost_dropped) num(out, cols[7]!, s.rx_otherhost_dropped);
  }
  out.raw(sl);
  out.raw(
    sprintf("    TX: %*s %*s %*s %*s %*s %*s %*s", cols[0]! - 4, "bytes", cols[1]!, "packets", cols[2]!, "errors", cols[3]!, "dropped", cols[4]!, "carrier", cols[5]!, "collsns", cols[6]!, s.tx_compressed ? "compressed" : "") + sl,
  );
  out.raw("    ");
  num(out, cols[0]!, s.tx_bytes);
  num(out, cols[1]!, s.tx_packets);
  num(out, cols[2]!, s.tx_errors);
  num(out, cols[3]!, s.tx_dropped);
  num(out, cols[4]!, s.tx_carrier_errors);
  num(out, cols[5]!, s.collisions);
  if (s.tx_compressed) num(out, cols[6]!, s.tx_compressed);
  if (level > 1) {
    out.raw(sl);
    out.raw(
      sprintf("    TX errors:%*s %*s %*s %*s %*s %*s", cols[0]! - 10, "", cols[1]!, "aborted", cols[2]!, "fifo", cols[3]!, "window", cols[4]!, "heartbt", cols[5]!, carrierChanges !== undefined ? "transns" : "") + sl,
    );
    out.raw(" ".repeat(cols[0]! + 5));
    num(out, cols[1]!, s.tx_aborted_errors);
    num(out, cols[2]!, s.tx_fifo_errors);
    num(out, cols[3]!, s.tx_window_errors);
    num(out, cols[4]!, s.tx_heartbeat_errors);
    if (carrierChanges !== undefined) num(out, cols[5]!, carrierChanges);
  }
}

/** print_linkinfo_brief() */
function printLinkinfoBrief(ctx: Ctx, out: IpOut, m: IfInfoMsg, opts: LinkPrintOpts): void {
  const mflag = printNameAndLink(ctx, out, "%-16s ", m.IFLA_IFNAME, m);
  printOperstate(out, m.IFLA_OPERSTATE, true);
  if (opts.packetFamily) {
    if (m.IFLA_ADDRESS) out.cstring("ANY", "mac", "address", "%s ", llAddrN2a(m.IFLA_ADDRESS));
    printLinkFlags(out, m.ifi_flags, mflag);
    out.string("FP", null, "%s", "\n");
  }
}

/**
 * print_linkinfo(): one device, as `ip link` / `ip addr` print it (the caller
 * opens and closes the JSON object around it and flushes).
 */
export function printLinkinfo(ctx: Ctx, out: IpOut, m: IfInfoMsg, opts: LinkPrintOpts): void {
  if (opts.brief) {
    printLinkinfoBrief(ctx, out, m, opts);
    return;
  }
  if (opts.deleted) out.bool("ANY", "deleted", "Deleted ", true);
  out.int("ANY", "ifindex", "%d: ", m.ifi_index);
  const mflag = printNameAndLink(ctx, out, "%s: ", m.IFLA_IFNAME, m);
  printLinkFlags(out, m.ifi_flags, mflag);
  out.uint("ANY", "mtu", "mtu %u ", m.IFLA_MTU);
  if (m.IFLA_QDISC !== undefined) out.string("ANY", "qdisc", "qdisc %s ", m.IFLA_QDISC);
  if (m.IFLA_MASTER !== undefined) out.string("ANY", "master", "master %s ", llIndexToName(ctx, m.IFLA_MASTER));
  printOperstate(out, m.IFLA_OPERSTATE, false);
  if (opts.doLink) out.string("ANY", "linkmode", "mode %s ", m.IFLA_LINKMODE ? "DORMANT" : "DEFAULT");
  if (m.IFLA_GROUP !== undefined) out.string("ANY", "group", "group %s ", m.IFLA_GROUP === 0 ? "default" : String(m.IFLA_GROUP));
  // print_queuelen(): without IFLA_TXQLEN (addrconf's AF_INET6 link dump) it asks SIOCGIFTXQLEN.
  if (!opts.noQueue) {
    const qlen = m.IFLA_TXQLEN ?? linkGet(ctx, m.IFLA_IFNAME)?.IFLA_TXQLEN;
    if (qlen) out.int("ANY", "txqlen", "qlen %d", qlen | 0);
  }
  if (m.IFLA_EVENT !== undefined) printLinkEvent(out, m.IFLA_EVENT);
  if (opts.showLinkLayer || opts.details) {
    out.nl();
    out.string("ANY", "link_type", "    link/%s ", llTypeN2a(m.ifi_type));
    if (m.IFLA_ADDRESS) out.cstring("ANY", "mac", "address", "%s", llAddrN2a(m.IFLA_ADDRESS));
    if (m.IFLA_BROADCAST) {
      out.string("FP", null, " brd ", null);
      out.cstring("ANY", "mac", "broadcast", "%s", llAddrN2a(m.IFLA_BROADCAST));
    }
    if (m.IFLA_PERM_ADDRESS && m.IFLA_ADDRESS && llAddrN2a(m.IFLA_PERM_ADDRESS) !== llAddrN2a(m.IFLA_ADDRESS)) {
      out.string("FP", null, " permaddr ", null);
      out.string("ANY", "permaddr", "%s", llAddrN2a(m.IFLA_PERM_ADDRESS));
    }
  }
  if (m.IFLA_LINK_NETNSID !== undefined) {
    const id = m.IFLA_LINK_NETNSID;
    if (out.isJson) out.int("JSON", "link_netnsid", "", id);
    else if (id >= 0) {
      const name = opts.nsidName(id);
      if (name) out.string("FP", null, " link-netns %s", name);
      else out.int("FP", null, " link-netnsid %d", id);
    } else out.string("FP", null, " link-netnsid %s", "unknown");
  }
  if (opts.details) {
    if (m.IFLA_PROMISCUITY !== undefined) out.uint("ANY", "promiscuity", " promiscuity %u ", m.IFLA_PROMISCUITY);
    if (m.IFLA_ALLMULTI !== undefined) out.uint("ANY", "allmulti", " allmulti %u ", m.IFLA_ALLMULTI);
    if (m.IFLA_MIN_MTU !== undefined) out.uint("ANY", "min_mtu", "minmtu %u ", m.IFLA_MIN_MTU);
    if (m.IFLA_MAX_MTU !== undefined) out.uint("ANY", "max_mtu", "maxmtu %u ", m.IFLA_MAX_MTU);
    if (m.IFLA_LINKINFO) printLinktype(ctx, out, m);
    if (opts.doLink && m.IFLA_INET6_ADDR_GEN_MODE !== undefined) {
      const modes = ["eui64", "none", "stable_secret", "random"];
      out.string("ANY", "inet6_addr_gen_mode", "addrgenmode %s ", modes[m.IFLA_INET6_ADDR_GEN_MODE] ?? "eui64");
    }
    if (m.IFLA_NUM_TX_QUEUES !== undefined) out.uint("ANY", "num_tx_queues", "numtxqueues %u ", m.IFLA_NUM_TX_QUEUES);
    if (m.IFLA_NUM_RX_QUEUES !== undefined) out.uint("ANY", "num_rx_queues", "numrxqueues %u ", m.IFLA_NUM_RX_QUEUES);
    if (m.IFLA_GSO_MAX_SIZE !== undefined) out.uint("ANY", "gso_max_size", "gso_max_size %u ", m.IFLA_GSO_MAX_SIZE);
    if (m.IFLA_GSO_MAX_SEGS !== undefined) out.uint("ANY", "gso_max_segs", "gso_max_segs %u ", m.IFLA_GSO_MAX_SEGS);
    if (m.IFLA_TSO_MAX_SIZE !== undefined) out.uint("ANY", "tso_max_size", "tso_max_size %u ", m.IFLA_TSO_MAX_SIZE);
    if (m.IFLA_TSO_MAX_SEGS !== undefined) out.uint("ANY", "tso_max_segs", "tso_max_segs %u ", m.IFLA_TSO_MAX_SEGS);
    if (m.IFLA_GRO_MAX_SIZE !== undefined) out.uint("ANY", "gro_max_size", "gro_max_size %u ", m.IFLA_GRO_MAX_SIZE);
  }
  if ((opts.doLink || opts.details) && m.IFLA_IFALIAS !== undefined) {
    out.string("FP", null, `${out.sl}    `, null);
    out.string("ANY", "ifalias", "alias %s", m.IFLA_IFALIAS);
  }
  if (opts.doLink && opts.stats && m.IFLA_STATS64) {
    out.nl();
    printStats64(out, m.IFLA_STATS64, m.IFLA_CARRIER_CHANGES, "stats64", opts.stats);
  }
  if (m.IFLA_PROP_LIST) {
    out.openArray("JSON", "altnames");
    for (const name of m.IFLA_PROP_LIST) {
      out.string("FP", null, `${out.sl}    altname `, null);
      out.string("ANY", null, "%s", name);
    }
    out.closeArray("JSON", "");
  }
  out.string("FP", null, "%s", "\n");
}
