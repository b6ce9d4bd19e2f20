# cmp: same, differing, one a prefix of the other (complete and incomplete last line), empty, errors.
printf 'abc\ndef\n' > c1; printf 'abc\ndxf\n' > c2; printf 'abc\n' > c3; printf 'ab' > c7; printf 'abc' > c8; printf '' > c4
cmp c1 c1; echo rc=$?
cmp c1 c2; echo rc=$?
cmp -s c1 c2; echo rc=$?
cmp c1 c3 2>&1; echo rc=$?
cmp c3 c1 2>&1; echo rc=$?
cmp c7 c8 2>&1; echo rc=$?
cmp c4 c1 2>&1; echo rc=$?
cmp c1 nope 2>&1; echo rc=$?
cmp - c1 < c1; echo rc=$?
cmp c1 < c2; echo rc=$?
cmp 2>&1; echo rc=$?
cmp -x c1 c2 2>&1; echo rc=$?
