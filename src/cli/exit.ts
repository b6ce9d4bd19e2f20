// Leaving the process once everything written to stdout/stderr has reached
// the OS (they are asynchronous when they are pipes on some platforms).

export function flushAndExit(code: number): void {
  let pending = 0;
  const done = () => {
    if (--pending <= 0) process.exit(code);
  };
  for (const s of [process.stdout, process.stderr]) {
    if (s.writableLength > 0) {
      pending++;
      s.once("drain", done);
    }
  }
  if (pending === 0) process.exit(code);
}

let terminal = false;

/** Said by `nslab shell` before it takes the terminal (raw mode), so that leaving restores it. */
export function markTerminalInUse(): void {
  terminal = true;
}

export function terminalInUse(): boolean {
  return terminal;
}
