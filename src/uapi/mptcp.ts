// include/uapi/linux/mptcp.h (6.18) and mptcp_pm.h: the "mptcp_pm" generic
// netlink family's endpoint flags and, as typed messages, the MPTCP_PM_CMD_*
// requests `ip mptcp` sends and the attributes the kernel answers with.

export const MPTCP_PM_NAME = "mptcp_pm";
export const MPTCP_PM_VER = 1;
export const MPTCP_PM_EV_GRP_NAME = "mptcp_pm_events";

export const MPTCP_PM_ADDR_FLAG_SIGNAL = 1 << 0;
export const MPTCP_PM_ADDR_FLAG_SUBFLOW = 1 << 1;
export const MPTCP_PM_ADDR_FLAG_BACKUP = 1 << 2;
export const MPTCP_PM_ADDR_FLAG_FULLMESH = 1 << 3;
export const MPTCP_PM_ADDR_FLAG_IMPLICIT = 1 << 4;
export const MPTCP_PM_ADDR_FLAG_LAMINAR = 1 << 5;

/** The MPTCP_PM_ATTR_ADDR nest (MPTCP_PM_ADDR_ATTR_*): what is absent was not sent. */
export interface MptcpPmAddrAttrs {
  /** MPTCP_PM_ADDR_ATTR_FAMILY: AF_INET or AF_INET6, with addr4 or addr6. */
  family?: number;
  addr4?: number;
  addr6?: bigint;
  id?: number;
  port?: number;
  flags?: number;
  ifindex?: number;
}

export type MptcpPmRequest =
  | { cmd: "ADD_ADDR" | "DEL_ADDR" | "SET_FLAGS"; addr: MptcpPmAddrAttrs }
  | { cmd: "GET_ADDR"; dump: false; addr: MptcpPmAddrAttrs }
  | { cmd: "GET_ADDR"; dump: true }
  | { cmd: "FLUSH_ADDRS" }
  | { cmd: "SET_LIMITS"; rcvAddAddrs?: number; subflows?: number }
  | { cmd: "GET_LIMITS" };

/** An endpoint as mptcp_pm_genl_fill_addr() sends it (family, id, flags always; the rest when set). */
export interface MptcpPmAddrMsg {
  family: number;
  addr4?: number;
  addr6?: bigint;
  id: number;
  port?: number;
  flags: number;
  ifindex?: number;
}

export type MptcpPmReply =
  | { type: "ack" }
  | { type: "addrs"; addrs: MptcpPmAddrMsg[] }
  | { type: "limits"; rcvAddAddrs: number; subflows: number };
