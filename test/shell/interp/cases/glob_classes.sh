touch A1 b2 C3 _x
echo [[:upper:]]*
echo [[:digit:]]* [[:lower:]][[:digit:]]
echo [a-c]*
