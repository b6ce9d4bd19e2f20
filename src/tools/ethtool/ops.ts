// ethtool 6.1 commands beyond the listings: -L (channels), -c (coalesce), -s (link settings and msglvl),
// and the commands the modelled drivers refuse (pause, EEE, rings, EEPROM, registers, self test...),
// each with the message and exit status ethtool gives on its netlink or ioctl path.

import { KernelError, strerror } from "../../uapi/errno.js";
import type { EthtoolChannelKind, EthtoolOpName, EthtoolReply, EthtoolRequest } from "../../uapi/ethtool.js";
import { ethtoolTalk } from "../../kernel/core/ethtool.js";
import type { ProgramContext } from "../../kernel/task/program.js";

export const NL_NODEV = "netlink error: no device matches name (offset 24)\nnetlink error: No such device\n";

/**
 * The byte offset of the first attribute after the request header: nlmsghdr and genlmsghdr (20), the
 * ETHTOOL_A_*_HEADER nest (4) holding ETHTOOL_A_HEADER_DEV_NAME (4 + the name and its NUL, padded to 4).
 */
export function firstAttrOffset(dev: string): number {
  return 28 + ((dev.length + 1 + 3) & ~3);
}

export function ethtoolCall(pc: ProgramContext, req: EthtoolRequest): EthtoolReply | KernelError {
  try {
    return ethtoolTalk(pc.task, req);
  } catch (e) {
    if (e instanceof KernelError) return e;
    throw e;
  }
}

/** A netlink request refused: the extack line (an unknown device's, or the handler's), then the errno. */
export async function nlError(pc: ProgramContext, e: KernelError, rc: number, extackOffset?: number): Promise<number> {
  const at = extackOffset === undefined ? "" : ` (offset ${extackOffset})`;
  const ext = e.extack ? `netlink error: ${e.extack}${at}\n` : "";
  await pc.stderr.write(e.errno === 19 ? NL_NODEV : `${ext}netlink error: ${strerror(e.errno)}\n`);
  return rc;
}

/** Netlink commands that only ever fail here (no modelled driver has the op): the status ethtool gives. */
const NL_OPS: Record<string, { op: EthtoolOpName; rc: number; set?: boolean }> = {
  "-a": { op: "get_pauseparam", rc: 1 },
  "--show-pause": { op: "get_pauseparam", rc: 1 },
  "-A": { op: "set_pauseparam", rc: 76, set: true },
  "--pause": { op: "set_pauseparam", rc: 76, set: true },
  "--show-eee": { op: "get_eee", rc: 1 },
  "--set-eee": { op: "set_eee", rc: 76, set: true },
  "-m": { op: "get_module_eeprom", rc: 1 },
  "--dump-module-eeprom": { op: "get_module_eeprom", rc: 1 },
  "--module-info": { op: "get_module_eeprom", rc: 1 },
  "-G": { op: "set_ringparam", rc: 81, set: true },
  "--set-ring": { op: "set_ringparam", rc: 81, set: true },
  "--show-priv-flags": { op: "get_priv_flags", rc: 1 },
  "--show-fec": { op: "get_fecparam", rc: 1 },
  "--show-tunnels": { op: "get_tunnel_info", rc: 1 },
  "--set-priv-flags": { op: "set_priv_flags", rc: 1, set: true },
  "--cable-test": { op: "cable_test", rc: 1 },
  "--cable-test-tdr": { op: "cable_test", rc: 1 },
};

/** ioctl commands refused by every modelled driver: their message and status (do_geeprom, do_gregs...). */
interface IoctlOp {
  op: EthtoolOpName;
  what: string;
  rc: number;
  /** An unknown device fails at an earlier request (the driver information, the test strings). */
  nodev?: { what: string; rc: number };
}
const DRVINFO = "Cannot get driver information";
const IOCTL_OPS: Record<string, IoctlOp> = {
  "-e": { op: "get_eeprom", what: "Cannot get EEPROM data", rc: 74, nodev: { what: DRVINFO, rc: 74 } },
  "--eeprom-dump": { op: "get_eeprom", what: "Cannot get EEPROM data", rc: 74, nodev: { what: DRVINFO, rc: 74 } },
  "-d": { op: "get_regs", what: "Cannot get register dump", rc: 74, nodev: { what: DRVINFO, rc: 72 } },
  "--register-dump": { op: "get_regs", what: "Cannot get register dump", rc: 74, nodev: { what: DRVINFO, rc: 72 } },
  "-t": { op: "self_test", what: "Cannot test", rc: 74, nodev: { what: "Cannot get strings", rc: 74 } },
  "--test": { op: "self_test", what: "Cannot test", rc: 74, nodev: { what: "Cannot get strings", rc: 74 } },
  "-x": { op: "get_rxnfc", what: "Cannot get RX ring count", rc: 1 },
  "--show-rxfh-indir": { op: "get_rxnfc", what: "Cannot get RX ring count", rc: 1 },
  "--show-rxfh": { op: "get_rxnfc", what: "Cannot get RX ring count", rc: 1 },
  "-w": { op: "get_dump_flag", what: "Can not get dump level", rc: 1 },
  "--get-dump": { op: "get_dump_flag", what: "Can not get dump level", rc: 1 },
  "-p": { op: "set_phys_id", what: "Cannot identify NIC", rc: 255 },
  "--identify": { op: "set_phys_id", what: "Cannot identify NIC", rc: 255 },
  "-r": { op: "nway_reset", what: "Cannot restart autonegotiation", rc: 255 },
  "--negotiate": { op: "nway_reset", what: "Cannot restart autonegotiation", rc: 255 },
};

/** -m's parameters (nl_getmodule): anything else is refused by the parser before any request. */
const MODULE_PARAMS = new Set(["offset", "length", "page", "bank", "i2c", "raw", "hex"]);

export function refusedCommand(opt: string): ((pc: ProgramContext, args: string[]) => Promise<number>) | undefined {
  const nl = NL_OPS[opt];
  if (nl)
    return async (pc, args) => {
      if (args.length > 1 && !nl.set) {
        const extra = args[1]!;
        const modParam = nl.op === "get_module_eeprom";
        if (!modParam || !MODULE_PARAMS.has(extra)) {
          await pc.stderr.write(modParam ? `ethtool (${opt}): unknown parameter '${extra}'\n` : `ethtool: unexpected parameter '${extra}'\n`);
          return 1;
        }
      }
      const r = ethtoolCall(pc, { cmd: "ETHTOOL_OP", devname: args[0]!, op: nl.op });
      return r instanceof KernelError ? nlError(pc, r, nl.rc) : 0;
    };
  const io = IOCTL_OPS[opt];
  if (io)
    return async (pc, args) => {
      if (args.length > 1) {
        await pc.stderr.write("ethtool: bad command line argument(s)\nFor more information run ethtool -h\n");
        return 1;
      }
      // -d and -e ask for the driver information first: a device without it (lo) stops there too.
      const info = io.nodev?.what === DRVINFO ? ethtoolCall(pc, { cmd: "ETHTOOL_GDRVINFO", devname: args[0]! }) : undefined;
      const r = info instanceof KernelError ? info : ethtoolCall(pc, { cmd: "ETHTOOL_OP", devname: args[0]!, op: io.op });
      if (!(r instanceof KernelError)) return 0;
      const how = ((r === info || r.errno === 19) && io.nodev) || io;
      await pc.stderr.write(`${how.what}: ${strerror(r.errno)}\n`);
      return how.rc;
    };
  return undefined;
}

const CHANNEL_KINDS: readonly string[] = ["rx", "tx", "other", "combined"];

/** -L/--set-channels DEV [rx N] [tx N] [other N] [combined N]: nl_schannels(). */
export async function setChannels(pc: ProgramContext, args: string[]): Promise<number> {
  const dev = args[0]!;
  const counts: Array<[EthtoolChannelKind, number]> = [];
  for (let i = 1; i < args.length; i += 2) {
    const k = args[i]!;
    if (!CHANNEL_KINDS.includes(k)) {
      await pc.stderr.write(`ethtool (-L): unknown parameter '${k}'\n`);
      return 1;
    }
    const v = args[i + 1];
    if (v === undefined) {
      await pc.stderr.write(`ethtool (-L): no value for parameter '${k}'\n`);
      return 1;
    }
    if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) {
      await pc.stderr.write(`ethtool (-L): invalid value '${v}' for parameter '${k}'\n`);
      return 1;
    }
    counts.push([k as EthtoolChannelKind, Number(v)]);
  }
  const r = ethtoolCall(pc, { cmd: "ETHTOOL_SCHANNELS", devname: dev, counts });
  if (r instanceof KernelError) return nlError(pc, r, 1);
  if (r.cmd === "ETHTOOL_SCHANNELS" && r.extack) {
    const off = r.extack.attr >= 0 ? ` (offset ${firstAttrOffset(dev) + 8 * r.extack.attr})` : "";
    await pc.stderr.write(`netlink error: ${r.extack.msg}${off}\nnetlink error: Invalid argument\n`);
    return 1;
  }
  return 0;
}

/** -c/--show-coalesce (netlink/coalesce.c): the parameters the driver supports, "n/a" for the rest. */
export async function showCoalesce(pc: ProgramContext, dev: string): Promise<number> {
  const r = ethtoolCall(pc, { cmd: "ETHTOOL_GCOALESCE", devname: dev });
  if (r instanceof KernelError) return nlError(pc, r, 1);
  if (r.cmd !== "ETHTOOL_GCOALESCE") return 1;
  const na = (n: string) => `${n}: n/a\n`;
  const block = (names: string[]) => names.map(na).join("") + "\n";
  await pc.stdout.write(
    `Coalesce parameters for ${dev}:\nAdaptive RX: n/a  TX: n/a\n` +
      block(["stats-block-usecs", "sample-interval", "pkt-rate-low", "pkt-rate-high"]) +
      `rx-usecs: n/a\nrx-frames: ${r.rxFrames}\nrx-usecs-irq: n/a\nrx-frames-irq: n/a\n\n` +
      block(["tx-usecs", "tx-frames", "tx-usecs-irq", "tx-frames-irq"]) +
      block(["rx-usecs-low", "rx-frame-low", "tx-usecs-low", "tx-frame-low"]) +
      block(["rx-usecs-high", "rx-frame-high", "tx-usecs-high", "tx-frame-high"]) +
      "CQE mode RX: n/a  TX: n/a\n\n",
  );
  return 0;
}

/** The settings -s takes that go to set_link_ksettings (each with one value). */
const LINK_KEYS = new Set(["speed", "duplex", "port", "mdix", "autoneg", "advertise", "phyad", "xcvr", "wol", "sopass", "master-slave", "lanes"]);

/** The words the lookup parsers of -s take. */
const LINK_WORDS: Record<string, readonly string[]> = {
  duplex: ["half", "full", "unknown"],
  autoneg: ["on", "off"],
  port: ["tp", "aui", "bnc", "mii", "fibre", "da"],
  mdix: ["auto", "on", "off"],
};

/** -s/--change DEV [speed N] ... [msglvl N]: nl_sset(); every failure is status 75. */
export async function changeSettings(pc: ProgramContext, args: string[]): Promise<number> {
  const dev = args[0]!;
  let link = false;
  let msglvl: number | undefined;
  for (let i = 1; i < args.length; i += 2) {
    const k = args[i]!;
    const v = args[i + 1];
    if (k === "msglvl" && v !== undefined && /^(0x[0-9a-f]+|\d+)$/i.test(v)) msglvl = Number(v);
    else if (LINK_KEYS.has(k) && v !== undefined) {
      // netlink/settings.c's parsers: numbers and word lists are checked before anything is sent.
      const words = LINK_WORDS[k];
      const bad = k === "speed" || k === "lanes" ? !/^\d+$/.test(v) || Number(v) > 0xffffffff : k === "phyad" ? !/^\d+$/.test(v) || Number(v) > 255 : words !== undefined && !words.includes(v);
      if (bad) {
        await pc.stderr.write(`ethtool (-s): invalid value '${v}' for parameter '${k}'\n`);
        return 1;
      }
      link = true;
    }
    else {
      await pc.stderr.write("ethtool: bad command line argument(s)\nFor more information run ethtool -h\n");
      return 1;
    }
  }
  if (link) {
    const r = ethtoolCall(pc, { cmd: "ETHTOOL_OP", devname: dev, op: "set_link_ksettings" });
    if (r instanceof KernelError) return nlError(pc, r, 75);
  }
  if (msglvl !== undefined) {
    const r = ethtoolCall(pc, { cmd: "ETHTOOL_SMSGLVL", devname: dev, value: msglvl });
    if (r instanceof KernelError) return nlError(pc, r, 75);
  }
  return 0;
}

/** NETIF_MSG_* names in bit order, as ethtool prints them after "Current message level". */
const MSG_NAMES = ["drv", "probe", "link", "timer", "ifdown", "ifup", "rx_err", "tx_err", "tx_queued", "intr", "tx_done", "rx_status", "pktdata", "hw", "wol"];

export function msglevelLines(v: number): string {
  let names = "";
  for (let b = 0; b < MSG_NAMES.length; b++) if (v & (1 << b)) names += ` ${MSG_NAMES[b]}`;
  return `        Current message level: 0x${v.toString(16).padStart(8, "0")} (${v >>> 0})\n${" ".repeat(30)}${names}\n`;
}

/** --show-module DEV (netlink/module.c): a driver without module power modes answers with nothing. */
export async function showModule(pc: ProgramContext, dev: string): Promise<number> {
  const r = ethtoolCall(pc, { cmd: "ETHTOOL_GMODULE", devname: dev });
  if (r instanceof KernelError) return nlError(pc, r, 1);
  await pc.stdout.write(`Module parameters for ${dev}:\n`);
  return 0;
}

/** --phy-statistics DEV (do_gphystats): no modelled driver has PHY statistics. */
export async function phyStats(pc: ProgramContext, dev: string): Promise<number> {
  const r = ethtoolCall(pc, { cmd: "ETHTOOL_OP", devname: dev, op: "get_phy_stats" });
  if (r instanceof KernelError && r.errno === 19) {
    await pc.stderr.write(`Cannot get stats strings information: ${strerror(r.errno)}\n`);
    return 96;
  }
  await pc.stderr.write("no stats available\n");
  return 94;
}

/** The netlink set commands no modelled driver supports: their parameters, then the refusal. */
const NL_SETS: Record<string, { cmd: string; op: EthtoolOpName; rc: number; params: Record<string, readonly string[] | null> }> = {
  "--set-module": { cmd: "--set-module", op: "set_module", rc: 83, params: { "power-mode-policy": ["high", "auto"] } },
  // FEC mode names are checked only against the kernel's string set, which the refused request never reaches.
  "--set-fec": { cmd: "--set-fec", op: "set_fecparam", rc: 83, params: { encoding: null } },
};

/** --set-module DEV power-mode-policy high|auto, --set-fec DEV encoding MODE... (nl_parser's messages). */
export async function refusedSet(pc: ProgramContext, opt: string, args: string[]): Promise<number> {
  const s = NL_SETS[opt]!;
  const dev = args[0]!;
  for (let i = 1; i < args.length; i += 2) {
    const name = args[i]!;
    const allowed = s.params[name];
    const v = args[i + 1];
    let msg: string | undefined;
    if (allowed === undefined) msg = `unknown parameter '${name}'`;
    else if (v === undefined) msg = `no value for parameter '${name}'`;
    else if (allowed && !allowed.includes(v.toLowerCase())) msg = `invalid value '${v}' for parameter '${name}'`;
    if (msg) {
      await pc.stderr.write(`ethtool (${s.cmd}): ${msg}\n`);
      return 1;
    }
  }
  const r = ethtoolCall(pc, { cmd: "ETHTOOL_OP", devname: dev, op: s.op });
  // The module handler's extack points at its one attribute, the first after the header.
  return r instanceof KernelError ? nlError(pc, r, s.rc, r.extack ? firstAttrOffset(dev) : undefined) : 0;
}

export function isRefusedSet(opt: string): boolean {
  return opt in NL_SETS;
}

/** -f/--flash DEV FILE [REGION] (do_flash). */
export async function flash(pc: ProgramContext, args: string[]): Promise<number> {
  const [dev, file, region] = args as [string, string?, string?];
  // The region is read with strtol: a word that is no number counts as region 0.
  if (file === undefined || args.length > 3) {
    await pc.stderr.write("ethtool: bad command line argument(s)\nFor more information run ethtool -h\n");
    return 1;
  }
  const r = ethtoolCall(pc, { cmd: "ETHTOOL_FLASHDEV", devname: dev, file, region: Number.parseInt(region ?? "0", 10) || 0 });
  if (!(r instanceof KernelError)) return 0;
  await pc.stderr.write(`Flashing failed: ${strerror(r.errno)}\n`);
  return 255;
}
