// `nslab verify SCRIPT...`: runs each script on the real kernel (in a throwaway
// network namespace, as /work/shared/tools/kernel-sandbox does) and on a bare
// nslab world, masks the kernel's randomness on both sides (src/verify/mask.ts)
// and prints `identical` or the unified diff. Node-only: it spawns the kernel run.

// The default import, not named ones: the bundle hands node:child_process over
// as a lazy proxy (scripts/build.mjs, required at first use), and esbuild's
// named-import interop copies the keys it has at load, which are none.
import childProcess from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
import { delimiter, join } from "node:path";
import { compareMasked, maskedTranscript, replayOnNslab, transcriptText, type Transcript } from "../verify/replay.js";

export interface VerifyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface VerifyOptions {
  seed?: number;
  noIpv6?: boolean;
  /** Longest a kernel run may take (ms) before its process group is killed. Default 300 s. */
  timeoutMs?: number;
  /** Runs the script on the kernel; replaceable in tests. Default: runOnKernel. */
  kernel?: (path: string, opts: { noIpv6: boolean; timeoutMs: number }) => Promise<Transcript>;
}

export interface VerifyResult {
  kernel: Transcript;
  nslab: Transcript;
  maskedKernel: string;
  maskedNslab: string;
  identical: boolean;
  diff: string;
}

const HELP = `Usage: nslab verify [--seed N] [--keep] [--no-ipv6] SCRIPT...

Runs each bash SCRIPT twice: on the real Linux kernel, as root, in a fresh
network namespace holding only a DOWN lo (nothing it does reaches this
machine's interfaces), and on a bare nslab world. Both outputs (stdout and
stderr merged, then '[exit N]') are masked where the kernel is random (MACs,
timings, ids, ports...) and compared.

Options:
  --seed N    seed of the nslab world (default 1)
  --keep      also print both raw outputs before comparing
  --no-ipv6   disable IPv6 in the initial namespace on both sides first
  -h, --help  print this help

Exit status: 0 all identical, 1 some differ, 2 bad usage or no kernel to run on,
70 internal error in nslab.
`;

// The sandbox, equivalent to /work/shared/tools/kernel-sandbox: private net,
// mount, uts and ipc namespaces; fresh tmpfs on /run/netns, /tmp and
// /etc/netns; sysctls read-only outside net.*; /sys mounted afresh so that
// /sys/class/net is the sandbox namespace's; the script as bash /dev/fd/3
// with stderr merged into stdout.
const SANDBOX = `
set -e
mount --make-rprivate /
for d in /run/netns /tmp /etc/netns; do mkdir -p $d; mount -t tmpfs tmpfs $d; done
[ -d /var/run/netns ] || ln -sf /run/netns /var/run/netns 2>/dev/null || true
mount --bind /proc/sys /proc/sys && mount -o remount,bind,ro /proc/sys
mount --bind /proc/sys/net /proc/sys/net && mount -o remount,bind,rw /proc/sys/net
# sysfs mounted from inside the namespace shows its devices (/sys/class/net), as a host's does.
mount -t sysfs sysfs /sys
if [ "$1" = 1 ]; then
  sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
fi
hostname sandbox
cd /tmp
shift; set +e
exec bash /dev/fd/3 "$@" 2>&1
`;

/** The environment nslab gives a script (src/world/world.ts), so both sides see the same. */
const SCRIPT_ENV: Record<string, string> = {
  PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
  HOME: "/root",
  USER: "root",
  LOGNAME: "root",
  SHELL: "/bin/bash",
  TERM: "xterm",
  LANG: "C.UTF-8",
};

/** Commands a script may use on the kernel, and the Debian package that has them. */
const KERNEL_TOOLS: Record<string, string> = {
  unshare: "util-linux",
  ip: "iproute2",
  bridge: "iproute2",
  ss: "iproute2",
  brctl: "bridge-utils",
  ping: "iputils-ping",
  tcpdump: "tcpdump",
  ethtool: "ethtool",
  ifconfig: "net-tools",
  route: "net-tools",
  arp: "net-tools",
  netstat: "net-tools",
  iptables: "iptables",
  conntrack: "conntrack",
  nc: "netcat-openbsd",
  dnsmasq: "dnsmasq-base",
  sysctl: "procps",
};

function onPath(cmd: string): boolean {
  return SCRIPT_ENV.PATH!.split(delimiter).some((d) => existsSync(join(d, cmd)));
}

/** Tools the script (or the sandbox) needs that this machine lacks, with their packages. */
export function missingKernelTools(script: string): { cmd: string; pkg: string }[] {
  const used = new Set(["unshare", "ip", "sysctl"]);
  for (const m of script.matchAll(/(?<![\w.\/-])([a-z]+)(?![\w.\/-])/g)) if (m[1]! in KERNEL_TOOLS) used.add(m[1]!);
  return [...used].filter((c) => !onPath(c)).map((cmd) => ({ cmd, pkg: KERNEL_TOOLS[cmd]! }));
}

/** Runs the script file on the real kernel in the sandbox; needs root. */
export function runOnKernel(path: string, opts: { noIpv6: boolean; timeoutMs: number }): Promise<Transcript> {
  const fd = openSync(path, "r");
  return new Promise<Transcript>((resolve, reject) => {
    const child = childProcess.spawn(
      "unshare",
      ["--net", "--mount", "--uts", "--ipc", "--fork", "bash", "-c", SANDBOX, "kernel-sandbox", opts.noIpv6 ? "1" : "0"],
      { stdio: ["ignore", "pipe", "pipe", fd], env: SCRIPT_ENV, detached: true },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, opts.timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      closeSync(fd);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      closeSync(fd);
      const setupErr = Buffer.concat(err).toString("utf8");
      if (timedOut) return reject(new Error(`the kernel run took longer than ${opts.timeoutMs / 1000} s and was killed`));
      // The script's own stderr is merged into stdout; anything on stderr is the sandbox failing.
      if (setupErr) return reject(new Error(`the sandbox failed: ${setupErr.trim()}`));
      resolve({ output: Buffer.concat(out).toString("utf8"), status: code ?? 128 + (signal ? (osConstants.signals[signal] ?? 0) : 0) });
    });
  });
}

/** Runs one script on both sides and compares the masked transcripts. */
export async function verifyScript(path: string, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const script = readFileSync(path, "utf8");
  const noIpv6 = !!opts.noIpv6;
  const kernel = await (opts.kernel ?? runOnKernel)(path, { noIpv6, timeoutMs: opts.timeoutMs ?? 300_000 }).catch((e) => {
    throw new VerifyError(`on the real kernel: ${(e as Error).message}`, 2);
  });
  const nslab = await replayOnNslab(script, { seed: opts.seed ?? 1, noIpv6 }).catch((e) => {
    throw new VerifyError(`internal error in nslab: ${e instanceof Error ? e.message : String(e)}`, 70);
  });
  const maskedKernel = maskedTranscript(kernel, script);
  const maskedNslab = maskedTranscript(nslab, script);
  return { kernel, nslab, maskedKernel, maskedNslab, ...compareMasked(maskedKernel, maskedNslab) };
}

class Usage extends Error {}

/** A failure to run one side; `status` is verify's exit status for it. */
export class VerifyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface Args {
  seed: number;
  keep: boolean;
  noIpv6: boolean;
  help: boolean;
  scripts: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { seed: 1, keep: false, noIpv6: false, help: false, scripts: [] };
  for (let i = 0; i < argv.length; i++) {
    const s = argv[i]!;
    if (s === "--") {
      a.scripts.push(...argv.slice(i + 1));
      break;
    }
    if (s === "-h" || s === "--help") a.help = true;
    else if (s === "--keep") a.keep = true;
    else if (s === "--no-ipv6") a.noIpv6 = true;
    else if (s === "--seed" || s.startsWith("--seed=")) {
      const v = s === "--seed" ? argv[++i] : s.slice("--seed=".length);
      if (v === undefined) throw new Usage("option '--seed' needs a value");
      if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) throw new Usage(`invalid seed '${v}': expected an integer from 0 to 4294967295`);
      a.seed = Number(v);
    } else if (s.startsWith("-") && s !== "-") throw new Usage(`unrecognized option '${s}'`);
    else a.scripts.push(s);
  }
  return a;
}

/** `nslab verify ARGS`: prints its results and resolves to the exit status. */
export async function runVerify(argv: string[], io: VerifyIo, opts: Pick<VerifyOptions, "kernel" | "timeoutMs"> = {}): Promise<number> {
  const hint = "Try 'nslab verify --help' for more information.\n";
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`nslab verify: ${(e as Error).message}\n${hint}`);
    return 2;
  }
  if (args.help) {
    io.stdout(HELP);
    return 0;
  }
  if (args.scripts.length === 0) {
    io.stderr(`nslab verify: no SCRIPT given\n${hint}`);
    return 2;
  }
  const scripts: { path: string; text: string }[] = [];
  for (const path of args.scripts) {
    try {
      scripts.push({ path, text: readFileSync(path, "utf8") });
    } catch (e) {
      const code = (e as { code?: string }).code;
      const words = code === "ENOENT" ? "No such file or directory" : code === "EISDIR" ? "Is a directory" : code === "EACCES" ? "Permission denied" : (e as Error).message;
      io.stderr(`nslab verify: ${path}: ${words}\n`);
      return 2;
    }
  }
  if (!opts.kernel) {
    if (process.getuid?.() !== 0) {
      io.stderr(`nslab verify: needs root to run SCRIPT on the real kernel (try: sudo nslab verify ${argv.join(" ")})\n`);
      return 2;
    }
    const missing = new Map<string, string>();
    for (const s of scripts) for (const m of missingKernelTools(s.text)) missing.set(m.cmd, m.pkg);
    if (missing.size) {
      const pkgs = [...new Set(missing.values())].join(" ");
      io.stderr(`nslab verify: the real kernel's tools are missing: ${[...missing.keys()].join(", ")} (try: apt-get install ${pkgs})\n`);
      return 2;
    }
  }
  let status = 0;
  for (const s of scripts) {
    const many = scripts.length > 1;
    let r: VerifyResult;
    try {
      r = await verifyScript(s.path, { seed: args.seed, noIpv6: args.noIpv6, kernel: opts.kernel, timeoutMs: opts.timeoutMs });
    } catch (e) {
      io.stderr(`nslab verify: ${s.path}: ${(e as Error).message}\n`);
      return e instanceof VerifyError ? e.status : 70;
    }
    if (args.keep) {
      io.stdout(`=== kernel (raw)\n${transcriptText(r.kernel)}=== nslab (raw)\n${transcriptText(r.nslab)}`);
    }
    if (r.identical) io.stdout(many ? `${s.path}: identical\n` : "identical\n");
    else {
      io.stdout(many ? `${s.path}: differs\n${r.diff}` : r.diff);
      status = 1;
    }
  }
  return status;
}

/** Whether this process can run scripts on the real kernel (root, unshare and ip present). */
export function canRunKernel(): boolean {
  if (process.getuid?.() !== 0) return false;
  if (!onPath("unshare") || !onPath("ip")) return false;
  return childProcess.spawnSync("unshare", ["--net", "true"]).status === 0;
}
