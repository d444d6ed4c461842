#!/bin/sh
# Regenerates the TLS fixtures of SafeFetcherTlsIT (run from this folder; needs a JDK's keytool).
# ca.p12 is a test certificate authority; each site-*.p12 holds a key and a chain [site, ca]:
#   site-news.p12     news.test, valid until 2125
#   site-other.p12    other.test (the wrong name for https://news.test), valid until 2125
#   site-expired.p12  news.test, valid for one day in January 2020
# Password of every store: changeit.
set -eu
rm -f ca.p12 site-*.p12 ./*.csr ./*.crt
kt() { keytool -storetype PKCS12 -storepass changeit -keypass changeit "$@"; }
kt -genkeypair -keystore ca.p12 -alias ca -keyalg EC -dname "CN=Gloss Test CA" \
  -ext bc:c -validity 36500
kt -exportcert -keystore ca.p12 -alias ca -rfc -file ca.crt
site() { # site <file> <dns name> <extra gencert options>
  kt -genkeypair -keystore "$1" -alias site -keyalg EC -dname "CN=$2" -validity 36500
  kt -importcert -keystore "$1" -alias ca -file ca.crt -noprompt
  kt -certreq -keystore "$1" -alias site -file site.csr
  # shellcheck disable=SC2086
  kt -gencert -keystore ca.p12 -alias ca -infile site.csr -outfile site.crt -rfc \
    -ext "SAN=dns:$2" -ext KU=digitalSignature -ext EKU=serverAuth $3
  kt -importcert -keystore "$1" -alias site -file site.crt -noprompt
  rm -f site.csr site.crt
}
site site-news.p12 news.test "-validity 36500"
site site-other.p12 other.test "-validity 36500"
site site-expired.p12 news.test "-startdate 2020/01/01 -validity 1"
rm -f ca.crt
