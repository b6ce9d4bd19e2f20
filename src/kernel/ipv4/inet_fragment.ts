// What IPv4 and IPv6 reassembly share (net/ipv4/inet_fragment.c): whether a
// queue's received pieces cover the datagram, and copying them into it.

/** The pieces' offsets in order when they leave no hole up to `len` (the datagram is whole), else undefined. */
export function fragWholeOffsets(pieces: Map<number, Uint8Array>, len: number): number[] | undefined {
  const offs = [...pieces.keys()].sort((a, b) => a - b);
  let covered = 0;
  for (const o of offs) {
    if (o > covered) return undefined;
    covered = Math.max(covered, o + pieces.get(o)!.length);
  }
  return covered < len ? undefined : offs;
}

/** inet_frag_reasm_finish(): the pieces into `dst` at `at`; where two overlap, the earlier-received bytes win. */
export function fragCopyPieces(dst: Uint8Array, at: number, pieces: Map<number, Uint8Array>, offs: number[], len: number): void {
  for (let i = offs.length - 1; i >= 0; i--) {
    const o = offs[i]!;
    const p = pieces.get(o)!;
    dst.set(p.subarray(0, Math.min(p.length, len - o)), at + o);
  }
}
