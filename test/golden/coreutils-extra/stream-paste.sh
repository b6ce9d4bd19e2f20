# paste reads a line of each input when it needs it and writes each output line as it completes.
t() { timeout 5 sh -c "$1"; echo "[$1: $?]"; }
t 'yes | paste - - | head -2'
t 'yes | paste -s | head -c 10; echo'
t 'yes | paste -d: - /dev/null - | head -2'
seq 5 | paste - - -
seq 5 | paste -s -d, - -
printf 'a\nb' | paste - /nonexist; echo $?
printf 'a\nb\nc' > /tmp/p1; seq 2 | paste /tmp/p1 - ; paste -s /tmp/p1 /tmp/p1
paste -z -d, - - < /dev/null | od -c
