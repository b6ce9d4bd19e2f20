sh -c 'kill -TERM $$'
echo "st=$?"
sh -c 'kill -KILL $$'
echo "st=$?"
sh -c 'kill -INT $$'
echo "st=$?"
