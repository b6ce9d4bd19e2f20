// The network stack's initcalls: importing this module registers every pernet
// subsystem (loopback first, so lo is ifindex 1; then sysctls) and the boot
// hook that brings a host's initial namespace up. The rtnetlink entry point
// imports it, so any tool or test that can talk to the kernel finds it booted.
//
// Boot, per src/world/boot.ts:
//   --bare: exactly what `unshare --net` gives: only lo, DOWN.
//   default: a booted VM: lo UP, and eth0 (virtio_net) UP with carrier.
//   Addresses and routes for eth0 (and lo's 127.0.0.1) belong to the IPv4 model:
//   it adds them through registerHostNetSetup() below, which runs after the
//   devices exist.

import "./drivers/loopback.js";
import "./fs/procfs-sys.js";
import "./bridge/br_if.js";
// IGMP before IPv6: inetdev_event runs before addrconf_notify on NETDEV_UP.
import "./ipv4/igmp.js";
import { ipv6HostNetSetup } from "./ipv6/index.js";
import "./core/af_packet.js";
import "./sched/index.js";
import { registerBootHook, type BootOptions } from "../world/boot.js";
import { devChangeFlags, registerNetdevice } from "./core/dev.js";
import { setupNet } from "./core/net_namespace.js";
import { IFF_UP } from "../uapi/if_link.js";
import { nicSetup } from "./drivers/nic.js";
import { mountProcfs } from "./fs/procfs.js";
import { mountSysfs } from "./fs/sysfs-net.js";
import type { Host } from "./host.js";
import type { NetDevice } from "./core/netdevice.js";
import { netCore } from "./core/net_namespace.js";

/** What a booted (non-bare) host's network looks like once its devices are up. */
export type HostNetSetup = (host: Host, devs: { lo: NetDevice; eth0: NetDevice }) => void;
const hostNetSetups: HostNetSetup[] = [];

/** The IPv4/IPv6 models register the addresses and routes a booted VM has (eth0's DHCP lease, lo). */
export function registerHostNetSetup(fn: HostNetSetup): void {
  hostNetSetups.push(fn);
}

function netBoot(host: Host, opts: BootOptions): void {
  setupNet(host, host.initNet);
  mountProcfs(host);
  mountSysfs(host);
  if (opts.bare) {
    host.initNet.unsharedFromInit = true;
    return;
  }
  const core = netCore(host.initNet);
  const lo = core.byName.get("lo")!;
  devChangeFlags(lo, IFF_UP, IFF_UP);
  const eth0 = nicSetup("eth0", host.initNet, host.rng.ethRandomAddr());
  registerNetdevice(eth0);
  devChangeFlags(eth0, IFF_UP, IFF_UP);
  for (const fn of hostNetSetups) fn(host, { lo, eth0 });
}

registerBootHook(netBoot);

registerHostNetSetup(ipv6HostNetSetup);
