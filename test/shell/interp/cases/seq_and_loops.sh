for i in $(seq 3); do echo $i; done
seq 2 4 | while read n; do echo "n=$n"; done
total=0; for n in $(seq 1 100); do total=$((total + n)); done; echo $total
