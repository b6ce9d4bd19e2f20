// nsenter (util-linux 2.38): run a program in another process's namespaces or
// in the one a file names. Only the network namespace exists separately in the
// model; the mount, UTS, IPC, PID, user and cgroup options are accepted and
// leave the program where it is (the model has one of each per host).

import { KernelError, strerror } from "../../uapi/errno.js";
import type { NetNamespace } from "../../kernel/core/netns.js";
import { inodeNs } from "../../kernel/fs/nsfs.js";
import type { Program } from "../../kernel/task/program.js";
import { execInNs, getoptLong, usageError } from "./nsexec.js";


export const nsenterMain: Program = async (pc) => {
  const p = getoptLong(pc.argv.slice(1), "+ahVt:m::u::i::n::p::C::U::T::S:G:r::w::FZ", [
    { name: "all", arg: "none", short: "a" },
    { name: "help", arg: "none", short: "h" },
    { name: "version", arg: "none", short: "V" },
    { name: "target", arg: "required", short: "t" },
    { name: "mount", arg: "optional", short: "m" },
    { name: "uts", arg: "optional", short: "u" },
    { name: "ipc", arg: "optional", short: "i" },
    { name: "net", arg: "optional", short: "n" },
    { name: "pid", arg: "optional", short: "p" },
    { name: "user", arg: "optional", short: "U" },
    { name: "cgroup", arg: "optional", short: "C" },
    { name: "time", arg: "optional", short: "T" },
    { name: "setuid", arg: "required", short: "S" },
    { name: "setgid", arg: "required", short: "G" },
    { name: "root", arg: "optional", short: "r" },
    { name: "wd", arg: "optional", short: "w" },
    { name: "no-fork", arg: "none", short: "F" },
    { name: "preserve-credentials", arg: "none" },
  ]);
  if ("error" in p) return usageError(pc, "nsenter", p.error);
  let target: number | undefined;
  let net: { file?: string } | undefined;
  for (const o of p.opts) {
    if (o.key === "h") {
      await pc.stdout.write("\nUsage:\n nsenter [options] [<program> [<argument>...]]\n\nRun a program with namespaces of other processes.\n");
      return 0;
    }
    if (o.key === "V") {
      await pc.stdout.write("nsenter from util-linux 2.38.1\n");
      return 0;
    }
    if (o.key === "t") {
      if (!/^\d+$/.test(o.value!)) {
        await pc.stderr.write(`nsenter: failed to parse pid: '${o.value}'\n`);
        return 1;
      }
      target = Number(o.value);
    } else if (o.key === "n") net = { file: o.value };
    else if (o.key === "a") net = {};
  }
  let ns: NetNamespace | undefined;
  if (net) {
    const path = net.file ?? (target !== undefined ? `/proc/${target}/ns/net` : undefined);
    if (path === undefined) {
      await pc.stderr.write("nsenter: neither filename nor target pid supplied for ns/net\n");
      return 1;
    }
    if (net.file === undefined && target === 1) {
      // PID 1 of the model is the script's own init; the sandbox forbids it, as here.
      await pc.stderr.write(`nsenter: cannot open ${path}: Permission denied\n`);
      return 1;
    }
    const fs = pc.task.host.fs;
    let node;
    try {
      node = fs.lookup(pc.task, pc.task.cwd, path);
    } catch (e) {
      const errno = e instanceof KernelError ? e.errno : 2;
      await pc.stderr.write(`nsenter: cannot open ${path}: ${strerror(errno)}\n`);
      return 1;
    }
    ns = inodeNs(node);
    if (!ns) {
      await pc.stderr.write("nsenter: reassociate to namespace 'ns/net' failed: Invalid argument\n");
      return 1;
    }
  }
  return execInNs(pc, "nsenter", p.rest, ns);
};
