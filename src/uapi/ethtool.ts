// The ethtool ABI as typed requests/replies (include/uapi/linux/ethtool.h,
// ethtool_netlink.h): driver info, features, statistics, link settings.
// Devices are named as ethtool names them (ETHTOOL_A_HEADER_DEV_NAME).

export type EthtoolRequest =
  | { cmd: "ETHTOOL_GDRVINFO"; devname: string }
  | { cmd: "ETHTOOL_GFEATURES"; devname: string }
  | { cmd: "ETHTOOL_GSTATS"; devname: string }
  | { cmd: "ETHTOOL_GLINKSETTINGS"; devname: string }
  | { cmd: "ETHTOOL_GCHANNELS"; devname: string }
  | { cmd: "ETHTOOL_GRINGPARAM"; devname: string };

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

/** One feature as `ethtool -k` shows it; `sub` ones are indented under the previous group. */
export interface EthtoolFeature {
  line: string;
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
  | { cmd: "ETHTOOL_GFEATURES"; features: readonly string[] }
  | { cmd: "ETHTOOL_GSTATS"; stats: Array<[string, number]> }
  /** settings undefined: the device reports no link modes (loopback), only whether it is up. */
  | { cmd: "ETHTOOL_GLINKSETTINGS"; settings: EthtoolLinkSettings | undefined; loopbackUp?: boolean }
  /** struct ethtool_channels: 0 = the device has none of that kind ("n/a"). */
  | { cmd: "ETHTOOL_GCHANNELS"; maxRx: number; maxTx: number; maxOther: number; maxCombined: number; rx: number; tx: number; other: number; combined: number }
  | { cmd: "ETHTOOL_GRINGPARAM" };
