# Filters that stream write as input arrives: each ends when head closes the pipe
# (a never-ending `yes` upstream), and /dev/zero is never read whole.
t() { timeout 5 sh -c "$1"; echo "[$1: $?]"; }
t 'yes | nl | head -2'
t 'yes | fold -w 1 | head -2'
t 'yes | expand | head -2'
t 'yes | unexpand -a | head -2'
t 'yes | base64 | head -c 20; echo'
t 'yes | base32 | head -c 20; echo'
t 'yes | basenc --base16 | head -c 20; echo'
t 'yes | base64 -w0 | head -c 20; echo'
t 'yes | cut -c1 | head -2'
t 'yes | head -1000 | uniq -c | head -2'
t 'fold < /dev/zero | head -c 20 | od -c'
t 'expand < /dev/zero | head -c 20 | od -c'
t 'base64 < /dev/zero | head -c 20; echo'
printf 'a\na\nb\nc\nc\nc\n' | uniq -D
printf 'a\na\nb\nc\nc\nc' | uniq -c
printf 'a\na\nb\nc\nc\nc' | uniq -u
printf 'hello' | base64; printf 'hello' | base32 -w 4; printf 'abcd' | basenc --base2lsbf -w 0; echo
printf 'a  \tb\n        x' | unexpand -a | od -c
printf 'x\ny\n' | uniq - /tmp/u.out; cat /tmp/u.out; uniq /nonexist /tmp/u2; echo $?; ls /tmp/u2
