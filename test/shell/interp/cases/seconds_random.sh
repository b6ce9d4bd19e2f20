a=$SECONDS
sleep 2
b=$SECONDS
echo $((b - a >= 2))
r=$RANDOM
[[ $r -ge 0 && $r -le 32767 ]] && echo random-ok
RANDOM=42; x=$RANDOM; RANDOM=42; y=$RANDOM; [[ $x == $y ]] && echo seeded
