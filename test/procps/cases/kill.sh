env kill -l; echo "[$?]"
env kill -L
env kill -l 9; env kill -l KILL; env kill -l sigterm; env kill -lHUP; env kill --list=INT; env kill -l 1 2
env kill -l 64; echo "[$?]"; env kill -l 0; echo "[$?]"; env kill -l FOO; echo "[$?]"
env kill; echo "[$?]"
env kill -9; echo "[$?]"
env kill -s; echo "[$?]"
env kill -x 1; echo "[$?]"
env kill -FOO 1; echo "[$?]"
env kill -s FOO 999999; echo "[$?]"
env kill abc; echo "[$?]"
env kill 999999; echo "[$?]"
env kill -- 999999; echo "[$?]"
( sleep 100 & p=$!; env kill $p; wait $p; echo "TERM: [$?]" ) 2>/dev/null
( sleep 100 & p=$!; env kill -s USR1 $p; wait $p; echo "USR1: [$?]" ) 2>/dev/null
( sleep 100 & p=$!; env kill -9 $p 999999; echo "[$?]"; wait $p; echo "KILL: [$?]" ) 2>/dev/null
( sleep 100 & p=$!; env kill -0 $p; echo "alive: [$?]"; env kill -ALRM $p; wait $p; echo "ALRM: [$?]" ) 2>/dev/null
( sleep 100 & p=$!; echo $p | xargs kill -s HUP; wait $p; echo "xargs HUP: [$?]" ) 2>/dev/null
env kill -V
( sleep 100 & p=$!; env kill -s FOO $p 2>&1 | sed "s/[0-9][0-9]*/N/"; echo "[${PIPESTATUS[0]}]"; env kill $p; wait $p; echo "[$?]" ) 2>/dev/null
