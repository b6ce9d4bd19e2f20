# md5sum, sha*sum, b2sum: digests of files and stdin, --tag, -b, -z, names that need escaping, errors
cd "$(mktemp -d)"
printf 'hello\n' > a
printf '' > empty
seq 1 500 > big
mkdir d
md5sum a empty big; echo "status $?"
echo hello | md5sum
sha1sum a; sha224sum a; sha256sum a; sha384sum a; sha512sum big
b2sum a; b2sum -l 128 a; b2sum --length=256 --tag a
b2sum -l 12 a; echo "status $?"
b2sum -l 1024 a; echo "status $?"
sha256sum --tag a empty
md5sum -b a; md5sum --binary --tag a
md5sum -z a | od -c
printf 'x\n' > 'back\slash'
printf 'y\n' > 'new
line'
md5sum back* new*
md5sum nosuch a d; echo "status $?"
md5sum -x; echo "status $?"
sha1sum --tag -z a | od -c | head -3
