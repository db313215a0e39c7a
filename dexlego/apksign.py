"""Align, sign and inspect APK signatures with Debian's `zipalign` and `apksigner`.

A device installs only signed APKs. Repackaged apps (Frida Gadget) and the sample app `doctor`
installs are signed with one generated key kept in `$XDG_DATA_HOME/dexlego/signing/` (RSA 2048,
self-signed certificate), so successive repackagings of one app install over each other.
`signing_details` reads what an APK was signed with (schemes v1-v4, signer certificates) from
`apksigner verify --verbose --print-certs`.
"""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from dexlego.apkbuild import ApkBuildError, tool
from dexlego.store.paths import data_dir

#: Overrides where the signing key lives (tests use a temporary folder).
SIGNING_DIR_ENV = "DEXLEGO_SIGNING_DIR"
KEY_NAME = "key.pk8"
CERT_NAME = "cert.pem"
_SUBJECT = "dexlego repackaging key"


@dataclass(frozen=True)
class SigningKey:
    key: Path  # PKCS#8 DER private key
    cert: Path  # PEM X.509 certificate


@dataclass
class Signer:
    dn: str
    cert_sha256: str
    key_algorithm: str | None = None
    key_size: int | None = None


@dataclass
class SigningDetails:
    """How an APK is signed, as apksigner reports it."""

    verified: bool
    schemes: dict[str, bool] = field(default_factory=dict)  # "v1".."v4" -> verified with it
    signers: list[Signer] = field(default_factory=list)
    error: str | None = None  # apksigner's first error when not verified

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def signing_dir() -> Path:
    override = os.environ.get(SIGNING_DIR_ENV)
    return Path(override) if override else data_dir() / "signing"


def signing_key(folder: Path | None = None) -> SigningKey:
    """The repackaging key, generated on first use (private files, mode 0600)."""
    folder = folder or signing_dir()
    key, cert = folder / KEY_NAME, folder / CERT_NAME
    if key.is_file() and cert.is_file():
        return SigningKey(key, cert)
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, _SUBJECT)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(private.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365 * 30))
        .sign(private, hashes.SHA256())
    )
    der = private.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    for path, data in ((key, der), (cert, certificate.public_bytes(serialization.Encoding.PEM))):
        tmp = path.with_name(path.name + ".part")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        tmp.replace(path)
    return SigningKey(key, cert)


def _check(cmd: list[str], what: str) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        lines = [ln for ln in (proc.stderr + proc.stdout).splitlines() if ln.strip()]
        errors = [ln for ln in lines if ln.startswith("ERROR")] or lines
        raise ApkBuildError(f"{what} failed: {errors[0].strip() if errors else proc.returncode}")
    return proc.stdout


def align_and_sign(unaligned: Path, out: Path, key: SigningKey | None = None) -> Path:
    """zipalign (4 bytes, shared libraries on page boundaries) then sign; writes `out` atomically."""
    key = key or signing_key()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dexlego-sign-", dir=out.parent) as tmp_name:
        aligned = Path(tmp_name) / "aligned.apk"
        _check([tool("zipalign"), "-p", "-f", "4", str(unaligned), str(aligned)], "zipalign")
        signed = Path(tmp_name) / "signed.apk"
        _check([tool("apksigner"), "sign", "--key", str(key.key), "--cert", str(key.cert),
                "--out", str(signed), str(aligned)], "apksigner sign")
        signed.replace(out)
    out.with_name(out.name + ".idsig").unlink(missing_ok=True)
    return out


_SCHEME = re.compile(r"Verified using v(\d) scheme[^:]*: (true|false)")
_SIGNER = re.compile(r"Signer #(\d+) (certificate DN|certificate SHA-256 digest|key algorithm"
                     r"|key size \(bits\)): (.*)")


def signing_details(apk: Path) -> SigningDetails:
    """What `apk` is signed with; `verified` False (with apksigner's error) when unsigned or broken."""
    proc = subprocess.run([tool("apksigner"), "verify", "--verbose", "--print-certs", str(apk)],
                          capture_output=True, text=True)
    out = proc.stdout + "\n" + proc.stderr
    schemes = {f"v{m.group(1)}": m.group(2) == "true" for m in _SCHEME.finditer(out)}
    by_index: dict[str, dict[str, str]] = {}
    for m in _SIGNER.finditer(out):
        by_index.setdefault(m.group(1), {})[m.group(2)] = m.group(3).strip()
    signers = [Signer(dn=f.get("certificate DN", ""), cert_sha256=f.get("certificate SHA-256 digest", ""),
                      key_algorithm=f.get("key algorithm"),
                      key_size=int(f["key size (bits)"]) if f.get("key size (bits)", "").isdigit() else None)
               for _, f in sorted(by_index.items(), key=lambda kv: int(kv[0]))]
    error = None
    if proc.returncode != 0:
        errors = [ln.strip() for ln in out.splitlines() if ln.startswith("ERROR")]
        error = (errors[0] if errors else " ".join(out.split())[:300]) or "does not verify"
    return SigningDetails(proc.returncode == 0, schemes, signers, error)
