// Tilde expansion: ~ is $HOME (or the user's home from /etc/passwd when HOME
// is unset), ~user the user's home, ~+ $PWD, ~- $OLDPWD. An unknown user
// leaves the text as written.

import type { Shell } from "../interpreter.js";

export function expandTilde(sh: Shell, user: string): string {
  if (user === "") {
    const h = sh.getScalar("HOME");
    return h ?? homeOf(sh, "root") ?? "/root";
  }
  if (user === "+") return sh.getScalar("PWD") ?? `~+`;
  if (user === "-") return sh.getScalar("OLDPWD") ?? `~-`;
  return homeOf(sh, user) ?? `~${user}`;
}

function homeOf(sh: Shell, user: string): string | undefined {
  try {
    const text = new TextDecoder().decode(sh.task.host.fs.readFile(sh.task, "/", "/etc/passwd"));
    for (const line of text.split("\n")) {
      const f = line.split(":");
      if (f[0] === user && f.length >= 6) return f[5];
    }
  } catch {
    // no /etc/passwd: only root is known
  }
  return user === "root" ? "/root" : undefined;
}
