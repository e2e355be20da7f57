#!/usr/bin/env python3
"""A real SMTP server for the tests, on a loopback port: aiosmtpd with STARTTLS on a throwaway
certificate (required before AUTH), AUTH PLAIN and LOGIN for one user, and every message it
accepts appended to a file as one JSON line {"from", "to", "data"}.

    smtp-server.py PORT RECEIVED.jsonl CERT_DIR [USER PASSWORD]

PORT 0 picks a free port. The certificate (for 127.0.0.1 and localhost) is made in CERT_DIR
unless it is there already, so a restarted server keeps it; clients trust CERT_DIR/cert.pem.
Prints 'listening PORT' once it accepts connections, and runs until killed.
"""
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, received, cert_dir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
user, password = (sys.argv[4], sys.argv[5]) if len(sys.argv) > 5 else ("reform", "mail password")
cert, key = os.path.join(cert_dir, "cert.pem"), os.path.join(cert_dir, "key.pem")
if not os.path.exists(cert):
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
lock = threading.Lock()


class Keep:
    async def handle_DATA(self, server, session, envelope):
        line = json.dumps({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                           "data": envelope.original_content.decode("utf-8", "replace")})
        with lock, open(received, "a", encoding="utf-8") as out:
            out.write(line + "\n")
        return "250 OK kept"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)


if port == 0:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]


class Started(Controller):
    def _trigger_server(self):
        # The controller's own readiness check speaks plain SMTP; STARTTLS is required of clients, not of it.
        with socket.create_connection((self.hostname, self.port), timeout=5) as probe:
            probe.recv(1024)


controller = Started(Keep(), hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                     authenticator=authenticate, auth_require_tls=True)
controller.start()
print(f"listening {port}", flush=True)
signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
signal.pause()
