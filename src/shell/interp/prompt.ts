// Prompt strings (PS1, PS2, PS4, ${x@P}): bash's backslash escapes
// (decode_prompt_string), then parameter expansion of $name / ${name}.
//
// nslab addition: \h and \H show the network namespace the shell runs in when
// it is not the host's initial one, as `HOST(NAME)`, NAME being the entry of
// /run/netns that pins the namespace (or netns:[INUM] when none does), so the
// default prompt `\u@\h:\w\$ ` reads `root@HOST(lab-ns0):~# ` after
// `ip netns exec lab-ns0 bash`.

import type { Task } from "../../kernel/task/task.js";
import type { SpecialInode } from "../../kernel/fs/inode.js";
import { virtualDate } from "../../sim/epoch.js";
import type { Shell } from "./interpreter.js";
import { getHostname } from "../../kernel/task/uts.js";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Name of the task's network namespace as /run/netns knows it; undefined for the initial one. */
export function netnsLabel(task: Task): string | undefined {
  const ns = task.netns;
  if (ns.isInit) return undefined;
  const fs = task.host.fs;
  const dir = fs.tryLookup(task, "/", "/run/netns");
  if (dir && dir.kind === "dir") {
    for (const name of fs.list(task, dir).sort()) {
      const n = fs.child(task, dir, name);
      if (n && n.kind === "special" && (n as SpecialInode).nsref === ns) return name;
    }
  }
  return `netns:[${ns.inum}]`;
}

/** The host part of a prompt: `HOST` or `HOST(NETNS)`. */
export function promptHost(task: Task, full: boolean): string {
  const h = full ? getHostname(task) : getHostname(task).split(".")[0]!;
  const ns = netnsLabel(task);
  return ns ? `${h}(${ns})` : h;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

export function expandPrompt(sh: Shell, ps: string): string {
  if (!ps.includes("\\") && !ps.includes("$")) return ps;
  const now = virtualDate(sh.task.host.clock.now);
  let out = "";
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i]!;
    if (c !== "\\" || i + 1 >= ps.length) {
      out += c;
      continue;
    }
    const e = ps[++i]!;
    switch (e) {
      case "u":
        out += sh.getScalar("USER") ?? "root";
        break;
      case "h":
        out += promptHost(sh.task, false);
        break;
      case "H":
        out += promptHost(sh.task, true);
        break;
      case "w":
      case "W": {
        const pwd = sh.getScalar("PWD") ?? sh.task.cwd;
        const home = sh.getScalar("HOME");
        let w = pwd;
        if (home && home !== "/" && (pwd === home || pwd.startsWith(`${home}/`))) w = `~${pwd.slice(home.length)}`;
        if (e === "W" && w !== "~" && w !== "/") w = w.slice(w.lastIndexOf("/") + 1);
        out += w;
        break;
      }
      case "$":
        out += "#";
        break;
      case "s":
        out += (sh.scriptName.split("/").pop() ?? "bash") || "bash";
        break;
      case "v":
        out += "5.2";
        break;
      case "V":
        out += "5.2.15";
        break;
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "a":
        out += "\x07";
        break;
      case "e":
        out += "\x1b";
        break;
      case "j":
        out += String(sh.jobs.jobs.length);
        break;
      case "l":
        out += (sh.task.getFd(0)?.label ?? "tty").split("/").pop();
        break;
      case "d":
        out += `${DAYS[now.getUTCDay()]} ${MONTHS[now.getUTCMonth()]} ${two(now.getUTCDate())}`;
        break;
      case "t":
        out += `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())}`;
        break;
      case "T":
        out += `${two(now.getUTCHours() % 12 || 12)}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())}`;
        break;
      case "@":
        out += `${two(now.getUTCHours() % 12 || 12)}:${two(now.getUTCMinutes())} ${now.getUTCHours() < 12 ? "AM" : "PM"}`;
        break;
      case "A":
        out += `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}`;
        break;
      case "!":
      case "#":
        out += "1";
        break;
      case "[":
      case "]":
        break;
      case "\\":
        out += "\\";
        break;
      default:
        if (/[0-7]/.test(e)) {
          const m = /^[0-7]{1,3}/.exec(ps.slice(i))![0];
          out += String.fromCharCode(parseInt(m, 8));
          i += m.length - 1;
        } else out += `\\${e}`;
    }
  }
  // promptvars: simple parameter expansion.
  return out.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*|[0-9#?$!-])\}|([A-Za-z_][A-Za-z0-9_]*|[0-9#?$!-]))/g, (_m, a?: string, b?: string) => sh.getScalar((a ?? b)!) ?? "");
}
