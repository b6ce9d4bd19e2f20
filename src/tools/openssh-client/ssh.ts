// ssh(1) from OpenSSH 9.2p1, without SSH: `ssh HOST CMD…` runs CMD on another
// host of the same world, as sshd would, as a new session there:
// `bash -c "CMD…"` (the arguments joined by spaces) as root in /root, with a
// login environment, its stdout and stderr written straight to ours, our
// stdin copied to it until it exits (so, as with real ssh, a loop feeding
// `ssh` from its own stdin loses the rest of that input; -n prevents it), and
// its exit status as ours (255 when it was killed by a signal, or for ssh's
// own errors).
//
// HOST is resolved as the client would: an IPv4 literal, else the caller's
// /etc/hosts (lines the world added for the other hosts, or any the script
// added), else the world's own names for its hosts. An address maps to the
// host the world published there; loopback is the caller itself.
// Without a command, the remote login shell reads our stdin (with the
// "Pseudo-terminal will not be allocated" warning), or, when stdin is a
// terminal, runs interactively on that terminal until it exits.
//
// Knowingly different: there is no transport, so nothing is sent over the
// underlay and a host is reachable whether or not its network is configured;
// an address no host owns fails at once with "No route to host"; port
// forwarding, -f, -N, -G, -M, -O, -s, -W, -J and -E are not offered.

import { Interrupted } from "../../sim/scheduler.js";
import type { Host } from "../../kernel/host.js";
import { NullFile, readChunk, type OpenFile } from "../../kernel/task/file.js";
import { Pipe } from "../../kernel/task/pipe.js";
import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { InStream, OutStream } from "../../kernel/task/stdio.js";
import type { Task } from "../../kernel/task/task.js";
import { TtyFile } from "../../kernel/task/tty.js";
import { SIGHUP, SIGKILL } from "../../uapi/signal.js";
import { hostDirectory } from "../../world/directory.js";
import { bashMain } from "../../shell/bash.js";
import { hostsMatching, isIpv4Literal, readHostsFile } from "../lib/nss/hosts.js";
import { formatIpv4 } from "../lib/nss/inet.js";
import { resolveHost } from "../lib/nss/resolve.js";
import { a2port, applyOption, type SshConfig } from "./options.js";
import { USAGE } from "./usage.js";

const VERSION = "OpenSSH_9.2p1 Debian-2+deb12u6, OpenSSL 3.0.19 27 Jan 2026\n";
/** Debian's sshd: --with-superuser-path. */
const ROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

const FLAGS = "1246AaCfGgKkMNnqsTtVvXxYy";
const WITH_ARG = "BbcDEeFIiJLlmOoPpQRSWw";
const NOT_OFFERED = new Set(["f", "G", "M", "N", "s", "D", "E", "J", "L", "O", "Q", "R", "S", "W", "w", "I", "P"]);

interface Parsed {
  destination?: string;
  command: string[];
  cfg: SshConfig;
  quiet: boolean;
  noStdin: boolean;
  ttyRequests: number;
  noTty: boolean;
  identities: string[];
  configFile?: string;
  version: boolean;
}

type ParseResult = { kind: "ok"; p: Parsed } | { kind: "error"; text: string };

/** OpenSSH's own getopt loop: options may also follow the destination, until the command starts. */
function parse(args: string[]): ParseResult {
  const p: Parsed = { command: [], cfg: {}, quiet: false, noStdin: false, ttyRequests: 0, noTty: false, identities: [], version: false };
  let i = 0;
  for (;;) {
    while (i < args.length) {
      const a = args[i]!;
      if (a === "--") {
        i++;
        break;
      }
      if (a.length < 2 || a[0] !== "-") break;
      i++;
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (FLAGS.includes(c)) {
          if (NOT_OFFERED.has(c)) return { kind: "error", text: `ssh: option -${c} is not available in nslab\r\n` };
          if (c === "q") p.quiet = true;
          else if (c === "n") p.noStdin = true;
          else if (c === "t") p.ttyRequests++;
          else if (c === "T") p.noTty = true;
          else if (c === "V") p.version = true;
          continue;
        }
        if (!WITH_ARG.includes(c)) return { kind: "error", text: `unknown option -- ${c}\n${USAGE}` };
        let val = a.slice(j + 1);
        if (!val) {
          if (i >= args.length) return { kind: "error", text: `option requires an argument -- ${c}\n${USAGE}` };
          val = args[i++]!;
        }
        if (NOT_OFFERED.has(c)) return { kind: "error", text: `ssh: option -${c} is not available in nslab\r\n` };
        if (c === "p") {
          const port = a2port(val);
          if (port === undefined) return { kind: "error", text: `Bad port '${val}'\n` };
          p.cfg.port ??= port;
        } else if (c === "l") p.cfg.user ??= val;
        else if (c === "i") p.identities.push(val);
        else if (c === "F") p.configFile = val;
        else if (c === "o") {
          const e = applyOption(val, p.cfg);
          if (e) return { kind: "error", text: e };
        }
        // -b -B -c -e -m: local binding, ciphers, escape char: nothing to model.
        break;
      }
    }
    if (p.destination !== undefined || i >= args.length) break;
    p.destination = args[i++]!;
    // ssh parses options again after the destination ("ssh host -p 22 cmd").
    if (i < args.length && args[i]!.startsWith("-") && args[i] !== "-") continue;
    break;
  }
  p.command = args.slice(i);
  return { kind: "ok", p };
}

type Target = { kind: "host"; host: Host; address?: string } | { kind: "error"; text: string };

async function resolve(task: Task, name: string, port: number): Promise<Target> {
  const dir = hostDirectory(task.host);
  let address: string | undefined;
  if (isIpv4Literal(name)) address = name;
  else {
    const lines = hostsMatching(readHostsFile(task), name);
    address = lines.find((l) => isIpv4Literal(l.address))?.address ?? lines[0]?.address;
    if (address === undefined) {
      const h = dir?.byName(name);
      if (h) return { kind: "host", host: h, address: dir?.addressOf(h) };
      // The rest of nsswitch (DNS): an address only a DNS server knows.
      const r = await resolveHost(task, name, { family: "unspec" });
      if (r.kind === "error") return { kind: "error", text: `ssh: Could not resolve hostname ${name}: ${r.text}\r\n` };
      address = formatIpv4(r.addrs[0]!);
    }
  }
  if (address.startsWith("127.") || address === "::1") return { kind: "host", host: task.host, address };
  const h = dir?.byAddress(address);
  if (!h) return { kind: "error", text: `ssh: connect to host ${address} port ${port}: No route to host\r\n` };
  return { kind: "host", host: h, address };
}

export const sshMain: Program = async (ctx) => {
  const t = ctx.task;
  const parsed = parse(ctx.argv.slice(1));
  if (parsed.kind === "error") {
    await ctx.stderr.write(parsed.text);
    return 255;
  }
  const p = parsed.p;
  if (p.version) {
    await ctx.stderr.write(VERSION);
    return 0;
  }
  if (p.destination === undefined) {
    await ctx.stderr.write(USAGE);
    return 255;
  }
  const fs = t.host.fs;
  if (p.configFile !== undefined && !fs.tryLookup(t, t.cwd, p.configFile)) {
    await ctx.stderr.write(`Can't open user config file ${p.configFile}: No such file or directory\n`);
    return 255;
  }
  for (const id of p.identities) {
    if (!fs.tryLookup(t, t.cwd, id)) await ctx.stderr.write(`Warning: Identity file ${id} not accessible: No such file or directory.\n`);
  }
  const quiet = p.quiet || p.cfg.logLevel === "quiet";
  const stdinFile = t.getFd(0);
  const stdinTty = !!stdinFile?.tty;
  const command = p.command.join(" ");
  const wantTty = p.cfg.requestTty === "force" || p.ttyRequests >= 2 ||
    (!p.noTty && p.cfg.requestTty !== "no" && (p.ttyRequests === 1 || p.cfg.requestTty === "yes" || !command));
  if (wantTty && !stdinTty && p.ttyRequests < 2 && p.cfg.requestTty !== "force" && !quiet) {
    await ctx.stderr.write("Pseudo-terminal will not be allocated because stdin is not a terminal.\r\n");
  }
  let dest = p.destination;
  let user = p.cfg.user;
  const at = dest.lastIndexOf("@");
  if (at >= 0) {
    user ??= dest.slice(0, at);
    dest = dest.slice(at + 1);
  }
  // ssh lowercases the host name it was given.
  const name = dest.toLowerCase();
  const target = await resolve(t, name, p.cfg.port ?? 22);
  if (target.kind === "error") {
    if (!quiet) await ctx.stderr.write(target.text);
    return 255;
  }
  if ((user ?? "root") !== "root") {
    // The hosts have no other accounts, and root's key is the only one trusted.
    if (!quiet) await ctx.stderr.write(`${user}@${name}: Permission denied (publickey).\r\n`);
    return 255;
  }
  const interactive = !command && stdinTty && stdinFile instanceof TtyFile;
  return interactive
    ? runInteractive(ctx, target.host, stdinFile, quiet, name)
    : runSession(ctx, target.host, command, p.noStdin, sessionEnv(ctx, target));
};

/** What sshd + PAM put in a root session's environment (LANG travels with SendEnv/AcceptEnv). */
function sessionEnv(ctx: ProgramContext, target: { host: Host; address?: string }): Map<string, string> {
  const env = new Map<string, string>([
    ["PATH", ROOT_PATH],
    ["HOME", "/root"],
    ["USER", "root"],
    ["LOGNAME", "root"],
    ["SHELL", "/bin/bash"],
    ["MAIL", "/var/mail/root"],
    ["PWD", "/root"],
  ]);
  const lang = ctx.env.get("LANG");
  if (lang !== undefined) env.set("LANG", lang);
  const from = hostDirectory(ctx.task.host)?.addressOf(ctx.task.host);
  if (from && target.address && target.host !== ctx.task.host) {
    // The client's ephemeral port (ip_local_port_range 32768-60999).
    const sport = ctx.task.host.rng.int(32768, 60999);
    env.set("SSH_CLIENT", `${from} ${sport} 22`);
    env.set("SSH_CONNECTION", `${from} ${sport} ${target.address} 22`);
  }
  return env;
}

function startRemote(host: Host, argv: string[], env: ReadonlyMap<string, string>, fds: OpenFile[]): Task {
  const remote = host.newTask(undefined, argv[0]!, { cwd: "/root" });
  fds.forEach((f, fd) => remote.setFd(fd, f));
  remote.comm = argv.join(" ");
  void remote.start((rt) =>
    bashMain({ argv, env, task: rt, stdin: new InStream(rt, 0), stdout: new OutStream(rt, 1), stderr: new OutStream(rt, 2) }),
  );
  return remote;
}

async function runSession(ctx: ProgramContext, host: Host, command: string, noStdin: boolean, env: ReadonlyMap<string, string>): Promise<number> {
  const t = ctx.task;
  const out = t.getFd(1) ?? new NullFile();
  const err = t.getFd(2) ?? new NullFile();
  let pump: Task | undefined;
  let stdin: OpenFile = new NullFile();
  const src = t.getFd(0);
  if (!noStdin && src) {
    // ssh copies its stdin into the session as long as the session lasts.
    const pipe = new Pipe();
    stdin = pipe.readEnd;
    pump = t.host.newTask(t, "ssh");
    pump.setFd(1, pipe.writeEnd);
    void pump.start(async (pt) => {
      for (;;) {
        const chunk = await readChunk(src, pt);
        if (chunk === null) return 0;
        await pipe.writeEnd.write!(pt, chunk);
      }
    });
  }
  const argv = command ? ["bash", "-c", command] : ["-bash"];
  const remote = startRemote(host, argv, env, [stdin, out, err]);
  try {
    await remote.waitExit(t);
  } catch (e) {
    if (e instanceof Interrupted) {
      // The connection goes away: the session's processes hang up.
      remote.signal(SIGHUP);
      pump?.signal(SIGKILL);
    }
    throw e;
  }
  if (pump?.alive) pump.signal(SIGKILL);
  if (pump) await pump.waitExit(t);
  return remote.killedBy !== undefined ? 255 : remote.exitStatus ?? 255;
}

/** `ssh HOST` on a terminal: a login shell on that host owns the terminal until it exits. */
async function runInteractive(ctx: ProgramContext, host: Host, tty: TtyFile, quiet: boolean, name: string): Promise<number> {
  const t = ctx.task;
  const env = sessionEnv(ctx, { host, address: hostDirectory(t.host)?.addressOf(host) });
  env.set("TERM", ctx.env.get("TERM") ?? "xterm");
  const saved = { host: tty.host, fg: tty.foregroundPgid };
  const remote = startRemote(host, ["-bash"], env, [tty, tty, tty]);
  // The remote pty stands in for ours: keystroke signals reach the remote shell.
  tty.host = host;
  tty.setForeground(remote.pgid);
  try {
    await remote.waitExit(t);
  } catch (e) {
    if (e instanceof Interrupted) remote.signal(SIGHUP);
    throw e;
  } finally {
    tty.host = saved.host;
    if (saved.fg !== undefined) tty.setForeground(saved.fg);
  }
  if (!quiet) await ctx.stderr.write(`Connection to ${name} closed.\r\n`);
  return remote.killedBy !== undefined ? 255 : remote.exitStatus ?? 255;
}
