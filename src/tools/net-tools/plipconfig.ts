// plipconfig (net-tools 2.10): shows or sets a PLIP interface's nibble and
// trigger timeouts through SIOCDEVPLIP (the first SIOCDEVPRIVATE ioctl). The
// model has no PLIP driver (nor parallel ports): the first ioctl, the read of
// the current values, fails as dev_ioctl answers any private ioctl here
// (kernel/core/dev_ioctl_tunnel.ts: ENODEV for no such device, EOPNOTSUPP
// otherwise) and plipconfig exits with "ioctl: MSG", status 255.
import type { Program } from "../../kernel/task/program.js";
import { devTunnelIoctl } from "../../kernel/core/dev_ioctl_tunnel.js";
import { KernelError, strerror } from "../../uapi/errno.js";

const SIOCDEVPLIP = 0x89f0;
const USAGE = "Usage: plipconfig interface [nibble NN] [trigger NN]\n       plipconfig -V | --version\n       plipconfig -h | --help\n";

export const plipconfigMain: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const a = args[0];
  if (a === "-V" || a === "--version") {
    await ctx.stdout.write("net-tools 2.10\nJohn Paul Morrison, Alan Cox et al.\n");
    return 0;
  }
  if (a === "-h" || a === "--help") {
    await ctx.stdout.write(USAGE);
    return 0;
  }
  if (a === undefined || a.startsWith("-")) {
    await ctx.stderr.write(USAGE);
    return 3;
  }
  try {
    devTunnelIoctl(ctx.task, SIOCDEVPLIP, a);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    await ctx.stderr.write(`ioctl: ${strerror(e.errno)}\n`);
    return 255;
  }
  return 0;
};
