s=$SECONDS
for i in 1 2 3; do sleep 1; done
echo $((SECONDS - s))
