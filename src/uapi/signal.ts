// Signal numbers and names (x86-64 Linux), as `kill -l` lists them.
export const SIGNALS: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12,
  PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22,
  URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29, PWR: 30, SYS: 31,
};
export const SIGHUP = 1, SIGINT = 2, SIGKILL = 9, SIGSEGV = 11, SIGPIPE = 13, SIGALRM = 14, SIGTERM = 15, SIGCHLD = 17;

export function signalName(n: number): string | undefined {
  for (const [k, v] of Object.entries(SIGNALS)) if (v === n) return k;
  return undefined;
}

/** Parses "TERM", "SIGTERM", "15" (case-insensitive names). */
export function parseSignal(s: string): number | undefined {
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return n >= 0 && n <= 64 ? n : undefined;
  }
  const up = s.toUpperCase().replace(/^SIG/, "");
  return SIGNALS[up];
}
