// Signal names as the trap and kill builtins spell them (SIGINT, INT, 2).
import { SIGNALS } from "../../uapi/signal.js";

export const SIGINT = 2;
export const SIGQUIT_NUM = 3;

/** "SIGINT" for 2 (the key traps are stored under). */
export function signalNameOf(sig: number): string {
  for (const [k, v] of Object.entries(SIGNALS)) if (v === sig) return `SIG${k}`;
  return `SIG${sig}`;
}

/**
 * Parses a signal spec as trap/kill accept it: a number, NAME or SIGNAME in
 * any case. Returns undefined when invalid.
 */
export function parseSignalSpec(s: string): number | undefined {
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n >= 0 && n <= 64 ? n : undefined;
  }
  const up = s.toUpperCase();
  const name = up.startsWith("SIG") ? up.slice(3) : up;
  return SIGNALS[name];
}

/** `kill -l` / `trap -l` listing (bash's format: five per line, tab separated). */
export function signalList(): string {
  const names: string[] = [];
  for (let i = 1; i <= 64; i++) {
    let n: string | undefined;
    for (const [k, v] of Object.entries(SIGNALS)) if (v === i) n = `SIG${k}`;
    if (i >= 34 && i <= 64) {
      if (i === 34) n = "SIGRTMIN";
      else if (i <= 49) n = `SIGRTMIN+${i - 34}`;
      else if (i === 64) n = "SIGRTMAX";
      else n = `SIGRTMAX-${64 - i}`;
    }
    if (!n) continue;
    names.push(`${String(i).padStart(2)}) ${n}`);
  }
  let out = "";
  for (let i = 0; i < names.length; i++) {
    out += names[i];
    out += (i + 1) % 5 === 0 ? "\n" : "\t";
  }
  return out.endsWith("\n") ? out : `${out}\n`;
}
