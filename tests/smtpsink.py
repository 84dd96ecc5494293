#!/usr/bin/python3
"""A real SMTP server on loopback for tst_server_delivery (aiosmtpd, run with Debian's /usr/bin/python3).

Every message it accepts becomes one JSON file in the output folder, written atomically
(NNNNN.json): the envelope (mail_from, rcpt_tos), the decoded headers (subject, from, to), the
plain-text body decoded from its transfer encoding, and the attachments' names and types.
It prints "ready" on standard output once it accepts connections and stops on SIGTERM or SIGINT,
or when standard input closes.

    /usr/bin/python3 tests/smtpsink.py --port PORT --dir FOLDER
"""

import argparse
import json
import os
import signal
import sys
import threading
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller


class FolderHandler:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = BytesParser(policy=policy.default).parsebytes(envelope.content)
        body = message.get_body(preferencelist=("plain", "html"))
        attachments = [
            {"filename": part.get_filename() or "", "content_type": part.get_content_type()}
            for part in message.iter_attachments()
        ]
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "subject": str(message.get("subject", "")),
            "from": str(message.get("from", "")),
            "to": str(message.get("to", "")),
            "content_type": message.get_content_type(),
            "body": body.get_content() if body is not None else "",
            "attachments": attachments,
        }
        with self.lock:
            self.count += 1
            number = self.count
        final = os.path.join(self.folder, "%05d.json" % number)
        temporary = final + ".tmp"
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False)
        os.replace(temporary, final)
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)

    controller = Controller(FolderHandler(args.dir), hostname="127.0.0.1", port=args.port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    def watch_stdin():
        sys.stdin.read()
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    print("ready", flush=True)
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
