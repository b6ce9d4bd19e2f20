// include/uapi/linux/if_addrlabel.h: struct ifaddrlblmsg and its IFAL_*
// attributes, the IPv6 address label table's netlink messages
// (RTM_NEWADDRLABEL / RTM_DELADDRLABEL / RTM_GETADDRLABEL), as `ip addrlabel`
// sends them to kernel/ipv6/addrlabel.ts.

export interface IfAddrLblMsg {
  ifal_family: number;
  ifal_prefixlen: number;
  ifal_index: number;
  /** IFAL_ADDRESS as sent: 16 bytes for an IPv6 prefix (4 for the IPv4 one ip sends for `prefix 10.0.0.0/8`). */
  IFAL_ADDRESS?: Uint8Array;
  IFAL_LABEL?: number;
}

export type AddrLabelRequest =
  | { type: "RTM_NEWADDRLABEL" | "RTM_DELADDRLABEL"; nlmsg_flags: number; msg: IfAddrLblMsg }
  | { type: "RTM_GETADDRLABEL"; family: number };

export type AddrLabelReply = { type: "ack" } | { type: "addrlabels"; labels: IfAddrLblMsg[] };
