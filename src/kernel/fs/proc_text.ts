// A read-only /proc file whose text is computed when it is opened, for the
// seq_file tables that subsystems add with registerProcEntry (/proc/net/igmp,
// /proc/net/if_inet6...). Reads see the reading task's namespace.

import { kerr } from "../../uapi/errno.js";
import { BufferFile } from "../task/file.js";
import type { Task } from "../task/task.js";
import { allocIno, type DirInode, type DynamicDir, type SpecialInode } from "./inode.js";

const enc = new TextEncoder();

export function procTextFile(
  content: (task: Task) => string,
  writable?: { mode: number; write: (task: Task, data: Uint8Array) => void },
): SpecialInode {
  return {
    kind: "special",
    ino: allocIno(),
    mtime: 0,
    nlink: 1,
    typeChar: "-",
    mode: writable?.mode ?? 0o444,
    size: 0,
    open: (task, flags) => {
      if (flags.write && !writable) throw kerr("EACCES");
      return new BufferFile(flags.read ? enc.encode(content(task)) : new Uint8Array(0), "proc", writable?.write);
    },
  };
}

/** A read-only /proc directory whose entries are listed and looked up when asked (/proc/net/stat, dev_snmp6). */
export function procDynDir(parent: DirInode, dynamic: DynamicDir): DirInode {
  return { kind: "dir", ino: allocIno(), mode: 0o555, mtime: 0, nlink: 2, entries: new Map(), parent, dynamic };
}
