# md5sum/sha256sum -c: OK/FAILED lines, missing files, bad lines, --quiet/--status/--strict/-w, BSD-style lines
cd "$(mktemp -d)"
printf 'hello\n' > a
printf 'world\n' > b
md5sum a b > sums
md5sum -c sums; echo "status $?"
echo changed > b
md5sum -c sums; echo "status $?"
md5sum --quiet -c sums; echo "status $?"
md5sum --status -c sums; echo "status $?"
rm b
md5sum -c sums; echo "status $?"
md5sum -c --ignore-missing sums; echo "status $?"
printf 'garbage line\n' >> sums
md5sum -c sums; echo "status $?"
md5sum -c -w sums; echo "status $?"
md5sum -c --strict sums; echo "status $?"
printf 'nothing here\n' > junk
md5sum -c junk; echo "status $?"
sha256sum --tag a > tagged
sha256sum -c tagged; echo "status $?"
md5sum -c tagged; echo "status $?"
md5sum a | md5sum -c; echo "status $?"
md5sum -c nosuch; echo "status $?"
md5sum --tag -c sums; echo "status $?"
md5sum --quiet a; echo "status $?"
printf 'b1946ac92492d2347c6235b4d2611184 *a\n' | md5sum -c; echo "status $?"
printf '\\b1946ac92492d2347c6235b4d2611184  a\n' | md5sum -c; echo "status $?"
