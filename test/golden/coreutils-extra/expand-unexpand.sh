# expand/unexpand: default and listed tab stops (/N, +N), -i, -a, --first-only, backspace, single blanks at a stop, errors
printf 'a\tb\tc\n\tx\n' | expand | od -An -c
printf 'a\tb\n' | expand -t 4
printf 'a\tb\tc\td\n' | expand -t 2,5,9
printf 'a\tb\tc\td\n' | expand -t 2,5,/4
printf 'a\tb\tc\td\n' | expand -t 2,5,+4
printf 'a\tb\tc\td\n' | expand -t '2 5'
printf 'a\tb\tc\td\n' | expand -3
printf '\ta\tb\n' | expand -i | od -An -c
printf 'ab\bc\td\n' | expand | od -An -c
printf 'no newline\tat end' | expand | od -An -c
expand -t 0 </dev/null; echo "status $?"
expand -t 5,3 </dev/null; echo "status $?"
expand -t x </dev/null; echo "status $?"
expand nosuch; echo "status $?"
printf '        a       b\n' | unexpand | od -An -c
printf '        a       b\n' | unexpand -a | od -An -c
printf '    a\n' | unexpand -t 2 | od -An -c
printf '  a  b   c\n' | unexpand -a -t 4 | od -An -c
printf '         x\n' | unexpand --first-only | od -An -c
printf 'abc d\n' | unexpand -a -t 4 | od -An -c
printf 'abc \td\n' | unexpand -a -t 4 | od -An -c
printf 'abcdefg h\n' | unexpand -a | od -An -c
printf '   \t a\n' | unexpand | od -An -c
printf 'ab  \n' | unexpand -a -t 4 | od -An -c
printf ' \n' | unexpand -a -t 1 | od -An -c
printf '        \n' | unexpand | od -An -c
printf 'a       b       c       d\n' | unexpand -t 2,10 | od -An -c
seq 1 3 | sed 's/^/                /' | unexpand | expand | od -An -c | head -3
