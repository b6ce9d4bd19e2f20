PATH=/nonexistent
ls 2>&1 | sed 's/.*: //'
PATH=/usr/bin:/bin
hash -r
command -v cat
