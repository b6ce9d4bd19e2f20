// ether_setup() and alloc_netdev() in one: the defaults every Ethernet-like
// device starts from (drivers/net/ethernet/eth.c, net/ethernet/eth.c).

import { ARPHRD_ETHER, IFF_BROADCAST, IFF_MULTICAST } from "../../uapi/if_link.js";
import { ETH_BROADCAST, NetDevice, type NetDeviceOps } from "../core/netdevice.js";
import type { NetNamespace } from "../core/netns.js";

export const ETH_DATA_LEN = 1500;
export const ETH_MIN_MTU = 68;
export const ETH_MAX_MTU = 65535;

export function allocEtherdev(ops: NetDeviceOps, name: string, net: NetNamespace): NetDevice {
  return new NetDevice(ops, {
    name,
    net,
    type: ARPHRD_ETHER,
    flags: IFF_BROADCAST | IFF_MULTICAST,
    mtu: ETH_DATA_LEN,
    minMtu: ETH_MIN_MTU,
    maxMtu: ETH_DATA_LEN,
    addr: new Uint8Array(6),
    // One shared array: a device's broadcast address is only ever replaced
    // (IFLA_BROADCAST installs a copy), never written in place, and a
    // private copy per device cost two objects (~200 bytes) each.
    broadcast: ETH_BROADCAST,
    txqueuelen: 1000,
  });
}
