// mii-tool (net-tools 2.10): reads each interface's MII PHY through
// SIOCGMIIPHY. No device of the model answers it (kernel/core/dev_ioctl_mii.ts),
// so each named interface gets "SIOCGMIIPHY on 'IF' failed: MSG" and the
// status is 1; no interface is "No interface specified" and the usage (exit 2).
// Not modelled: what follows a successful SIOCGMIIPHY (register dumps, -R/-r,
// -A/-F, -w), which needs a driver with an MII PHY.
import type { Program } from "../../kernel/task/program.js";
import { devMiiIoctl } from "../../kernel/core/dev_ioctl_mii.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { getopt } from "../coreutils/common/getopt.js";

const USAGE =
  "usage: mii-tool [-VvRrwl] [-A media,... | -F media] [-p addr] <interface ...>\n" +
  "       -V, --version               display version information\n" +
  "       -v, --verbose               more verbose output\n" +
  "       -R, --reset                 reset MII to poweron state\n" +
  "       -r, --restart               restart autonegotiation\n" +
  "       -w, --watch                 monitor for link status changes\n" +
  "       -l, --log                   with -w, write events to syslog\n" +
  "       -A, --advertise=media,...   advertise only specified media\n" +
  "       -F, --force=media           force specified media technology\n" +
  "       -p, --phy=addr              set PHY (MII address) to report\n" +
  "media: 1000baseTx-HD, 1000baseTx-FD,\n" +
  "       100baseT4, 100baseTx-FD, 100baseTx-HD,\n" +
  "       10baseT-FD, 10baseT-HD,\n" +
  "       (to advertise both HD and FD) 1000baseTx, 100baseTx, 10baseT\n";

export const miiToolMain: Program = async (ctx) => {
  const r = getopt(ctx.argv.slice(1), {
    short: "A:F:p:lrRvVw?",
    long: [
      { name: "advertise", arg: "required", key: "A" },
      { name: "force", arg: "required", key: "F" },
      { name: "phy", arg: "required", key: "p" },
      { name: "log", arg: "none", key: "l" },
      { name: "restart", arg: "none", key: "r" },
      { name: "reset", arg: "none", key: "R" },
      { name: "verbose", arg: "none", key: "v" },
      { name: "version", arg: "none", key: "V" },
      { name: "watch", arg: "none", key: "w" },
    ],
  });
  if (r.kind === "error") {
    await ctx.stderr.write(`mii-tool: ${r.message}\n${USAGE}`);
    return 2;
  }
  for (const o of r.opts) {
    if (o.key === "V") {
      await ctx.stdout.write("net-tools 2.10\nDavid Hinds based on Donald Becker's mii-diag\n");
      return 0;
    }
    if (o.key === "?") {
      await ctx.stderr.write(USAGE);
      return 2;
    }
  }
  if (!r.operands.length) {
    await ctx.stderr.write(`No interface specified\n${USAGE}`);
    return 2;
  }
  let status = 0;
  for (const name of r.operands) {
    try {
      devMiiIoctl(ctx.task, name);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await ctx.stderr.write(`SIOCGMIIPHY on '${name}' failed: ${strerror(e.errno)}\n`);
      status = 1;
    }
  }
  return status;
};
