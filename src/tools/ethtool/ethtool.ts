// ethtool 6.1: -k/--show-features (--show-offload), -i/--driver, -l/-g,
// -S/--statistics, and the plain settings query, with ethtool's messages and
// exit statuses (netlink errors for an unknown device, 71/94/96 for the
// ioctl paths). Talks to the kernel only through the ethtool uapi messages.

import { KernelError, strerror } from "../../uapi/errno.js";
import { formatMac } from "../../kernel/core/netdevice.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { bitNameOffset, expandFeature, featureLines } from "./features.js";
import {
  changeSettings,
  ethtoolCall as call,
  msglevelLines,
  NL_NODEV,
  refusedCommand,
  setChannels,
  showCoalesce,
  showModule,
  phyStats,
  refusedSet,
  isRefusedSet,
  flash,
} from "./ops.js";
import { setCoalesce } from "./coalesce.js";
import { configRxClass, setDump, setRxfh, showRxClass } from "./rxclass.js";
import { ETHTOOL_USAGE } from "./usage.js";

async function bad(pc: ProgramContext): Promise<number> {
  await pc.stderr.write("ethtool: bad command line argument(s)\nFor more information run ethtool -h\n");
  return 1;
}

async function features(pc: ProgramContext, dev: string): Promise<number> {
  const r = call(pc, { cmd: "ETHTOOL_GFEATURES", devname: dev });
  if (r instanceof KernelError) {
    await pc.stderr.write(NL_NODEV);
    return 1;
  }
  if (r.cmd !== "ETHTOOL_GFEATURES") return 1;
  await pc.stdout.write(`Features for ${dev}:\n${featureLines(r.bits).join("")}`);
  return 0;
}

/** -K/--features/--offload DEV NAME on|off...: ethtool's nl_sfeatures(). */
async function setFeatures(pc: ProgramContext, args: string[]): Promise<number> {
  const dev = args[0]!;
  const pairs: Array<[string, boolean]> = [];
  for (let i = 1; i < args.length; i += 2) {
    const v = args[i + 1];
    if (v !== "on" && v !== "off") {
      await pc.stderr.write(`ethtool (-K): flag '${v ?? "(null)"}' for parameter '(null)' is not followed by 'on' or 'off'\n`);
      return 1;
    }
    pairs.push([args[i]!, v === "on"]);
  }
  const g = call(pc, { cmd: "ETHTOOL_GFEATURES", devname: dev });
  if (g instanceof KernelError) {
    await pc.stderr.write(NL_NODEV);
    return 92;
  }
  if (g.cmd !== "ETHTOOL_GFEATURES") return 1;
  const wanted = new Map<string, boolean>();
  for (const [name, on] of pairs) for (const b of expandFeature(name, g.bits)) wanted.set(b, on);
  const r = call(pc, { cmd: "ETHTOOL_SFEATURES", devname: dev, wanted: [...wanted] });
  if (r instanceof KernelError) {
    await pc.stderr.write(`netlink error: bit name not found (offset ${bitNameOffset(dev)})\nnetlink error: ${strerror(r.errno)}\n`);
    return 92;
  }
  if (r.cmd !== "ETHTOOL_SFEATURES") return 1;
  const unmet = r.bits.filter((b) => b.wantedDiff);
  let rc = 0;
  // Nothing requested came out as requested: every requested bit is among the unmet ones.
  if (unmet.length === wanted.size) {
    await pc.stderr.write("Could not change any device features\n");
    rc = 1;
  }
  if (!r.bits.some((b) => b.wantedDiff || (b.activeDiff && !wanted.has(b.name)))) return rc;
  let o = "Actual changes:\n";
  for (const b of r.bits) {
    const st = b.active ? "on" : "off";
    if (b.wantedDiff) o += `${b.name}: ${st} [requested ${b.active ? "off" : "on"}]\n`;
    else if (b.activeDiff) o += `${b.name}: ${st}${wanted.has(b.name) ? "" : " [not requested]"}\n`;
  }
  await pc.stdout.write(o);
  return rc;
}

async function driver(pc: ProgramContext, dev: string): Promise<number> {
  const r = call(pc, { cmd: "ETHTOOL_GDRVINFO", devname: dev });
  if (r instanceof KernelError) {
    await pc.stderr.write(`Cannot get driver information: ${strerror(r.errno)}\n`);
    return 71;
  }
  if (r.cmd !== "ETHTOOL_GDRVINFO") return 1;
  const i = r.info;
  const yn = (b: boolean) => (b ? "yes" : "no");
  await pc.stdout.write(
    `driver: ${i.driver}\nversion: ${i.version}\nfirmware-version: ${i.fw_version}\n` +
      `expansion-rom-version: ${i.erom_version}\nbus-info: ${i.bus_info}\n` +
      `supports-statistics: ${yn(i.n_stats > 0)}\nsupports-test: ${yn(i.testinfo_len > 0)}\n` +
      `supports-eeprom-access: ${yn(i.eedump_len > 0)}\nsupports-register-dump: ${yn(i.regdump_len > 0)}\n` +
      `supports-priv-flags: ${yn(i.n_priv_flags > 0)}\n`,
  );
  return 0;
}

async function stats(pc: ProgramContext, dev: string): Promise<number> {
  const r = call(pc, { cmd: "ETHTOOL_GSTATS", devname: dev });
  if (r instanceof KernelError) {
    if (r.errno === 19) {
      await pc.stderr.write(`Cannot get stats strings information: ${strerror(r.errno)}\n`);
      return 96;
    }
    await pc.stderr.write("no stats available\n");
    return 94;
  }
  if (r.cmd !== "ETHTOOL_GSTATS") return 1;
  await pc.stdout.write(`NIC statistics:\n${r.stats.map(([k, v]) => `     ${k}: ${v}\n`).join("")}`);
  return 0;
}

async function settings(pc: ProgramContext, dev: string): Promise<number> {
  const r = call(pc, { cmd: "ETHTOOL_GLINKSETTINGS", devname: dev });
  if (r instanceof KernelError) {
    // Each of the five netlink requests fails: only a missing device says so on stderr.
    if (r.errno === 19) await pc.stderr.write(NL_NODEV.repeat(5));
    await pc.stdout.write("No data available\n");
    return 75;
  }
  if (r.cmd !== "ETHTOOL_GLINKSETTINGS") return 1;
  const s = r.settings;
  let o = `Settings for ${dev}:\n`;
  if (s) {
    o +=
      "\tSupported ports: [  ]\n\tSupported link modes:   Not reported\n\tSupported pause frame use: No\n" +
      "\tSupports auto-negotiation: No\n\tSupported FEC modes: Not reported\n\tAdvertised link modes:  Not reported\n" +
      "\tAdvertised pause frame use: No\n\tAdvertised auto-negotiation: No\n\tAdvertised FEC modes: Not reported\n" +
      (s.speed > 0 ? `\tSpeed: ${s.speed}Mb/s\n` : "\tSpeed: Unknown!\n") +
      (s.duplex === 1 ? "\tDuplex: Full\n" : s.duplex === 0 ? "\tDuplex: Half\n" : `\tDuplex: Unknown! (${s.duplex})\n`) +
      `\tAuto-negotiation: off\n\tPort: ${s.port}\n\tPHYAD: 0\n\tTransceiver: internal\n` +
      (s.mdix ? "\tMDI-X: Unknown\n" : "") +
      (s.msglevel !== undefined ? msglevelLines(s.msglevel) : "");
    o += `\tLink detected: ${s.link ? "yes" : "no"}\n`;
  } else {
    // loopback reports no link modes, only whether it is up.
    o += `\tLink detected: ${r.loopbackUp ? "yes" : "no"}\n`;
  }
  await pc.stdout.write(o);
  return 0;
}

/** A netlink GET whose device lookup or handler failed: the extack line (unknown device) and the errno. */
async function nlGetError(pc: ProgramContext, e: KernelError): Promise<number> {
  await pc.stderr.write(e.errno === 19 ? NL_NODEV : `netlink error: ${strerror(e.errno)}\n`);
  return 1;
}

async function channels(pc: ProgramContext, dev: string): Promise<number> {
  const r = call(pc, { cmd: "ETHTOOL_GCHANNELS", devname: dev });
  if (r instanceof KernelError) return nlGetError(pc, r);
  if (r.cmd !== "ETHTOOL_GCHANNELS") return 1;
  // channels_fill_reply() sends a kind's maximum and count only when the maximum is not 0: "n/a" otherwise.
  const v = (max: number, n: number) => (max ? String(n) : "n/a");
  const block = (rx: number, tx: number, other: number, comb: number) =>
    `RX:\t\t${v(r.maxRx, rx)}\nTX:\t\t${v(r.maxTx, tx)}\nOther:\t\t${v(r.maxOther, other)}\nCombined:\t${v(r.maxCombined, comb)}\n`;
  await pc.stdout.write(
    `Channel parameters for ${dev}:\nPre-set maximums:\n${block(r.maxRx, r.maxTx, r.maxOther, r.maxCombined)}` +
      `Current hardware settings:\n${block(r.rx, r.tx, r.other, r.combined)}`,
  );
  return 0;
}

async function rings(pc: ProgramContext, dev: string): Promise<number> {
  const r = call(pc, { cmd: "ETHTOOL_GRINGPARAM", devname: dev });
  if (r instanceof KernelError) return nlGetError(pc, r);
  return 1;
}

/** ethtool -P (netlink/permaddr.c): IFLA_PERM_ADDRESS or "not set". */
async function permaddr(pc: ProgramContext, dev: string): Promise<number> {
  const r = call(pc, { cmd: "ETHTOOL_GPERMADDR", devname: dev });
  if (r instanceof KernelError) {
    await pc.stderr.write(`netlink error: ${strerror(r.errno)}\n`);
    return 1;
  }
  if (r.cmd !== "ETHTOOL_GPERMADDR") return 1;
  const a = r.addr ? formatMac(r.addr) : "not set";
  await pc.stdout.write(`Permanent address: ${a}\n`);
  return 0;
}

/** ethtool -T (netlink/tsinfo.c): the timestamping capabilities; no PHC, no hardware modes. */
async function tsinfo(pc: ProgramContext, dev: string): Promise<number> {
  const r = call(pc, { cmd: "ETHTOOL_GET_TS_INFO", devname: dev });
  if (r instanceof KernelError) return nlGetError(pc, r);
  if (r.cmd !== "ETHTOOL_GET_TS_INFO") return 1;
  await pc.stdout.write(
    `Time stamping parameters for ${dev}:\nCapabilities:\n${r.softwareTx ? "\tsoftware-transmit\n" : ""}` +
      "\tsoftware-receive\n\tsoftware-system-clock\nPTP Hardware Clock: none\n" +
      "Hardware Transmit Timestamp Modes: none\nHardware Receive Filter Modes: none\n",
  );
  return 0;
}

/** Commands that parse their own arguments after the device. */
const OWN_ARGS: Record<string, (pc: ProgramContext, args: string[]) => Promise<number>> = {
  "-C": setCoalesce,
  "--coalesce": setCoalesce,
  "-n": showRxClass,
  "-u": showRxClass,
  "--show-nfc": showRxClass,
  "--show-ntuple": showRxClass,
  "-N": configRxClass,
  "-U": configRxClass,
  "--config-nfc": configRxClass,
  "--config-ntuple": configRxClass,
  "-X": setRxfh,
  "--set-rxfh-indir": setRxfh,
  "--rxfh": setRxfh,
  "-W": setDump,
  "--set-dump": setDump,
  "-f": flash,
  "--flash": flash,
};

export const ethtoolMain: Program = async (pc) => {
  const k = pc.argv[1];
  if ((k === "-K" || k === "--features" || k === "--offload") && pc.argv.length > 2) return setFeatures(pc, pc.argv.slice(2));
  if ((k === "-L" || k === "--set-channels") && pc.argv.length > 2) return setChannels(pc, pc.argv.slice(2));
  if ((k === "-s" || k === "--change") && pc.argv.length > 2) return changeSettings(pc, pc.argv.slice(2));
  const own = k === undefined ? undefined : OWN_ARGS[k];
  if (own && pc.argv.length > 2) return own(pc, pc.argv.slice(2));
  if (k !== undefined && isRefusedSet(k) && pc.argv.length > 2) return refusedSet(pc, k, pc.argv.slice(2));
  const refused = k === undefined ? undefined : refusedCommand(k);
  if (refused && pc.argv.length >= 3) return refused(pc, pc.argv.slice(2));
  const args = pc.argv.slice(1);
  if (!args.length) return bad(pc);
  const a = args[0]!;
  if (a === "-h" || a === "--help") {
    await pc.stdout.write(ETHTOOL_USAGE);
    return 0;
  }
  if (a === "--version") {
    await pc.stdout.write("ethtool version 6.1\n");
    return 0;
  }
  const modes: Record<string, (pc: ProgramContext, dev: string) => Promise<number>> = {
    "-k": features,
    "--show-features": features,
    "--show-offload": features,
    "-i": driver,
    "--driver": driver,
    "-S": stats,
    "-l": channels,
    "--show-channels": channels,
    "-g": rings,
    "--show-ring": rings,
    "--statistics": stats,
    "-P": permaddr,
    "--show-permaddr": permaddr,
    "-T": tsinfo,
    "-c": showCoalesce,
    "--show-coalesce": showCoalesce,
    "--show-time-stamping": tsinfo,
    "--show-module": showModule,
    "--phy-statistics": phyStats,
  };
  if (a.startsWith("-")) {
    const fn = modes[a];
    if (!fn || args.length < 2) return bad(pc);
    if (args.length > 2) {
      await pc.stderr.write(`ethtool: unexpected parameter '${args[2]}'\n`);
      return 1;
    }
    return fn(pc, args[1]!);
  }
  if (args.length > 1) {
    await pc.stderr.write(`ethtool: unexpected parameter '${args[1]}'\n`);
    return 1;
  }
  return settings(pc, a);
};
