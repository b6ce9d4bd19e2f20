for i in 1; do :; done; break; echo "after break $?"
false | true; echo "ps[${PIPESTATUS}]"
fc -l; echo "fc $?"
trap "echo x" INT; trap
kill -9; echo "kill $?"
set -u; echo $nope
echo not reached
