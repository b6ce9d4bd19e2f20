// The files a freshly booted Debian 12 host has that scripts look at:
// /etc (hostname, hosts, resolv.conf, services), /tmp, /root, /dev/null,
// /run/netns, and an executable in /usr/bin or /usr/sbin for every program.

import type { Host } from "../kernel/host.js";
import type { DirInode } from "../kernel/fs/inode.js";
import { NORMAL_ABS } from "../kernel/fs/vfs.js";
import { NullFile, ZeroFile } from "../kernel/task/file.js";
import type { ProgramTable } from "../tools/program-table.js";
import { ETC_SERVICES } from "./etc-services.js";
import { ETC_GROUP, ETC_NSSWITCH, ETC_PASSWD, ETC_PROTOCOLS } from "./etc-base.js";

export function populateRootfs(host: Host, programs: ProgramTable): void {
  const fs = host.fs;
  for (const d of ["/etc", "/tmp", "/root", "/home", "/dev", "/proc", "/run/netns", "/var", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin", "/var/log"]) {
    fs.mkdirp(d);
  }
  fs.root.entries.get("tmp")!.mode = 0o1777;
  fs.symlink(undefined, "/", "usr/bin", "/bin");
  fs.symlink(undefined, "/", "usr/sbin", "/sbin");
  // Debian: /var/run is a symlink to /run (so `ls /var/run/netns` lists `ip netns` names).
  fs.symlink(undefined, "/", "/run", "/var/run");
  fs.writeFile(undefined, "/", "/etc/hostname", `${host.hostname}\n`);
  fs.writeFile(
    undefined,
    "/",
    "/etc/hosts",
    `127.0.0.1\tlocalhost\n127.0.1.1\t${host.hostname}\n\n# The following lines are desirable for IPv6 capable hosts\n::1     localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n`,
  );
  fs.writeFile(undefined, "/", "/etc/resolv.conf", "nameserver 10.0.2.3\n");
  fs.writeFile(undefined, "/", "/etc/services", ETC_SERVICES);
  fs.writeFile(undefined, "/", "/etc/protocols", ETC_PROTOCOLS);
  fs.writeFile(undefined, "/", "/etc/passwd", ETC_PASSWD);
  fs.writeFile(undefined, "/", "/etc/group", ETC_GROUP);
  fs.writeFile(undefined, "/", "/etc/nsswitch.conf", ETC_NSSWITCH);
  // netbase's /etc/networks: the names `route` and `netstat -r` give these networks unless -n.
  fs.writeFile(undefined, "/", "/etc/networks", "default\t\t0.0.0.0\nloopback\t127.0.0.0\nlink-local\t169.254.0.0\n\n");
  fs.mknod("/dev/null", { typeChar: "c", mode: 0o666, open: () => new NullFile() });
  mountDevFd(host);
  // The same inodes, in the same order, as fs.mknod(p.path) for each: only
  // the walk to /usr/bin and /usr/sbin is done once per directory.
  const dirs = new Map<string, DirInode>();
  for (const p of programs) {
    host.programs.set(p.name, p.main);
    const node = { typeChar: "-", mode: 0o755, program: p.name, size: 0, open: () => new NullFile() } as const;
    if (!NORMAL_ABS.test(p.path)) {
      fs.mknod(p.path, node);
      continue;
    }
    const i = p.path.lastIndexOf("/");
    const dirPath = p.path.slice(0, i) || "/";
    let dir = dirs.get(dirPath);
    if (dir === undefined) {
      dir = fs.mkdirp(dirPath);
      dirs.set(dirPath, dir);
    }
    fs.mknodIn(dir, p.path.slice(i + 1), node);
  }
  for (const p of programs)
    for (const f of p.files ?? []) {
      fs.mkdirp(f.path.slice(0, f.path.lastIndexOf("/")) || "/");
      fs.writeFile(undefined, "/", f.path, f.content);
    }
  for (const p of programs)
    for (const [path, target] of p.links ?? []) {
      fs.mkdirp(path.slice(0, path.lastIndexOf("/")) || "/");
      fs.symlink(undefined, "/", target, path);
    }
  // (Made last: the inodes before it keep their numbers.)
  fs.mknod("/dev/zero", { typeChar: "c", mode: 0o666, open: () => new ZeroFile() });
}

/**
 * /dev/fd/N (Linux: a symlink to /proc/self/fd): opening it gives the opening
 * task's own descriptor N — the same open file description, which is what
 * process substitution (`cat <(…)`) and `/dev/stdin` rely on. For a regular
 * file Linux would open a fresh description at offset 0; we share it.
 */
function mountDevFd(host: Host): void {
  const fs = host.fs;
  fs.mountDynamic("/dev/fd", {
    list: (task) => [...task.fds.keys()].sort((a, b) => a - b).map(String),
    lookup: (task, name) => {
      if (!/^\d+$/.test(name)) return undefined;
      const f = task.getFd(Number(name));
      if (!f) return undefined;
      return {
        kind: "special",
        typeChar: "p",
        ino: 0,
        mode: 0o600,
        mtime: 0,
        nlink: 1,
        open: () => f,
      };
    },
  });
  for (const [i, n] of ["stdin", "stdout", "stderr"].entries()) fs.symlink(undefined, "/", `fd/${i}`, `/dev/${n}`);
}
