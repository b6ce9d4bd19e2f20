# cksum (CRC by default, -a for every algorithm, tagged unless --untagged, -c of tagged lines) and sum (BSD, -s System V)
cd "$(mktemp -d)"
printf 'hello\n' > a
printf 'hello world\nthis is a test\0\1\2\377' > h
echo hi > one
echo hello | cksum
cksum a h
cksum -a md5 a; cksum -a sha256 --untagged a; cksum -a blake2b -l 256 a; cksum -a bsd a; cksum -a sysv a h; cksum -a crc a
cksum -a sm3 a; cksum --algorithm=sha1 a; cksum -a sha5 a; echo "status $?"
cksum -a sha a; echo "status $?"
cksum -a foo a; echo "status $?"
cksum -a sha256 a h > c; cksum -c c; echo "status $?"
cksum -a sha256 -c c; echo "status $?"
cksum -a md5 -c c; echo "status $?"
cksum -c h; echo "status $?"
cksum -a crc -c c; echo "status $?"
echo hi | cksum -a md5; cksum -a md5 --untagged - < a
cksum -a blake2b -l 13 a; echo "status $?"
cksum -l 128 a; echo "status $?"
cksum -a bsd --tag a; cksum -a sha1 -z a | od -An -c | tail -1
cksum nosuch; echo "status $?"
cksum -b a; echo "status $?"
head -c 5000 /dev/zero | cksum
echo hi | sum; sum a h; sum -r a; sum -s a; echo hi | sum -s; sum -s one a; sum - < one; sum -s - < one
head -c 5000 /dev/zero | sum; head -c 5000 /dev/zero | sum -s
sum nosuch; echo "status $?"
