// net-tools 2.10 arp for Ethernet/IPv4: the cache as /proc/net/arp shows it
// (Linux style by default or with -e/-n, BSD style with -a; -i DEV and HOST
// filters, "no match" messages), and -s/-d through SIOCSARP/SIOCDARP.

import { KernelError } from "../../uapi/errno.js";
import { devGetByName } from "../../kernel/core/dev.js";
import { arpIoctlDel, arpIoctlDelPublic, arpIoctlSet } from "../../kernel/ipv4/ioctl.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { fmtIp, fmtMac, herrorText, inEther, inetResolve, inetSprint, readText, runTool, type Io } from "./lib.js";
import { parseIpv4Aton } from "../../wire/addr.js";
import { ARP_USAGE } from "./usage.js";

interface Entry {
  ip: string;
  hwtype: number;
  flags: number;
  hw: string;
  mask: string;
  dev: string;
}

async function readArp(pc: ProgramContext): Promise<Entry[]> {
  const text = await readText(pc, "/proc/net/arp");
  const out: Entry[] = [];
  for (const line of text.split("\n").slice(1)) {
    const w = line.trim().split(/\s+/);
    if (w.length < 6) continue;
    out.push({ ip: w[0]!, hwtype: Number.parseInt(w[1]!, 16), flags: Number.parseInt(w[2]!, 16), hw: w[3]!, mask: w[4]!, dev: w[5]! });
  }
  return out;
}

const ATF_COM = 0x02;
const ATF_PERM = 0x04;
const ATF_PUBL = 0x08;
const ATF_NETMASK = 0x20;

function dispLinux(e: Entry, title: { shown: boolean }, name: string): string {
  let s = "";
  if (!title.shown) {
    s += "Address                  HWtype  HWaddress           Flags Mask            Iface\n";
    title.shown = true;
  }
  let flags = "";
  if (e.flags & ATF_COM) flags += "C";
  if (e.flags & ATF_PERM) flags += "M";
  if (e.flags & ATF_PUBL) flags += "P";
  const mask = e.flags & ATF_NETMASK ? e.mask : "";
  s += `${name.slice(0, 23).padEnd(23)}  `;
  if (!(e.flags & ATF_COM)) s += e.flags & ATF_PUBL ? `${"*".padEnd(8)}${"<from_interface>".padEnd(20)}` : `${"".padEnd(8)}${"(incomplete)".padEnd(20)}`;
  else s += `${"ether".padEnd(8)}${e.hw.padEnd(20)}`;
  s += `${flags.padEnd(6)}${mask.padEnd(15)} ${e.dev}\n`;
  return s;
}

/** BSD style: the entry's name, or "?" when it has none (the name came back as the address). */
function dispBsd(e: Entry, name: string): string {
  let s = `${name === e.ip ? "?" : name} (${e.ip}) at `;
  if (!(e.flags & ATF_COM)) s += e.flags & ATF_PUBL ? "<from_interface> " : "<incomplete> ";
  else s += `${e.hw} [ether] `;
  if (e.flags & ATF_NETMASK) s += `netmask ${e.mask} `;
  if (e.flags & ATF_PERM) s += "PERM ";
  if (e.flags & ATF_PUBL) s += "PUB ";
  return `${s}on ${e.dev}\n`;
}

/** The HOST word of -s/-d: "need host name" when missing, the resolver's complaint when unknown. */
async function hostArg(pc: ProgramContext, io: Io, host: string | undefined): Promise<number | undefined> {
  if (host === undefined) {
    await io.err("arp: need host name\n");
    return undefined;
  }
  const ip = inetResolve(pc, host);
  if (typeof ip !== "number") {
    await io.err(`${host}: ${herrorText(ip.error)}\n`);
    return undefined;
  }
  return ip;
}

/** arp_set(): HOST HWADDR [temp] [pub] [netmask NM] [dev IF] through SIOCSARP; 0, or -1 after a message. */
async function arpSet(pc: ProgramContext, io: Io, rest: string[], deviceIn: string, useDevice: boolean): Promise<number> {
  const ns = pc.task.netns;
  let device = deviceIn;
  const ip = await hostArg(pc, io, rest[0]);
  if (ip === undefined) return 255;
  let hw = rest[1];
  if (useDevice && hw !== undefined) {
    // arp_getdevhw(): -D takes the hardware address of the named device (SIOCGIFHWADDR).
    const d = devGetByName(ns, hw);
    if (!d) {
      await io.err(`arp: cant get HW-Address for \`${hw}': No such device.\n`);
      return 255;
    }
    hw = fmtMac(d.addr);
  }
  if (hw === undefined) {
    await io.err("arp: need hardware address\n");
    return 255;
  }
  const bytes = inEther(hw);
  if (!bytes) {
    await io.err("arp: invalid hardware address\n");
    return 255;
  }
  // arp_set(): ATF_PERM|ATF_COM unless "temp"; "pub" adds ATF_PUBL with a /32 netmask
  // unless "netmask" names another.
  let flags = ATF_PERM;
  let mask = 0xffffffff;
  const mods = rest.slice(2);
  for (let i = 0; i < mods.length; i++) {
    const w = mods[i]!;
    if (w === "temp") flags &= ~ATF_PERM;
    else if (w === "pub") flags |= ATF_PUBL;
    else if (w === "dev") device = mods[++i] ?? device;
    else if (w === "netmask") {
      const m = inetResolve(pc, mods[++i] ?? "");
      if (typeof m === "number") mask = m >>> 0;
    }
  }
  try {
    arpIoctlSet(ns, ip, bytes, device || undefined, flags, mask);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    await io.err(`SIOCSARP: ${e.message}\n`);
    return 255;
  }
  return 0;
}

async function main(pc: ProgramContext, io: Io): Promise<number> {
  const args = pc.argv.slice(1);
  let bsd = false;
  let device = "";
  let mode: "show" | "set" | "del" | "file" = "show";
  let useDevice = false;
  let verbose = false;
  let hwType = "";
  let numeric = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--set") mode = "set";
    else if (a === "--delete") mode = "del";
    else if (a === "--numeric") numeric = true;
    else if (a === "--verbose") verbose = true;
    else if (a === "--file") mode = "file";
    else if (a === "--use-device") useDevice = true;
    else if (a === "--device") device = args[++i] ?? "";
    else if (a === "--help") {
      await io.out(ARP_USAGE);
      return 0;
    } else if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === "a") bsd = true;
        else if (c === "e") bsd = false;
        else if (c === "n") numeric = true;
        else if (c === "v") verbose = true;
        else if (c === "f") mode = "file";
        else if (c === "D") useDevice = true;
        else if (c === "s") mode = "set";
        else if (c === "d") mode = "del";
        else if (c === "i") {
          device = a.slice(j + 1) || args[++i] || "";
          break;
        } else if (c === "H" || c === "t" || c === "A" || c === "p") {
          const v = a.slice(j + 1) || args[++i] || "";
          if (c === "H" || c === "t") hwType = v;
          break;
        } else {
          // usage(E_OPTERR): all on stderr, so the type list comes last.
          const list = ARP_USAGE.slice(0, ARP_USAGE.indexOf("Usage:"));
          await io.err(`arp: invalid option -- '${c}'\n${ARP_USAGE.slice(list.length)}${list}`);
          return 3;
        }
      }
    } else rest.push(a);
  }
  const ns = pc.task.netns;
  if (mode === "set") return arpSet(pc, io, rest, device, useDevice);
  if (mode === "del") {
    const host = rest[0];
    const ip = await hostArg(pc, io, host);
    if (ip === undefined) return 255;
    // arp_del(): "pub" asks SIOCDARP with ATF_PUBL (the proxy entry) only.
    const pub = rest.slice(1).includes("pub");
    try {
      if (pub) arpIoctlDelPublic(ns, ip, device || undefined);
      else arpIoctlDel(ns, ip, device || undefined);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      if (e.errno === 6) await io.out(`No ARP entry for ${host}\n`);
      else await io.err(`SIOCDARP(${pub ? "pub" : "dontpub"}): ${e.message}\n`);
      return 255;
    }
    return 0;
  }
  if (mode === "file") {
    // arp_file(): an ethers file, "#" comments, "MAC HOST" lines turned around, each line through arp_set().
    const name = rest[0] ?? "/etc/ethers";
    let text: string;
    try {
      text = await readText(pc, name);
    } catch {
      await io.err(`arp: cannot open etherfile ${name} !\n`);
      return 255;
    }
    const lines = text.split("\n");
    if (lines[lines.length - 1] === "") lines.pop();
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!;
      if (verbose) await io.err(`>> ${line}\n`);
      if (line === "" || line.startsWith("#")) continue;
      const words = line.split(/[ \t]+/).filter((w) => w !== "");
      if (words.length < 2) {
        await io.err(`arp: format error on line ${n + 1} of etherfile ${name} !\n`);
        continue;
      }
      if (words[0]!.includes(":")) [words[0], words[1]] = [words[1]!, words[0]!];
      if ((await arpSet(pc, io, words, device, useDevice)) !== 0) await io.err(`arp: cannot set entry on line ${n + 1} of etherfile ${name} !\n`);
    }
    return 0;
  }
  // Show.
  let host = "";
  let hostIp = "";
  if (rest[0] !== undefined) {
    host = rest[0];
    const ip = inetResolve(pc, host);
    if (typeof ip !== "number") {
      await io.err(`${host}: ${herrorText(ip.error)}\n`);
      return 255;
    }
    hostIp = fmtIp(ip);
  }
  const entries = await readArp(pc);
  const title = { shown: false };
  let out = "";
  let shown = 0;
  for (const e of entries) {
    // -H TYPE: only entries of that hardware type (every entry here is Ethernet, ARPHRD_ETHER).
    if (hwType && (hwType !== "ether" || e.hwtype !== 1)) continue;
    if (hostIp && e.ip !== hostIp) continue;
    if (device && e.dev !== device) continue;
    shown++;
    // arp_disp(): without -n every shown entry's address is looked up (INET_sprint: hosts, then DNS).
    const ip = parseIpv4Aton(e.ip);
    const name = numeric || ip === undefined ? e.ip : await inetSprint(pc, ip);
    out += bsd ? dispBsd(e, name) : dispLinux(e, title, name);
  }
  if (verbose) out += `Entries: ${entries.length}\tSkipped: ${entries.length - shown}\tFound: ${shown}\n`;
  if (!shown) {
    if (host && !bsd) out += `${host} (${hostIp}) -- no entry\n`;
    else if (host || device || hwType) out += `arp: in ${entries.length} entries no match found.\n`;
  }
  await io.out(out);
  return 0;
}

export const arpMain: Program = (pc) => runTool(pc, main);
