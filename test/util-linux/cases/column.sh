printf 'lo  UNKNOWN 127.0.0.1/8 ::1/128\neth0 UP 10.0.0.1/24\n\nveth-a@veth-b DOWN\n' | column -t
printf 'a:b:c\nlong:x\n' | column -t -s: ; printf 'a:b:c\nlong:x\n' | column -t -s: -o ' | '
printf 'a b\n' | column -t -x; column -t /nonex; echo rc=$?
printf 'one two three four five six\n' | column; printf 'a\nb\nc\n' | column; seq 1 40 | column; seq 1 40 | column -x; seq 1 40 | column -c 30
printf 'interface-number-%d\n' $(seq 1 9) | column
printf 'interface-number-%d\n' $(seq 1 9) | column; printf 'a b c\n' | column -c abc; echo rc=$?; column -c 0 /dev/null; echo rc=$?
printf 'a\nb\n' | column -c 0; printf 'a\nb\n' | column -c 9; printf 'a\nb\n' | column -c 16
