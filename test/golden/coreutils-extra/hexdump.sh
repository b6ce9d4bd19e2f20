# hexdump/hd (bsdextrautils): canned displays, -n/-s, squeezing, -e formats with padding past the end, errors
cd "$(mktemp -d)"
printf 'hello world\nthis is a test of hexdump\0\1\2\377' > h
hexdump -C h
hexdump h
hd -n 4 h
hexdump -C -n 5 h
hexdump -C -s 3 -n 20 h
hexdump -s 0x10 -n 1k h
hexdump -s 100 h; echo "status $?"
head -c 64 /dev/zero | hexdump -C
hexdump -v -C -n 40 /dev/zero
hexdump -C </dev/null; echo "status $?"
hexdump -x -n 6 h; hexdump -c h; hexdump -d -n 6 h; hexdump -o -n 6 h; hexdump -b -n 6 h
hexdump -b -c -n 4 h
hexdump -e '16/1 "%02x" "\n"' h
hexdump -e '4/1 "%02x" " |%_p|" "\n"' -n 6 h
hexdump -e '"%_ad: " 4/1 "%3u" "\n"' -n 6 h
hexdump -e '"%07_ax " 4/1 "%02X-"' -e '"\n"' -n 10 h
printf 'ab' | hexdump -e '1/4 "%08x\n"'
printf 'abcdef' | hexdump -e '2/2 "%x" "\n"'
printf 'abc' | hexdump -e '3/1 "%02x " "\n"'
printf 'abc' | hexdump -e '3/1 "%02x  " "|\n"'
printf 'abcd' | hexdump -e '3/1 "%02x " "\n"'
printf 'abc' | hexdump -e '"%02x " "\n"'
printf 'abc' | hexdump -e '2 "%02x " "\n"'
printf ' ~\177\200\377\033\\' | hexdump -e '7/1 "%_u|" "\n"'
printf ' ~\177\200\377\033\\\0\a\b\f\r\v' | hexdump -c
printf 'ab\0cd' | hexdump -e '"%5.5s|\n"'
printf '\1\0\0\0\0\0\360\77' | hexdump -e '"%f %e %g|" "\n"'
printf '\377\377\377\377' | hexdump -e '"%d %u %i|\n"'
printf 'abcdefgh' | hexdump -e '"%5_p|%-3c|%3_c|"' -e '"\n"'
printf 'abcdefghijklmnopqrstuvwxyz' | hexdump -e '"%.5s|" "\n"'
seq 1000 | hexdump -C | tail -3
printf 'abc' | hexdump -e '"%s\n"'; echo "status $?"
printf 'abc' | hexdump -e '/2 "%x %x\n"'; echo "status $?"
printf 'abc' | hexdump -e '3/3 "%x"'; echo "status $?"
hexdump -e '"%x'; echo "status $?"
hexdump -n x h; echo "status $?"
hexdump h nosuch; echo "status $?"
hexdump nosuch; echo "status $?"
hexdump -Z; echo "status $?"
hexdump -V; hd -V
