n=0
for i in $(seq 1 2000); do n=$((n+i)); done
echo $n
i=0; while (( i < 3000 )); do ((i++)); done; echo $i
