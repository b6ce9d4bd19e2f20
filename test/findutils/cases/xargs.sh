echo a b c | xargs; echo a b c | xargs -n 2 echo X; printf 'a\nb\n' | xargs -I{} echo [{}]; echo "'a b' \"c d\" e\\ f" | xargs -n1
echo "it's" | xargs; echo "[$?]"; echo a | xargs nope; echo "[$?]"; echo a | xargs false; echo "[$?]"
echo a | xargs sh -c 'exit 255'; echo "[$?]"; echo a | xargs sh -c 'kill -9 $$'; echo "[$?]"
xargs < /dev/null echo x; xargs -r < /dev/null echo x; echo "[$?]"; printf 'a\0b c\0' | xargs -0 -n1; echo 'a,b,c' | xargs -d, -n1
echo a b | xargs -t echo; echo "[$?]"; echo a b c d | xargs -L 1; printf 'a b\nc\n' | xargs -L1 echo
xargs -n < /dev/null; echo "[$?]"; xargs -n 0 < /dev/null; echo "[$?]"; echo a | xargs ./; echo "[$?]"; touch noexec; echo a | xargs ./noexec; echo "[$?]"
printf '  a  \n' | xargs -I X echo "<X>"; echo a b c | xargs -I X echo X; printf '1\n2\n3\n' | xargs -P2 -n1 echo
printf 'a\nb\nc\n' | xargs -n1 sh -c 'echo $0; test $0 != b'; echo "[$?]"; printf 'x y\nEOF\nz\n' | xargs -E EOF echo
printf '1 2 3 4 5\n' | xargs -s 10 echo; echo "[$?]"; seq 5 | xargs -n2 | wc -l; xargs -x < /dev/null; echo "[$?]"; xargs --foo; echo "[$?]"
