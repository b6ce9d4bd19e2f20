// rt_genid (struct netns_ipv4.rt_genid, rt_genid_bump_ipv4): the generation
// that validates cached route decisions (ipv4/route_cache.ts). Linux keeps
// one per namespace and bumps it in rt_cache_flush(); the model keeps one for
// the whole program (a change anywhere empties every namespace's cache: more
// misses after a configuration change, never a stale answer) and bumps it at
// every write to state a route decision reads:
//   - devices: the notifier chain (before and after each notifier, dev.ts),
//     open/close/flags, register/unregister/move/rename (the namespace's
//     device tables), the ifgroup (rules' suppress_ifgroup);
//   - addresses: insert/delete/promotion and the inetaddr chain (devinet.ts);
//   - the FIB: table insert/delete/create, nexthop dead/linkdown marks,
//     flushes (fib.ts, fib_frontend.ts);
//   - policy rules: add/delete, device attach/detach (fib_rules*.ts).
// Sysctls are not bumped here: a cache also compares the namespace's sysctl
// generation (fs/procfs-sys.ts), which moves on every write.
// Nothing else may write that state without calling rtGenidBump().

/** The current generation; compare `.v`, never cache the object's value across a write. */
export const rtGenid = { v: 0 };

export function rtGenidBump(): void {
  rtGenid.v++;
}
