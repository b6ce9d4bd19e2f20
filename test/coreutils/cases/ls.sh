mkdir -p top/sub/deep top/.hid; cd top
printf 'abc' > f; printf '%5000s' x > big; : > empty; ln -s f lnk; ln -s sub dlnk; chmod 755 f; touch -d @0 f big empty sub sub/deep .hid; touch -h -d @0 lnk dlnk 2>/dev/null
touch -d '2020-01-02 03:04:05' empty
ls; echo "[$?]"; ls -a; ls -A; ls -1; ls -l; ls -lA sub; ls -ld sub; ls -l lnk dlnk; ls -lL lnk 2>&1 | cut -c1-10
ls -d; ls -d sub f; ls sub f; ls -R; ls -F; ls -p; ls -r; ls -S; ls -t; ls -s; ls -lh; ls -ln f; ls -lo f; ls -lg f
ls nope; echo "[$?]"; ls f nope sub; echo "[$?]"; ls --full-time f; ls -l --time-style=long-iso f; ls -x; ls --foo; echo "[$?]"; ls -z; echo "[$?]"
ls -i f | sed 's/^ *[0-9]* /N /'; ls dlnk; ls -l empty; ls -ld .hid; ls -C
