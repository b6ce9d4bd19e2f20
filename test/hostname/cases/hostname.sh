hostname; hostname -s; hostname -I; echo "[$?]"; hostname -A; echo "[$?]"
hostname newname; echo "[$?]"; hostname; cat /etc/hostname | wc -l; hostname -s
hostname -i; echo "[$?]"; hostname -f; echo "[$?]"; hostname -d; echo "[$?]"; hostname -a; echo "[$?]"
hostname ''; echo "[$?]"; hostname -b x; hostname; hostname 'a b'; echo "[$?]"; hostname a.b.c; hostname -s; hostname
hostname -V; echo "[$?]"; hostname -y; echo "[$?]"; hostname -x 2>&1 >/dev/null; echo "[$?]"; hostname a b 2>/dev/null; echo "[$?]"
hostname --help | head -3; echo "[$?]"
