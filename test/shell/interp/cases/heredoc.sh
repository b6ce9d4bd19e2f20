cat <<EOF
plain $HOME
$(echo subst) $((1+1))
EOF
cat <<'EOF'
quoted $HOME $(nope)
EOF
cat <<-EOF
	tab stripped
	EOF
x=var; cat <<EOF | tr a-z A-Z
piped $x
EOF
