# where the programs added in session 13 live: which, type, command -v
for p in base64 base32 basenc md5sum sha1sum sha224sum sha256sum sha384sum sha512sum b2sum cksum sum comm fold nl stdbuf hexdump hd xxd routel; do
  which "$p"; type "$p"; command -v "$p"
done
md5sum --version | head -1; sha256sum --version | tail -1; b2sum --version | tail -1; hexdump --version; hd -V; routel --help; echo "status $?"
