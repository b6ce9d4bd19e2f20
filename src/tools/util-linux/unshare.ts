// unshare (util-linux 2.38): run a program in new namespaces. -n/--net gives it
// a fresh network namespace (only lo, DOWN); --net=FILE also binds that
// namespace on FILE, as `ip netns add` does. The other namespace kinds are
// accepted and have no separate existence in the model.

import { copyNetNs } from "../../kernel/core/net_namespace.js";
import { bindNsfs } from "../../kernel/fs/nsfs.js";
import type { Program } from "../../kernel/task/program.js";
import { execInNs, getoptLong, usageError } from "./nsexec.js";

export const unshareMain: Program = async (pc) => {
  const p = getoptLong(pc.argv.slice(1), "+fhVmuinpCTUrR:w:S:G:c", [
    { name: "help", arg: "none", short: "h" },
    { name: "version", arg: "none", short: "V" },
    { name: "mount", arg: "optional", short: "m" },
    { name: "uts", arg: "optional", short: "u" },
    { name: "ipc", arg: "optional", short: "i" },
    { name: "net", arg: "optional", short: "n" },
    { name: "pid", arg: "optional", short: "p" },
    { name: "user", arg: "optional", short: "U" },
    { name: "cgroup", arg: "optional", short: "C" },
    { name: "time", arg: "optional", short: "T" },
    { name: "fork", arg: "none", short: "f" },
    { name: "kill-child", arg: "optional" },
    { name: "mount-proc", arg: "optional" },
    { name: "map-root-user", arg: "none", short: "r" },
    { name: "map-current-user", arg: "none", short: "c" },
    { name: "propagation", arg: "required" },
    { name: "setgroups", arg: "required" },
    { name: "root", arg: "required", short: "R" },
    { name: "wd", arg: "required", short: "w" },
    { name: "setuid", arg: "required", short: "S" },
    { name: "setgid", arg: "required", short: "G" },
  ]);
  if ("error" in p) return usageError(pc, "unshare", p.error);
  let net: { file?: string } | undefined;
  for (const o of p.opts) {
    if (o.key === "h") {
      await pc.stdout.write("\nUsage:\n unshare [options] [<program> [<argument>...]]\n\nRun a program with some namespaces unshared from the parent.\n");
      return 0;
    }
    if (o.key === "V") {
      await pc.stdout.write("unshare from util-linux 2.38.1\n");
      return 0;
    }
    if (o.key === "n") net = { file: o.value };
  }
  const ns = net ? copyNetNs(pc.task.host) : undefined;
  if (ns) pc.task.setns(ns);
  if (ns && net?.file !== undefined) {
    try {
      bindNsfs(pc.task, net.file, ns);
    } catch {
      await pc.stderr.write(`unshare: mount /proc/${pc.task.pid}/ns/net on ${net.file} failed: No such file or directory\n`);
      return 1;
    }
  }
  return execInNs(pc, "unshare", p.rest, ns);
};
