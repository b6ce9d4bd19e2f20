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
  | { cmd: "ETHTOOL_GET_TS_INFO"; devname: string };

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
  | { cmd: "ETHTOOL_GET_TS_INFO"; softwareTx: boolean };
