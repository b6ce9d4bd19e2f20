// net-tools 2.10 arp for Ethernet/IPv4: the cache as /proc/net/arp shows it
// (Linux style by default or with -e/-n, BSD style with -a; -i DEV and HOST
// filters, "no match" messages), and -s/-d through SIOCSARP/SIOCDARP.

import { KernelError } from "../../uapi/errno.js";
import { devGetByName } from "../../kernel/core/dev.js";
import { arpIoctlDel, arpIoctlDelPublic, arpIoctlSet } from "../../kernel/ipv4/ioctl.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { fmtIp, fmtMac, herrorText, inetResolve, readText, runTool, type Io } from "./lib.js";
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

function dispLinux(e: Entry, title: { shown: boolean }): string {
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
  s += `${e.ip.slice(0, 23).padEnd(23)}  `;
  if (!(e.flags & ATF_COM)) s += e.flags & ATF_PUBL ? `${"*".padEnd(8)}${"<from_interface>".padEnd(20)}` : `${"".padEnd(8)}${"(incomplete)".padEnd(20)}`;
  else s += `${"ether".padEnd(8)}${e.hw.padEnd(20)}`;
  s += `${flags.padEnd(6)}${mask.padEnd(15)} ${e.dev}\n`;
  return s;
}

function dispBsd(e: Entry): string {
  let s = `? (${e.ip}) at `;
  if (!(e.flags & ATF_COM)) s += e.flags & ATF_PUBL ? "<from_interface> " : "<incomplete> ";
  else s += `${e.hw} [ether] `;
  if (e.flags & ATF_NETMASK) s += `netmask ${e.mask} `;
  if (e.flags & ATF_PERM) s += "PERM ";
  if (e.flags & ATF_PUBL) s += "PUB ";
  return `${s}on ${e.dev}\n`;
}

async function main(pc: ProgramContext, io: Io): Promise<number> {
  const args = pc.argv.slice(1);
  let bsd = false;
  let device = "";
  let mode: "show" | "set" | "del" = "show";
  let useDevice = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--set") mode = "set";
    else if (a === "--delete") mode = "del";
    else if (a === "--numeric" || a === "--verbose") continue;
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
        else if (c === "n" || c === "v") continue;
        else if (c === "D") useDevice = true;
        else if (c === "s") mode = "set";
        else if (c === "d") mode = "del";
        else if (c === "i") {
          device = a.slice(j + 1) || args[++i] || "";
          break;
        } else if (c === "H" || c === "t" || c === "A" || c === "p") {
          if (!a.slice(j + 1)) i++;
          break;
        } else {
          await io.err(`arp: invalid option -- '${c}'\n${ARP_USAGE}`);
          return 3;
        }
      }
    } else rest.push(a);
  }
  const ns = pc.task.netns;
  if (mode === "set" || mode === "del") {
    const host = rest[0];
    if (host === undefined) {
      await io.err("arp: need host name\n");
      return 255;
    }
    const ip = inetResolve(pc, host);
    if (typeof ip !== "number") {
      await io.err(`${host}: ${herrorText(ip.error)}\n`);
      return 255;
    }
    if (mode === "del") {
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
    const bytes = hw?.split(":").map((x) => Number.parseInt(x, 16)) ?? [];
    if (!hw || bytes.length !== 6 || bytes.some((b) => Number.isNaN(b) || b < 0 || b > 255)) {
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
      arpIoctlSet(ns, ip, new Uint8Array(bytes), device || undefined, flags, mask);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await io.err(`SIOCSARP: ${e.message}\n`);
      return 255;
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
    if (hostIp && e.ip !== hostIp) continue;
    if (device && e.dev !== device) continue;
    shown++;
    out += bsd ? dispBsd(e) : dispLinux(e, title);
  }
  if (!shown) {
    if (host && !bsd) out += `${host} (${hostIp}) -- no entry\n`;
    else if (host || device) out += `arp: in ${entries.length} entries no match found.\n`;
  }
  await io.out(out);
  return 0;
}

export const arpMain: Program = (pc) => runTool(pc, main);
