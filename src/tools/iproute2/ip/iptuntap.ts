// ip/iptuntap.c: `ip tuntap add|del|show` (also `ip tap`). add/del open
// /dev/net/tun and issue TUNSETIFF (add with IFF_TUN_EXCL), TUNSETOWNER/
// TUNSETGROUP and TUNSETPERSIST (kernel/drivers/tun.ts tunIoctlSequence);
// show dumps the links, keeps those of kind "tun" and reads their tun_flags,
// owner and group from /sys/class/net as upstream does (so inside a namespace
// it needs that namespace's sysfs, as `ip netns exec` gives it).

import { tunIoctlSequence } from "../../../kernel/drivers/tun.js";
import type { Task } from "../../../kernel/task/task.js";
import { KernelError, strerror } from "../../../uapi/errno.js";
import {
  IFF_MULTI_QUEUE,
  IFF_NO_PI,
  IFF_NOFILTER,
  IFF_ONE_QUEUE,
  IFF_PERSIST,
  IFF_TAP,
  IFF_TUN,
  IFF_TUN_EXCL,
  IFF_VNET_HDR,
} from "../../../uapi/if_tun.js";
import { getgrnam, getpwnam } from "../../iptables/pwent.js";
import type { IpOut } from "../lib/json_print.js";
import { checkIfname, duparg2, incompleteCommand, invarg, IpExit, matches, talk } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

const USAGE =
  "Usage: ip tuntap { add | del | show | list | lst | help } [ dev PHYS_DEV ]\n" +
  "       [ mode { tun | tap } ] [ user USER ] [ group GROUP ]\n" +
  "       [ one_queue ] [ pi ] [ vnet_hdr ] [ multi_queue ] [ name NAME ]\n" +
  "\n" +
  "Where: USER  := { STRING | NUMBER }\n" +
  "       GROUP := { STRING | NUMBER }\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

/** check_ifname() (at most IFNAMSIZ - 1 bytes, no '/' or white space), and no ':'. */
function validIfname(s: string): boolean {
  return checkIfname(s) && !s.includes(":");
}

interface TunArgs {
  name: string;
  flags: number;
  uid?: number;
  gid?: number;
}

/** A user or group: a number, else a name from the passwd/group files. */
function idArg(ctx: IpCtx, v: string, byName: (t: Task, n: string) => number | undefined, what: string): number {
  if (/^[+-]?\d+$/.test(v)) return Number(v) >>> 0;
  const id = byName(ctx.task, v);
  if (id === undefined) {
    ctx.err(`invalid ${what} "${v}"\n`);
    throw new IpExit(255);
  }
  return id;
}

/** parse_args(); undefined when no mode was given ("You failed to specify a tunnel mode"). */
function parseArgs(ctx: IpCtx, argv: string[], owners: boolean): TunArgs | undefined {
  const r: TunArgs = { name: "", flags: IFF_NO_PI };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      if (i + 1 >= argv.length) incompleteCommand(ctx);
      return argv[++i]!;
    };
    if (matches(a, "mode")) {
      const v = next();
      const want = matches(v, "tun") ? IFF_TUN : matches(v, "tap") ? IFF_TAP : 0;
      if (!want) {
        ctx.err(`Unknown tunnel mode "${v}"\n`);
        throw new IpExit(255);
      }
      if (r.flags & (want === IFF_TUN ? IFF_TAP : IFF_TUN)) {
        ctx.err("You managed to ask for more than one tunnel mode.\n");
        throw new IpExit(255);
      }
      r.flags |= want;
    } else if (owners && matches(a, "user")) r.uid = idArg(ctx, next(), getpwnam, "user");
    else if (owners && matches(a, "group")) r.gid = idArg(ctx, next(), getgrnam, "group");
    else if (matches(a, "pi")) r.flags &= ~IFF_NO_PI;
    else if (matches(a, "one_queue")) r.flags |= IFF_ONE_QUEUE;
    else if (matches(a, "vnet_hdr")) r.flags |= IFF_VNET_HDR;
    else if (matches(a, "multi_queue")) r.flags |= IFF_MULTI_QUEUE;
    else if (matches(a, "dev")) {
      const v = next();
      if (!validIfname(v)) invarg(ctx, '"dev" not a valid ifname', v);
      r.name = v;
    } else {
      let v = a;
      if (matches(a, "name")) v = next();
      else if (matches(a, "help")) usage(ctx);
      if (r.name) duparg2(ctx, "name", v);
      if (!validIfname(v)) invarg(ctx, '"name" not a valid ifname', v);
      r.name = v;
    }
  }
  if (!(r.flags & (IFF_TUN | IFF_TAP))) {
    ctx.err("You failed to specify a tunnel mode\n");
    return undefined;
  }
  return r;
}

/** tap_add_ioctl() / tap_del_ioctl(): perror("ioctl(TUNSETIFF)") on failure, status 1. */
function ioctls(ctx: IpCtx, a: TunArgs, add: boolean): number {
  try {
    tunIoctlSequence(ctx.task.netns, { name: a.name, flags: add ? a.flags | IFF_TUN_EXCL : a.flags }, {
      owner: a.uid,
      group: a.gid,
      persist: add,
      mac: () => ctx.task.host.rng.ethRandomAddr(),
    });
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    ctx.err(`ioctl(TUNSETIFF): ${strerror(e.errno)}\n`);
    return 1;
  }
  return 0;
}

/** read_prop(): a number from /sys/class/net/DEV/PROP (fopen's error on stderr). */
async function readProp(ctx: IpCtx, dev: string, prop: string): Promise<number | undefined> {
  const path = `/sys/class/net/${dev}/${prop}`;
  let text = "";
  try {
    const fs = ctx.task.host.fs;
    const node = fs.lookup(ctx.task, "/", path);
    if (node.kind !== "special") text = new TextDecoder().decode(fs.readFile(ctx.task, "/", path));
    else {
      const f = node.open(ctx.task, { read: true, write: false });
      const dec = new TextDecoder();
      for (let n = 0; n < 16; n++) {
        const chunk = f.read ? await f.read(ctx.task) : null;
        if (!chunk || chunk.length === 0) break;
        text += dec.decode(chunk, { stream: true });
      }
      f.release?.();
    }
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    ctx.err(`fopen ${path}: ${strerror(e.errno)}\n`);
    return undefined;
  }
  const n = Number.parseInt(text, text.startsWith("0x") ? 16 : 10);
  return Number.isNaN(n) ? undefined : n;
}

/** print_flags() */
function printFlags(out: IpOut, flags: number): void {
  out.openArray("JSON", "flags");
  const word = (w: string) => out.string("ANY", null, " %s", w);
  if (flags & IFF_TUN) word("tun");
  if (flags & IFF_TAP) word("tap");
  if (!(flags & IFF_NO_PI)) word("pi");
  if (flags & IFF_ONE_QUEUE) word("one_queue");
  if (flags & IFF_MULTI_QUEUE) word("multi_queue");
  if (flags & IFF_VNET_HDR) word("vnet_hdr");
  if (flags & IFF_PERSIST) word("persist");
  if (!(flags & IFF_NOFILTER)) word("filter");
  const rest = flags & ~(IFF_TUN | IFF_TAP | IFF_NO_PI | IFF_ONE_QUEUE | IFF_MULTI_QUEUE | IFF_VNET_HDR | IFF_PERSIST | IFF_NOFILTER);
  if (rest) out.string("ANY", null, " %s", `0x${rest.toString(16)}`);
  out.closeArray("JSON", "");
}

/** do_show(): the links of kind "tun", with what sysfs says about them. */
async function doShow(ctx: IpCtx): Promise<number> {
  const r = talk(ctx, { type: "RTM_GETLINK", dump: true, ifi_index: 0, attrs: {} });
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const m of r?.type === "links" ? r.links : []) {
    if (m.IFLA_LINKINFO?.IFLA_INFO_KIND !== "tun") continue;
    const name = m.IFLA_IFNAME;
    const flags = await readProp(ctx, name, "tun_flags");
    if (flags === undefined) continue;
    const owner = await readProp(ctx, name, "owner");
    if (owner === undefined) continue;
    const group = await readProp(ctx, name, "group");
    if (group === undefined) continue;
    out.openObject(null);
    out.string("ANY", "ifname", "%s:", name);
    printFlags(out, flags);
    if (owner !== -1) out.uint("ANY", "user", " user %u", owner);
    if (group !== -1) out.uint("ANY", "group", " group %u", group);
    if (ctx.details) out.string("FP", null, "%s", "\n\tAttached to processes:");
    out.closeObject();
    out.string("FP", null, "%s", "\n");
  }
  out.deleteJsonObj();
  await out.flush();
  return 0;
}

/** do_iptuntap() */
async function doIptuntap(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length === 0) return doShow(ctx);
  const [a, ...rest] = argv as [string, ...string[]];
  if (matches(a, "add")) {
    const p = parseArgs(ctx, rest, true);
    return p ? ioctls(ctx, p, true) : 1;
  }
  if (matches(a, "delete")) {
    const p = parseArgs(ctx, rest, false);
    return p ? ioctls(ctx, p, false) : 1;
  }
  if (matches(a, "show") || matches(a, "lst") || matches(a, "list")) return doShow(ctx);
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip tuntap help".\n`);
  throw new IpExit(255);
}

registerIpObject("tuntap", doIptuntap);
registerIpObject("tap", doIptuntap);
