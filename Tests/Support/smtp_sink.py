#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for the tests (PyPI aiosmtpd).

    smtp_sink.py PORT FOLDER [REFUSED_ADDRESS ...]

Saves every message it accepts as FOLDER/NNNN.eml, exactly as received; answers 550 to the
refused addresses. Prints "ready" once it listens, and runs until its standard input closes.
"""
import os
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder, refused):
        self.folder = folder
        self.refused = set(refused)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 <%s>: mailbox unavailable (refused by the test server)" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        number = len(os.listdir(self.folder))
        with open(os.path.join(self.folder, "%04d.eml" % number), "wb") as out:
            out.write(envelope.original_content)
        return "250 Message accepted for delivery"


port, folder, refused = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
os.makedirs(folder, exist_ok=True)
controller = Controller(Sink(folder, refused), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
