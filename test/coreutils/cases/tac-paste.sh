printf 'a\nb\nc\n' > f1; printf '1\n2\n' > f2
printf 'a\nb' | tac | od -c | head -2; tac /nonexist; echo rc=$?; tac -x; echo rc=$?
printf '1\n2\n' > f; tac f - /nonexist < f; echo rc=$?; tac /tmp; echo rc=$?; tac -s, <<< "a,b,c"| od -c
paste f1 f2; paste -d: f1 f2; paste -s f1; paste -sd, f1 f2; printf 'x\ny\nz' | paste - -; paste -d '' f1 f2; paste -d ':,' f1 f2 f1; paste f1 /nonex; echo rc=$?; paste -d '\n' f1 f2 | od -c | head -3; printf '' | paste -s | od -c; paste -s -d '\\t' f1
printf 'a\nb\nc\nd\ne\n' | paste - f1 -; paste -d 'a\' f1 f2; echo rc=$?
printf 'a\nb\n' | tac -b | od -c; printf 'a,b,c' | tac -b -s, ; echo; tac -s '' f; echo rc=$?; printf 'x\nb' | tac -b | od -c
printf 'a\0b\0' | tac -s '' | od -c
