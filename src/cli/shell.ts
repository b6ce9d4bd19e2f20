// `nslab shell`: an interactive bash on a terminal in a fresh world.
//
// Wiring: node:readline owns the real terminal (raw mode, line editing,
// history, echo), the role a terminal's line discipline plays. Each finished
// line goes to the world's terminal (TtyFile.input), where exactly one reader
// takes it: the innermost foreground shell. The world prints its own prompts
// (bash writes PS1/PS2 to the terminal); when a reader starts waiting,
// readline's prompt is set to the text the world left on the current line, so
// that readline's redraws while editing rewrite exactly what is on screen.
// Ctrl-C prints ^C, drops the line being edited and sends SIGINT to the
// world's foreground process group; Ctrl-D on an empty line is end of file
// for the reading shell (readline closes itself on it, so we open a new one
// with the same history).
//
// Without a terminal on stdin and stdout, bash reads its commands from stdin,
// as `bash < FILE` does.

import type { Interface } from "node:readline";
import { bashMain } from "../shell/bash.js";
import { World } from "../world/world.js";
import { TerminalSession } from "../web/terminal-session.js";
import { HISTORY_SIZE, historyPath, loadHistory, saveHistory } from "./history.js";
import { readScript } from "./run.js";

export interface ShellCommandOptions {
  bare: boolean;
  seed: number;
}

export async function shellCommand(opts: ShellCommandOptions): Promise<number> {
  const world = new World({ bare: opts.bare, seed: opts.seed });
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    const r = await world.runProgram(bashMain, ["bash"], {
      stdin: readScript("-"),
      onStdout: (t) => void process.stdout.write(t),
      onStderr: (t) => void process.stderr.write(t),
    });
    return r.status;
  }
  // Loaded only here: `nslab run`, which shares this bundle, never needs it.
  // The bundle is a CommonJS script run by node:vm (world-loader.ts), where
  // import() has no loader: it requires; run from source (ESM), it imports.
  const { createInterface } = (typeof require === "function" ? require("node:readline") : await import("node:readline")) as typeof import("node:readline");

  const session = new TerminalSession(world, {
    output: (d) => void process.stdout.write(d),
    timer: {
      now: () => performance.now(),
      after: (ms, fn) => {
        const t = setTimeout(fn, ms);
        return () => clearTimeout(t);
      },
    },
    columns: process.stdout.columns,
    lines: process.stdout.rows,
  });

  const histFile = historyPath();
  let history = loadHistory(histFile);
  let rl: Interface | undefined;
  let leaving = false;
  let stdinEnded = false;
  process.stdin.once("end", () => {
    stdinEnded = true;
  });

  const open = (): Interface => {
    const r = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history,
      historySize: HISTORY_SIZE,
      prompt: "",
      tabSize: 8,
    });
    r.on("line", (line) => {
      // Until the world asks again, an edit redraws no stale prompt.
      r.setPrompt("");
      session.input(line);
    });
    r.on("SIGINT", () => {
      // What was being edited is discarded, as the line discipline flushes
      // its input on a keystroke signal; the world's terminal echoes ^C.
      const w = r as unknown as { line: string; cursor: number };
      w.line = "";
      w.cursor = 0;
      session.interrupt();
    });
    // No job control in the world yet: Ctrl-Z must not stop nslab itself.
    r.on("SIGTSTP", () => {});
    r.on("history", (h: string[]) => {
      history = [...h];
    });
    r.on("close", () => {
      if (rl === r) rl = undefined;
      if (leaving) return;
      session.endOfFile();
      if (!stdinEnded) rl = open();
    });
    return r;
  };

  session.tty.onReadWait = () => {
    if (stdinEnded) {
      // The terminal is gone (hangup): every read now sees end of file. Not
      // from inside the reader's wait being set up, hence the microtask.
      queueMicrotask(() => session.endOfFile());
      return;
    }
    if (!rl) return;
    rl.setPrompt(session.tty.promptLine);
    rl.prompt(true);
  };

  rl = open();
  let status: number;
  try {
    status = await session.run();
  } finally {
    leaving = true;
    rl?.close();
    saveHistory(histFile, history);
  }
  return status;
}
