// The world's physical network: the cables between hosts' NICs and switch
// ports, and the switches. Hosts never see this object; their NICs only see
// frames leave through the driver's wire hook and arrive through its receive
// path. VXLAN, flannel and the like run over this underlay as they run over a
// real one: inside the hosts, on top of these NICs.

import type { Clock } from "../../sim/clock.js";
import { registerNetdevice, devGetByName } from "../../kernel/core/dev.js";
import type { NetDevice } from "../../kernel/core/netdevice.js";
import { NIC_OPS, nicSetup } from "../../kernel/drivers/nic.js";
import type { Host } from "../../kernel/host.js";
import { Cable, type CableOptions } from "./cable.js";
import type { LinkEnd } from "./link-end.js";
import { NicEnd } from "./nic-end.js";
import { Switch } from "./switch.js";

export class Underlay {
  readonly cables: Cable[] = [];
  readonly switches = new Map<string, Switch>();
  private readonly nicEnds = new Map<NetDevice, NicEnd>();
  private readonly cableOf = new Map<LinkEnd, Cable>();

  constructor(
    private readonly clock: Clock,
    private readonly seed: number,
  ) {}

  addSwitch(name: string, opts: { ageing?: number } = {}): Switch {
    if (this.switches.has(name)) throw new Error(`switch ${name} exists`);
    const sw = new Switch(name, this.clock, opts.ageing);
    this.switches.set(name, sw);
    return sw;
  }

  /**
   * The cable end of NIC `name` in the host's initial namespace. A missing NIC
   * is hot-plugged (registered DOWN, a new virtio_net device with a random MAC),
   * as a VM given one more interface sees it appear.
   */
  nic(host: Host, name: string): NicEnd {
    let dev = devGetByName(host.initNet, name);
    if (!dev) {
      dev = nicSetup(name, host.initNet, host.rng.ethRandomAddr());
      registerNetdevice(dev);
    } else if (dev.ops !== NIC_OPS) {
      throw new Error(`${host.id}:${name} is not a physical NIC`);
    }
    let end = this.nicEnds.get(dev);
    if (!end) this.nicEnds.set(dev, (end = new NicEnd(host, dev)));
    return end;
  }

  /** Plugs a cable between two free ends. */
  connect(a: LinkEnd, b: LinkEnd, opts: CableOptions = {}): Cable {
    if (a === b) throw new Error(`cannot connect ${a.label} to itself`);
    const cable = new Cable(`${a.label}--${b.label}`, a, b, this.clock, this.seed, opts);
    this.cables.push(cable);
    this.cableOf.set(a, cable);
    this.cableOf.set(b, cable);
    return cable;
  }

  /** The cable plugged into `end`, if any. */
  cable(end: LinkEnd): Cable | undefined {
    const c = this.cableOf.get(end);
    return c && end.plugged ? c : undefined;
  }

  /** Pulls a cable out. */
  disconnect(cable: Cable): void {
    cable.unplug();
    this.cableOf.delete(cable.a);
    this.cableOf.delete(cable.b);
    const i = this.cables.indexOf(cable);
    if (i >= 0) this.cables.splice(i, 1);
  }
}
