#!/usr/bin/env python3
"""Parses each .eml file named on the command line as MIME (Python's email package) and prints
one line of JSON per message: its To, Subject, the types of its parts, the plain text, and the
SHA-256 of its PDF attachment."""
import email
import hashlib
import json
import sys
from email import policy

for path in sys.argv[1:]:
    with open(path, "rb") as source:
        message = email.message_from_binary_file(source, policy=policy.default)
    parts = [part.get_content_type() for part in message.walk()]
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    pdf = [part for part in message.iter_attachments() if part.get_content_type() == "application/pdf"]
    print(json.dumps({
        "to": str(message["To"]), "from": str(message["From"]), "subject": str(message["Subject"]),
        "parts": parts, "text": text, "htmlHasStyle": "<style>" in html,
        "pdf": hashlib.sha256(pdf[0].get_content()).hexdigest() if pdf else None,
        "pdfName": pdf[0].get_filename() if pdf else None,
    }))
