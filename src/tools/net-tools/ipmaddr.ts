// ipmaddr (net-tools 2.10, an early copy of iproute2's ip/ipmaddr.c): lists
// multicast addresses per device from /proc/net/dev_mcast, /proc/net/igmp and
// /proc/net/igmp6 (the readers ip maddr uses), optionally one device and one
// family (link, ipv4, ipv6, all), and adds/deletes link-layer ones with
// SIOCADDMULTI/SIOCDELMULTI. Its quirks: a device that does not exist lists
// nothing; the address is up to six hex bytes (fewer leave zeros, none at
// all is the zero address); the usage's "-version" is not accepted; every
// usage error is the usage on stderr and status 3, an ioctl failure
// "ioctl: MSG" and status 1.
import type { Program } from "../../kernel/task/program.js";
import { devGetByName } from "../../kernel/core/dev.js";
import { devMcIoctl } from "../../kernel/core/dev_addr_lists.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { readDevMcast, readIgmp, readIgmp6, type MaInfo } from "../iproute2/ip/ipmaddr.js";

const USAGE =
  "Usage: ipmaddr [ add | del ] MULTIADDR dev STRING\n" +
  "       ipmaddr show [ dev STRING ] [ ipv4 | ipv6 | link | all ]\n" +
  "       ipmaddr -V | -version\n";

/** The address as the old ll_addr_a2n took it; undefined when a byte is not hex. */
function parseLladdr(s: string): Uint8Array | undefined {
  const out = new Uint8Array(6);
  const parts = s.split(":");
  if (parts.length > 6) return undefined;
  for (let i = 0; i < parts.length; i++) {
    if (!/^[0-9a-fA-F]{1,2}$/.test(parts[i]!)) return undefined;
    out[i] = Number.parseInt(parts[i]!, 16);
  }
  return out;
}

export const ipmaddrMain: Program = async (ctx) => {
  const usage = async () => {
    await ctx.stderr.write(USAGE);
    return 3;
  };
  const args = ctx.argv.slice(1);
  if (args[0] === "-V") {
    await ctx.stdout.write("net-tools 2.10\nAlexey Kuznetsov\n");
    return 0;
  }
  const cmd = args[0] ?? "show";
  const rest = args.slice(1);
  if (cmd === "add" || cmd === "del" || cmd === "delete") {
    let dev: string | undefined;
    let addr: Uint8Array | undefined;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === "dev") {
        if (++i >= rest.length) return usage();
        dev = rest[i];
      } else {
        if (addr) return usage();
        addr = parseLladdr(rest[i]!);
        if (!addr) return usage();
      }
    }
    if (!dev) return usage();
    try {
      devMcIoctl(devGetByName(ctx.task.netns, dev), addr ?? new Uint8Array(6), cmd === "add");
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await ctx.stderr.write(`ioctl: ${strerror(e.errno)}\n`);
      return 1;
    }
    return 0;
  }
  if (cmd !== "show" && cmd !== "list" && cmd !== "lst") return usage();
  let dev: string | undefined;
  let family = "all";
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "dev") {
      if (++i >= rest.length) return usage();
      dev = rest[i];
    } else if (a === "ipv4" || a === "ipv6" || a === "link" || a === "all") family = a;
    else if (a === "help") return usage();
    else dev = a;
  }
  const list: MaInfo[] = [];
  if (family === "all" || family === "link") await readDevMcast(ctx.task, dev, list);
  if (family === "all" || family === "ipv4") await readIgmp(ctx.task, dev, list);
  if (family === "all" || family === "ipv6") await readIgmp6(ctx.task, dev, list);
  let out = "";
  let cur = 0;
  for (const m of list) {
    if (m.index !== cur) {
      out += `${m.index}:\t${m.name}\n`;
      cur = m.index;
    }
    out += m.family === "link" ? `\tlink  ${m.addr}` : `\t${m.family.padEnd(5)} ${m.addr}`;
    if (m.users !== 1) out += ` users ${m.users}`;
    if (m.isStatic) out += " static";
    out += "\n";
  }
  await ctx.stdout.write(out);
  return 0;
};
