mkdir a; echo "[$?]"; mkdir a; echo "[$?]"; mkdir x/y; echo "[$?]"; mkdir -p x/y/z; echo "[$?]"; mkdir -p x/y; echo "[$?]"
echo hi > f; mkdir f/g; echo "[$?]"; mkdir -p f/g; echo "[$?]"; mkdir -v q; mkdir -pv r/s; mkdir; echo "[$?]"; mkdir -m 700 m; mkdir -m x m2; echo "[$?]"
rmdir a; rmdir a; echo "[$?]"; rmdir x; echo "[$?]"; rmdir f; echo "[$?]"; rmdir -p x/y/z; echo "[$?]"; ls
rm f; rm f; echo "[$?]"; rm -f f; echo "[$?]"; rm q; echo "[$?]"; rm -r q; echo "[$?]"; rm -rf nope; echo "[$?]"
rm; echo "[$?]"; rm -f; echo "[$?]"; rm -v m; echo "[$?]"; rm -rv r; rm -d m; rm -r .; echo "[$?]"; rm -r ..; echo "[$?]"
mkdir e; rm -d e; echo "[$?]"; mkdir -p t/u/v; touch t/u/v/w t/x; rm -r t; ls
echo hi > f; mkdir d; touch g; touch nod/x; echo "[$?]"; touch; echo "[$?]"; touch -c nope; echo "[$?]"; ls nope; echo "[$?]"
touch -d garbage g; echo "[$?]"
cp f f2; echo "[$?]"; cp f d; ls d; cp nope x; echo "[$?]"; cp d e; echo "[$?]"; cp -r d e; ls e; cp f; echo "[$?]"; cp; echo "[$?]"
cp f g d2/; echo "[$?]"; cp f g nod; echo "[$?]"; cp f f; echo "[$?]"; cp -v f f3; cat f3
mv f3 f4; echo "[$?]"; mv nope x; echo "[$?]"; mv f4 d; ls d; mv; echo "[$?]"; mv f; echo "[$?]"; mv -v f2 f5; mv d e; ls e e/d
ln -s f lnk; echo "[$?]"; ln -s f lnk; echo "[$?]"; ln -sf g lnk; readlink lnk; ln f hard; echo "[$?]"; ln; echo "[$?]"; ln -s a b c; echo "[$?]"
ln -s /nowhere dangling; readlink dangling; cat dangling; echo "[$?]"; ln -sv f lnk2
readlink f; echo "[$?]"; readlink; echo "[$?]"; readlink -f nope/x; echo "[$?]"; readlink -e nope; echo "[$?]"; readlink -v f; echo "[$?]"
realpath -m nope/x | sed "s|$PWD|PWD|"; realpath lnk | sed "s|$PWD|PWD|"; realpath nope/x; echo "[$?]"; realpath; echo "[$?]"; realpath -e nope; echo "[$?]"
realpath --relative-to=e e/d/f4; realpath -s lnk | sed "s|$PWD|PWD|"
chmod 600 f; echo "[$?]"; chmod u+x,g-r f; chmod; echo "[$?]"; chmod 999 f; echo "[$?]"; chmod 644 nope; echo "[$?]"; chmod x f; echo "[$?]"
chmod 700 f; chmod -v 644 f; chmod +x f; chmod -c 755 f; chmod -c go-x f; chmod a=r f; chmod u=rw,go= f; chmod -w f; chmod g+s,o+t d2 2>&1; chmod 4755 f
stat -c '%a %A %s %F %n %h' f e lnk dangling; stat -c '%N' lnk; stat nope; echo "[$?]"; stat; echo "[$?]"
mktemp -u | sed 's/tmp\.[A-Za-z0-9]*/tmp.X/'; mktemp -u abc; echo "[$?]"; mktemp -u -p . fooXXXXXX | sed 's/foo.*/fooX/'
n=$(mktemp -p . tXXXX); test -f "$n"; echo "[$?]"; ls -l "$n" | cut -c1-10; rm "$n"
n=$(mktemp -d -p .); test -d "$n"; echo "[$?]"; ls -ld "$n" | cut -c1-10; rmdir "$n"
