// Short lists that live as long as their owner (a device's neighbours, its
// hardware multicast addresses...). V8 gives an array grown by push() room
// for 16 more elements (~130 bytes each time a list is first pushed to);
// across a few lists per device and thousands of devices that is a good part
// of the heap. appendSmall() copies a short list into one of exactly the new
// size instead, and pushes once the list is long (the slack is then small
// beside it). Callers keep the returned array and must not hold on to the
// old one expecting it to grow.

const SMALL = 16;

/** list + [x]: a new exactly sized array while the list is short, else the same array pushed to. */
export function appendSmall<T>(list: T[], x: T): T[] {
  if (list.length >= SMALL) {
    list.push(x);
    return list;
  }
  return list.concat([x]);
}

/** [x] + list (list_add), sized as appendSmall() sizes. */
export function prependSmall<T>(list: T[], x: T): T[] {
  if (list.length >= SMALL) {
    list.unshift(x);
    return list;
  }
  return [x].concat(list);
}

/** x inserted before list[at], sized as appendSmall() sizes. */
export function insertSmall<T>(list: T[], at: number, x: T): T[] {
  if (list.length >= SMALL) {
    list.splice(at, 0, x);
    return list;
  }
  return list.slice(0, at).concat([x], list.slice(at));
}
