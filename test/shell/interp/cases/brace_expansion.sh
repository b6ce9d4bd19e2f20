echo {a,b,c}
echo x{1,2}y
echo {1..5} {5..1} {0..10..3} {a..e} {01..03}
echo {a,b}{1,2}
echo {a,{b,c}}d
echo {x} {} {a..} a{,b}
echo "{a,b}" '{1..3}'
