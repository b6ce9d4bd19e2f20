// One switch for the per-packet shortcuts that skip work whose result is
// known (not in Linux as such; each is exact): an IPv4 or bridge netfilter
// hook with nothing registered at the point is not called through
// (nf_hook()'s static key off: the continuation runs straight away, no
// closure made for it), and a unicast echo request/reply with a good
// checksum is answered in its frame (icmp.ts icmpRcvEcho, whose reply
// checksum is updated from the request's sum instead of summed again). Off
// only for the differential test that shows they change nothing observable
// (test/ipv4/ping-fastpath-diff.test.ts).

let on = true;

export function pktFastPaths(): boolean {
  return on;
}

export function setPktFastPaths(v: boolean): void {
  on = v;
}
