// The docker CLI (28.2.2): parses the command line, calls the host's daemon
// (src/container/docker) as the API would, and prints what docker prints.
// Daemon errors come back as "Error response from daemon: …" (exit 1; `run`
// exits 125 when the container could not be created or started).

import type { Program, ProgramContext } from "../../kernel/task/program.js";
import { ApiError, DaemonOpError, getDaemon, type Daemon } from "../../container/docker/daemon.js";
import { findImage, parseRef } from "../../container/docker/images.js";
import { fmtIp } from "../../container/docker/ipam.js";
import { hasDns } from "../../container/docker/resolver.js";
import { parseIpv4Pton } from "../../wire/addr.js";
import type { Container, PortRequest } from "../../container/docker/model.js";
import { killContainer, startContainer, stopContainer, waitStopped } from "../../container/docker/lifecycle.js";
import { parseSignal } from "../../uapi/signal.js";
import { all, flag, last, parseFlags, type FlagSpec } from "./flags.js";
import { humanDuration, table } from "./humanize.js";
import { containerDoc, goJson, networkDoc } from "./inspect.js";
import { bashMain } from "../../shell/bash.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";

class Exit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

type Cmd = (ctx: ProgramContext, d: Daemon, args: string[]) => Promise<number>;

async function fail(ctx: ProgramContext, e: unknown, status = 1): Promise<number> {
  if (e instanceof ApiError) {
    await ctx.stderr.write(`Error response from daemon: ${e.message}\n`);
    return status;
  }
  if (e instanceof DaemonOpError) {
    await ctx.stderr.write(`Error response from daemon: ${e.message}\n`);
    return status;
  }
  throw e;
}

async function usageError(ctx: ProgramContext, cmd: string, msg: string, usage: string): Promise<never> {
  await ctx.stderr.write(`${msg}\nSee 'docker ${cmd} --help'.\n`);
  void usage;
  throw new Exit(125);
}

async function needArgs(ctx: ProgramContext, cmd: string, rest: string[], min: number, usage: string): Promise<void> {
  if (rest.length >= min) return;
  const what = min === 1 ? "1 argument" : `${min} arguments`;
  await ctx.stderr.write(
    `"docker ${cmd}" requires at least ${what}.\nSee 'docker ${cmd} --help'.\n\nUsage:  docker ${cmd} ${usage}\n\n`,
  );
  throw new Exit(1);
}

async function parse(ctx: ProgramContext, cmd: string, args: string[], spec: FlagSpec, interspersed = true) {
  const r = parseFlags(args, spec, interspersed);
  if (r.kind === "error") return usageError(ctx, cmd, r.message, "");
  return r;
}

// ---- network ----

const networkCreateSpec: FlagSpec = {
  long: {
    driver: { short: "d", value: true },
    subnet: { value: true },
    gateway: { value: true },
    "ip-range": { value: true },
    internal: { value: false },
    opt: { short: "o", value: true },
    label: { value: true },
    attachable: { value: false },
    ipv6: { value: false },
  },
};

function kv(list: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of list) {
    const i = s.indexOf("=");
    m.set(i >= 0 ? s.slice(0, i) : s, i >= 0 ? s.slice(i + 1) : "");
  }
  return m;
}

const network: Cmd = async (ctx, d, args) => {
  const [sub, ...rest] = args;
  switch (sub) {
    case "create": {
      const r = await parse(ctx, "network create", rest, networkCreateSpec);
      await needArgs(ctx, "network create", r.rest, 1, "[OPTIONS] NETWORK");
      try {
        const n = await d.createNetwork(ctx.task, {
          name: r.rest[0]!,
          driver: last(r.values, "driver") ?? "bridge",
          subnet: last(r.values, "subnet"),
          gateway: last(r.values, "gateway"),
          ipRange: last(r.values, "ip-range"),
          internal: flag(r.values, "internal"),
          options: kv(all(r.values, "opt")),
          labels: kv(all(r.values, "label")),
        });
        await ctx.stdout.write(`${n.id}\n`);
        return 0;
      } catch (e) {
        return fail(ctx, e);
      }
    }
    case "ls":
    case "list": {
      const r = await parse(ctx, "network ls", rest, { long: { quiet: { short: "q", value: false }, "no-trunc": { value: false } } });
      const nets = [...d.networks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      if (flag(r.values, "quiet")) {
        await ctx.stdout.write(nets.map((n) => `${flag(r.values, "no-trunc") ? n.id : n.id.slice(0, 12)}\n`).join(""));
        return 0;
      }
      const rows = [["NETWORK ID", "NAME", "DRIVER", "SCOPE"], ...nets.map((n) => [flag(r.values, "no-trunc") ? n.id : n.id.slice(0, 12), n.name, n.driver, "local"])];
      await ctx.stdout.write(table(rows));
      return 0;
    }
    case "inspect": {
      const r = await parse(ctx, "network inspect", rest, { long: { format: { short: "f", value: true } } });
      await needArgs(ctx, "network inspect", r.rest, 1, "[OPTIONS] NETWORK [NETWORK...]");
      const docs: unknown[] = [];
      let status = 0;
      for (const ref of r.rest) {
        const n = d.findNetwork(ref);
        if (!n) {
          await ctx.stderr.write(`Error response from daemon: network ${ref} not found\n`);
          status = 1;
        } else docs.push(networkDoc(d, n));
      }
      const fmt = last(r.values, "format");
      if (fmt !== undefined) for (const doc of docs) await ctx.stdout.write(`${renderFormat(fmt, doc)}\n`);
      else if (docs.length || status === 0) await ctx.stdout.write(`${goJson(docs)}\n`);
      return status;
    }
    case "rm":
    case "remove": {
      const r = await parse(ctx, "network rm", rest, { long: { force: { short: "f", value: false } } });
      await needArgs(ctx, "network rm", r.rest, 1, "NETWORK [NETWORK...]");
      let status = 0;
      for (const ref of r.rest) {
        const n = d.findNetwork(ref);
        try {
          if (!n) throw new ApiError(`network ${ref} not found`, 404);
          await d.removeNetwork(ctx.task, n);
          await ctx.stdout.write(`${ref}\n`);
        } catch (e) {
          status = await fail(ctx, e);
        }
      }
      return status;
    }
    case "connect":
    case "disconnect": {
      const r = await parse(ctx, `network ${sub}`, rest, {
        long: sub === "connect" ? { ip: { value: true }, alias: { value: true } } : { force: { short: "f", value: false } },
      });
      await needArgs(ctx, `network ${sub}`, r.rest, 2, "[OPTIONS] NETWORK CONTAINER");
      try {
        const n = d.findNetwork(r.rest[0]!);
        if (!n) throw new ApiError(`network ${r.rest[0]} not found`, 404);
        const c = d.findContainer(r.rest[1]!);
        if (!c) throw new ApiError(`No such container: ${r.rest[1]}`, 404);
        if (sub === "connect") {
          const aliases = all(r.values, "alias");
          // updateNetworkConfig → validateEndpointSettings (runconfig.ErrUnsupportedNetworkAndAlias).
          if (aliases.length && !hasDns(n)) {
            throw new ApiError("invalid endpoint settings:\nnetwork-scoped alias is supported only for containers in user defined networks", 400);
          }
          if (c.state === "running") await d.connect(ctx.task, c, n, last(r.values, "ip"), aliases);
          else if (!c.networks.includes(n.id)) c.networkMode = c.networkMode || n.name;
        } else await d.disconnect(ctx.task, c, n);
        return 0;
      } catch (e) {
        return fail(ctx, e);
      }
    }
    case "prune": {
      await parse(ctx, "network prune", rest, { long: { force: { short: "f", value: false } } });
      const gone: string[] = [];
      for (const n of [...d.networks]) {
        if (n.isDefault || n.driver !== "bridge" || n.endpoints.size) continue;
        await d.removeNetwork(ctx.task, n);
        gone.push(n.name);
      }
      if (gone.length) await ctx.stdout.write(`Deleted Networks:\n${gone.map((g) => `${g}\n`).join("")}`);
      return 0;
    }
    default:
      await ctx.stdout.write(
        "Usage:  docker network COMMAND\n\nManage networks\n\nCommands:\n  connect     Connect a container to a network\n  create      Create a network\n  disconnect  Disconnect a container from a network\n  inspect     Display detailed information on one or more networks\n  ls          List networks\n  prune       Remove all unused networks\n  rm          Remove one or more networks\n\nRun 'docker network COMMAND --help' for more information on a command.\n",
      );
      return sub === undefined ? 0 : 1;
  }
};

// ---- run ----

const runSpec: FlagSpec = {
  long: {
    detach: { short: "d", value: false },
    name: { value: true },
    rm: { value: false },
    publish: { short: "p", value: true },
    "publish-all": { short: "P", value: false },
    network: { value: true },
    net: { value: true },
    ip: { value: true },
    hostname: { short: "h", value: true },
    dns: { value: true },
    "dns-search": { value: true },
    "dns-option": { value: true },
    "dns-opt": { value: true },
    "network-alias": { value: true },
    "net-alias": { value: true },
    env: { short: "e", value: true },
    interactive: { short: "i", value: false },
    tty: { short: "t", value: false },
  },
};

/** -p [[HOSTIP:][HOSTPORT[-END]]:]CPORT[-END][/PROTO] */
export function parsePublish(spec: string): PortRequest[] | string {
  const m = /^(?:(?:(\d+\.\d+\.\d+\.\d+):)?(\d*(?:-\d+)?):)?(\d+(?:-\d+)?)(?:\/(tcp|udp))?$/.exec(spec);
  if (!m) return `invalid containerPort: ${spec}`;
  const proto = (m[4] ?? "tcp") as "tcp" | "udp";
  const range = (s: string) => {
    const [a, b] = s.split("-").map(Number);
    return b === undefined ? [a!, a!] : [a!, b];
  };
  const [c0, c1] = range(m[3]!);
  const host = m[2] ? range(m[2]) : undefined;
  const out: PortRequest[] = [];
  for (let p = c0!; p <= c1!; p++) {
    const hp = host ? (host[0] === host[1] && c0 !== c1 ? host[0]! : host[0]! + (p - c0!)) : 0;
    out.push({ proto, containerPort: p, hostIp: m[1] ?? "", hostPort: hp });
  }
  return out;
}

async function createFromRun(ctx: ProgramContext, d: Daemon, r: { values: Map<string, string[]>; rest: string[] }): Promise<Container | number> {
  const ref = r.rest[0]!;
  const image = findImage(ref);
  if (!image) {
    const { repo, tag } = parseRef(ref);
    await ctx.stderr.write(
      `Unable to find image '${repo}:${tag}' locally\n` +
        `docker: Error response from daemon: pull access denied for ${repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\n` +
        "Run 'docker run --help' for more information\n",
    );
    return 125;
  }
  const name = last(r.values, "name");
  if (name !== undefined) {
    const other = d.containers.find((c) => c.name === name);
    if (other) {
      await ctx.stderr.write(
        `docker: Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information\n`,
      );
      return 125;
    }
  }
  const ports: PortRequest[] = [];
  for (const p of all(r.values, "publish")) {
    const x = parsePublish(p);
    if (typeof x === "string") {
      await ctx.stderr.write(`docker: ${x}\n\nRun 'docker run --help' for more information\n`);
      return 125;
    }
    ports.push(...x);
  }
  const mode = last(r.values, "network") ?? last(r.values, "net") ?? "bridge";
  const mode2 = mode === "default" ? "bridge" : mode;
  if (!["host", "none", "bridge"].includes(mode2) && !mode2.startsWith("container:") && !d.findNetwork(mode2)) {
    await ctx.stderr.write(`docker: Error response from daemon: network ${mode2} not found\n\nRun 'docker run --help' for more information\n`);
    return 125;
  }
  const aliases = [...all(r.values, "network-alias"), ...all(r.values, "net-alias")];
  // daemon/create.go validateNetworkingConfig → validateEndpointSettings: aliases
  // only on user-defined networks (runconfig.ErrUnsupportedNetworkAndAlias).
  if (aliases.length && (["host", "none", "bridge", "default"].includes(mode) || mode.startsWith("container:"))) {
    await ctx.stderr.write(
      `docker: Error response from daemon: invalid config for network ${last(r.values, "network") ?? last(r.values, "net") ?? "default"}: invalid endpoint settings:\nnetwork-scoped alias is supported only for containers in user defined networks\n\nRun 'docker run --help' for more information\n`,
    );
    return 125;
  }
  const id = d.newContainerId();
  const cmd = r.rest.slice(1);
  const path = image.entrypoint.length ? image.entrypoint[0]! : (cmd[0] ?? image.cmd[0]!);
  const args = image.entrypoint.length ? [...image.entrypoint.slice(1), ...(cmd.length ? cmd : image.cmd)] : (cmd.length ? cmd.slice(1) : image.cmd.slice(1));
  const c: Container = {
    id,
    name: name ?? d.newName(),
    image: ref,
    path,
    args,
    env: all(r.values, "env").map((e) => (e.includes("=") ? e : `${e}=${ctx.env.get(e) ?? ""}`)),
    hostname: last(r.values, "hostname") ?? (mode2 === "host" ? ctx.task.host.hostname : id.slice(0, 12)),
    dns: all(r.values, "dns"),
    dnsSearch: all(r.values, "dns-search"),
    dnsOptions: [...all(r.values, "dns-option"), ...all(r.values, "dns-opt")],
    tty: flag(r.values, "tty"),
    interactive: flag(r.values, "interactive"),
    networkMode: mode2,
    requestedIp: last(r.values, "ip"),
    ports,
    publishAll: flag(r.values, "publish-all"),
    autoRemove: flag(r.values, "rm"),
    created: d.now,
    state: "created",
    exitCode: 0,
    restartCount: 0,
    sandboxKey: "",
    networks: [],
    log: [],
    stopping: false,
    exitWaiters: [],
    cmdShown: cmd.length ? cmd : image.cmd,
    hostEndpointId: "",
    aliases,
  };
  d.containers.push(c);
  return c;
}

const run: Cmd = async (ctx, d, args) => {
  const r = await parse(ctx, "run", args, runSpec, false);
  // docker/cli opts.ValidateIPAddress on each --dns, as pflag reports a bad value.
  for (const v of all(r.values, "dns")) {
    const t = v.trim();
    if (parseIpv4Pton(t) === undefined && !(t.includes(":") && /^[0-9a-fA-F:.]+$/.test(t))) {
      await usageError(ctx, "run", `invalid argument "${v}" for "--dns" flag: IP address is not correctly formatted: ${v}`, "");
    }
  }
  if (!r.rest.length) {
    await ctx.stderr.write(`docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n`);
    return 125;
  }
  const c = await createFromRun(ctx, d, r);
  if (typeof c === "number") return c;
  const detach = flag(r.values, "detach");
  try {
    await startContainer(d, ctx.task, c, detach ? {} : {
      stdin: c.interactive ? ctx.task.getFd(0) : undefined,
      stdout: ctx.task.getFd(1),
      stderr: ctx.task.getFd(2),
    });
  } catch (e) {
    if (e instanceof ApiError || e instanceof DaemonOpError) {
      await ctx.stderr.write(`docker: Error response from daemon: ${e.message}\n\nRun 'docker run --help' for more information\n`);
      if (c.autoRemove) d.containers.splice(d.containers.indexOf(c), 1);
      return e instanceof ApiError && e.status === 400 ? 127 : 125;
    }
    throw e;
  }
  if (detach) {
    await ctx.stdout.write(`${c.id}\n`);
    return 0;
  }
  await waitStopped(c, ctx.task);
  return c.exitCode;
};

// ---- the others ----

function notFound(ref: string): ApiError {
  return new ApiError(`No such container: ${ref}`, 404);
}

function eachContainer(verb: string, act: (ctx: ProgramContext, d: Daemon, c: Container, ref: string) => Promise<void>, spec: FlagSpec = { long: {} }): Cmd {
  return async (ctx, d, args) => {
    const r = await parse(ctx, verb, args, spec);
    await needArgs(ctx, verb, r.rest, 1, "[OPTIONS] CONTAINER [CONTAINER...]");
    let status = 0;
    for (const ref of r.rest) {
      try {
        const c = d.findContainer(ref);
        if (!c) throw notFound(ref);
        (ctx as ProgramContext & { flags?: Map<string, string[]> }).flags = r.values;
        await act(ctx, d, c, ref);
        await ctx.stdout.write(`${ref}\n`);
      } catch (e) {
        status = await fail(ctx, e);
      }
    }
    return status;
  };
}

const flagsOf = (ctx: ProgramContext) => (ctx as ProgramContext & { flags?: Map<string, string[]> }).flags ?? new Map<string, string[]>();

const start = eachContainer("start", async (ctx, d, c) => {
  await startContainer(d, ctx.task, c);
});

const stop = eachContainer(
  "stop",
  async (ctx, _d, c) => {
    const t = last(flagsOf(ctx), "time") ?? last(flagsOf(ctx), "timeout");
    await stopContainer(c, ctx.task, t ? Number(t) : 10);
  },
  { long: { time: { short: "t", value: true }, timeout: { value: true }, signal: { short: "s", value: true } } },
);

const restart = eachContainer(
  "restart",
  async (ctx, d, c) => {
    await stopContainer(c, ctx.task, 10);
    await startContainer(d, ctx.task, c);
  },
  { long: { time: { short: "t", value: true } } },
);

const kill = eachContainer(
  "kill",
  async (ctx, _d, c, ref) => {
    if (c.state !== "running") throw new ApiError(`cannot kill container: ${ref}: container ${c.id} is not running`, 409);
    const s = last(flagsOf(ctx), "signal") ?? "KILL";
    const sig = parseSignal(s) ?? 9;
    killContainer(c, sig);
    if (sig === 9) await waitStopped(c, ctx.task);
  },
  { long: { signal: { short: "s", value: true } } },
);

const rm = eachContainer(
  "rm",
  async (ctx, d, c) => {
    if (c.state === "running") {
      if (!flag(flagsOf(ctx), "force")) {
        throw new ApiError(`cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`, 409);
      }
      killContainer(c, 9);
      await waitStopped(c, ctx.task);
    }
    const i = d.containers.indexOf(c);
    if (i >= 0) d.containers.splice(i, 1);
  },
  { long: { force: { short: "f", value: false }, volumes: { short: "v", value: false } } },
);

function portsColumn(d: Daemon, c: Container): string {
  if (c.state !== "running") return "";
  const gw = d.gatewayEndpoint(c);
  const parts: string[] = [];
  const bound = new Set<string>();
  for (const b of gw?.ep.bindings ?? []) {
    parts.push(`${b.hostIp}:${b.hostPort}->${b.containerPort}/${b.proto}`);
    bound.add(`${b.containerPort}/${b.proto}`);
  }
  for (const e of findImage(c.image)?.exposed ?? []) if (!bound.has(e)) parts.push(e);
  return parts.join(", ");
}

function commandColumn(c: Container): string {
  const s = [c.path, ...c.args].join(" ");
  const cut = [...s].length > 20 ? `${[...s].slice(0, 19).join("")}…` : s;
  return `"${cut}"`;
}

const ps: Cmd = async (ctx, d, args) => {
  const r = await parse(ctx, "ps", args, { long: { all: { short: "a", value: false }, quiet: { short: "q", value: false }, "no-trunc": { value: false } } });
  const list = d.containers.filter((c) => flag(r.values, "all") || c.state === "running").reverse();
  if (flag(r.values, "quiet")) {
    await ctx.stdout.write(list.map((c) => `${c.id.slice(0, 12)}\n`).join(""));
    return 0;
  }
  const rows = [["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]];
  for (const c of list) {
    const status =
      c.state === "running"
        ? `Up ${humanDuration(d.now - c.startedAt!)}`
        : c.state === "created"
          ? "Created"
          : `Exited (${c.exitCode}) ${humanDuration(d.now - c.finishedAt!)} ago`;
    rows.push([c.id.slice(0, 12), c.image, commandColumn(c), `${humanDuration(d.now - c.created)} ago`, status, portsColumn(d, c), c.name]);
  }
  await ctx.stdout.write(table(rows));
  return 0;
};

const port: Cmd = async (ctx, d, args) => {
  const r = await parse(ctx, "port", args, { long: {} });
  await needArgs(ctx, "port", r.rest, 1, "CONTAINER [PRIVATE_PORT[/PROTO]]");
  const c = d.findContainer(r.rest[0]!);
  if (!c) return fail(ctx, notFound(r.rest[0]!));
  const gw = d.gatewayEndpoint(c);
  let bindings = gw?.ep.bindings ?? [];
  if (r.rest[1]) {
    const [p, proto = "tcp"] = r.rest[1].split("/");
    bindings = bindings.filter((b) => String(b.containerPort) === p && b.proto === proto);
    if (!bindings.length) {
      await ctx.stderr.write(`Error: No public port '${p}/${proto}' published for ${r.rest[0]}\n`);
      return 1;
    }
    await ctx.stdout.write(bindings.map((b) => `${b.hostIp}:${b.hostPort}\n`).join(""));
    return 0;
  }
  await ctx.stdout.write(bindings.map((b) => `${b.containerPort}/${b.proto} -> ${b.hostIp}:${b.hostPort}\n`).join(""));
  return 0;
};

const inspect: Cmd = async (ctx, d, args) => {
  const r = await parse(ctx, "inspect", args, { long: { format: { short: "f", value: true }, type: { value: true } } });
  await needArgs(ctx, "inspect", r.rest, 1, "[OPTIONS] NAME|ID [NAME|ID...]");
  const docs: unknown[] = [];
  let status = 0;
  for (const ref of r.rest) {
    const c = d.findContainer(ref);
    const n = c ? undefined : d.findNetwork(ref);
    if (c) docs.push(containerDoc(d, c));
    else if (n) docs.push(networkDoc(d, n));
    else {
      await ctx.stderr.write(`Error: No such object: ${ref}\n`);
      status = 1;
    }
  }
  const fmt = last(r.values, "format");
  if (fmt !== undefined) {
    for (const doc of docs) await ctx.stdout.write(`${renderFormat(fmt, doc)}\n`);
    return status;
  }
  if (docs.length || status === 0) await ctx.stdout.write(`${goJson(docs)}\n`);
  return status;
};

/** The few Go template forms people use with inspect: {{.A.B}}, {{range .X}}{{.Y}}{{end}}, {{json .X}}. */
function renderFormat(fmt: string, doc: unknown): string {
  const get = (obj: unknown, path: string): unknown =>
    path.split(".").filter(Boolean).reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
  const show = (v: unknown): string => (v === null || v === undefined ? "<no value>" : typeof v === "object" ? `map[${Object.entries(v as object).map(([k, x]) => `${k}:${show(x)}`).join(" ")}]` : String(v));
  return fmt
    .replace(/\{\{\s*range\s+\.([\w.]+)\s*\}\}(.*?)\{\{\s*end\s*\}\}/g, (_m, p: string, body: string) => {
      const v = get(doc, p);
      const items = v && typeof v === "object" ? Object.values(v as object) : [];
      return items.map((it) => renderFormat(body, it)).join("");
    })
    .replace(/\{\{\s*json\s+\.([\w.]*)\s*\}\}/g, (_m, p: string) => JSON.stringify(p ? get(doc, p) : doc))
    .replace(/\{\{\s*\.([\w.]*)\s*\}\}/g, (_m, p: string) => show(p ? get(doc, p) : doc));
}

const logs: Cmd = async (ctx, d, args) => {
  const r = await parse(ctx, "logs", args, { long: { follow: { short: "f", value: false }, tail: { short: "n", value: true } } });
  await needArgs(ctx, "logs", r.rest, 1, "[OPTIONS] CONTAINER");
  const c = d.findContainer(r.rest[0]!);
  if (!c) return fail(ctx, notFound(r.rest[0]!));
  for (const e of c.log) await (e.stream === "stdout" ? ctx.stdout : ctx.stderr).write(e.data);
  return 0;
};

const exec: Cmd = async (ctx, d, args) => {
  const r = await parse(ctx, "exec", args, { long: { interactive: { short: "i", value: false }, tty: { short: "t", value: false }, env: { short: "e", value: true }, detach: { short: "d", value: false } } }, false);
  await needArgs(ctx, "exec", r.rest, 2, "[OPTIONS] CONTAINER COMMAND [ARG...]");
  const c = d.findContainer(r.rest[0]!);
  if (!c) return fail(ctx, notFound(r.rest[0]!));
  if (c.state !== "running") return fail(ctx, new ApiError(`container ${c.id} is not running`, 409));
  const argv = r.rest.slice(1);
  const PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  const found = resolveCommand(ctx.task, argv[0]!, PATH);
  const shells = ["sh", "bash", "/bin/sh", "/bin/bash", "ash", "/bin/ash"];
  const program = shells.includes(argv[0]!) ? bashMain : found.kind === "found" ? found.program : undefined;
  if (!program) {
    await ctx.stderr.write(
      `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown\n`,
    );
    return 127;
  }
  const env = new Map<string, string>([["PATH", PATH], ["HOSTNAME", c.hostname], ["HOME", "/root"]]);
  if (flag(r.values, "tty")) env.set("TERM", "xterm");
  for (const e of all(r.values, "env")) {
    const i = e.indexOf("=");
    if (i > 0) env.set(e.slice(0, i), e.slice(i + 1));
  }
  const fds = new Map([...ctx.task.fds]);
  if (!flag(r.values, "interactive")) fds.delete(0);
  const child = spawn(c.init ?? d.task, { argv, env, program, netns: c.netns, fds, cwd: "/" });
  return child.waitExit(ctx.task);
};

const info: Cmd = async (ctx, d) => {
  const running = d.containers.filter((c) => c.state === "running").length;
  const stopped = d.containers.filter((c) => c.state !== "running").length;
  await ctx.stdout.write(
    "Client: Docker Engine - Community\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n\n" +
      `Server:\n Containers: ${d.containers.length}\n  Running: ${running}\n  Paused: 0\n  Stopped: ${stopped}\n` +
      ` Images: 0\n Server Version: 28.2.2\n Storage Driver: overlay2\n Logging Driver: json-file\n Cgroup Driver: systemd\n` +
      ` Plugins:\n  Volume: local\n  Network: bridge host ipvlan macvlan null overlay\n  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog\n` +
      ` Swarm: inactive\n Runtimes: io.containerd.runc.v2 runc\n Default Runtime: runc\n` +
      ` Kernel Version: 6.1.0-37-amd64\n Operating System: Debian GNU/Linux 12 (bookworm)\n OSType: linux\n Architecture: x86_64\n` +
      ` Name: ${ctx.task.host.hostname}\n Docker Root Dir: /var/lib/docker\n Debug Mode: false\n Experimental: false\n Insecure Registries:\n  ::1/128\n  127.0.0.0/8\n Live Restore Enabled: false\n\n`,
  );
  return 0;
};

const COMMANDS: Record<string, Cmd> = {
  network: network,
  run,
  start,
  stop,
  restart,
  kill,
  rm,
  ps,
  port,
  inspect,
  logs,
  exec,
  info,
  container: async (ctx, d, args) => {
    const [sub, ...rest] = args;
    const alias: Record<string, string> = { ls: "ps", list: "ps" };
    const cmd = COMMANDS[alias[sub ?? ""] ?? sub ?? ""];
    if (!cmd || sub === "network") return unknown(ctx, `container ${sub ?? ""}`);
    return cmd(ctx, d, rest);
  },
};

async function unknown(ctx: ProgramContext, name: string): Promise<number> {
  await ctx.stderr.write(`docker: unknown command: docker ${name}\n\nRun 'docker --help' for more information\n`);
  return 1;
}

export const dockerMain: Program = async (ctx) => {
  const args = ctx.argv.slice(1);
  const [name, ...rest] = args;
  if (name === undefined) {
    await ctx.stdout.write("Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nRun 'docker COMMAND --help' for more information on a command.\n");
    return 0;
  }
  if (name === "--version" || name === "-v") {
    await ctx.stdout.write("Docker version 28.2.2, build e6534b4\n");
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) return unknown(ctx, name);
  try {
    const d = await getDaemon(ctx.task);
    return await cmd(ctx, d, rest);
  } catch (e) {
    if (e instanceof Exit) return e.status;
    if (e instanceof ApiError || e instanceof DaemonOpError) return fail(ctx, e);
    throw e;
  }
};
