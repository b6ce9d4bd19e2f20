// Drives a real terminal for the shell tests: a private tmux server (its own
// socket, killed at the end), keys sent with send-keys, the screen read with
// capture-pane, and every wait bounded by a deadline.
import { execFileSync, spawnSync } from "node:child_process";

export function tmuxAvailable(): boolean {
  return spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;
}

export class Tmux {
  private readonly sock = `nslab-test-${process.pid}-${Math.floor(Math.random() * 1e9)}`;
  private readonly target = "t";

  /** Starts `command` in a 120×40 pane; after it exits, the pane shows `[exited N]`. */
  constructor(command: string) {
    this.tmux(["new-session", "-d", "-s", this.target, "-x", "120", "-y", "40", `${command}; echo "[exited $?]"; sleep 120`]);
  }

  private tmux(args: string[]): string {
    return execFileSync("tmux", ["-L", this.sock, ...args], { encoding: "utf8", timeout: 5_000 });
  }

  /** Types text literally (no key names). */
  type(text: string): void {
    this.tmux(["send-keys", "-t", this.target, "-l", text]);
  }

  /**
   * Presses keys by tmux name: Enter, Up, C-c, C-d, BSpace... one write each,
   * as typing gives (node:readline misreads an escape sequence that arrives
   * in one chunk with other keys, e.g. "\x7f\x1b[DX").
   */
  press(...keys: string[]): void {
    for (const k of keys) this.tmux(["send-keys", "-t", this.target, k]);
  }

  /** The visible screen, trailing blank lines dropped. */
  screen(): string {
    return this.tmux(["capture-pane", "-p", "-t", this.target]).replace(/\s+$/, "");
  }

  /** The last non-blank line of the screen. */
  lastLine(): string {
    const lines = this.screen().split("\n");
    return lines[lines.length - 1] ?? "";
  }

  /** Polls the screen until `ok(screen)` holds; fails with the screen after `ms`. */
  async waitFor(what: string, ok: (screen: string) => boolean, ms = 10_000): Promise<string> {
    const end = Date.now() + ms;
    for (;;) {
      const s = this.screen();
      if (ok(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }

  kill(): void {
    try {
      this.tmux(["kill-server"]);
    } catch {
      // Already gone.
    }
  }
}
