set -x
echo "a b" c
x=1
f() { echo in; }
f 'q r'
