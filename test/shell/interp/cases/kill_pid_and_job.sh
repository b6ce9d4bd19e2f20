sleep 10 &
p=$!
kill -0 $p && echo alive
kill $p
wait $p; echo "st=$?"
kill -0 $p 2>/dev/null || echo gone
sleep 10 &
kill -KILL %%
wait; echo all-done
