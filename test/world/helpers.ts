// Helpers for the multi-host tests: frames put on a NIC through the device
// layer (as any protocol would hand them to dev_queue_xmit), and counters.
import { devGetByName } from "../../src/kernel/core/dev.js";
import { devQueueXmit } from "../../src/kernel/core/dev_xmit.js";
import type { NetDevice } from "../../src/kernel/core/netdevice.js";
import { allocSkb } from "../../src/kernel/core/skbuff.js";
import type { World } from "../../src/world/world.js";

export function nic(w: World, host: string, name: string): NetDevice {
  const d = devGetByName(w.host(host).initNet, name);
  if (!d) throw new Error(`no ${host}:${name}`);
  return d;
}

/** An Ethernet frame of `size` bytes with the local-experimental ethertype 0x88b5. */
export function frame(dst: Uint8Array, src: Uint8Array, size = 64): Uint8Array {
  const f = new Uint8Array(size);
  f.set(dst, 0);
  f.set(src, 6);
  f[12] = 0x88;
  f[13] = 0xb5;
  return f;
}

export const BROADCAST = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);

/** Sends a frame out of a host's NIC. */
export function send(w: World, host: string, name: string, dst: Uint8Array = BROADCAST, size = 64): void {
  const dev = nic(w, host, name);
  devQueueXmit(allocSkb(frame(dst, dev.addr, size), dev, w.now));
}
