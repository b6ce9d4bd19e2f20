printf 'hello world\n\001\377\200abc' > odt; printf 'ab\200cd\nxy\n' > bad; mkdir d
printf 'abc\nhé llo\n\nxyz' | rev; echo "[$?]"
echo abc | tr a-z A-Z | rev
rev nope; echo "[$?]"
rev nope odt; echo "[$?]"
rev bad odt; echo "[$?]"
rev d; echo "[$?]"
printf '\377\376ab\n' | rev; echo "[$?]"
printf 'a\tb\r\n' | rev | od -c
printf 'one\ntwo\n' > f; rev f f; rev < f; rev - < f; echo "[$?]"
rev -x; echo "[$?]"
rev --foo; echo "[$?]"
rev -0; echo "[$?]"
rev -V; rev --help; rev -h x; echo "[$?]"
