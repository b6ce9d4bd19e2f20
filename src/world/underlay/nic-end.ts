// A host's NIC as a cable end. The NIC driver (kernel/drivers/nic.ts) hands
// every transmitted frame to its `wire` hook; plugging a cable sets that hook.
// Frames from the cable enter through the NIC's receive path (nicReceive), as
// the device's interrupt would deliver them.

import { netifCarrierOff, netifCarrierOn } from "../../kernel/core/dev.js";
import type { NetDevice } from "../../kernel/core/netdevice.js";
import { nicReceive, type NicPriv } from "../../kernel/drivers/nic.js";
import type { Host } from "../../kernel/host.js";
import type { LinkEnd } from "./link-end.js";

export class NicEnd implements LinkEnd {
  private linkUp = true;
  private sending = false;

  constructor(
    readonly host: Host,
    readonly dev: NetDevice,
  ) {
    // virtio_net reads VIRTIO_NET_S_LINK_UP when it opens: a NIC whose cable
    // is down stays NO-CARRIER when brought up.
    this.priv.linkUp = () => this.linkUp;
  }

  private get priv(): NicPriv {
    return this.dev.priv as NicPriv;
  }

  get label(): string {
    return `${this.host.id}:${this.dev.name}`;
  }

  get plugged(): boolean {
    return this.sending;
  }

  deliver(frame: Uint8Array): void {
    if (this.dev.regState !== "REGISTERED") return;
    nicReceive(this.dev, frame, this.host.clock.now);
  }

  plug(send: (frame: Uint8Array) => void): void {
    this.priv.wire = send;
    this.sending = true;
  }

  unplug(): void {
    this.priv.wire = undefined;
    this.sending = false;
  }

  setCarrier(up: boolean): void {
    this.linkUp = up;
    if (!this.dev.isUp) return;
    if (up) netifCarrierOn(this.dev);
    else netifCarrierOff(this.dev);
  }
}
