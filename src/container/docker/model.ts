// The daemon's records: networks, endpoints, containers, port bindings.

import type { NetNamespace } from "../../kernel/core/netns.js";
import type { Task } from "../../kernel/task/task.js";
import type { MountView } from "../../kernel/fs/mount-view.js";
import type { EmbeddedResolver } from "./resolver.js";
import type { AddressSpace, Prefix } from "./ipam.js";

export type GatewayMode = "nat" | "nat-unprotected" | "routed";

export interface Network {
  id: string;
  name: string;
  driver: "bridge" | "host" | "null";
  /** Nanoseconds of virtual time when it was created. */
  created: number;
  isDefault: boolean;
  bridgeName: string;
  subnet?: Prefix;
  gateway?: number;
  ipRange?: Prefix;
  internal: boolean;
  icc: boolean;
  masquerade: boolean;
  gwMode: GatewayMode;
  /** -o options as given (plus the default bridge's own). */
  options: Map<string, string>;
  labels: Map<string, string>;
  addrs?: AddressSpace;
  /** Endpoints by container id. */
  endpoints: Map<string, Endpoint>;
}

export interface PortBinding {
  proto: "tcp" | "udp";
  containerPort: number;
  hostIp: string;
  hostPort: number;
}

export interface Endpoint {
  id: string;
  networkId: string;
  ip: number;
  mac: string;
  hostVeth: string;
  /** Port bindings programmed for this endpoint (the container's gateway endpoint only). */
  bindings: PortBinding[];
  /** docker-proxy processes, one per binding. */
  proxies: Task[];
  /** --network-alias / network connect --alias names (DNS names on user-defined networks). */
  aliases: string[];
}

export interface PortRequest {
  proto: "tcp" | "udp";
  containerPort: number;
  hostIp: string;
  /** 0: any free port from the ephemeral range. */
  hostPort: number;
}

export type ContainerState = "created" | "running" | "exited";

export interface Container {
  id: string;
  name: string;
  image: string;
  /** Entrypoint + cmd as the image and the command line combine them. */
  path: string;
  args: string[];
  env: string[];
  hostname: string;
  dns: string[];
  /** --dns-search and --dns-option (resolv.conf overrides). */
  dnsSearch: string[];
  dnsOptions: string[];
  tty: boolean;
  interactive: boolean;
  /** "bridge", "host", "none", "container:ID" or a user network's name. */
  networkMode: string;
  requestedIp?: string;
  ports: PortRequest[];
  publishAll: boolean;
  autoRemove: boolean;
  created: number;
  state: ContainerState;
  exitCode: number;
  startedAt?: number;
  finishedAt?: number;
  restartCount: number;
  /** Main process (the container's pid 1 in the model). */
  init?: Task;
  netns?: NetNamespace;
  sandboxKey: string;
  /** Network ids the container is attached to, in attach order. */
  networks: string[];
  /** What the main process wrote (stdout and stderr interleaved, as `docker logs` with a tty). */
  log: Array<{ stream: "stdout" | "stderr"; data: string }>;
  /** Set when `docker stop` / `kill` is on its way, so the exit is not a crash. */
  stopping: boolean;
  /** Callbacks run once the container has stopped and its sandbox is gone. */
  exitWaiters: Array<() => void>;
  /** Cmd as inspect shows it (the command line's, else the image's). */
  cmdShown: string[];
  /** Endpoint id on the host/none network while running. */
  hostEndpointId: string;
  /** --network-alias values, for the network given with --network. */
  aliases: string[];
  /** What Docker last wrote to the container's resolv.conf ("" once the internal resolver's file is in place). */
  resolvWritten?: string;
  /** The container's /etc/hosts, /etc/hostname and /etc/resolv.conf bind mounts, while it runs. */
  mnt?: MountView;
  /** With --network container:OTHER, OTHER's files (its view) when this container started. */
  joinedMnt?: MountView;
  /** The embedded DNS server at 127.0.0.11, while the container is on a user-defined network. */
  resolver?: EmbeddedResolver;
}
