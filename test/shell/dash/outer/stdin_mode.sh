printf 'echo one\nbar\necho $0\n' | sh; echo "status $?"
printf 'echo "[$1]"\n' | sh -s x y; echo "status $?"
echo 'echo via dash' | dash
printf 'echo "[$PS1][$PS2][$PS4]"\n' | sh
