seq 1 10 | head -3
seq 1 10 | tail -2
yes abc | head -2
printf 'c\nb\na\n' | sort | head -1
