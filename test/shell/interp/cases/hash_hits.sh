# hash counts hits as bash does: 1 when a PATH search hashes a name, +1 for
# every later use, type or hash -t; 0 after `hash NAME` or `hash -p`.
hash
ls >/dev/null
hash
ls >/dev/null
ls >/dev/null
hash
type ls
hash
hash -t ls
hash
hash ls
hash
ls >/dev/null
hash
command -v ls
hash
hash -d ls
hash
hash -p /usr/bin/cat mycat
hash
mycat </dev/null
hash
hash -r
hash
cat </dev/null
( cat </dev/null; hash )
hash
echo "$(cat </dev/null; hash)"
hash
