hash
ls / >/dev/null
hash -t ls
hash -r
hash
