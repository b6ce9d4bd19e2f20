echo input | { cat & wait; }
(read x; echo "got [$x]") &
wait
