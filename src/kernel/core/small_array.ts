// Short lists that live as long as their owner (a device's neighbours, its
// hardware multicast addresses...). V8 gives an array grown by push() room
// for 16 more elements (~130 bytes each time a list is first pushed to);
// across a few lists per device and thousands of devices that is a good part
// of the heap. appendSmall() copies a short list into one of exactly the new
// size instead, and pushes once the list is long (the slack is then small
// beside it). Callers keep the returned array and must not hold on to the
// old one expecting it to grow. The copies are made element by element into
// an array allocated at its final length: slice() and concat() made three
// arrays per insert and concat() takes a generic slow path (~12x the time;
// the FIB's and the address lists' inserts were ~0.5 % of a 10 000-container
// run).

const SMALL = 16;

/** list + [x]: a new exactly sized array while the list is short, else the same array pushed to. */
export function appendSmall<T>(list: T[], x: T): T[] {
  if (list.length >= SMALL) {
    list.push(x);
    return list;
  }
  const n = list.length;
  const out = new Array<T>(n + 1);
  for (let i = 0; i < n; i++) out[i] = list[i]!;
  out[n] = x;
  return out;
}

/** [x] + list (list_add), sized as appendSmall() sizes. */
export function prependSmall<T>(list: T[], x: T): T[] {
  if (list.length >= SMALL) {
    list.unshift(x);
    return list;
  }
  const n = list.length;
  const out = new Array<T>(n + 1);
  out[0] = x;
  for (let i = 0; i < n; i++) out[i + 1] = list[i]!;
  return out;
}

/** x inserted before list[at], sized as appendSmall() sizes. */
export function insertSmall<T>(list: T[], at: number, x: T): T[] {
  if (list.length >= SMALL) {
    list.splice(at, 0, x);
    return list;
  }
  const n = list.length;
  const out = new Array<T>(n + 1);
  for (let i = 0; i < at; i++) out[i] = list[i]!;
  out[at] = x;
  for (let i = at; i < n; i++) out[i + 1] = list[i]!;
  return out;
}
