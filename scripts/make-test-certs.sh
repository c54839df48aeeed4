#!/usr/bin/env bash
# Regenerates the TLS test certificates in tests/data/tls (committed; the tests only read them).
#
#   server.crt/key     self-signed for localhost and 127.0.0.1, valid 100 years: the test server's certificate
#   other.crt/key      the same names, a different key: "a different fingerprint"
#   wronghost.crt/key  valid, but only for tack.invalid: "wrong host"
#   expired.crt/key    for localhost and 127.0.0.1, expired in 2001: "expired"
#   mismatch.key       a key that belongs to none of the certificates
#
# Needs the openssl command line tool. Run from anywhere: scripts/make-test-certs.sh
set -euo pipefail

out="$(cd "$(dirname "$0")/.." && pwd)/tests/data/tls"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

key() { openssl ecparam -name prime256v1 -genkey -noout -out "$1" 2>/dev/null; }

selfsigned() { # selfsigned NAME SUBJECT_ALT_NAMES
    key "$out/$1.key"
    openssl req -x509 -new -key "$out/$1.key" -sha256 -days 36500 -subj "/CN=Tack test $1" \
        -addext "subjectAltName=$2" -addext "basicConstraints=critical,CA:true" \
        -out "$out/$1.crt"
}

selfsigned server "DNS:localhost,IP:127.0.0.1"
selfsigned other "DNS:localhost,IP:127.0.0.1"
selfsigned wronghost "DNS:tack.invalid"
key "$out/mismatch.key"

# An expired certificate needs explicit dates, which only `openssl ca` takes.
key "$out/expired.key"
openssl req -new -key "$out/expired.key" -subj "/CN=Tack test expired" -out "$work/expired.csr"
touch "$work/index.txt"
cat >"$work/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = anything
copy_extensions = none
x509_extensions = ext
[anything]
commonName = supplied
[ext]
subjectAltName = DNS:localhost,IP:127.0.0.1
basicConstraints = critical,CA:true
CNF
echo 01 >"$work/serial"
openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile "$out/expired.key" -in "$work/expired.csr" \
    -startdate 20000101000000Z -enddate 20010101000000Z -out "$out/expired.crt" 2>/dev/null
# `openssl ca` writes a text dump before the PEM block; keep only the PEM.
sed -n '/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/p' "$out/expired.crt" >"$work/e.pem"
mv "$work/e.pem" "$out/expired.crt"

for c in server other wronghost expired; do
    printf '%-10s %s\n' "$c" "$(openssl x509 -in "$out/$c.crt" -noout -fingerprint -sha256 | cut -d= -f2)"
done
