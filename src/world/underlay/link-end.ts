// What a cable plugs into: a host's NIC (nic-end.ts) or a switch port
// (switch.ts). An end hands frames to the cable through the `send` it was
// given when plugged in, and receives the far end's frames through deliver(),
// which the cable calls from a clock event, never from inside send().

export interface LinkEnd {
  /** "host:eth1" or "switch:port", for errors and dumps. */
  readonly label: string;
  /** A frame arrives from the cable. The end must not keep or modify the bytes' owner's copy. */
  deliver(frame: Uint8Array): void;
  /** A cable is plugged in: frames this end transmits go to `send`. */
  plug(send: (frame: Uint8Array) => void): void;
  /** The cable is pulled out. */
  unplug(): void;
  /** The physical link went up or down (the far end's light, a pulled cable). */
  setCarrier(up: boolean): void;
  /** True while a cable is plugged in. */
  readonly plugged: boolean;
}
