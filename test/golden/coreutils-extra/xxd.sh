# xxd: normal dumps (-c -g -u -b -e -s -l -o -d -a), -p, -i, -r and -r -p, output file, usage errors
cd "$(mktemp -d)"
printf 'hello world\nthis is a test of hexdump\0\1\2\377' > h
cp h my.file-1
xxd h; xxd -p h; xxd -l 8 -g 1 h; xxd -c 8 h | head -2; xxd -s 4 -l 8 h; xxd -u -l 8 h
xxd -b -l 4 h; xxd -b h
xxd -i -l 5 h; xxd -i my.file-1 | head -2; xxd -i -C -l 3 my.file-1; xxd -i < h | head -2
xxd -i -n foo -l 2 h; xxd -i -c 4 -l 6 h; xxd -u -i -l 2 h
: > e; xxd -i e; xxd -p e | wc -c; xxd e | wc -c
printf '68656c6c6f0a' | xxd -r -p
xxd -p h | xxd -r -p | md5sum; md5sum < h
xxd h | xxd -r | md5sum
xxd nosuch; echo "status $?"
xxd -v; echo "status $?"
head -c 64 /dev/zero | xxd
xxd -a -l 64 /dev/zero
xxd -a -l 40 /dev/zero
xxd </dev/null; echo "status $?"
xxd -e -l 8 h; xxd -e -l 10 h; xxd -e -g 2 -l 5 h
xxd -ps -c 4 -l 8 h
xxd -c8 -l 8 h; xxd -cols 4 -len 4 h; xxd -l 0x4 h; xxd -l -1 h | tail -1
xxd -l 4 -c 5 -g 2 h; xxd -g 3 -l 8 h; xxd -g 0 -l 8 h; xxd -g 20 -l 4 h; xxd -c 0 -l 4 h
xxd -o 256 -l 4 h; xxd -d -s 16 -l 4 h; xxd -s -4 h; xxd -p -c 0 -l 50 h
xxd -c 300 -l 2 h; echo "status $?"
xxd -l 4 h out.x; cat out.x
printf '00000010: 4142 4344  ABCD\n' | xxd -r | od -An -c
printf '0: 41 42\n2: 43\n' | xxd -r | od -An -c
printf '41 4 2zz43\n44\n' | xxd -r -p | od -An -c
printf '0: 41\n' | xxd -r -s 2 | od -An -c
xxd -x; echo "status $?"
xxd a b c; echo "status $?"
xxd -h; echo "status $?"
