# make_test_ca NAME: a CA for one test (NAME.pem, NAME.key); make_server_cert CA: server.pem and
# server.key for 127.0.0.1, signed by that CA. In the current directory; the certificates last a day.
make_test_ca() {
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=$1" \
    -keyout "$1.key" -out "$1.pem" 2>/dev/null
}
make_server_cert() {
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj /CN=127.0.0.1 \
    -keyout server.key -out server.csr 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1\n' >san.ext
  openssl x509 -req -in server.csr -CA "$1.pem" -CAkey "$1.key" -CAcreateserial -days 1 \
    -extfile san.ext -out server.pem 2>/dev/null
}
