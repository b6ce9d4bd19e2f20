// struct net: one network namespace. The L2/L3 model hangs its state here
// (devices, addresses, routes, neighbours, sysctls, netfilter tables).
// This file only holds the identity every other subsystem keys on.

import type { NetMib, NetMib6 } from "./snmp.js";
import { appendSmall } from "./small_array.js";

let nextNetnsInum = 4026531840; // PROC_NET_INIT_INO on Linux; later namespaces count up

export class NetNamespace {
  /** The nsfs inode number (`ls -li /proc/self/ns/net`, `ip netns identify`). */
  readonly inum = nextNetnsInum++;
  /** Per-subsystem state, keyed by subsystem (pernet_operations in Linux). */
  readonly pernet = new Map<string, unknown>();
  /** The core state (net_namespace.ts NetCore), also in `pernet`: read on every frame, so kept in a field. */
  core: unknown = undefined;
  /** Netfilter's hook lists (netfilter/core.ts), also in `pernet`: asked at every hook point, so kept in a field. */
  nfHooks: unknown = undefined;
  /** The SNMP counters (snmp.ts netMib), made on the first count. */
  mib: NetMib | undefined = undefined;
  mib6: NetMib6 | undefined = undefined;
  /** Kernel objects that outlive no namespace register a teardown here (cleanup_net). */
  private exitHooks: Array<() => void> = [];
  /** References from processes and nsfs bind mounts; the namespace dies at 0. */
  refs = 0;
  dead = false;

  /**
   * --bare: the host's first namespace stands for the one `unshare --net` made (what kernel-sandbox runs
   * in), not for init_net. Subsystems that act only in init_net (nf_log with nf_log_all_netns=0) ask
   * actsAsInitNet() and stay silent here, as they do in the sandbox.
   */
  unsharedFromInit = false;

  constructor(readonly hostId: string, readonly isInit: boolean) {}

  /** net_eq(net, &init_net) as the kernel would answer it (false for a --bare host, see unsharedFromInit). */
  actsAsInitNet(): boolean {
    return this.isInit && !this.unsharedFromInit;
  }

  onExit(fn: () => void): void {
    this.exitHooks = appendSmall(this.exitHooks, fn);
  }

  get<T>(key: string, init: () => T): T {
    let v = this.pernet.get(key) as T | undefined;
    if (v === undefined) {
      v = init();
      this.pernet.set(key, v);
    }
    return v;
  }

  get_ref(): void {
    this.refs++;
  }

  put_ref(): void {
    if (--this.refs <= 0 && !this.isInit && !this.dead) {
      this.dead = true;
      for (const fn of this.exitHooks.splice(0).reverse()) fn();
    }
  }
}
