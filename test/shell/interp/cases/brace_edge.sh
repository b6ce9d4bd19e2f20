echo {a,b,c}{1,2}
echo pre{x,y}post
echo {1..10..4} {a..g..2} {z..w}
echo {-2..2}
echo {a..c}{1..2}
echo \{a,b\} "{a,b}"
x=1; echo {$x,2}
