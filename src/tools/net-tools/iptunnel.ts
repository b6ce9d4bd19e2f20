// iptunnel (net-tools 2.10, an early copy of iproute2's ip/iptunnel.c):
// add/change/del IPv4 tunnels through SIOCADDTUNNEL/SIOCCHGTUNNEL/
// SIOCDELTUNNEL, show them by asking each tunnel device. The model, like the
// kernel it mirrors, has no ipip/gre/sit driver (kernel/core/dev_ioctl_tunnel.ts):
// there is no tunl0/gre0/sit0 to send add to (ENODEV), a device that exists is
// no tunnel (EOPNOTSUPP), and show finds nothing to list. Arguments are
// checked first: a bad keyword or value is the usage on stderr (status 3),
// a bad address "ip: X is invalid IPv4 address" (1), a missing mode or a key
// on ipip/sit their messages (255); an ioctl failure is "ioctl: MSG" (255).
import type { Program } from "../../kernel/task/program.js";
import { devTunnelIoctl, SIOCADDTUNNEL, SIOCCHGTUNNEL, SIOCDELTUNNEL } from "../../kernel/core/dev_ioctl_tunnel.js";
import { KernelError, strerror } from "../../uapi/errno.js";
import { parseIpv4Aton } from "../../wire/addr.js";

const USAGE =
  "Usage: iptunnel { add | change | del | show } [ NAME ]\n" +
  "          [ mode { ipip | gre | sit } ] [ remote ADDR ] [ local ADDR ]\n" +
  "          [ [i|o]seq ] [ [i|o]key KEY ] [ [i|o]csum ]\n" +
  "          [ ttl TTL ] [ tos TOS ] [ nopmtudisc ] [ dev PHYS_DEV ]\n" +
  "       iptunnel -V | --version\n\n" +
  "Where: NAME := STRING\n" +
  "       ADDR := { IP_ADDRESS | any }\n" +
  "       TOS  := { NUMBER | inherit }\n" +
  "       TTL  := { 1..255 | inherit }\n" +
  "       KEY  := { DOTTED_QUAD | NUMBER }\n";

const MODES: Record<string, string> = { ipip: "tunl0", "ip/ip": "tunl0", gre: "gre0", "gre/ip": "gre0", sit: "sit0", "ipv6/ip": "sit0" };

class Exit {
  constructor(readonly status: number) {}
}

export const iptunnelMain: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const usage = async () => {
    await ctx.stderr.write(USAGE);
    return new Exit(3);
  };
  try {
    const a0 = args[0];
    if (a0 === "-V" || a0 === "--version") {
      await ctx.stdout.write("net-tools 2.10\nAlexey Kuznetsov\n");
      return 0;
    }
    if (a0 === undefined || ["show", "list", "lst"].includes(a0)) return 0;
    const op = ["add"].includes(a0) ? "add" : ["change", "chg"].includes(a0) ? "change" : ["del", "delete"].includes(a0) ? "del" : undefined;
    if (!op) throw await usage();
    let mode: string | undefined;
    let name: string | undefined;
    let keyed = false;
    const rest = args.slice(1);
    const value = async (i: number) => {
      if (i >= rest.length) throw await usage();
      return rest[i]!;
    };
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i]!;
      if (w === "mode") {
        const m = await value(++i);
        if (!MODES[m]) throw await usage();
        mode = m;
      } else if (["key", "ikey", "okey"].includes(w)) {
        const k = await value(++i);
        if (parseIpv4Aton(k) === undefined && !/^\d+$/.test(k)) throw await usage();
        keyed = true;
      } else if (["seq", "iseq", "oseq", "csum", "icsum", "ocsum"].includes(w)) keyed = true;
      else if (w === "nopmtudisc" || w === "pmtudisc") continue;
      else if (w === "remote" || w === "local") {
        const v = await value(++i);
        if (v !== "any" && (!/^[\d.]+$/.test(v) || parseIpv4Aton(v) === undefined || v.split(".").length !== 4)) {
          await ctx.stderr.write(`ip: ${v} is invalid IPv4 address\n`);
          throw new Exit(1);
        }
      } else if (w === "dev") await value(++i);
      else if (w === "ttl" || w === "hoplimit") {
        const v = await value(++i);
        if (v !== "inherit" && !(/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 255)) throw await usage();
      } else if (w === "tos" || w === "dsfield") {
        const v = await value(++i);
        if (v !== "inherit" && !/^(0x)?[0-9a-fA-F]+$/.test(v)) throw await usage();
      } else {
        const n = w === "name" ? await value(++i) : w;
        if (name !== undefined) throw await usage();
        name = n;
      }
    }
    let cmd = SIOCDELTUNNEL;
    let target = name ?? "";
    if (op !== "del") {
      if (!mode) {
        await ctx.stderr.write("cannot determine tunnel mode (ipip, gre or sit)\n");
        throw new Exit(255);
      }
      if (keyed && MODES[mode] !== "gre0") {
        await ctx.stderr.write("Keys are not allowed with ipip and sit.\n");
        throw new Exit(255);
      }
      // A new tunnel is created through its kind's base device; a change goes to the tunnel itself.
      cmd = op === "add" ? SIOCADDTUNNEL : SIOCCHGTUNNEL;
      if (op === "add" || !name) target = MODES[mode]!;
    }
    try {
      devTunnelIoctl(ctx.task, cmd, target);
    } catch (e) {
      if (!(e instanceof KernelError)) throw e;
      await ctx.stderr.write(`ioctl: ${strerror(e.errno)}\n`);
      throw new Exit(255);
    }
  } catch (e) {
    if (e instanceof Exit) return e.status;
    throw e;
  }
};
