// How a program on one host finds another host of the same world: the lab's
// name service and "routing table" for things that are not modelled as
// packets (ssh's session). Each host of a world gets the world's directory;
// a host on its own (no world) has none. Programs import this leaf module,
// never the World, so tools do not depend on the world that runs them.

import type { Host } from "../kernel/host.js";

export interface HostDirectory {
  /** The host called `name` (its world name, case-insensitive). */
  byName(name: string): Host | undefined;
  /** The host published at this IPv4 address, if any. */
  byAddress(address: string): Host | undefined;
  /** The address a host is published at (what the others' /etc/hosts say). */
  addressOf(host: Host): string | undefined;
}

const directories = new WeakMap<Host, HostDirectory>();

export function setHostDirectory(host: Host, dir: HostDirectory): void {
  directories.set(host, dir);
}

export function hostDirectory(host: Host): HostDirectory | undefined {
  return directories.get(host);
}
