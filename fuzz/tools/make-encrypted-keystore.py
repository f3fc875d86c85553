#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Dashwright contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes a passphrase-encrypted keystore envelope (models/crypto/keystorecipher.h) at a cost low
# enough for fuzzing (scrypt N=16, r=1, p=1; passphrase "fuzz"), the seed of the keystore target
# that reaches the decryption and the inner keystore. Usage: make-encrypted-keystore.py PLAIN OUT
import base64, hashlib, json, os, sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

plain = open(sys.argv[1], "rb").read()
n, r, p = 16, 1, 1
salt, iv = os.urandom(16), os.urandom(12)
key = hashlib.scrypt(b"fuzz", salt=salt, n=n, r=r, p=p, dklen=32)
sealed = AESGCM(key).encrypt(iv, plain, b"dashwright-keystore:1")
envelope = {"format": "dashwright-keystore", "version": 1,
            "encryption": {"cipher": "aes-256-gcm", "kdf": "scrypt", "n": n, "r": r, "p": p,
                           "salt": b64(salt), "iv": b64(iv), "tag": b64(sealed[-16:])},
            "ciphertext": b64(sealed[:-16])}
open(sys.argv[2], "w").write(json.dumps(envelope, indent=2) + "\n")
