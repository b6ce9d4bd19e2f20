printf 'b 2\na 10\nc 1\nB 3\na 10\n\n' > s; printf 'a\nb\nc\n' > f3; mkdir d; printf 'x\n' > one
wc s f3; wc < s; wc -l s; wc -lw s; wc -l - < s; cat s | wc -l; cat s | wc
wc s nope; echo "[$?]"
wc nope s; echo "[$?]"
wc d; echo "[$?]"
wc -l d s; echo "[$?]"
wc -c one one one one one one one one one one one
printf 'héllo wörld\n' | wc -m -c -w -l
printf 'a\tb\n' | wc -L
printf 'a' | wc
wc --total=always one; echo "[$?]"
wc -x; echo "[$?]"
echo | wc -c
