printf '%s-%s\n' a b c d
printf '%d %i %x %o %X\n' 42 -7 255 8 255
printf '%5s|%-5s|%.2s\n' ab cd efgh
printf '%05.1f %e\n' 3.14159 1234.5
printf '%q\n' "a b" 'x$y'
printf -v out '%s=%d' n 5; echo "$out"
printf '%c%c\n' hello world
printf 'no args\n'
printf '%s\n'
printf '%b\n' 'a\tb'
printf '%d\n' abc; echo "st=$?"
