// The ethtool handlers (net/ethtool/ioctl.c, net/ethtool/*.c) for the drivers
// modelled: driver info (loopback has none: EOPNOTSUPP), the feature list,
// driver statistics (veth only: peer_ifindex and per-queue XDP counters), and
// link settings (veth reports 10000Mb/s full duplex twisted pair, a bridge
// unknown speed). Errors are errnos; the tool words them.

import { UTS_RELEASE } from "../task/uts.js";
import { kerr } from "../../uapi/errno.js";
import type { EthtoolReply, EthtoolRequest } from "../../uapi/ethtool.js";
import { vethChannels, vethSetChannels } from "../drivers/veth.js";
import type { Task } from "../task/task.js";
import { linkSettingsDev, type NetDevice } from "./netdevice.js";
import { devGetByName } from "./dev.js";
import { devFeatures, FEATURE_NAMES, updateFeatures } from "./dev_features.js";
import { linkwatchSyncDev } from "./link_watch.js";

const DRV: Record<string, { version: string; fw: string; bus: string }> = {
  veth: { version: "1.0", fw: "", bus: "" },
  bridge: { version: "2.3", fw: "N/A", bus: "N/A" },
  dummy: { version: "", fw: "N/A", bus: "" },
  ifb: { version: UTS_RELEASE, fw: "", bus: "" },
  vxlan: { version: "0.1", fw: "", bus: "" },
  macvlan: { version: "0.1", fw: "", bus: "" },
  tun: { version: "1.6", fw: "", bus: "" },
  virtio_net: { version: "1.0.0", fw: "", bus: "0000:00:03.0" },
};

/** ETHTOOL_A_COALESCE_* after the header, in attribute-type order (the order validation checks them). */
const COALESCE_ATTRS = [
  "RX_USECS", "RX_MAX_FRAMES", "RX_USECS_IRQ", "RX_MAX_FRAMES_IRQ", "TX_USECS", "TX_MAX_FRAMES", "TX_USECS_IRQ",
  "TX_MAX_FRAMES_IRQ", "STATS_BLOCK_USECS", "USE_ADAPTIVE_RX", "USE_ADAPTIVE_TX", "PKT_RATE_LOW", "RX_USECS_LOW",
  "RX_MAX_FRAMES_LOW", "TX_USECS_LOW", "TX_MAX_FRAMES_LOW", "PKT_RATE_HIGH", "RX_USECS_HIGH", "RX_MAX_FRAMES_HIGH",
  "TX_USECS_HIGH", "TX_MAX_FRAMES_HIGH", "RATE_SAMPLE_INTERVAL", "USE_CQE_MODE_TX", "USE_CQE_MODE_RX",
];

/** The extack the netlink handlers add to an EOPNOTSUPP (tunnels.c, module.c). */
const OP_EXTACK: Partial<Record<string, string>> = {
  get_tunnel_info: "device does not report tunnel offload info",
  set_module: "Setting power mode policy is not supported by this device",
};

const NO_LINK_OPS = new Set(["dummy", "ifb"]);
const SW_TX_TS = new Set(["loopback", "veth", "tun", "dummy", "virtio_net"]);

/** The driver whose get_ts_info answers: macvlan's is its lower device's (macvlan_ethtool_get_ts_info). */
function tsDriver(dev: NetDevice): string {
  let d = dev;
  for (let i = 0; i < 8 && d.ops.driver === "macvlan"; i++) {
    const lower = (d.priv as { lower?: NetDevice } | undefined)?.lower;
    if (!lower) break;
    d = lower;
  }
  return d.ops.driver;
}

export function ethtoolTalk(task: Task, req: EthtoolRequest): EthtoolReply {
  const dev = devGetByName(task.netns, req.devname);
  if (!dev) throw kerr("ENODEV");
  const driver = dev.ops.driver;
  switch (req.cmd) {
    case "ETHTOOL_GPERMADDR":
      // rtnl_fill_ifinfo(): IFLA_PERM_ADDRESS only when perm_addr is not all zeros.
      return { cmd: req.cmd, addr: dev.permAddr?.some((b) => b !== 0) ? dev.permAddr.slice() : undefined };
    case "ETHTOOL_GET_TS_INFO":
      // __ethtool_get_ts_info(): drivers with ethtool_op_get_ts_info (loopback, veth, tun,
      // dummy, virtio_net; macvlan asks its lower device) add software transmit stamps; the
      // rest (bridge, vxlan) get the default SOF_TIMESTAMPING_RX_SOFTWARE | _SOFTWARE.
      return { cmd: req.cmd, softwareTx: SW_TX_TS.has(tsDriver(dev)) };
    case "ETHTOOL_GDRVINFO": {
      const d = DRV[driver];
      if (!d) throw kerr("EOPNOTSUPP");
      return {
        cmd: req.cmd,
        info: {
          driver,
          version: d.version,
          fw_version: d.fw,
          erom_version: "",
          bus_info: dev.ops.ethtool?.busInfo ?? d.bus,
          n_stats: dev.ops.ethtoolStats ? dev.ops.ethtoolStats(dev).length : 0,
          testinfo_len: 0,
          eedump_len: 0,
          regdump_len: 0,
          n_priv_flags: 0,
        },
      };
    }
    case "ETHTOOL_GFEATURES": {
      const f = devFeatures(dev);
      const bits = FEATURE_NAMES.map((name) => ({
        name,
        hw: f.hw.has(name),
        wanted: f.wanted.has(name),
        active: f.active.has(name),
        nochange: false,
      }));
      return { cmd: req.cmd, bits };
    }
    case "ETHTOOL_SFEATURES": {
      // ethnl_set_features(): only hw_features bits of the request reach wanted_features.
      const f = devFeatures(dev);
      const req2 = new Map<string, boolean>();
      for (const [name, on] of req.wanted) {
        if (!FEATURE_NAMES.includes(name)) throw kerr("EOPNOTSUPP");
        req2.set(name, on);
      }
      const oldActive = new Set(f.active);
      const wanted = new Set(f.wanted);
      for (const [name, on] of req2) {
        if (!f.hw.has(name)) continue;
        if (on) wanted.add(name);
        else wanted.delete(name);
      }
      f.wanted = wanted;
      updateFeatures(f);
      const bits = FEATURE_NAMES.map((name) => {
        const r = req2.get(name);
        const active = f.active.has(name);
        return { name, wantedDiff: r !== undefined && r !== active, activeDiff: active !== oldActive.has(name), active };
      });
      return { cmd: req.cmd, bits };
    }
    case "ETHTOOL_GSTATS":
      if (!dev.ops.ethtoolStats) throw kerr("EOPNOTSUPP");
      return { cmd: req.cmd, stats: dev.ops.ethtoolStats(dev) };
    case "ETHTOOL_GCHANNELS": {
      // veth and tun implement get_channels among the drivers modelled.
      const tc = dev.ops.ethtool?.getChannels?.(dev);
      if (tc) return { cmd: req.cmd, maxRx: 0, maxTx: 0, maxOther: 0, maxCombined: tc.maxCombined, rx: 0, tx: 0, other: 0, combined: tc.combined };
      if (driver !== "veth") throw kerr("EOPNOTSUPP");
      const c = vethChannels(dev);
      return { cmd: req.cmd, maxRx: c.maxRx, maxTx: c.maxTx, maxOther: 0, maxCombined: 0, rx: c.rx, tx: c.tx, other: 0, combined: 0 };
    }
    case "ETHTOOL_SCHANNELS": {
      if (driver !== "veth") throw kerr("EOPNOTSUPP");
      return { cmd: req.cmd, extack: vethSetChannels(dev, req.counts) };
    }
    case "ETHTOOL_GCOALESCE": {
      const c = dev.ops.ethtool?.getCoalesce;
      if (!c) throw kerr("EOPNOTSUPP");
      return { cmd: req.cmd, rxFrames: c(dev).rxFrames };
    }
    case "ETHTOOL_SCOALESCE": {
      // ethnl_set_coalesce_validate(): no set_coalesce is EOPNOTSUPP; then the first attribute, in
      // attribute-type order, that the driver's supported_coalesce_params lacks is refused.
      const e = dev.ops.ethtool;
      if (!e?.getCoalesce || !e.setCoalesce) throw kerr("EOPNOTSUPP");
      const given = new Map(req.params);
      for (const a of COALESCE_ATTRS) {
        if (given.has(a) && !e.coalesceSupported?.has(a))
          return { cmd: req.cmd, extack: { msg: "cannot modify an unsupported parameter", attr: req.params.findIndex(([n]) => n === a) } };
      }
      if (given.size) e.setCoalesce(dev, given);
      return { cmd: req.cmd };
    }
    case "ETHTOOL_FLASHDEV":
      // ethtool_flash_device() without flash_device queues a devlink compat request: its failure (no
      // devlink instance here) is not what the ioctl returns, so the call succeeds (as recorded).
      return { cmd: req.cmd };
    case "ETHTOOL_GMODULE":
      // module_prepare_data(): without get_module_power_mode the reply carries nothing.
      return { cmd: req.cmd };
    case "ETHTOOL_GMSGLVL": {
      const g = dev.ops.ethtool?.getMsglevel;
      if (!g) throw kerr("EOPNOTSUPP");
      return { cmd: req.cmd, value: g(dev) };
    }
    case "ETHTOOL_SMSGLVL": {
      const set = dev.ops.ethtool?.setMsglevel;
      if (!set) throw kerr("EOPNOTSUPP");
      set(dev, req.value >>> 0);
      return { cmd: req.cmd };
    }
    case "ETHTOOL_OP":
      // None of the modelled drivers has these ethtool_ops members (nor udp_tunnel_nic_info).
      throw kerr("EOPNOTSUPP", OP_EXTACK[req.op]);
    case "ETHTOOL_GRINGPARAM":
      // No modelled driver implements get_ringparam (virtio_net does on Linux: not recorded here).
      throw kerr("EOPNOTSUPP");
    case "ETHTOOL_GLINKSETTINGS": {
      // ethtool_op_get_link() synchronises the carrier with linkwatch first.
      linkwatchSyncDev(task.host, dev);
      const running = dev.isUp && (dev.operstate === 6 || dev.operstate === 0);
      if (driver === "loopback") return { cmd: req.cmd, settings: undefined, loopbackUp: dev.isUp };
      // Drivers with neither get_link_ksettings nor get_link (dummy, ifb): every
      // ethtool netlink request fails, which ethtool reports as "No data available".
      if (NO_LINK_OPS.has(driver)) throw kerr("EOPNOTSUPP");
      // A vxlan answers with its lower device's settings (vxlan_get_link_ksettings); the link is its own.
      // So does a macvlan (macvlan_ethtool_get_link_ksettings); tun reports tun_default_link_ksettings.
      const sdrv = linkSettingsDev(dev)?.ops.driver;
      const veth = sdrv === "veth" || sdrv === "virtio_net" || sdrv === "tun";
      const msg = dev.ops.ethtool?.getMsglevel;
      return {
        cmd: req.cmd,
        settings: {
          speed: veth ? 10000 : -1,
          duplex: veth ? 1 : 255,
          port: veth ? "Twisted Pair" : "Other",
          link: running && dev.carrier,
          mdix: veth,
          msglevel: msg ? msg(dev) : undefined,
        },
      };
    }
  }
}
