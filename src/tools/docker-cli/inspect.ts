// `docker inspect` / `docker network inspect` documents, as the v1.49 API
// returns them and the CLI prints them (json.MarshalIndent, 4 spaces).

import { endpointDnsNames } from "../../container/docker/resolver.js";
import { DEFAULT_EPOCH_SEC } from "../../sim/epoch.js";
import type { Daemon } from "../../container/docker/daemon.js";
import { findImage } from "../../container/docker/images.js";
import { fmtIp, fmtPrefix } from "../../container/docker/ipam.js";
import type { Container, Network } from "../../container/docker/model.js";
import { rfc3339Nano } from "./humanize.js";

const ZERO_TIME = "0001-01-01T00:00:00Z";

export function time(ns: number | undefined): string {
  return ns === undefined ? ZERO_TIME : rfc3339Nano(DEFAULT_EPOCH_SEC, ns);
}

/** Go's encoder escapes <, > and & inside strings. */
export function goJson(v: unknown): string {
  return JSON.stringify(v, null, 4).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

export function networkDoc(d: Daemon, n: Network): unknown {
  const containers: Record<string, unknown> = {};
  for (const [cid, ep] of n.endpoints) {
    const c = d.containers.find((x) => x.id === cid);
    containers[cid] = {
      Name: c?.name ?? "",
      EndpointID: ep.id,
      MacAddress: ep.mac,
      IPv4Address: `${fmtIp(ep.ip)}/${n.subnet!.len}`,
      IPv6Address: "",
    };
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: time(n.created),
    Scope: "local",
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: {
      Driver: "default",
      Options: n.isDefault ? null : {},
      Config: n.subnet
        ? [
            {
              Subnet: fmtPrefix(n.subnet),
              ...(n.ipRange ? { IPRange: fmtPrefix(n.ipRange) } : {}),
              Gateway: fmtIp(n.gateway!),
            },
          ]
        : null,
    },
    Internal: n.internal,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: "" },
    ConfigOnly: false,
    Containers: containers,
    Options: Object.fromEntries([...n.options].sort(([a], [b]) => (a < b ? -1 : 1))),
    Labels: Object.fromEntries(n.labels),
  };
}

export function portsDoc(d: Daemon, c: Container): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (c.state !== "running") return out;
  const gw = d.gatewayEndpoint(c);
  for (const e of findImage(c.image)?.exposed ?? []) out[e] = null;
  for (const p of c.ports) out[`${p.containerPort}/${p.proto}`] = null;
  for (const b of gw?.ep.bindings ?? []) {
    const k = `${b.containerPort}/${b.proto}`;
    const list = (out[k] as unknown[] | null) ?? [];
    list.push({ HostIp: b.hostIp, HostPort: String(b.hostPort) });
    out[k] = list;
  }
  return out;
}

export function containerDoc(d: Daemon, c: Container): unknown {
  const image = findImage(c.image);
  const gw = d.gatewayEndpoint(c);
  const nets: Record<string, unknown> = {};
  for (const id of c.networks) {
    const n = d.networks.find((x) => x.id === id)!;
    const ep = n.endpoints.get(c.id)!;
    nets[n.name] = {
      IPAMConfig: c.requestedIp && !n.isDefault ? { IPv4Address: c.requestedIp } : null,
      Links: null,
      Aliases: ep.aliases.length ? ep.aliases : null,
      MacAddress: ep.mac,
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: n.id,
      EndpointID: ep.id,
      Gateway: n.internal ? "" : fmtIp(n.gateway!),
      IPAddress: fmtIp(ep.ip),
      IPPrefixLen: n.subnet!.len,
      IPv6Gateway: "",
      GlobalIPv6Address: "",
      GlobalIPv6PrefixLen: 0,
      // daemon/container_operations.go buildEndpointDNSNames: name, aliases, short id, hostname (deduplicated).
      DNSNames: n.isDefault ? null : endpointDnsNames(c, n),
    };
  }
  if (c.networkMode === "host" || c.networkMode === "none") {
    const n = d.findNetwork(c.networkMode)!;
    nets[n.name] = {
      IPAMConfig: null, Links: null, Aliases: null, MacAddress: "", DriverOpts: null, GwPriority: 0,
      NetworkID: n.id, EndpointID: c.state === "running" ? c.hostEndpointId : "", Gateway: "", IPAddress: "", IPPrefixLen: 0,
      IPv6Gateway: "", GlobalIPv6Address: "", GlobalIPv6PrefixLen: 0, DNSNames: null,
    };
  }
  const onDefault = gw?.n.isDefault;
  const filesOf = c.networkMode.startsWith("container:") ? (d.findContainer(c.networkMode.slice("container:".length))?.id ?? c.id) : c.id;
  const running = c.state === "running";
  return {
    Id: c.id,
    Created: time(c.created),
    Path: c.path,
    Args: c.args,
    State: {
      Status: c.state,
      Running: running,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: running ? c.init!.pid : 0,
      ExitCode: c.exitCode,
      Error: "",
      StartedAt: time(c.startedAt),
      FinishedAt: time(c.finishedAt),
    },
    Image: `sha256:${image?.id ?? ""}`,
    // initializeNetworkingPaths: with --network container:X these are X's files.
    ResolvConfPath: `/var/lib/docker/containers/${filesOf}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${filesOf}/hostname`,
    HostsPath: `/var/lib/docker/containers/${filesOf}/hosts`,
    LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: 0,
    Driver: "overlay2",
    Platform: "linux",
    HostConfig: {
      NetworkMode: c.networkMode,
      PortBindings: Object.fromEntries(
        c.ports.map((p) => [`${p.containerPort}/${p.proto}`, [{ HostIp: p.hostIp, HostPort: p.hostPort ? String(p.hostPort) : "" }]]),
      ),
      AutoRemove: c.autoRemove,
      Dns: c.dns,
      DnsOptions: c.dnsOptions,
      DnsSearch: c.dnsSearch,
      PublishAllPorts: c.publishAll,
    },
    Config: {
      Hostname: c.hostname,
      Domainname: "",
      User: "",
      AttachStdin: c.interactive,
      AttachStdout: true,
      AttachStderr: true,
      ...(image?.exposed.length ? { ExposedPorts: Object.fromEntries(image.exposed.map((e) => [e, {}])) } : {}),
      Tty: c.tty,
      OpenStdin: c.interactive,
      StdinOnce: c.interactive,
      Env: [...c.env, ...(image?.env ?? [])],
      Cmd: c.cmdShown,
      Image: c.image,
      Volumes: null,
      WorkingDir: "",
      Entrypoint: image?.entrypoint.length ? image.entrypoint : null,
      Labels: {},
    },
    NetworkSettings: {
      Bridge: "",
      SandboxID: running && c.sandboxKey ? c.sandboxKey.split("/").pop()!.padEnd(64, "0") : "",
      SandboxKey: running ? c.sandboxKey : "",
      Ports: portsDoc(d, c),
      HairpinMode: false,
      LinkLocalIPv6Address: "",
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: onDefault ? gw!.ep.id : "",
      Gateway: onDefault ? fmtIp(gw!.n.gateway!) : "",
      GlobalIPv6Address: "",
      GlobalIPv6PrefixLen: 0,
      IPAddress: onDefault ? fmtIp(gw!.ep.ip) : "",
      IPPrefixLen: onDefault ? gw!.n.subnet!.len : 0,
      IPv6Gateway: "",
      MacAddress: onDefault ? gw!.ep.mac : "",
      Networks: nets,
    },
  };
}
