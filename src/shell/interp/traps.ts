// trap: actions stored per condition (EXIT, ERR, RETURN, SIGxxx), signal
// handlers on the task that queue the action, run at the next command
// boundary with $? preserved and LINENO of the command that triggered it.

import type { Statement } from "../ast.js";
import { CTL_NONE } from "./consts.js";
import type { Shell } from "./interpreter.js";
import { ParseError, ScriptReader } from "./parse.js";
import { SIGINT, SIGQUIT_NUM, signalNameOf } from "./signals.js";

export function setTrap(sh: Shell, key: string, sig: number | undefined, action: string | null): void {
  sh.inheritedTraps.delete(key);
  if (action === null) {
    sh.traps.delete(key);
    if (sig !== undefined) {
      sh.task.handlers.delete(sig);
      if (sh.interactive && (sig === SIGINT || sig === 15 || sig === SIGQUIT_NUM)) sh.task.handlers.set(sig, () => {});
    }
    return;
  }
  sh.traps.set(key, action);
  if (sig === undefined || sig === 0) return;
  if (action === "") sh.task.handlers.set(sig, "ignore");
  else sh.task.handlers.set(sig, (s) => sh.pendingTraps.push(s));
}

export async function runPendingTraps(sh: Shell): Promise<void> {
  // Drain signals the task queued while we were not blocked (they were trapped).
  for (let i = 0; i < 64; i++) {
    try {
      sh.task.checkSignals();
      break;
    } catch (e) {
      if (!sh.trappedInterrupt(e)) throw e;
    }
  }
  while (sh.pendingTraps.length) {
    const sig = sh.pendingTraps.shift()!;
    const action = sh.traps.get(signalNameOf(sig));
    if (action) await sh.runTrapText(action);
  }
}

/** Runs a trap's text; its commands report the line of the command that triggered it. */
export async function runTrapText(sh: Shell, action: string): Promise<void> {
  const key = `${sh.lineno}\u0000${action}`;
  let body = sh.trapCache.get(key);
  if (!body) {
    try {
      const r = new ScriptReader(action, { startLine: sh.lineno });
      body = [];
      for (let l = r.next(); l !== null; l = r.next()) body.push(...l);
    } catch (e) {
      if (e instanceof ParseError) {
        for (const l of e.lines()) sh.writeSync(2, `${sh.errName}: line ${sh.lineno}: ${l}\n`);
        return;
      }
      throw e;
    }
    if (sh.trapCache.size > 200) sh.trapCache.clear();
    sh.trapCache.set(key, body);
  }
  const saved = sh.status;
  const savedLine = sh.lineno;
  const savedCtl = sh.ctl;
  sh.ctl = CTL_NONE;
  sh.trapDepth++;
  try {
    await sh.execList(body);
  } finally {
    sh.trapDepth--;
    sh.status = saved;
    sh.lineno = savedLine;
    if (sh.ctl === CTL_NONE) sh.ctl = savedCtl;
  }
}
