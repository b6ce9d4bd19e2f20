export V=1
f() { echo "in f V=$V W=$W"; sh -c 'echo "child W=$W"'; }
W=tmp f
echo "after W=[${W-unset}]"
