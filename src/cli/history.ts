// Shell history kept on the real machine in ~/.nslab_history (one command a
// line, oldest first, like ~/.bash_history). Reading or writing it may fail
// (read-only home, no HOME): history then lives only in memory.

import { readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export const HISTORY_SIZE = 1000;

export function historyPath(): string | undefined {
  try {
    const home = process.env.HOME || homedir();
    return home ? join(home, ".nslab_history") : undefined;
  } catch {
    return undefined;
  }
}

/** Newest first, as node:readline keeps it. */
export function loadHistory(path: string | undefined): string[] {
  if (!path) return [];
  try {
    const lines = readFileSync(path, "utf8").split("\n").filter((l) => l.length > 0);
    return lines.slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

/** `newestFirst` as node:readline keeps it. */
export function saveHistory(path: string | undefined, newestFirst: readonly string[]): void {
  if (!path) return;
  try {
    const lines = newestFirst.slice(0, HISTORY_SIZE).reverse();
    writeFileSync(path, lines.length ? `${lines.join("\n")}\n` : "", { mode: 0o600 });
  } catch {
    // History is a convenience; an unwritable home must not break leaving the shell.
  }
}
