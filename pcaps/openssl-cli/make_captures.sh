#!/bin/bash
# How the captures in this folder were made (kept for provenance; not run by the tests).
# OpenSSL 3.0's own s_server and s_client on loopback, captured with dumpcap; the client
# writes the NSS key log (-keylogfile). Needs: openssl, dumpcap (capture privilege on lo).
#   ./make_captures.sh [NAME...]     # all cases without names
# The certificates (pki/) were made once by make_pki below: a P-256 CA and server and client
# certificates for localhost with Ed25519, Ed448, RSA-PSS, P-384 and RSA-2048 keys.
set -u
cd "$(dirname "$0")"

make_pki() {
  [ -f pki/ca.pem ] && return
  mkdir -p pki && cd pki
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
    -out ca.pem -subj /CN=rt-ca -days 3650
  printf "subjectAltName=DNS:localhost\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n" > server.ext
  for k in ed25519 ed448 rsapss p384 rsa; do
    case $k in
      ed25519|ed448) opt="-newkey $k";;
      rsapss) opt="-newkey rsa-pss -pkeyopt rsa_keygen_bits:2048";;
      p384) opt="-newkey ec -pkeyopt ec_paramgen_curve:P-384";;
      rsa) opt="-newkey rsa:2048";;
    esac
    openssl req -new $opt -nodes -keyout $k.key -out $k.csr -subj /CN=localhost
    openssl x509 -req -in $k.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out $k.pem \
      -days 3650 -extfile server.ext
  done
  # a client certificate (clientAuth); ed25519.pem, a server certificate, is the wrong one
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout client.key \
    -out client.csr -subj "/CN=rt client"
  openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out client.pem \
    -days 3650 -extfile <(printf "keyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n")
  # an OCSP response (good) for p384.pem, for the stapling cases
  printf "V\t361202000000Z\t\t%s\tunknown\t/CN=localhost\n" \
    "$(openssl x509 -in p384.pem -noout -serial | cut -d= -f2)" > index.txt
  openssl ocsp -index index.txt -rsigner ca.pem -rkey ca.key -CA ca.pem -issuer ca.pem \
    -serial "0x$(openssl x509 -in p384.pem -noout -serial | cut -d= -f2)" -ndays 3650 \
    -respout ocsp.der
  rm -f *.csr server.ext index.txt ca.srl
  cd ..
}

# feed "a;sleep 1;b": lines to a program's standard input, "sleep N" waits; then the input stays
# open a moment (s_server and s_client act on what they read: "c" makes s_server ask for a
# post-handshake client certificate; at the end of its input s_client closes with close_notify)
feed() { local IFS=';'; for l in $1; do case $l in sleep*) eval "$l";; *) printf '%s\n' "$l"; sleep 0.3;; esac; done; sleep 1; }

# capture NAME PORT SERVER_OPTIONS CLIENT_OPTIONS CLIENT_INPUT [SERVER_INPUT]
capture() {
  local name=$1 port=$2 sopts=$3 copts=$4 cin=$5 sin=${6:-"sleep 4"}
  rm -f "$name.pcapng" "$name.keylog"
  dumpcap -q -i lo -f "tcp port $port" -w "$name.pcapng" >/dev/null 2>&1 & local dp=$!
  sleep 0.7
  ( sleep 1; feed "$sin"; sleep 3 ) | timeout 12 openssl s_server -accept "$port" $sopts >/dev/null 2>&1 &
  sleep 0.5
  ( feed "$cin" ) | timeout 10 openssl s_client -connect "127.0.0.1:$port" \
    -keylogfile "$name.keylog" $copts >/dev/null 2>&1
  sleep 0.5; pkill -f "s_server -accept $port"; sleep 0.5; kill "$dp"; wait "$dp" 2>/dev/null
}

run_case() {
  local P="-CAfile pki/ca.pem"
  case $1 in
    tls13_ed25519) capture $1 15001 "-cert pki/ed25519.pem -key pki/ed25519.key" "-tls1_3 $P" "hello";;
    tls13_ed448) capture $1 15002 "-cert pki/ed448.pem -key pki/ed448.key" "-tls1_3 $P" "hello";;
    tls13_rsa_pss_key) capture $1 15003 "-cert pki/rsapss.pem -key pki/rsapss.key" "-tls1_3 $P" "hello";;
    tls12_rsa_pss_key) capture $1 15004 "-cert pki/rsapss.pem -key pki/rsapss.key" "-tls1_2 $P" "hello";;
    tls12_ecdsa_p384) capture $1 15005 "-cert pki/p384.pem -key pki/p384.key" "-tls1_2 $P -curves P-384" "hello";;
    tls12_ed25519) capture $1 15006 "-cert pki/ed25519.pem -key pki/ed25519.key" "-tls1_2 $P" "hello";;
    tls12_dhe_rsa) capture $1 15007 "-cert pki/rsa.pem -key pki/rsa.key -cipher DHE-RSA-AES256-GCM-SHA384" \
                     "-tls1_2 $P -cipher DHE-RSA-AES256-GCM-SHA384" "hello";;
    tls13_client_cert_refused) capture $1 15010 "-cert pki/p384.pem -key pki/p384.key -Verify 1 $P -verify_return_error" \
                     "-tls1_3 $P -cert pki/ed25519.pem -key pki/ed25519.key" "hello;sleep 2";;
    tls13_client_cert_missing) capture $1 15011 "-cert pki/p384.pem -key pki/p384.key -Verify 1 $P" "-tls1_3 $P" "hello";;
    tls13_post_handshake_auth) capture $1 15012 "-cert pki/p384.pem -key pki/p384.key -verify 1 $P" \
                     "-tls1_3 $P -enable_pha -cert pki/client.pem -key pki/client.key" "hello;sleep 3;after" \
                     "sleep 1;c;sleep 1;server-line";;
    tls12_ocsp_stapling) capture $1 15020 "-cert pki/p384.pem -key pki/p384.key -status_file pki/ocsp.der" "-tls1_2 $P -status" "hello";;
    tls13_ocsp_stapling) capture $1 15021 "-cert pki/p384.pem -key pki/p384.key -status_file pki/ocsp.der" "-tls1_3 $P -status" "hello";;
    tls12_max_fragment_512) capture $1 15022 "-cert pki/rsa.pem -key pki/rsa.key" "-tls1_2 $P -maxfraglen 512" "hello";;
    tls13_record_padding) capture $1 15023 "-cert pki/rsa.pem -key pki/rsa.key -record_padding 512" "-tls1_3 $P" "hello";;
    tls10_ecdhe_rsa_cbc) capture $1 15024 "-cert pki/rsa.pem -key pki/rsa.key -cipher DEFAULT@SECLEVEL=0" \
                     "-tls1 $P -cipher DEFAULT@SECLEVEL=0" "hello";;
    tls10_mac_then_encrypt) capture $1 15028 "-cert pki/rsa.pem -key pki/rsa.key -cipher DEFAULT@SECLEVEL=0" \
                     "-tls1 $P -cipher DEFAULT@SECLEVEL=0 -no_etm" "hello;sleep 0.5;second line";;
    tls11_ecdhe_rsa_cbc) capture $1 15029 "-cert pki/rsa.pem -key pki/rsa.key -cipher DEFAULT@SECLEVEL=0" \
                     "-tls1_1 $P -cipher DEFAULT@SECLEVEL=0" "hello;sleep 0.5;second line";;
    tls10_rsa_key_transport) capture $1 15030 "-cert pki/rsa.pem -key pki/rsa.key -cipher AES128-SHA@SECLEVEL=0" \
                     "-tls1 $P -cipher AES128-SHA@SECLEVEL=0 -no_etm" "hello;sleep 0.5;second line";;
    tls11_fallback_scsv) capture $1 15031 "-cert pki/rsa.pem -key pki/rsa.key -cipher DEFAULT@SECLEVEL=0" \
                     "-tls1_1 -fallback_scsv $P -cipher DEFAULT@SECLEVEL=0" "hello";;
    tls13_hrr_cookie_stateless) capture $1 15032 "-cert pki/rsa.pem -key pki/rsa.key -stateless" "-tls1_3 $P" "hello";;
    tls13_no_middlebox) capture $1 15025 "-cert pki/rsa.pem -key pki/rsa.key -no_middlebox" "-tls1_3 $P -no_middlebox" "hello";;
    tls12_psk) capture $1 15026 "-nocert -psk 0123456789abcdef0123456789abcdef -psk_identity me -cipher PSK-AES128-GCM-SHA256" \
                     "-tls1_2 -psk 0123456789abcdef0123456789abcdef -psk_identity me -cipher PSK-AES128-GCM-SHA256" "hello";;
    tls13_max_send_frag_512) capture $1 15027 "-cert pki/rsa.pem -key pki/rsa.key -max_send_frag 512" "-tls1_3 $P" "hello";;
    *) echo "no such case: $1" >&2; return 1;;
  esac
  echo "$1: $(capinfos -c "$1.pcapng" 2>/dev/null | tail -1)"
}

ALL="tls13_ed25519 tls13_ed448 tls13_rsa_pss_key tls12_rsa_pss_key tls12_ecdsa_p384 tls12_ed25519
tls12_dhe_rsa tls13_client_cert_refused tls13_client_cert_missing tls13_post_handshake_auth
tls12_ocsp_stapling tls13_ocsp_stapling tls12_max_fragment_512 tls13_record_padding
tls10_ecdhe_rsa_cbc tls10_mac_then_encrypt tls11_ecdhe_rsa_cbc tls10_rsa_key_transport tls11_fallback_scsv
tls13_hrr_cookie_stateless tls13_no_middlebox tls12_psk tls13_max_send_frag_512"
make_pki
for name in ${@:-$ALL}; do run_case "$name"; done
