// rarp (net-tools 2.10): the kernel's reverse-ARP table, gone since Linux
// 2.3. -a reads /proc/net/rarp, absent here as on the real kernel ("This
// kernel does not support RARP.", status 1); -s/-d resolve the host and then
// fail in SIOCSRARP/SIOCDRARP (ENOTTY, kernel/ipv4/af_inet_rarp.ts); -f reads
// /etc/ethers first. Bad usage prints the usage and the hardware types to
// stderr (status 3); -h prints the usage to stdout, the types to stderr.
import type { Program } from "../../kernel/task/program.js";
import { inetRarpIoctl, SIOCDRARP, SIOCSRARP } from "../../kernel/ipv4/af_inet_rarp.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { getopt } from "../coreutils/common/getopt.js";
import { inEther, inetResolve, readTextIfAny } from "./lib.js";

const USAGE_TEXT =
  "Usage: rarp -a                               list entries in cache.\n" +
  "       rarp -d <hostname>                    delete entry from cache.\n" +
  "       rarp [<HW>] -s <hostname> <hwaddr>    add entry to cache.\n" +
  "       rarp -f                               add entries from /etc/ethers.\n" +
  "       rarp -V                               display program version.\n\n" +
  "  <HW>=Use '-H <hw>' to specify hardware address type. Default: ether\n" +
  "  List of possible hardware types (which support ARP):\n";
const HW_LIST =
  "    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) \n" +
  "    netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) \n" +
  "    dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) \n" +
  "    irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) \n";
const USAGE = USAGE_TEXT + HW_LIST;

export const rarpMain: Program = async (ctx) => {
  const r = getopt(ctx.argv.slice(1), {
    short: "-adsfVvhH:t:",
    long: [
      { name: "version", arg: "none", key: "V" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "list", arg: "none", key: "a" },
      { name: "set", arg: "none", key: "s" },
      { name: "delete", arg: "none", key: "d" },
      { name: "help", arg: "none", key: "h" },
    ],
  });
  const usage = async () => {
    await ctx.stderr.write(USAGE);
    return 3;
  };
  if (r.kind === "error") {
    await ctx.stderr.write(`rarp: ${r.message}\n`);
    return usage();
  }
  let mode: "a" | "d" | "s" | "f" | undefined;
  for (const o of r.opts) {
    if (o.key === "V") {
      await ctx.stdout.write("net-tools 2.10\n");
      return 0;
    }
    if (o.key === "h") {
      // The usage goes to stdout but the type list to stderr (print_hwlist), which reaches a shared file first.
      await ctx.stderr.write(HW_LIST);
      await ctx.stdout.write(USAGE_TEXT);
      return 0;
    }
    if (o.key === "a" || o.key === "d" || o.key === "s" || o.key === "f") {
      if (mode) return usage();
      mode = o.key;
    }
  }
  const ops = r.operands;
  if (mode === "a") {
    if (ops.length) return usage();
    const t = await readTextIfAny(ctx, "/proc/net/rarp");
    if (t === undefined) {
      await ctx.stderr.write("This kernel does not support RARP.\n");
      return 1;
    }
    await ctx.stdout.write(t);
    return 0;
  }
  if (mode === "f") {
    const file = ops[0] ?? "/etc/ethers";
    const t = await readTextIfAny(ctx, file);
    if (t === undefined) {
      await ctx.stderr.write(`rarp: cannot open file ${file}:No such file or directory.\n`);
      return 255;
    }
    // Each "HWADDR HOST" line is an -s of its own; the first failure ends the run.
    for (const line of t.split("\n")) {
      const w = line.replace(/#.*/, "").trim().split(/\s+/);
      if (w.length < 2 || !inEther(w[0]!)) continue;
      if (typeof inetResolve(ctx, w[1]!) !== "number") continue;
      try {
        inetRarpIoctl(SIOCSRARP);
      } catch (e) {
        if (!(e instanceof KernelError)) throw e;
        await ctx.stderr.write(`SIOCSRARP: ${strerror(e.errno)}\n`);
        return 1;
      }
    }
    return 0;
  }
  if ((mode === "d" && ops.length !== 1) || (mode === "s" && ops.length !== 2) || !mode) return usage();
  const host = ops[0]!;
  const addr = inetResolve(ctx, host);
  if (typeof addr !== "number") {
    await ctx.stderr.write(`rarp: ${host}: unknown host\n`);
    return 1;
  }
  if (mode === "s" && !inEther(ops[1]!)) {
    await ctx.stderr.write(`rarp: ${ops[1]}: invalid hardware address\n`);
    return 1;
  }
  const name = mode === "s" ? "SIOCSRARP" : "SIOCDRARP";
  try {
    inetRarpIoctl(mode === "s" ? SIOCSRARP : SIOCDRARP);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    await ctx.stderr.write(`${name}: ${strerror(e.errno)}\n`);
    return 1;
  }
  return 0;
};
