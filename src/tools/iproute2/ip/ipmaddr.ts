// ip/ipmaddr.c: `ip maddress`. The listing reads /proc/net/dev_mcast (link
// layer, "static" when a user added it), /proc/net/igmp (IPv4 groups) and
// /proc/net/igmp6 as upstream does, keeps the entries ordered by ifindex
// (stable, so each file's order survives within a device) and prints them
// under one "IFINDEX:\tNAME" line per device; " users N" when N is not 1.
// add/del go through SIOCADDMULTI/SIOCDELMULTI on a link-layer address.

import { devGetByName } from "../../../kernel/core/dev.js";
import { devMcIoctl } from "../../../kernel/core/dev_addr_lists.js";
import type { Task } from "../../../kernel/task/task.js";
import { KernelError, strerror } from "../../../uapi/errno.js";
import { formatIp6, formatIpv4 } from "../../../wire/addr.js";
import { duparg, duparg2, IpExit, llAddrA2n, matches } from "../lib/utils.js";
import type { IpCtx } from "./iplink.js";
import { registerIpObject } from "./ip.js";

const USAGE = "Usage: ip maddr [ add | del ] MULTIADDR dev STRING\n       ip maddr show [ dev STRING ]\n";

function usage(ctx: IpCtx): never {
  ctx.err(USAGE);
  throw new IpExit(255);
}

export interface MaInfo {
  index: number;
  name: string;
  users: number;
  family: "link" | "inet" | "inet6";
  addr: string;
  isStatic: boolean;
}

/** fopen()+fgets() of a /proc file; undefined when it cannot be opened. */
async function readProc(task: Task, path: string): Promise<string | undefined> {
  const fs = task.host.fs;
  try {
    const node = fs.lookup(task, task.cwd, path);
    if (node.kind !== "special") return new TextDecoder().decode(fs.readFile(task, task.cwd, path));
    const f = node.open(task, { read: true, write: false });
    let s = "";
    const dec = new TextDecoder();
    for (let n = 0; n < 100_000; n++) {
      const chunk = f.read ? await f.read(task) : null;
      if (!chunk || chunk.length === 0) break;
      s += dec.decode(chunk, { stream: true });
    }
    f.release?.();
    return s + dec.decode();
  } catch (e) {
    if (e instanceof KernelError) return undefined;
    throw e;
  }
}

function lines(text: string): string[] {
  const l = text.split("\n");
  if (l[l.length - 1] === "") l.pop();
  return l;
}

/** maddr_ins(): after every entry whose index is not greater. */
function ins(list: MaInfo[], m: MaInfo): void {
  let i = 0;
  while (i < list.length && list[i]!.index <= m.index) i++;
  list.splice(i, 0, m);
}

function hexBytes(h: string): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i < h.length; i += 2) {
    if (i + 1 >= h.length) return undefined;
    const b = Number.parseInt(h.slice(i, i + 2), 16);
    if (Number.isNaN(b)) return undefined;
    out.push(b);
  }
  return out;
}

export async function readDevMcast(task: Task, dev: string | undefined, list: MaInfo[]): Promise<void> {
  const t = await readProc(task, "/proc/net/dev_mcast");
  if (t === undefined) return;
  for (const line of lines(t)) {
    const [idx, name, users, st, hexa] = line.trim().split(/\s+/);
    if (dev !== undefined && dev !== name) continue;
    const b = hexBytes(hexa ?? "");
    if (!b) continue;
    const addr = b.map((x) => x.toString(16).padStart(2, "0")).join(":");
    ins(list, { index: Number(idx), name: name ?? "", users: Number(users), family: "link", addr, isStatic: Number(st) !== 0 });
  }
}

export async function readIgmp(task: Task, dev: string | undefined, list: MaInfo[]): Promise<void> {
  const t = await readProc(task, "/proc/net/igmp");
  if (t === undefined) return;
  const l = lines(t).slice(1);
  let index = 0;
  let name = "";
  for (const line of l) {
    if (!line.startsWith("\t")) {
      const [i, n] = line.trim().split(/\s+/);
      index = Number(i);
      name = (n ?? "").endsWith(":") ? n!.slice(0, -1) : (n ?? "");
      continue;
    }
    if (dev !== undefined && dev !== name) continue;
    const [hex, users] = line.trim().split(/\s+/);
    // "%08x" of the address as the kernel's u32 in memory: little-endian bytes.
    const v = Number.parseInt(hex ?? "0", 16) >>> 0;
    const a = (((v & 0xff) << 24) | (((v >>> 8) & 0xff) << 16) | (((v >>> 16) & 0xff) << 8) | (v >>> 24)) >>> 0;
    ins(list, { index, name, users: Number(users), family: "inet", addr: formatIpv4(a), isStatic: false });
  }
}

export async function readIgmp6(task: Task, dev: string | undefined, list: MaInfo[]): Promise<void> {
  const t = await readProc(task, "/proc/net/igmp6");
  if (t === undefined) return;
  for (const line of lines(t)) {
    const [idx, name, hexa, users] = line.trim().split(/\s+/);
    if (dev !== undefined && dev !== name) continue;
    const b = hexBytes(hexa ?? "");
    if (!b || b.length !== 16) continue;
    let v = 0n;
    for (const x of b) v = (v << 8n) | BigInt(x);
    ins(list, { index: Number(idx), name: name ?? "", users: Number(users), family: "inet6", addr: formatIp6(v), isStatic: false });
  }
}

/** print_mlist() / print_maddr() */
function print(ctx: IpCtx, list: MaInfo[]): void {
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  let cur = 0;
  for (const m of list) {
    if (m.index !== cur || ctx.oneline) {
      if (cur) {
        out.closeArray("JSON", "");
        out.closeObject();
      }
      out.openObject(null);
      out.uint("ANY", "ifindex", "%d:", m.index);
      out.string("ANY", "ifname", "\t%s", m.name);
      out.nl();
      cur = m.index;
      out.openArray("JSON", "maddr");
    }
    out.string("FP", null, "\t", null);
    out.openObject(null);
    if (m.family === "link") {
      out.string("FP", null, "link  ", null);
      out.string("ANY", "link", "%s", m.addr);
    } else {
      out.string("ANY", "family", "%-5s ", m.family);
      out.string("ANY", "address", "%s", m.addr);
    }
    if (m.users !== 1) out.uint("ANY", "users", " users %u", m.users);
    if (m.isStatic) out.string("ANY", "features", " %s", "static");
    out.string("FP", null, "\n", null);
    out.closeObject();
  }
  if (cur) {
    out.closeArray("JSON", "");
    out.closeObject();
  }
  out.deleteJsonObj();
}

async function list(ctx: IpCtx, argv: string[]): Promise<number> {
  let dev: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    if (a === "dev") {
      if (++i >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      a = argv[i]!;
    } else if (matches(a, "help")) usage(ctx);
    if (dev !== undefined) duparg2(ctx, "dev", a);
    dev = a;
  }
  const l: MaInfo[] = [];
  const fam = ctx.family;
  if (fam === "unspec" || fam === "packet") await readDevMcast(ctx.task, dev, l);
  if (fam === "unspec" || fam === "inet") await readIgmp(ctx.task, dev, l);
  if (fam === "unspec" || fam === "inet6") await readIgmp6(ctx.task, dev, l);
  print(ctx, l);
  await ctx.out.flush();
  return 0;
}

/** multiaddr_modify(): exits 1 on a bad address or a failed ioctl, 255 without dev. */
async function modify(ctx: IpCtx, add: boolean, argv: string[]): Promise<number> {
  let dev = "";
  let addr: Uint8Array | undefined;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    if (a === "dev") {
      if (++i >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      if (dev) duparg(ctx, "dev", argv[i]!);
      dev = argv[i]!;
      continue;
    }
    if (matches(a, "address")) {
      if (++i >= argv.length) {
        ctx.err('Command line is not complete. Try option "help"\n');
        throw new IpExit(255);
      }
      a = argv[i]!;
    }
    if (matches(a, "help")) usage(ctx);
    if (addr && addr[0]) duparg(ctx, "address", a);
    addr = llAddrA2n(ctx, a);
    if (!addr) throw new IpExit(1);
    if (addr.length !== 6) {
      ctx.err(`Error: Invalid address length ${addr.length} - must be 6 bytes\n`);
      throw new IpExit(1);
    }
  }
  if (!dev) {
    ctx.err('Not enough information: "dev" is required.\n');
    throw new IpExit(255);
  }
  try {
    devMcIoctl(devGetByName(ctx.task.netns, dev), addr ?? new Uint8Array(6), add);
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    ctx.err(`ioctl: ${strerror(e.errno)}\n`);
    throw new IpExit(1);
  }
  return 0;
}

/** do_multiaddr() */
async function doIpmaddr(ctx: IpCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) return list(ctx, []);
  const a = argv[0]!;
  if (matches(a, "add")) return modify(ctx, true, argv.slice(1));
  if (matches(a, "delete")) return modify(ctx, false, argv.slice(1));
  if (matches(a, "list") || matches(a, "show") || matches(a, "lst")) return list(ctx, argv.slice(1));
  if (matches(a, "help")) usage(ctx);
  ctx.err(`Command "${a}" is unknown, try "ip maddr help".\n`);
  throw new IpExit(255);
}

registerIpObject("maddress", doIpmaddr);
