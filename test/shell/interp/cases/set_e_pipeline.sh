set -e
false | true
echo pipe-ok
true | false
echo not
