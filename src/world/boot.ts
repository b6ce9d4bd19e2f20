// Bringing a host's kernel up: what the root network namespace holds at boot.
// --bare: exactly what `unshare --net` gives (only lo, DOWN). Otherwise a
// freshly booted VM (lo up, eth0 addressed, default route to the LAN gateway).
// The network parts are filled in by the kernel model (kernel/core).

import type { Host } from "../kernel/host.js";

export interface BootOptions {
  bare: boolean;
}

export type BootHook = (host: Host, opts: BootOptions) => void;

const hooks: BootHook[] = [];

/** Subsystems register what they set up at boot (the initcall list, in spirit). */
export function registerBootHook(h: BootHook): void {
  hooks.push(h);
}

export function bootHost(host: Host, opts: BootOptions): void {
  for (const h of hooks) h(host, opts);
}
