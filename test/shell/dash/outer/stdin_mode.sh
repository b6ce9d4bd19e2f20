printf 'echo one\nbar\necho $0\n' | sh; echo "status $?"
printf 'echo "[$1]"\n' | sh -s x y; echo "status $?"
echo 'echo via dash' | dash
