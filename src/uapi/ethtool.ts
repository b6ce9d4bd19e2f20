// The ethtool ABI as typed requests/replies (include/uapi/linux/ethtool.h,
// ethtool_netlink.h): driver info, features, statistics, link settings.
// Devices are named as ethtool names them (ETHTOOL_A_HEADER_DEV_NAME).

export type EthtoolRequest =
  | { cmd: "ETHTOOL_GDRVINFO"; devname: string }
  | { cmd: "ETHTOOL_GFEATURES"; devname: string }
  /** ETHTOOL_MSG_FEATURES_SET: the requested bits by name (ETHTOOL_A_FEATURES_WANTED). */
  | { cmd: "ETHTOOL_SFEATURES"; devname: string; wanted: Array<[string, boolean]> }
  | { cmd: "ETHTOOL_GSTATS"; devname: string }
  | { cmd: "ETHTOOL_GLINKSETTINGS"; devname: string }
  | { cmd: "ETHTOOL_GCHANNELS"; devname: string }
  | { cmd: "ETHTOOL_GRINGPARAM"; devname: string }
  /** RTM_GETLINK's IFLA_PERM_ADDRESS, as ethtool 6.1's netlink permaddr reads it. */
  | { cmd: "ETHTOOL_GPERMADDR"; devname: string }
  | { cmd: "ETHTOOL_GET_TS_INFO"; devname: string }
  /** ETHTOOL_MSG_CHANNELS_SET: the counts given, in the order the tool put their attributes. */
  | { cmd: "ETHTOOL_SCHANNELS"; devname: string; counts: Array<[EthtoolChannelKind, number]> }
  | { cmd: "ETHTOOL_GCOALESCE"; devname: string }
  /**
   * ETHTOOL_MSG_COALESCE_SET: the parameters given as ETHTOOL_A_COALESCE_* names (RX_MAX_FRAMES...),
   * in the order the tool put their attributes.
   */
  | { cmd: "ETHTOOL_SCOALESCE"; devname: string; params: Array<[string, number]> }
  /** ETHTOOL_FLASHDEV: the firmware file's name and region. */
  | { cmd: "ETHTOOL_FLASHDEV"; devname: string; file: string; region: number }
  /** ETHTOOL_MSG_MODULE_GET: a device without get_module_power_mode answers with no attributes. */
  | { cmd: "ETHTOOL_GMODULE"; devname: string }
  /** ETHTOOL_MSG_DEBUG_GET / _SET: the driver's message level (get_msglevel/set_msglevel). */
  | { cmd: "ETHTOOL_GMSGLVL"; devname: string }
  | { cmd: "ETHTOOL_SMSGLVL"; devname: string; value: number }
  /** A request served by one ethtool_ops member the tool only reports on failure (pause, eee, ring set...). */
  | { cmd: "ETHTOOL_OP"; devname: string; op: EthtoolOpName };

export type EthtoolChannelKind = "rx" | "tx" | "other" | "combined";

/** ethtool_ops members no modelled driver implements (their requests fail with EOPNOTSUPP). */
export type EthtoolOpName =
  | "get_pauseparam"
  | "set_pauseparam"
  | "set_coalesce"
  | "get_eee"
  | "set_eee"
  | "get_module_eeprom"
  | "get_eeprom"
  | "get_regs"
  | "self_test"
  | "set_phys_id"
  | "nway_reset"
  | "set_ringparam"
  | "set_link_ksettings"
  | "get_priv_flags"
  | "get_fecparam"
  | "get_rxnfc"
  | "set_rxnfc"
  | "get_rxfh"
  | "get_dump_flag"
  | "set_dump"
  | "get_tunnel_info"
  | "set_module"
  | "set_priv_flags"
  | "set_fecparam"
  | "get_phy_stats"
  | "cable_test";

export interface EthtoolDrvinfo {
  driver: string;
  version: string;
  fw_version: string;
  erom_version: string;
  bus_info: string;
  n_stats: number;
  testinfo_len: number;
  eedump_len: number;
  regdump_len: number;
  n_priv_flags: number;
}

/** One feature bit as ETHTOOL_MSG_FEATURES_GET reports it. */
export interface EthtoolFeatureBit {
  name: string;
  hw: boolean;
  wanted: boolean;
  active: boolean;
  nochange: boolean;
}

export interface EthtoolLinkSettings {
  /** Mb/s, or -1 for unknown. */
  speed: number;
  /** 0 half, 1 full, 255 unknown. */
  duplex: number;
  /** PORT_TP (0), PORT_OTHER (0xff)... */
  port: "Twisted Pair" | "Other";
  link: boolean;
  mdix: boolean;
  /** get_msglevel's value when the driver has one (tun): ethtool prints "Current message level". */
  msglevel?: number;
}

export type EthtoolReply =
  | { cmd: "ETHTOOL_GDRVINFO"; info: EthtoolDrvinfo }
  /** ETHTOOL_MSG_FEATURES_GET: every feature bit in kernel order with its hw/wanted/active/nochange state. */
  | { cmd: "ETHTOOL_GFEATURES"; bits: EthtoolFeatureBit[] }
  /**
   * The FEATURES_SET reply, per bit in kernel order: wantedDiff = requested but not the result,
   * activeDiff = changed by the request; `active` is the new state.
   */
  | { cmd: "ETHTOOL_SFEATURES"; bits: Array<{ name: string; wantedDiff: boolean; activeDiff: boolean; active: boolean }> }
  | { cmd: "ETHTOOL_GSTATS"; stats: Array<[string, number]> }
  /** settings undefined: the device reports no link modes (loopback), only whether it is up. */
  | { cmd: "ETHTOOL_GLINKSETTINGS"; settings: EthtoolLinkSettings | undefined; loopbackUp?: boolean }
  /** struct ethtool_channels: 0 = the device has none of that kind ("n/a"). */
  | { cmd: "ETHTOOL_GCHANNELS"; maxRx: number; maxTx: number; maxOther: number; maxCombined: number; rx: number; tx: number; other: number; combined: number }
  | { cmd: "ETHTOOL_GRINGPARAM" }
  /** undefined: no permanent address (all zeros: the attribute is left out). */
  | { cmd: "ETHTOOL_GPERMADDR"; addr: Uint8Array | undefined }
  /** SOF_TIMESTAMPING_* capabilities: software transmit stamps (ethtool_op_get_ts_info) or only the default rx. */
  | { cmd: "ETHTOOL_GET_TS_INFO"; softwareTx: boolean }
  /** EINVAL refusals carry the extack message and the index of the attribute it points at. */
  | { cmd: "ETHTOOL_SCHANNELS"; extack?: { msg: string; attr: number } }
  /** struct ethtool_coalesce as tun fills it: only rx_max_coalesced_frames is supported. */
  | { cmd: "ETHTOOL_GCOALESCE"; rxFrames: number }
  /** EINVAL refusals carry the extack message and the index of the attribute it points at. */
  | { cmd: "ETHTOOL_SCOALESCE"; extack?: { msg: string; attr: number } }
  | { cmd: "ETHTOOL_GMODULE" }
  | { cmd: "ETHTOOL_FLASHDEV" }
  | { cmd: "ETHTOOL_GMSGLVL"; value: number }
  | { cmd: "ETHTOOL_SMSGLVL" }
  | { cmd: "ETHTOOL_OP" };
