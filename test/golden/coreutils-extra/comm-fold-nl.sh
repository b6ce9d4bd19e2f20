# comm (columns, -123, delimiters, --total, -z, order checks), fold (-w -s -b, tabs, backspace, -N), nl (styles, sections, -l, formats, errors)
cd "$(mktemp -d)"
printf 'a\nb\nd\n' > c1; printf 'b\nc\nd\ne\n' > c2; printf 'b\na\n' > c3
comm c1 c2; comm -12 c1 c2; comm -3 --output-delimiter=: c1 c2; comm --total c1 c2; comm -123 --total c1 c2
comm c3 c1; echo "status $?"
comm --check-order c3 c1; echo "status $?"
comm --nocheck-order c3 c1; echo "status $?"
comm c1; echo "status $?"
comm; echo "status $?"
comm c1 c2 c3; echo "status $?"
comm c1 nosuch; echo "status $?"
comm - c2 < c1
comm -z c1 c2 | od -An -c
comm --output-delimiter= c1 c2 | od -An -c
printf 'x\n' | comm c3 -; echo "status $?"
printf 'hello world this is fold\tx\n' | fold -w 10
printf 'hello world this is fold\n' | fold -s -w 10
printf 'abcdefghij\n' | fold -w 3 -b
printf 'a\tb\tc\n' | fold -w 5 | od -An -c
printf 'abc' | fold -w 2 | od -An -c
printf 'ab\bcdef\n' | fold -w 3 | od -An -c
printf 'abcdef\n' | fold -3
printf 'one two three four five six seven eight nine ten eleven twelve\n' | fold -s -w 20
seq -s ' ' 1 60 | fold -w 30
fold -w 0 </dev/null; echo "status $?"
fold -w x; echo "status $?"
fold -w -1 </dev/null; echo "status $?"
fold -w 99999999999999999999 </dev/null; echo "status $?"
fold nosuch; echo "status $?"
printf 'a\n\nb\n' | nl
printf 'a\n\nb\n' | nl -ba -nln -w3 -s'|'
printf 'a\n\nb\n' | nl -nrz -v 10 -i 5
printf 'a\n\n\nb\n' | nl -ba -l 2
printf 'ax\nb\nax\n' | nl -bpa
printf 'ax\nb\nax\n' | nl -b 'p^a.$'
printf '\\:\\:\\:\nh\n\\:\\:\nb\n\\:\nf\n' | nl
printf 'a\n\\:\\:\nb\n\\:\nc\n\\:\\:\\:\nd\n' | nl -ha -fa
printf 'a\n\\:\\:\nb\n' | nl -p
printf 'x' | nl
printf 'a\nXX\nb\n' | nl -d X
printf 'a\n' | nl -v -5 -i 3 -w 2
printf 'a\n' | nl -v -5 -nrz -w 4
printf 'a\nb\n' | nl -v 9223372036854775807; echo "status $?"
nl -b q; echo "status $?"
nl -w 0; echo "status $?"
nl -n x; echo "status $?"
printf 'a\n' | nl -v x; echo "status $?"
nl -i x; echo "status $?"
nl -l x; echo "status $?"
nl -l 0 </dev/null; echo "status $?"
nl nosuch; echo "status $?"
seq 3 | nl - 
