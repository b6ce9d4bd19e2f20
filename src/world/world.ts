// The world: one clock, one seeded RNG, one scheduler, and the hosts in it.
// This is the library API: make a world, run scripts or single commands on a
// host, read what they printed, step the clock.

import { Clock, NS_PER_SEC, type Nanos } from "../sim/clock.js";
import { Rng } from "../sim/rng.js";
import { LimitExceeded, Scheduler } from "../sim/scheduler.js";
import { DEFAULT_LIMITS, Host } from "../kernel/host.js";
import { BufferFile, NullFile, SinkFile } from "../kernel/task/file.js";
import { InStream, OutStream } from "../kernel/task/stdio.js";
import type { Task } from "../kernel/task/task.js";
import type { Program } from "../kernel/task/program.js";
import { bashMain, runScriptText, shebangMain } from "../shell/bash.js";
import { Shell } from "../shell/interp/interpreter.js";
import { ALL_PROGRAMS } from "../tools/registry.js";
import { bootHost } from "./boot.js";
import { setHostDirectory, type HostDirectory } from "./directory.js";
import { validHostName } from "./names.js";
import { appendHostsEntries, appendHostsEntry } from "./etc-hosts.js";
import { populateRootfs } from "./rootfs.js";
import type { Cable, CableOptions } from "./underlay/cable.js";
import type { LinkEnd } from "./underlay/link-end.js";
import type { Switch } from "./underlay/switch.js";
import { Underlay } from "./underlay/underlay.js";
import { applyTopology } from "./topology/build.js";
import { buildInternet } from "./internet.js";
import { parseTopology } from "./topology/load.js";

export interface WorldLimits {
  /** Most clock events one run may process before it is stopped. */
  maxEvents: number;
  /** Most processes alive at once on a host. */
  maxTasks: number;
  /** Most bytes held in a host's files. */
  maxFileBytes: number;
  /** Most shell commands one run may execute (stops `while true; do :; done`). */
  maxCommands: number;
}

export const DEFAULT_WORLD_LIMITS: WorldLimits = {
  maxEvents: 50_000_000,
  maxTasks: DEFAULT_LIMITS.maxTasks,
  maxFileBytes: DEFAULT_LIMITS.maxFileBytes,
  maxCommands: 20_000_000,
};

export interface WorldOptions {
  /** Seed of the world's RNG (MACs, ids, ports). Default 1. */
  seed?: number;
  /** The default host is bare: only a DOWN lo, as `unshare --net` gives. */
  bare?: boolean;
  /** Hostname of the default host. */
  hostname?: string;
  limits?: Partial<WorldLimits>;
  /**
   * Hosts to make instead of the default one. Unless `lan` is false, their
   * eth0s are plugged into one switch, "lan", host i (from 0) is published at
   * 10.0.0.(i+1) in every other host's /etc/hosts, and its eth0 gets
   * 10.0.0.(i+1)/24 through `ip addr` at boot (see lanAddressing()).
   */
  hosts?: string[];
  /** With `hosts`: put them on one LAN (default true). */
  lan?: boolean;
  /**
   * Without `hosts` and not `bare`: the default host's eth0 is on a LAN with a
   * gateway (10.0.2.2, MASQUERADE), a resolver (10.0.2.3) and public hosts
   * such as example.com (see internet.ts). Default true.
   */
  internet?: boolean;
}

/** A host's script the world runs once before anything else (addresses, topology startup). */
export interface BootStep {
  host: string;
  /** What it is, for messages: "startup", "addresses". */
  what: string;
  script: string;
}

export interface BootFailure extends BootStep {
  status: number;
}

/** The most hosts `hosts` can put on its 10.0.0.0/24 LAN. */
export const MAX_LAN_HOSTS = 254;

/** The address host number `i` (from 0) gets on the `hosts` LAN. */
export function lanAddress(i: number): string {
  return `10.0.0.${i + 1}`;
}

/**
 * The commands that give host `i` of a `hosts` LAN its address on eth0, run
 * through the host's own shell as an administrator would type them.
 */
export function lanAddressing(i: number): string | undefined {
  // The boot's NAT lease (10.0.2.15/24 and its default route) goes: this LAN
  // has no gateway.
  return `ip -4 addr flush dev eth0\nip addr add ${lanAddress(i)}/24 dev eth0\n`;
}


export interface RunOptions {
  /** Host to run on (default: the first host). */
  host?: string;
  /** Bytes or text for the script's standard input (default: /dev/null). */
  stdin?: string | Uint8Array;
  /** Called with each piece of output as it is written. */
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  /** $0 of the script, used in bash's error messages ("NAME: line N: …"). */
  scriptName?: string;
  /** Positional parameters $1… */
  args?: string[];
  /**
   * How bash gets the script: "file" (default) as `bash NAME` reading a file, so
   * its messages say "NAME: line N: …"; "-c" as `bash -c SCRIPT NAME`.
   */
  mode?: "file" | "-c";
  /** Working directory of the first process (default /root; kernel-sandbox uses /tmp). */
  cwd?: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export { validHostName };

export class World implements HostDirectory {
  readonly clock: Clock;
  readonly rng: Rng;
  readonly sched: Scheduler;
  readonly hosts = new Map<string, Host>();
  readonly limits: WorldLimits;
  readonly seed: number;
  /** The physical network between the hosts: cables and switches. */
  readonly underlay: Underlay;
  /** Scripts still to run before the first run (addresses, topology startup). */
  readonly bootQueue: BootStep[] = [];
  /** Boot scripts that exited non-zero. */
  readonly bootFailures: BootFailure[] = [];
  private readonly published = new Map<Host, string>();
  private booting = false;

  constructor(opts: WorldOptions = {}) {
    this.seed = opts.seed ?? 1;
    this.limits = { ...DEFAULT_WORLD_LIMITS, ...opts.limits };
    this.clock = new Clock();
    this.rng = new Rng(this.seed);
    this.sched = new Scheduler(this.clock);
    this.underlay = new Underlay(this.clock, this.seed);
    if (opts.hosts === undefined) {
      const home = this.addHost(opts.hostname ?? (opts.bare ? "sandbox" : "nslab"), { bare: !!opts.bare });
      // A booted VM's eth0 leads somewhere: the LAN, its gateway and resolver, an internet.
      if (!opts.bare && opts.internet !== false) buildInternet(this, home);
      return;
    }
    const lan = opts.lan !== false && opts.hosts.length > 0;
    if (lan && opts.hosts.length > MAX_LAN_HOSTS) throw new RangeError(`at most ${MAX_LAN_HOSTS} hosts fit on the LAN`);
    for (const name of opts.hosts) this.addHost(name, { bare: !!opts.bare });
    if (!lan) return;
    this.addSwitch("lan");
    opts.hosts.forEach((name, i) => {
      this.connect(name, "eth0", "lan");
      this.publish(name, lanAddress(i));
      const script = lanAddressing(i);
      if (script) this.bootQueue.push({ host: name, what: "addresses", script });
    });
  }

  /**
   * A world built from a topology file (YAML; see src/world/topology/README.md),
   * booted: NICs addressed and startup scripts run, what they print going to
   * `io`. Throws TopologyError ("FILE:LINE:COL: PATH: WHAT") for a bad file;
   * boot scripts that fail are listed in `bootFailures`.
   */
  static async fromTopology(
    text: string,
    opts: { fileName?: string; seed?: number; limits?: Partial<WorldLimits> } & Pick<RunOptions, "onStdout" | "onStderr"> = {},
  ): Promise<World> {
    const topo = parseTopology(text, opts.fileName);
    const world = new World({ seed: opts.seed, limits: opts.limits, hosts: [], lan: false });
    applyTopology(world, topo);
    await world.boot(opts);
    return world;
  }

  /** Adds a host with its own kernel, filesystem and processes. */
  addHost(name: string, opts: { bare?: boolean; rng?: Rng } = {}): Host {
    if (!validHostName(name)) throw new Error(`invalid host name '${name}'`);
    if (this.hosts.has(name) || this.underlay.switches.has(name)) throw new Error(`host ${name} exists`);
    const host = new Host(name, this.clock, opts.rng ?? this.rng, this.sched, name, {
      maxTasks: this.limits.maxTasks,
      maxFileBytes: this.limits.maxFileBytes,
      maxCommands: this.limits.maxCommands,
    });
    populateRootfs(host, ALL_PROGRAMS);
    host.programs.set("bash", bashMain);
    host.programs.set("#!", shebangMain);
    host.fs.mknod("/usr/bin/bash", { typeChar: "-", mode: 0o755, program: "bash", size: 0, open: () => new NullFile() });
    // Debian 12: sh -> dash; the same interpreter runs dash's personality when argv[0] is sh/dash.
    host.fs.mknod("/usr/bin/dash", { typeChar: "-", mode: 0o755, program: "bash", size: 0, open: () => new NullFile() });
    host.fs.symlink(undefined, "/", "dash", "/usr/bin/sh");
    bootHost(host, { bare: !!opts.bare });
    this.hosts.set(name, host);
    setHostDirectory(host, this);
    appendHostsEntries(host, [...this.published].map(([other, addr]) => [addr, other.id] as const));
    return host;
  }

  /**
   * Publishes `host` at `address`: every other host's /etc/hosts gets a line
   * for it (hosts added later get it too), and `ssh` finds it there. The
   * address is configured on the host separately (boot scripts).
   */
  publish(host: string | Host, address: string): void {
    const h = typeof host === "string" ? this.host(host) : host;
    if (this.published.has(h)) throw new Error(`host ${h.id} is already published`);
    this.published.set(h, address);
    for (const other of this.hosts.values()) if (other !== h) appendHostsEntry(other, address, h.id);
  }

  // ---- HostDirectory (what ssh asks) ----

  byName(name: string): Host | undefined {
    const n = name.toLowerCase();
    for (const h of this.hosts.values()) if (h.id.toLowerCase() === n) return h;
    return undefined;
  }

  byAddress(address: string): Host | undefined {
    for (const [h, a] of this.published) if (a === address) return h;
    return undefined;
  }

  addressOf(host: Host): string | undefined {
    return this.published.get(host);
  }

  // ---- the underlay ----

  /** A learning switch outside every host, for hosts' NICs to plug into. */
  addSwitch(name: string, opts: { ageing?: Nanos } = {}): Switch {
    if (this.hosts.has(name)) throw new Error(`host ${name} exists`);
    return this.underlay.addSwitch(name, opts);
  }

  /**
   * Plugs a cable between `a`'s port and `b`'s port. A host's port is a NIC
   * in its initial namespace (hot-plugged, DOWN, when it does not exist yet);
   * a switch's port is made on demand (omitted: the next free number).
   */
  connect(a: string | Host, aPort: string | undefined, b: string | Host, bPort?: string, opts: CableOptions = {}): Cable {
    return this.underlay.connect(this.linkEnd(a, aPort), this.linkEnd(b, bPort), opts);
  }

  private linkEnd(node: string | Host, port: string | undefined): LinkEnd {
    const host = typeof node === "string" ? this.hosts.get(node) : node;
    if (host) {
      if (port === undefined) throw new Error(`host ${host.id}: which NIC?`);
      return this.underlay.nic(host, port);
    }
    const sw = this.underlay.switches.get(node as string);
    if (!sw) throw new Error(`no host or switch named ${node as string}`);
    return sw.port(port);
  }

  /** Runs the queued boot scripts in order; what they print goes to `io`. */
  async boot(io: Pick<RunOptions, "onStdout" | "onStderr"> = {}): Promise<BootFailure[]> {
    const failed: BootFailure[] = [];
    if (!this.bootQueue.length) return failed;
    this.booting = true;
    // Bringing NICs up takes a second of virtual time, so the link state
    // changes queued for linkwatch's once-a-second run have settled before the
    // startup scripts (and later the user) look, as on a machine that booted.
    let settle = false;
    try {
      while (this.bootQueue.length) {
        const step = this.bootQueue.shift()!;
        if (settle && step.what !== "addresses") {
          await this.step(NS_PER_SEC);
          settle = false;
        }
        const r = await this.runProgram(bashMain, ["bash", "-c", step.script, step.what], { host: step.host, ...io });
        if (r.status !== 0) failed.push({ ...step, status: r.status });
        if (step.what === "addresses") settle = true;
      }
      if (settle) await this.step(NS_PER_SEC);
    } finally {
      this.booting = false;
    }
    this.bootFailures.push(...failed);
    return failed;
  }

  host(name?: string): Host {
    const h = name === undefined ? this.hosts.values().next().value : this.hosts.get(name);
    if (!h) throw new Error(`no host named ${name}`);
    return h;
  }

  get now(): Nanos {
    return this.clock.now;
  }

  /** Runs a bash script on a host and drives the world until it exits. */
  async run(script: string, opts: RunOptions = {}): Promise<RunResult> {
    const name = opts.scriptName ?? "bash";
    const args = opts.args ?? [];
    if (opts.mode === "-c") return this.runProgram(bashMain, ["bash", "-c", script, name, ...args], opts);
    // `bash NAME ARGS…` with the text already in hand (it need not exist in the world's filesystem).
    const asFile: Program = (ctx) => {
      const sh = new Shell(ctx.task, { scriptName: name, positional: args, env: ctx.env, mode: "file" });
      return runScriptText(sh, script, "file");
    };
    return this.runProgram(asFile, ["bash", name, ...args], opts);
  }

  /** Runs a program (by main) with argv as a new process of the host's init, until it exits. */
  async runProgram(main: Program, argv: string[], opts: RunOptions = {}): Promise<RunResult> {
    if (this.bootQueue.length && !this.booting) return this.afterBoot(opts, (o) => this.runProgram(main, argv, o));
    const host = this.host(opts.host);
    const out: string[] = [];
    const err: string[] = [];
    const outDec = new TextDecoder();
    const errDec = new TextDecoder();
    const cwd = opts.cwd ?? "/root";
    const task = host.newTask(undefined, argv[0] ?? "bash", { cwd });
    const emit = (which: "out" | "err", data: Uint8Array) => {
      const text = (which === "out" ? outDec : errDec).decode(data, { stream: true });
      if (!text) return;
      if (which === "out") {
        out.push(text);
        opts.onStdout?.(text);
      } else {
        err.push(text);
        opts.onStderr?.(text);
      }
    };
    const stdin = opts.stdin === undefined
      ? new NullFile()
      : new BufferFile(typeof opts.stdin === "string" ? new TextEncoder().encode(opts.stdin) : opts.stdin);
    task.setFd(0, stdin);
    task.setFd(1, new SinkFile((d) => emit("out", d), "stdout"));
    task.setFd(2, new SinkFile((d) => emit("err", d), "stderr"));
    host.onInternalError = (e, t) => {
      const msg = e instanceof Error ? e.message : String(e);
      emit("err", new TextEncoder().encode(`nslab: internal error in ${t.comm}: ${msg}\n`));
    };
    const env = new Map<string, string>([
      ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
      ["HOME", "/root"],
      ["USER", "root"],
      ["LOGNAME", "root"],
      ["SHELL", "/bin/bash"],
      ["TERM", "xterm"],
      ["LANG", "C.UTF-8"],
      ["PWD", cwd],
      ["HOSTNAME", host.hostname],
    ]);
    let status: number | undefined;
    void task.start((t: Task) =>
      main({ argv, env, task: t, stdin: new InStream(t, 0), stdout: new OutStream(t, 1), stderr: new OutStream(t, 2) }),
    );
    try {
      const r = await this.sched.drive(() => !task.alive, this.limits.maxEvents);
      status = task.exitStatus;
      if (r === "stalled") {
        emit("err", new TextEncoder().encode("nslab: stopped: every process is waiting for something that will never happen\n"));
        status = 124;
      }
    } catch (e) {
      if (e instanceof LimitExceeded) {
        emit("err", new TextEncoder().encode(`nslab: stopped: ${e.message}\n`));
        status = 125;
      } else throw e;
    }
    emit("out", new Uint8Array(0));
    return { stdout: out.join(""), stderr: err.join(""), status: status ?? 125 };
  }

  /** Boots first; what the boot scripts printed comes before the run's own output. */
  private async afterBoot(opts: RunOptions, then: (o: RunOptions) => Promise<RunResult>): Promise<RunResult> {
    let out = "";
    let err = "";
    await this.boot({
      onStdout: (t) => {
        out += t;
        opts.onStdout?.(t);
      },
      onStderr: (t) => {
        err += t;
        opts.onStderr?.(t);
      },
    });
    const r = await then(opts);
    return { ...r, stdout: out + r.stdout, stderr: err + r.stderr };
  }

  /** Advances virtual time by `ns`, running every event due meanwhile. */
  async step(ns: Nanos): Promise<void> {
    const until = this.clock.now + ns;
    let stop = false;
    const t = this.clock.at(until, () => {
      stop = true;
    });
    await this.sched.drive(() => stop, this.limits.maxEvents);
    t.cancel();
  }
}
