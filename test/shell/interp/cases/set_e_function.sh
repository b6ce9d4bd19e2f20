set -e
f() { false; echo "in f after false"; }
f || echo "f failed"
if f; then echo "f ok in if"; fi
echo before
f
echo after
