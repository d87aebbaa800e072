#!/bin/bash
# How the captures in this folder were made (kept for provenance; not run by the tests).
# GnuTLS 3.7.9's gnutls-cli and gnutls-serv (Debian's gnutls-bin), against each other and
# against OpenSSL 3.0.19's s_server / s_client, on loopback, captured with dumpcap. The client
# writes the NSS key log (GnuTLS: SSLKEYLOGFILE; s_client: -keylogfile). The certificates are
# ../openssl-cli/pki/'s. Needs: gnutls-bin, openssl, dumpcap (capture privilege on lo).
#   ./make_captures.sh [NAME...]     # all cases without names
set -u
cd "$(dirname "$0")"
PKI=../openssl-cli/pki

# capture NAME PORT "SERVER COMMAND" "CLIENT COMMAND": the client sends "hello\n", then its
# input ends (both clients then close with close_notify)
capture() {
  local name=$1 port=$2 server=$3 client=$4
  rm -f "$name.pcapng" "$name.keylog"
  dumpcap -q -i lo -f "tcp port $port" -w "$name.pcapng" >/dev/null 2>&1 & local dp=$!
  sleep 0.7
  ( sleep 6 ) | timeout 8 $server >/dev/null 2>&1 &
  sleep 0.8
  ( printf 'hello\n'; sleep 1.5 ) | SSLKEYLOGFILE="$PWD/$name.keylog" timeout 6 $client >/dev/null 2>&1
  sleep 0.5; pkill -f -- "-p $port|-accept $port"; sleep 0.5; kill "$dp"; wait "$dp" 2>/dev/null
}

# post_handshake_auth NAME PORT: OpenSSL's s_server asks for the client's certificate again
# after the handshake (its "c" command) of a GnuTLS client with --post-handshake-auth
post_handshake_auth() {
  local name=$1 port=$2
  rm -f "$name.pcapng" "$name.keylog"
  dumpcap -q -i lo -f "tcp port $port" -w "$name.pcapng" >/dev/null 2>&1 & local dp=$!
  sleep 0.7
  ( sleep 2; printf 'c\n'; sleep 1; printf 'server-line\n'; sleep 3 ) | timeout 9 openssl s_server \
    -accept "$port" -cert $PKI/p384.pem -key $PKI/p384.key -verify 1 -CAfile $PKI/ca.pem >/dev/null 2>&1 &
  sleep 0.8
  ( printf 'hello\n'; sleep 3.5; printf 'after\n'; sleep 1 ) | SSLKEYLOGFILE="$PWD/$name.keylog" \
    timeout 7 gnutls-cli --x509cafile $PKI/ca.pem --x509certfile $PKI/client.pem \
    --x509keyfile $PKI/client.key --post-handshake-auth -p "$port" localhost >/dev/null 2>&1
  sleep 0.5; pkill -f -- "-accept $port"; sleep 0.5; kill "$dp"; wait "$dp" 2>/dev/null
}

run_case() {
  local CA="--x509cafile $PKI/ca.pem" NO13="--priority NORMAL:-VERS-TLS1.3"
  local SERV="gnutls-serv --echo --x509certfile $PKI/p384.pem --x509keyfile $PKI/p384.key"
  case $1 in
    gnutls_client_tls13) capture $1 16001 "openssl s_server -accept 16001 -cert $PKI/p384.pem -key $PKI/p384.key" \
                           "gnutls-cli $CA -p 16001 localhost";;
    gnutls_client_tls12) capture $1 16002 "openssl s_server -accept 16002 -cert $PKI/rsa.pem -key $PKI/rsa.key" \
                           "gnutls-cli $CA $NO13 -p 16002 localhost";;
    gnutls_server_tls13) capture $1 16003 "$SERV -p 16003" \
                           "openssl s_client -connect 127.0.0.1:16003 -CAfile $PKI/ca.pem -keylogfile $1.keylog";;
    gnutls_server_tls12) capture $1 16004 "gnutls-serv --echo --x509certfile $PKI/rsa.pem --x509keyfile $PKI/rsa.key -p 16004" \
                           "openssl s_client -connect 127.0.0.1:16004 -tls1_2 -CAfile $PKI/ca.pem -keylogfile $1.keylog";;
    gnutls_both_client_auth) capture $1 16005 "gnutls-serv --echo --x509certfile $PKI/ed25519.pem --x509keyfile $PKI/ed25519.key --require-client-cert $CA -p 16005" \
                           "gnutls-cli $CA --x509certfile $PKI/client.pem --x509keyfile $PKI/client.key -p 16005 localhost";;
    gnutls_resume_tls13) capture $1 16006 "$SERV -p 16006" "gnutls-cli $CA --resume -p 16006 localhost";;
    gnutls_resume_tls12) capture $1 16007 "$SERV -p 16007" "gnutls-cli $CA --resume $NO13 -p 16007 localhost";;
    gnutls_rehandshake_tls12) capture $1 16008 "$SERV -p 16008" "gnutls-cli $CA --rehandshake $NO13 -p 16008 localhost";;
    gnutls_key_update_tls13) capture $1 16009 "$SERV -p 16009" "gnutls-cli $CA --rehandshake -p 16009 localhost";;
    gnutls_record_size_limit) capture $1 16010 "openssl s_server -accept 16010 -cert $PKI/p384.pem -key $PKI/p384.key" \
                           "gnutls-cli $CA --recordsize 512 $NO13 -p 16010 localhost";;
    gnutls_post_handshake_auth) post_handshake_auth $1 16020;;
    *) echo "no such case: $1" >&2; return 1;;
  esac
  echo "$1: $(capinfos -c "$1.pcapng" 2>/dev/null | tail -1)"
}

ALL="gnutls_client_tls13 gnutls_client_tls12 gnutls_server_tls13 gnutls_server_tls12
gnutls_both_client_auth gnutls_resume_tls13 gnutls_resume_tls12 gnutls_rehandshake_tls12
gnutls_key_update_tls13 gnutls_record_size_limit gnutls_post_handshake_auth"
for name in ${@:-$ALL}; do run_case "$name"; done
