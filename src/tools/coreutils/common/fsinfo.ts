// What ls and stat show about an inode: the mode string, block counts, owner.
import type { Inode } from "../../../kernel/fs/inode.js";

export function typeChar(n: Inode): string {
  return n.kind === "dir" ? "d" : n.kind === "symlink" ? "l" : n.kind === "special" ? n.typeChar : "-";
}

/** "drwxr-xr-x"-style mode string, with s/S t/T for the special bits. */
export function modeString(n: Inode): string {
  const m = n.mode;
  const rwx = (bits: number, special: boolean, ch: string) =>
    `${bits & 4 ? "r" : "-"}${bits & 2 ? "w" : "-"}${special ? (bits & 1 ? ch : ch.toUpperCase()) : bits & 1 ? "x" : "-"}`;
  return (
    typeChar(n) +
    rwx((m >> 6) & 7, (m & 0o4000) !== 0, "s") +
    rwx((m >> 3) & 7, (m & 0o2000) !== 0, "s") +
    rwx(m & 7, (m & 0o1000) !== 0, "t")
  );
}

export function sizeOf(n: Inode): number {
  return n.kind === "file" ? n.data.length : n.kind === "symlink" ? n.target.length : n.kind === "dir" ? 4096 : n.size ?? 0;
}

/** 512-byte blocks allocated: whole 4 KiB pages for file data, none for symlinks and devices. */
export function blocksOf(n: Inode): number {
  if (n.kind === "symlink" || n.kind === "special") return 0;
  return Math.ceil(sizeOf(n) / 4096) * 8;
}

export function fileTypeName(n: Inode): string {
  if (n.kind === "dir") return "directory";
  if (n.kind === "symlink") return "symbolic link";
  if (n.kind === "special") return n.typeChar === "c" ? "character special file" : n.typeChar === "p" ? "fifo" : n.size ? "regular file" : "regular empty file";
  return n.data.length ? "regular file" : "regular empty file";
}

/** Link count as ext4 reports it: a directory has 2 plus one per subdirectory ("..") . */
export function linksOf(n: Inode): number {
  if (n.kind !== "dir" || n.dynamic) return n.nlink;
  let sub = 0;
  for (const c of n.entries.values()) if (c.kind === "dir") sub++;
  return 2 + sub;
}
