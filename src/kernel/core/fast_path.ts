// One process-wide switch for the exact fast paths that account many frames
// at once (the bridge's aggregated and counted floods, core/dev_rx.ts's quiet
// receive, the ping flood batch). They know nothing of per-device hooks a
// frame can meet on its way: a queueing tc qdisc, ingress/clsact filters,
// nft netdev chains. Their records are also cached across frames, so rather
// than teach every cache when such a hook comes or goes, the first one set up
// anywhere in the process turns the fast paths off for good. Performance
// only: the ordinary path is exact, and the fast paths are proven equal to it
// where they run (test/netdev/flood-aggregate, test/ipv4/ping-*-diff).

let off = false;

/** Whether a per-device hook was ever set up in this process (the fast paths then stand aside). */
export function fastPathsOff(): boolean {
  return off;
}

/** A tc qdisc, an ingress/clsact qdisc or an nft netdev chain is being set up. */
export function devHooksInUse(): void {
  off = true;
}
