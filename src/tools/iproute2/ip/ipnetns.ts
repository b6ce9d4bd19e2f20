// ip/ipnetns.c: `ip netns` — named network namespaces as bind mounts of
// /proc/self/ns/net on files under /run/netns (add, attach, delete, list with
// "(id: N)", list-id, set, identify, pids, exec). `exec` runs the command in the
// namespace with /etc/netns/NAME/* bound over /etc (bindEtc; the real one also
// remounts /sys, which the model does not) and returns its status. Names are listed in the directory's
// readdir order: tmpfs lists the newest entry first.

import { KernelError, strerror } from "../../../uapi/errno.js";
import { copyNetNs } from "../../../kernel/core/net_namespace.js";
import { rtnlTalk } from "../../../kernel/core/rtnetlink.js";
import { bindNsfs, inodeNs, openNsFd, umountNsfs } from "../../../kernel/fs/nsfs.js";
import { execve, resolveCommand } from "../../../kernel/task/exec.js";
import type { NetNamespace } from "../../../kernel/core/netns.js";
import type { IpOut } from "../lib/json_print.js";
import { duparg, getInteger, incompleteCommand, invarg, IpExit, matches, nlError, type Ctx } from "../lib/utils.js";

import { NETNS_RUN_DIR } from "../lib/namespace.js";
import { MountView } from "../../../kernel/fs/mount-view.js";

/** Per-namespace files bound over /etc by `ip netns exec`. */
const NETNS_ETC_DIR = "/etc/netns";
export { NETNS_RUN_DIR };

export interface NetnsCtx extends Ctx {
  out: IpOut;
  json: boolean;
  pretty: boolean;
  all: boolean;
  env: ReadonlyMap<string, string>;
}

/** Entries of /run/netns in readdir order (tmpfs: newest first). */
export function netnsNames(ctx: Ctx): string[] {
  const fs = ctx.task.host.fs;
  const d = fs.tryLookup(ctx.task, "/", NETNS_RUN_DIR);
  if (!d || d.kind !== "dir") return [];
  return fs.list(ctx.task, d).reverse();
}

function nsAt(ctx: Ctx, name: string): NetNamespace | undefined {
  return inodeNs(ctx.task.host.fs.tryLookup(ctx.task, "/", `${NETNS_RUN_DIR}/${name}`));
}

/**
 * get_netnsid_from_name(): RTM_GETNSID on the file's fd; -1 when unassigned.
 * A file that is not a namespace makes the kernel answer "Peer netns reference
 * is invalid", which iproute2 prints.
 */
export function netnsidFromName(ctx: Ctx, name: string): number {
  let fd: number;
  try {
    fd = openNsFd(ctx.task, `${NETNS_RUN_DIR}/${name}`);
  } catch {
    return -1;
  }
  try {
    const r = rtnlTalk(ctx.task, { type: "RTM_GETNSID", NETNSA_FD: fd });
    return r.type === "nsid" ? r.nsid.NETNSA_NSID : -1;
  } catch (e) {
    nlError(ctx, e);
    return -1;
  } finally {
    ctx.task.closeFd(fd);
  }
}

/** netns_map_init(): name by nsid, read once per process (the first name in readdir order wins). */
const nsidMaps = new WeakMap<Ctx, Map<number, string>>();
export function netnsMapInit(ctx: Ctx): Map<number, string> {
  let m = nsidMaps.get(ctx);
  if (m) return m;
  m = new Map();
  nsidMaps.set(ctx, m);
  for (const n of netnsNames(ctx)) {
    const id = netnsidFromName(ctx, n);
    if (id >= 0 && !m.has(id)) m.set(id, n);
  }
  return m;
}

/** netns_get_name(): the first name under /var/run/netns whose namespace has this id here. */
export function netnsGetName(ctx: Ctx, nsid: number): string | undefined {
  for (const n of netnsNames(ctx)) if (netnsidFromName(ctx, n) === nsid) return n;
  return undefined;
}

/** get_name_from_nsid() */
export function nameFromNsid(ctx: Ctx, nsid: number): string | undefined {
  if (nsid < 0) return undefined;
  return netnsMapInit(ctx).get(nsid);
}

function usage(ctx: Ctx): never {
  ctx.err(
    "Usage:\tip netns list\n" +
      "\tip netns add NAME\n" +
      "\tip netns attach NAME PID\n" +
      "\tip netns set NAME NETNSID\n" +
      "\tip [-all] netns delete [NAME]\n" +
      "\tip netns identify [PID]\n" +
      "\tip netns pids NAME\n" +
      "\tip [-all] netns exec [NAME] cmd ...\n" +
      "\tip netns monitor\n" +
      "\tip netns list-id [target-nsid POSITIVE-INT] [nsid POSITIVE-INT]\n" +
      "NETNSID := auto | POSITIVE-INT\n",
  );
  throw new IpExit(255);
}

function invalidName(name: string): boolean {
  return !name || name.length > 255 || name.includes("/") || name === "." || name === "..";
}

function netnsList(ctx: NetnsCtx): number {
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  for (const name of netnsNames(ctx)) {
    out.openObject(null);
    out.string("ANY", "name", "%s", name);
    const id = netnsidFromName(ctx, name);
    if (id >= 0) out.int("ANY", "id", " (id: %d)", id);
    out.string("FP", null, "\n", null);
    out.closeObject();
  }
  out.deleteJsonObj();
  return 0;
}

/** netns_list_id(): `[target-nsid ID] [nsid ID]`, one id (RTM_GETNSID) or the dump. */
function netnsListId(ctx: NetnsCtx, argv: string[]): number {
  let target = -1;
  let nsid = -1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a !== "target-nsid" && a !== "nsid") usage(ctx);
    const what = a === "nsid" ? "nsid" : "target-nsid";
    if ((a === "nsid" ? nsid : target) >= 0) duparg(ctx, what, a);
    if (++i >= argv.length) incompleteCommand(ctx);
    const v = getInteger(argv[i]!);
    if (v === undefined) invarg(ctx, `"${what}" value is invalid`, argv[i]!);
    // upstream names argv[1] here, the word after the number: NULL at the end, "(null)" from printf.
    if (v < 0) invarg(ctx, `"${what}" value should be >= 0`, argv[i + 1] ?? "(null)");
    if (a === "nsid") nsid = v;
    else target = v;
  }
  const tgt = target >= 0 ? { NETNSA_TARGET_NSID: target } : {};
  let r;
  try {
    r = rtnlTalk(ctx.task, nsid >= 0 ? { type: "RTM_GETNSID", NETNSA_NSID: nsid, ...tgt } : { type: "RTM_GETNSID_DUMP", ...tgt });
  } catch (e) {
    nlError(ctx, e);
    if (nsid >= 0) return 2;
    ctx.err("Dump terminated\n");
    return 1;
  }
  const out = ctx.out;
  out.newJsonObj(ctx.json, ctx.pretty);
  const list = r.type === "nsids" ? r.nsids : r.type === "nsid" ? [r.nsid] : [];
  // print_nsid(): a name is printed once (netns_map_del after use).
  const used = new Set<number>();
  for (const m of list) {
    out.openObject(null);
    if (m.NETNSA_NSID < 0) out.string("FP", null, "nsid unassigned ", null);
    else out.int("ANY", "nsid", "nsid %d ", m.NETNSA_NSID);
    const cur = m.NETNSA_CURRENT_NSID;
    if (cur !== undefined) {
      if (cur < 0) out.string("FP", null, "current-nsid unassigned ", null);
      else out.int("ANY", "current-nsid", "current-nsid %d ", cur);
    }
    const key = cur ?? m.NETNSA_NSID;
    const name = used.has(key) ? undefined : nameFromNsid(ctx, key);
    if (name) {
      used.add(key);
      out.string("ANY", "name", "(iproute2 netns name: %s)", name);
    }
    out.string("FP", null, "\n", null);
    out.closeObject();
  }
  out.deleteJsonObj();
  return 0;
}

function netnsAdd(ctx: NetnsCtx, argv: string[], create: boolean): number {
  let target: NetNamespace | undefined;
  if (create) {
    if (argv.length < 1) {
      ctx.err("No netns name specified\n");
      return 1;
    }
  } else {
    if (argv.length < 2) {
      ctx.err("No netns name and PID specified\n");
      return 1;
    }
    const pid = getInteger(argv[1]!);
    if (pid === undefined || pid === 0) {
      ctx.err(`Invalid PID: ${argv[1]}\n`);
      return 1;
    }
    target = ctx.task.host.tasks.get(pid)?.netns;
  }
  const name = argv[0]!;
  const path = `${NETNS_RUN_DIR}/${name}`;
  const fs = ctx.task.host.fs;
  fs.mkdirp(NETNS_RUN_DIR);
  try {
    fs.createFile(ctx.task, "/", path, true, 0);
  } catch (e) {
    const errno = e instanceof KernelError ? e.errno : 5;
    ctx.err(`Cannot create namespace file "${path}": ${strerror(errno)}\n`);
    return 1;
  }
  if (create) target = copyNetNs(ctx.task.host);
  if (!target) {
    ctx.err(`Bind /proc/${argv[1]}/ns/net -> ${path} failed: No such file or directory\n`);
    fs.unlink(ctx.task, "/", path);
    return 1;
  }
  // A fresh namespace has no reference until the bind mount takes one.
  target.get_ref();
  bindNsfs(ctx.task, path, target);
  target.put_ref();
  return 0;
}

function netnsDeleteOne(ctx: Ctx, name: string): number {
  const path = `${NETNS_RUN_DIR}/${name}`;
  try {
    umountNsfs(ctx.task, path);
  } catch {
    // umount2() failing (not a mount point) is ignored, as upstream does.
  }
  try {
    ctx.task.host.fs.unlink(ctx.task, "/", path);
  } catch (e) {
    const errno = e instanceof KernelError ? e.errno : 5;
    ctx.err(`Cannot remove namespace file "${path}": ${strerror(errno)}\n`);
    return 1;
  }
  return 0;
}

function netnsDelete(ctx: NetnsCtx, argv: string[]): number {
  if (argv.length < 1 && !ctx.all) {
    ctx.err("No netns name specified\n");
    return 1;
  }
  if (ctx.all) {
    for (const n of netnsNames(ctx)) if (netnsDeleteOne(ctx, n)) return 1;
    return 0;
  }
  return netnsDeleteOne(ctx, argv[0]!);
}

function netnsSet(ctx: NetnsCtx, argv: string[]): number {
  if (argv.length < 1) {
    ctx.err("No netns name specified\n");
    return 1;
  }
  if (argv.length < 2) {
    ctx.err("No nsid specified\n");
    return 1;
  }
  let nsid: number;
  if (argv[1] === "auto") nsid = -1;
  else {
    const n = getInteger(argv[1]!);
    if (n === undefined) invarg(ctx, 'Invalid "netnsid" value', argv[1]!);
    if (n < 0) invarg(ctx, '"netnsid" value should be >= 0', argv[1]!);
    nsid = n;
  }
  let fd: number;
  try {
    fd = openNsFd(ctx.task, `${NETNS_RUN_DIR}/${argv[0]}`);
  } catch (e) {
    const errno = e instanceof KernelError ? e.errno : 5;
    ctx.err(`Cannot open network namespace "${argv[0]}": ${strerror(errno)}\n`);
    return 1;
  }
  try {
    rtnlTalk(ctx.task, { type: "RTM_NEWNSID", NETNSA_NSID: nsid, NETNSA_FD: fd });
    return 0;
  } catch (e) {
    nlError(ctx, e);
    return 2;
  } finally {
    ctx.task.closeFd(fd);
  }
}

function isPid(s: string): boolean {
  return /^\d+$/.test(s);
}

function pidNs(ctx: Ctx, pidstr: string): NetNamespace | undefined {
  if (pidstr === "self") return ctx.task.netns;
  return ctx.task.host.tasks.get(Number(pidstr))?.netns;
}

function netnsIdentify(ctx: NetnsCtx, argv: string[]): number {
  let pidstr = "self";
  if (argv.length > 1) {
    ctx.err("extra arguments specified\n");
    return 1;
  }
  if (argv.length === 1) {
    pidstr = argv[0]!;
    if (!isPid(pidstr)) {
      ctx.err(`Specified string '${pidstr}' is not a pid\n`);
      return 1;
    }
  }
  const ns = pidNs(ctx, pidstr);
  if (!ns) {
    ctx.err("Cannot open network namespace: No such file or directory\n");
    return 1;
  }
  let name = "";
  for (const n of netnsNames(ctx)) if (nsAt(ctx, n) === ns) name = n;
  ctx.out.raw(`${name}\n`);
  return 0;
}

function netnsPids(ctx: NetnsCtx, argv: string[]): number {
  if (argv.length < 1) {
    ctx.err("No netns name specified\n");
    return 1;
  }
  if (argv.length > 1) {
    ctx.err("extra arguments specified\n");
    return 1;
  }
  const fs = ctx.task.host.fs;
  const n = fs.tryLookup(ctx.task, "/", `${NETNS_RUN_DIR}/${argv[0]}`);
  if (!n) {
    ctx.err("Cannot open network namespace: No such file or directory\n");
    return 1;
  }
  const ns = inodeNs(n);
  for (const pid of [...ctx.task.host.tasks.keys()].sort((a, b) => a - b)) {
    if (ns && ctx.task.host.tasks.get(pid)!.netns === ns) ctx.out.raw(`${pid}\n`);
  }
  return 0;
}

/** cmd_exec() with the namespace switch (lib/exec.c + netns_switch). */
/**
 * bind_etc(): every file in /etc/netns/NAME is bind-mounted over the file of
 * the same name in /etc, in a mount view of the process's own (the unshared
 * mount namespace), so `resolv.conf` and `hosts` there configure the name
 * service of what runs inside. A missing /etc/NAME fails that one bind with
 * iproute2's message. Directories are not bound (mount-view.ts binds files only).
 */
function bindEtc(ctx: NetnsCtx, name: string): void {
  const fs = ctx.task.host.fs;
  const dir = `${NETNS_ETC_DIR}/${name}`;
  const d = fs.tryLookup(ctx.task, "/", dir);
  if (!d || d.kind !== "dir") return;
  const view = new MountView();
  const parent = ctx.task.mnt;
  if (parent) for (const t of parent.targets()) view.bind(t, parent.covering(t)!);
  // tmpfs lists the newest entry first.
  for (const entry of fs.list(ctx.task, d).reverse()) {
    const src = fs.tryLookup(ctx.task, "/", `${dir}/${entry}`);
    if (!src || src.kind === "dir") continue;
    if (!fs.tryLookup(ctx.task, "/", `/etc/${entry}`)) {
      ctx.err(`Bind ${dir}/${entry} -> /etc/${entry} failed: ${strerror(2)}\n`);
      continue;
    }
    view.bind(`/etc/${entry}`, src);
  }
  ctx.task.mnt = view;
}

async function execIn(ctx: NetnsCtx, name: string, argv: string[]): Promise<number> {
  let fd: number;
  try {
    fd = openNsFd(ctx.task, `${NETNS_RUN_DIR}/${name}`);
  } catch (e) {
    const errno = e instanceof KernelError ? e.errno : 5;
    ctx.err(`Cannot open network namespace "${name}": ${strerror(errno)}\n`);
    throw new IpExit(255);
  }
  const ns = inodeNs(ctx.task.host.fs.tryLookup(ctx.task, "/", `${NETNS_RUN_DIR}/${name}`));
  ctx.task.closeFd(fd);
  if (!ns) {
    ctx.err(`setting the network namespace "${name}" failed: Invalid argument\n`);
    throw new IpExit(255);
  }
  await ctx.out.flush();
  bindEtc(ctx, name);
  await ctx.errFlush?.();
  const r = resolveCommand(ctx.task, argv[0]!, ctx.env.get("PATH"));
  if (r.kind === "error") {
    ctx.err(`exec of "${argv[0]}" failed: ${strerror(r.errno)}\n`);
    return 1;
  }
  return execve(ctx.task, { argv, env: ctx.env, program: r.program, netns: ns });
}

async function netnsExec(ctx: NetnsCtx, argv: string[]): Promise<number> {
  if (argv.length < 1 && !ctx.all) {
    ctx.err("No netns name specified\n");
    return 1;
  }
  if ((argv.length < 2 && !ctx.all) || (argv.length < 1 && ctx.all)) {
    ctx.err("No command specified\n");
    return 1;
  }
  if (ctx.all) {
    for (const n of netnsNames(ctx)) {
      ctx.out.raw(`\nnetns: ${n}\n`);
      await execIn(ctx, n, argv);
    }
    return 0;
  }
  return execIn(ctx, argv[0]!, argv.slice(1));
}

/** do_netns()'s check of the name word. */
function checkName(ctx: NetnsCtx, argv: string[]): void {
  if (!ctx.all && argv.length > 1 && invalidName(argv[1]!)) {
    ctx.err(`Invalid netns name "${argv[1]}"\n`);
    throw new IpExit(255);
  }
}

/** `ip netns add|delete NAME` run without awaiting (ip.ts runAlone); undefined for other commands. */
export function netnsModifyAlone(ctx: NetnsCtx, cmd: string, rest: string[]): number | undefined {
  if (cmd !== "add" && cmd !== "del" && cmd !== "delete") return undefined;
  checkName(ctx, [cmd, ...rest]);
  return cmd === "add" ? netnsAdd(ctx, rest, true) : netnsDelete(ctx, rest);
}

/** do_netns(): returns the process exit status. */
export async function doNetns(ctx: NetnsCtx, argv: string[]): Promise<number> {
  if (argv.length < 1) {
    netnsMapInit(ctx);
    return netnsList(ctx);
  }
  checkName(ctx, argv);
  const cmd = argv[0]!;
  const rest = argv.slice(1);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) {
    netnsMapInit(ctx);
    return netnsList(ctx);
  }
  if (matches(cmd, "list-id")) {
    netnsMapInit(ctx);
    return netnsListId(ctx, rest);
  }
  if (matches(cmd, "help")) usage(ctx);
  if (matches(cmd, "add")) return netnsAdd(ctx, rest, true);
  if (matches(cmd, "set")) return netnsSet(ctx, rest);
  if (matches(cmd, "delete")) return netnsDelete(ctx, rest);
  if (matches(cmd, "identify")) return netnsIdentify(ctx, rest);
  if (matches(cmd, "pids")) return netnsPids(ctx, rest);
  if (matches(cmd, "exec")) return netnsExec(ctx, rest);
  if (matches(cmd, "attach")) return netnsAdd(ctx, rest, false);
  ctx.err(`Command "${cmd}" is unknown, try "ip netns help".\n`);
  throw new IpExit(255);
}
