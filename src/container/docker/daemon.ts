// dockerd, one per host, started on first use: the bridge driver's host setup
// (chains, docker0), networks, containers as a network namespace plus a main
// process, and their lifecycle. Every change to the kernel goes through
// syscalls.ts (the host's `ip` and `iptables`, /proc/sys, unshare + bind mount).

import type { Host } from "../../kernel/host.js";
import type { Task } from "../../kernel/task/task.js";
import { fmtIp, fmtPrefix, mask, parseIp, type Prefix, AddressSpace, allocateSubnet, overlaps } from "./ipam.js";
import { randomId, ifaceName, randomMac } from "./ids.js";
import { uniqueName } from "./names.js";
import { addArgv, daemonChains, daemonRules, delArgv, directAccessRule, networkRules, portRules, type Rule } from "./iptables.js";
import type { Container, Endpoint, GatewayMode, Network, PortBinding } from "./model.js";
import { sysBind, sysClose, sysListen, sysSetsockopt, sysSocket } from "../../kernel/net/socket.js";
import { resolveCommand, spawn } from "../../kernel/task/exec.js";
import { NullFile, type OpenFile } from "../../kernel/task/file.js";
import { strerror } from "../../uapi/errno.js";
import { AF_INET, SO_REUSEADDR, SOCK_DGRAM, SOCK_STREAM, SOL_SOCKET, sockaddrIn } from "../../uapi/socket.js";
import { DaemonOpError, mustRun, newSandboxNs, readProcSys, removeSandboxNs, runTool, writeProcSys } from "./syscalls.js";

/** An API error: the daemon's message, which the CLI prints after "Error response from daemon: ". */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status = 500,
  ) {
    super(message);
  }
}

export interface NetworkCreate {
  name: string;
  driver: string;
  subnet?: string;
  gateway?: string;
  ipRange?: string;
  internal: boolean;
  options: Map<string, string>;
  labels: Map<string, string>;
}

const BRIDGE_OPT = "com.docker.network.bridge.";
/** The fd docker-proxy finds the bound socket on (cmd.ExtraFiles[1]). */
const LISTEN_FD = 4;

export class Daemon {
  readonly networks: Network[] = [];
  readonly containers: Container[] = [];
  /** The dockerd process: parent of everything the daemon runs. */
  task!: Task;
  /** Host ports held by published ports (proto/port). */
  readonly boundPorts = new Set<string>();
  /** References of raw-table direct-access rules (several ports of one container share one). */
  private readonly rawRefs = new Map<string, number>();
  private nextEphemeral = 32768;

  constructor(readonly host: Host) {}

  get rng() {
    return this.host.rng;
  }

  get now(): number {
    return this.host.clock.now;
  }

  /** Starts dockerd: its process, the iptables chains, the default networks and docker0. */
  async start(caller: Task): Promise<void> {
    const t = this.host.newTask(undefined, "dockerd", {});
    t.comm = "/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock";
    this.task = t;
    void t.start((self) => self.block<number>(() => {}).catch(() => 0));
    await this.iptablesInit(caller);
    this.networks.push(this.plainNetwork("host", "host"));
    this.networks.push(this.plainNetwork("none", "null"));
    const opts = new Map([
      [`${BRIDGE_OPT}default_bridge`, "true"],
      [`${BRIDGE_OPT}enable_icc`, "true"],
      [`${BRIDGE_OPT}enable_ip_masquerade`, "true"],
      [`${BRIDGE_OPT}host_binding_ipv4`, "0.0.0.0"],
      [`${BRIDGE_OPT}name`, "docker0"],
      ["com.docker.network.driver.mtu", "1500"],
    ]);
    const bridge = await this.createNetwork(caller, {
      name: "bridge",
      driver: "bridge",
      internal: false,
      options: opts,
      labels: new Map(),
    }, true);
    // The default bridge is listed first by `docker network ls` ordering by name anyway.
    void bridge;
  }

  private plainNetwork(name: string, driver: "host" | "null"): Network {
    return {
      id: randomId(this.rng),
      name,
      driver,
      created: this.now,
      isDefault: false,
      bridgeName: "",
      internal: false,
      icc: true,
      masquerade: false,
      gwMode: "nat",
      options: new Map(),
      labels: new Map(),
      endpoints: new Map(),
    };
  }

  // ---- kernel access ----

  run(caller: Task, argv: string[], ns?: Parameters<typeof mustRun>[3]): Promise<string> {
    return mustRun(this.task, caller, argv, ns);
  }

  private async addRule(caller: Task, r: Rule): Promise<void> {
    await this.run(caller, addArgv(r));
  }

  private async delRule(caller: Task, r: Rule): Promise<void> {
    await runTool(this.task, caller, delArgv(r));
  }

  private async iptablesInit(caller: Task): Promise<void> {
    for (const c of daemonChains()) {
      const r = await runTool(this.task, caller, ["iptables", "--wait", "-t", c.table, "-n", "-L", c.chain]);
      if (r.status !== 0) await this.run(caller, ["iptables", "--wait", "-t", c.table, "-N", c.chain]);
    }
    for (const r of daemonRules()) await this.addRule(caller, r);
  }

  /**
   * setupIPForwarding: turns net.ipv4.ip_forward on; when dockerd is the one
   * enabling it, it also sets the FORWARD policy to DROP (moby since 1.13,
   * libnetwork#1526), so enabling forwarding does not expose other interfaces.
   */
  private async ipForwarding(caller: Task): Promise<void> {
    if ((await readProcSys(this.task, "net.ipv4.ip_forward")) === "1") return;
    await writeProcSys(this.task, "net.ipv4.ip_forward", "1");
    await this.run(caller, ["iptables", "--wait", "-t", "filter", "-P", "FORWARD", "DROP"]);
  }

  // ---- networks ----

  findNetwork(ref: string): Network | undefined {
    return (
      this.networks.find((n) => n.id === ref) ??
      this.networks.find((n) => n.name === ref) ??
      (ref.length >= 1 ? this.networks.filter((n) => n.id.startsWith(ref)).at(0) : undefined)
    );
  }

  async createNetwork(caller: Task, req: NetworkCreate, isDefault = false): Promise<Network> {
    if (req.driver !== "bridge") throw new ApiError(`could not find plugin ${req.driver} in v1 plugin registry: plugin not found`, 404);
    if (this.networks.some((n) => n.name === req.name)) throw new ApiError(`network with name ${req.name} already exists`, 409);
    if (["host", "none", "bridge", "default"].includes(req.name) && !isDefault) {
      throw new ApiError(`operation is not permitted on predefined ${req.name} network `, 403);
    }
    const inUse = this.networks.filter((n) => n.subnet).map((n) => n.subnet!);
    let subnet: Prefix;
    if (req.subnet) {
      const m = /^([0-9.]+)\/(\d+)$/.exec(req.subnet);
      const a = m ? parseIp(m[1]!) : undefined;
      if (!m || a === undefined || Number(m[2]) > 32) throw new ApiError(`invalid CIDR address: ${req.subnet}`, 400);
      subnet = { addr: a, len: Number(m[2]) };
      const canon = { addr: (a & mask(subnet.len)) >>> 0, len: subnet.len };
      if (inUse.some((u) => overlaps(u, canon))) throw new ApiError("Pool overlaps with other one on this address space", 403);
    } else {
      const s = allocateSubnet(inUse);
      if (!s) throw new ApiError("all predefined address pools have been fully subnetted", 400);
      subnet = s;
    }
    const net = (subnet.addr & mask(subnet.len)) >>> 0;
    const canon = { addr: net, len: subnet.len };
    let gateway = (net + 1) >>> 0;
    if (req.gateway) {
      const g = parseIp(req.gateway);
      if (g === undefined) throw new ApiError(`invalid gateway address ${req.gateway}`, 400);
      if (((g & mask(subnet.len)) >>> 0) !== net) throw new ApiError(`no matching subnet for gateway ${req.gateway}`, 403);
      gateway = g;
    }
    let range: Prefix | undefined;
    if (req.ipRange) {
      const m = /^([0-9.]+)\/(\d+)$/.exec(req.ipRange);
      const a = m ? parseIp(m[1]!) : undefined;
      if (!m || a === undefined) throw new ApiError(`invalid CIDR address: ${req.ipRange}`, 400);
      range = { addr: a, len: Number(m[2]) };
    }
    const id = randomId(this.rng);
    const o = req.options;
    const gwMode = (o.get(`${BRIDGE_OPT}gateway_mode_ipv4`) ?? "nat") as GatewayMode;
    if (!["nat", "nat-unprotected", "routed"].includes(gwMode)) {
      throw new ApiError(`unknown gateway mode ${gwMode}`, 400);
    }
    const bool = (k: string, d: boolean) => {
      const v = o.get(`${BRIDGE_OPT}${k}`);
      return v === undefined ? d : v === "true" || v === "1";
    };
    const n: Network = {
      id,
      name: req.name,
      driver: "bridge",
      created: this.now,
      isDefault,
      bridgeName: o.get(`${BRIDGE_OPT}name`) ?? `br-${id.slice(0, 12)}`,
      subnet: canon,
      gateway,
      ipRange: range,
      internal: req.internal,
      icc: bool("enable_icc", true),
      masquerade: bool("enable_ip_masquerade", true),
      gwMode,
      options: o,
      labels: req.labels,
      addrs: new AddressSpace(canon, gateway, range),
      endpoints: new Map(),
    };
    if (this.networks.some((x) => x.bridgeName === n.bridgeName)) {
      throw new ApiError(`bridge name ${n.bridgeName} already in use`, 409);
    }
    await this.setupBridge(caller, n);
    this.networks.push(n);
    return n;
  }

  /** The bridge driver's createNetwork: device, address, up, forwarding, rules. */
  private async setupBridge(caller: Task, n: Network): Promise<void> {
    const br = n.bridgeName;
    const exists = await runTool(this.task, caller, ["ip", "link", "show", "dev", br]);
    if (exists.status !== 0) await this.run(caller, ["ip", "link", "add", "name", br, "type", "bridge"]);
    await this.run(caller, ["ip", "addr", "add", `${fmtIp(n.gateway!)}/${n.subnet!.len}`, "brd", "+", "dev", br]);
    await this.run(caller, ["ip", "link", "set", "dev", br, "up"]);
    if (!n.internal) await this.ipForwarding(caller);
    for (const r of networkRules(n)) await this.addRule(caller, r);
  }

  async removeNetwork(caller: Task, n: Network): Promise<void> {
    if (n.isDefault || n.driver !== "bridge") throw new ApiError(`${n.name} is a pre-defined network and cannot be removed`, 403);
    if (n.endpoints.size) {
      throw new ApiError(`error while removing network: network ${n.name} has active endpoints (${[...n.endpoints.keys()].map((c) => this.containers.find((x) => x.id === c)?.name ?? c).join(", ")})`, 403);
    }
    for (const r of [...networkRules(n)].reverse()) await this.delRule(caller, r);
    await runTool(this.task, caller, ["ip", "link", "del", "dev", n.bridgeName]);
    this.networks.splice(this.networks.indexOf(n), 1);
  }

  // ---- containers ----

  findContainer(ref: string): Container | undefined {
    const r = ref.replace(/^\//, "");
    return (
      this.containers.find((c) => c.id === r) ??
      this.containers.find((c) => c.name === r) ??
      this.containers.find((c) => c.id.startsWith(r))
    );
  }

  newContainerId(): string {
    return randomId(this.rng);
  }

  newName(): string {
    return uniqueName(this.rng, (n) => this.containers.some((c) => c.name === n));
  }

  /** Joins `c` to network `n`: a veth pair, the host end on the bridge, the other as eth<i> in the sandbox. */
  async connect(caller: Task, c: Container, n: Network, requestedIp?: string, aliases: string[] = []): Promise<Endpoint> {
    if (n.driver !== "bridge") throw new ApiError(`container cannot be disconnected from host network or connected to host network`, 400);
    if (n.endpoints.has(c.id)) throw new ApiError(`endpoint with name ${c.name} already exists in network ${n.name}`, 403);
    let ip: number | undefined;
    if (requestedIp) {
      const a = parseIp(requestedIp);
      if (a === undefined) throw new ApiError(`invalid IPv4 address: ${requestedIp}`, 400);
      if (n.isDefault) throw new ApiError("user specified IP address is supported on user defined networks only", 400);
      if (!n.addrs!.claim(a)) throw new ApiError(`Address already in use`, 403);
      ip = a;
    } else {
      ip = n.addrs!.allocate();
      if (ip === undefined) throw new ApiError(`no available IPv4 addresses on this network's address pools: ${n.name} (${n.id})`, 403);
    }
    const mac = randomMac(this.rng);
    // netutils.GenerateIfaceName: a name already used by a host link is drawn again.
    const links = await runTool(this.task, caller, ["ip", "-o", "link", "show"]);
    const used = new Set(links.stdout.split("\n").map((l) => l.split(": ")[1]?.split("@")[0]).filter(Boolean));
    const hostVeth = ifaceName(this.rng, "veth", (s) => used.has(s));
    const peer = ifaceName(this.rng, "veth", (s) => s === hostVeth);
    const ns = c.netns!;
    const ifname = `eth${c.networks.filter((id) => this.networks.find((x) => x.id === id)?.driver === "bridge").length}`;
    await this.run(caller, ["ip", "link", "add", hostVeth, "type", "veth", "peer", "name", peer]);
    await this.run(caller, ["ip", "link", "set", "dev", hostVeth, "master", n.bridgeName]);
    await this.run(caller, ["ip", "link", "set", "dev", hostVeth, "up"]);
    await this.run(caller, ["ip", "link", "set", "dev", peer, "netns", c.sandboxKey]);
    await this.run(caller, ["ip", "link", "set", "dev", peer, "name", ifname], ns);
    await this.run(caller, ["ip", "link", "set", "dev", ifname, "address", mac], ns);
    await this.run(caller, ["ip", "addr", "add", `${fmtIp(ip)}/${n.subnet!.len}`, "brd", "+", "dev", ifname], ns);
    await this.run(caller, ["ip", "link", "set", "dev", ifname, "up"], ns);
    const ep: Endpoint = { id: randomId(this.rng), networkId: n.id, ip, mac, hostVeth, bindings: [], proxies: [], aliases };
    // The first non-internal network gives the default route (the gateway endpoint).
    if (!n.internal && !this.gatewayEndpoint(c)) {
      await this.run(caller, ["ip", "route", "add", "default", "via", fmtIp(n.gateway!), "dev", ifname], ns);
      n.endpoints.set(c.id, ep);
      c.networks.push(n.id);
      await this.publish(caller, c, n, ep);
    } else {
      n.endpoints.set(c.id, ep);
      c.networks.push(n.id);
    }
    await this.joined(caller, c, n);
    return ep;
  }

  /**
   * What the sandbox does once an endpoint has joined (sbJoin,
   * populateNetworkResources): the embedded resolver on the first
   * user-defined network (endpoints on the default bridge are created with
   * CreateOptionDisableResolution), its forwarding policy, and, for a running
   * container, its hosts and resolv.conf files updated.
   */
  private async joined(caller: Task, c: Container, n: Network): Promise<void> {
    if (hasDns(n) && !c.resolver && c.netns) {
      const r = new EmbeddedResolver(this, c);
      c.resolver = r;
      await r.start(caller);
    }
    this.resolverPolicy(c);
    if (c.mnt) {
      updateHostsFile(this, c);
      this.refreshResolvConf(c);
    }
  }

  /** updateDNS / rebuildDNS for the container's current endpoints; the resolver's external servers. */
  refreshResolvConf(c: Container): void {
    const r = c.resolver;
    if (c.networkMode === "host" || !c.networks.length) return;
    const ext = updateResolvConf(this, c, r ? "internal" : "legacy");
    if (r) {
      // startResolver: SetExtServers(sb.extDNS), what rebuildDNS swapped out.
      if (ext) r.setExtServers(ext);
      r.ndotsSet = ndotsSet(this, c);
    }
  }

  /** SetForwardingPolicy(hasExternalAccess): some endpoint on a non-internal network with a gateway. */
  private resolverPolicy(c: Container): void {
    if (!c.resolver) return;
    c.resolver.proxyDNS = !!this.gatewayEndpoint(c);
  }

  /** The endpoint carrying the default route and the published ports. */
  gatewayEndpoint(c: Container): { n: Network; ep: Endpoint } | undefined {
    for (const id of c.networks) {
      const n = this.networks.find((x) => x.id === id);
      const ep = n?.endpoints.get(c.id);
      if (n && ep && !n.internal) return { n, ep };
    }
    return undefined;
  }

  async disconnect(caller: Task, c: Container, n: Network): Promise<void> {
    const ep = n.endpoints.get(c.id);
    if (!ep) throw new ApiError(`container ${c.id} is not connected to network ${n.name}`, 403);
    await this.unpublish(caller, c, n, ep);
    // Deleting the host end removes the pair (the peer goes with it).
    await runTool(this.task, caller, ["ip", "link", "del", "dev", ep.hostVeth]);
    n.addrs!.release(ep.ip);
    n.endpoints.delete(c.id);
    c.networks.splice(c.networks.indexOf(n.id), 1);
    this.resolverPolicy(c);
    if (c.mnt) updateHostsFile(this, c);
  }

  /** Port bindings: host port allocation, iptables, docker-proxy. */
  private async publish(caller: Task, c: Container, n: Network, ep: Endpoint): Promise<void> {
    const reqs = [...c.ports];
    if (c.publishAll) {
      for (const e of this.exposedOf(c)) {
        const [port, proto] = e.split("/");
        if (!reqs.some((r) => r.containerPort === Number(port) && r.proto === proto)) {
          reqs.push({ proto: proto as "tcp" | "udp", containerPort: Number(port), hostIp: "", hostPort: 0 });
        }
      }
    }
    for (const r of reqs) {
      let hostPort = r.hostPort;
      if (hostPort === 0) {
        while (this.boundPorts.has(`${r.proto}/${this.nextEphemeral}`) && this.nextEphemeral < 60999) this.nextEphemeral++;
        hostPort = this.nextEphemeral++;
      } else if (this.boundPorts.has(`${r.proto}/${hostPort}`)) {
        throw new ApiError(
          `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${ep.id}): Bind for ${r.hostIp || "0.0.0.0"}:${hostPort} failed: port is already allocated`,
        );
      }
      const b: PortBinding = { proto: r.proto, containerPort: r.containerPort, hostIp: r.hostIp || "0.0.0.0", hostPort };
      // Docker 28 binds the host port itself first (so a port some other
      // process holds fails here), programs the rules, then hands the socket
      // to docker-proxy.
      const lfd = this.bindHostPort(c, ep, b);
      this.boundPorts.add(`${r.proto}/${hostPort}`);
      ep.bindings.push(b);
      for (const rule of portRules(n, ep.ip, b)) await this.addRule(caller, rule);
      if (lfd !== undefined) ep.proxies.push(this.startProxy(ep, b, lfd));
      const raw = directAccessRule(n, ep.ip);
      if (raw) {
        const k = raw.spec.join(" ");
        const refs = this.rawRefs.get(k) ?? 0;
        if (refs === 0) await this.addRule(caller, raw);
        this.rawRefs.set(k, refs + 1);
      }
    }
  }

  /** bindHostPorts: the host port's socket, bound (and listening for TCP) in the host's namespace by dockerd. */
  private bindHostPort(c: Container, ep: Endpoint, b: PortBinding): number | undefined {
    const hip = parseIp(b.hostIp);
    // IPv6 host addresses are not modelled (no AF_INET6 sockets): no socket, no proxy.
    if (hip === undefined) return undefined;
    const t = this.task;
    const s = sysSocket(t, AF_INET, b.proto === "udp" ? SOCK_DGRAM : SOCK_STREAM);
    if (!s.ok) return undefined;
    const fd = s.value;
    if (b.proto === "tcp") sysSetsockopt(t, fd, SOL_SOCKET, SO_REUSEADDR, 1);
    const r = sysBind(t, fd, sockaddrIn(hip, b.hostPort));
    if (!r.ok) {
      sysClose(t, fd);
      throw new ApiError(
        `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${ep.id}): failed to bind host port for ${b.hostIp}:${b.hostPort}:${fmtIp(ep.ip)}:${b.containerPort}/${b.proto}: ${strerror(r.errno).toLowerCase()}`,
      );
    }
    if (b.proto === "tcp") sysListen(t, fd, 4096);
    return fd;
  }

  /** The userland proxy for one binding: /usr/bin/docker-proxy with the bound socket as fd 4, a child of dockerd. */
  private startProxy(ep: Endpoint, b: PortBinding, lfd: number): Task {
    const argv = [
      "/usr/bin/docker-proxy",
      "-proto", b.proto,
      "-host-ip", b.hostIp,
      "-host-port", String(b.hostPort),
      "-container-ip", fmtIp(ep.ip),
      "-container-port", String(b.containerPort),
      "-use-listen-fd",
    ];
    const sock = this.task.getFd(lfd)!;
    const fds = new Map<number, OpenFile>([
      [0, new NullFile()],
      [1, new NullFile()],
      [2, new NullFile()],
      [LISTEN_FD, sock],
    ]);
    const r = resolveCommand(this.task, argv[0]!, undefined);
    const p = spawn(this.task, { argv, env: new Map(), program: r.kind === "found" ? r.program : async () => 127, fds });
    p.comm = argv.join(" ");
    // dockerd closes its copy once the proxy holds the socket.
    sysClose(this.task, lfd);
    return p;
  }

  private async unpublish(caller: Task, _c: Container, n: Network, ep: Endpoint): Promise<void> {
    for (const b of ep.bindings) {
      for (const rule of portRules(n, ep.ip, b)) await this.delRule(caller, rule);
      const raw = directAccessRule(n, ep.ip);
      if (raw) {
        const k = raw.spec.join(" ");
        const refs = (this.rawRefs.get(k) ?? 1) - 1;
        if (refs <= 0) {
          this.rawRefs.delete(k);
          await this.delRule(caller, raw);
        } else this.rawRefs.set(k, refs);
      }
      this.boundPorts.delete(`${b.proto}/${b.hostPort}`);
    }
    for (const p of ep.proxies) p.signal(9);
    ep.proxies = [];
    ep.bindings = [];
  }

  exposedOf(c: Container): string[] {
    return imageExposed(c.image);
  }

  /** Creates the sandbox (network namespace) of a container about to start. */
  async createSandbox(caller: Task, c: Container): Promise<void> {
    const key = randomId(this.rng).slice(0, 12);
    c.sandboxKey = `/var/run/docker/netns/${key}`;
    c.netns = newSandboxNs(this.task, c.sandboxKey);
    await this.run(caller, ["ip", "link", "set", "dev", "lo", "up"], c.netns);
  }

  async destroySandbox(caller: Task, c: Container): Promise<void> {
    c.resolver?.stop();
    c.resolver = undefined;
    for (const id of [...c.networks].reverse()) {
      const n = this.networks.find((x) => x.id === id);
      if (n?.driver === "bridge") await this.disconnect(caller, c, n);
    }
    c.networks = [];
    if (c.sandboxKey.startsWith("/var/run/docker/netns/")) removeSandboxNs(this.task, c.sandboxKey);
    c.netns = undefined;
  }

  describeSubnet(n: Network): string {
    return n.subnet ? fmtPrefix(n.subnet) : "";
  }
}

import { findImage } from "./images.js";
import { EmbeddedResolver, hasDns } from "./resolver.js";
import { ndotsSet, updateHostsFile, updateResolvConf } from "./etc-files.js";


function imageExposed(ref: string): string[] {
  return findImage(ref)?.exposed ?? [];
}

const daemons = new WeakMap<Host, Daemon>();

/** The host's dockerd, started on first use (socket activation, in effect). */
export async function getDaemon(caller: Task): Promise<Daemon> {
  const host = caller.host;
  let d = daemons.get(host);
  if (d) return d;
  d = new Daemon(host);
  daemons.set(host, d);
  try {
    await d.start(caller);
  } catch (e) {
    daemons.delete(host);
    throw e;
  }
  return d;
}

export { DaemonOpError };
