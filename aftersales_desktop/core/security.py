"""Password/PIN hashing with scrypt; only the hash is ever stored.

The cost is N=2^17, r=8, p=1 (about 128 MiB and a few hundred milliseconds a hash): a stolen data file does
not give up 4-digit PINs in minutes. It is the minimum OWASP's password storage guidance gives for scrypt, so it
stays as it is although every staff paper pays it once (issue 15 measured it: the `print` commands that sign in
spend most of their time here; their benchmark floor checks the same password, see benchmarks/bench_procs.py). A hash made with a smaller cost (older versions used N=2^14) still
verifies and is replaced at the next sign-in (`needs_upgrade`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Cost:
    n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:
        """Memory scrypt needs (128·N·r bytes) plus headroom; hashlib refuses more than 32 MiB by default."""
        return 128 * self.n * self.r + 16 * 1024 * 1024


DEFAULT_COST = Cost(n=2**17, r=8, p=1)
# The cost new hashes are made with. Only the test suite lowers it (tests/conftest.py), so that the hundreds
# of staff it creates do not each cost 128 MiB; nothing in the app changes it.
COST = DEFAULT_COST
# Answers kept while `remembering()` runs (the demo shop only); None otherwise.
_remembered: dict[tuple[str, str, str], str | bool] | None = None


@contextmanager
def remembering() -> Iterator[None]:
    """Inside the block a secret is hashed once (the same salt for the same secret) and a check of the same
    secret against the same stored hash is computed once. Only the demo shop uses it: its people share one
    published password, and its supervisor signs in over the discount dialog hundreds of times; at most of a
    second a scrypt, that was most of `demo --years 10`. What is stored is still a hash at the full cost."""
    global _remembered
    previous, _remembered = _remembered, {}
    try:
        yield
    finally:
        _remembered = previous


def hash_secret(secret: str) -> str:
    key = ("hash", secret, repr(COST))
    if _remembered is not None and key in _remembered:
        return str(_remembered[key])
    stored = _hash_secret(secret)
    if _remembered is not None:
        _remembered[key] = stored
    return stored


def _hash_secret(secret: str) -> str:
    cost = COST
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        secret.encode("utf-8", "surrogatepass"), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32, maxmem=cost.maxmem
    )
    return f"scrypt${cost.n}${cost.r}${cost.p}${salt.hex()}${digest.hex()}"


def _parts(stored: str) -> tuple[Cost, bytes, str] | None:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return None
        cost = Cost(int(n), int(r), int(p))
        if not (1 < cost.n <= 2**20 and 0 < cost.r <= 32 and 0 < cost.p <= 16):  # a hostile row cannot exhaust the PC
            return None
        return cost, bytes.fromhex(salt_hex), digest_hex
    except ValueError:
        return None


def verify_secret(secret: str, stored: str) -> bool:
    key = ("verify", secret, stored)
    if _remembered is not None and key in _remembered:
        return bool(_remembered[key])
    right = _verify_secret(secret, stored)
    if _remembered is not None:
        _remembered[key] = right
    return right


def _verify_secret(secret: str, stored: str) -> bool:
    parts = _parts(stored)
    if parts is None:
        return False
    cost, salt, digest_hex = parts
    digest = hashlib.scrypt(
        secret.encode("utf-8", "surrogatepass"), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32, maxmem=cost.maxmem
    )
    return hmac.compare_digest(digest.hex(), digest_hex)


def needs_upgrade(stored: str) -> bool:
    """True when the hash was made with less than today's cost: re-hash it once the secret is known."""
    parts = _parts(stored)
    return parts is None or (parts[0].n, parts[0].r, parts[0].p) < (COST.n, COST.r, COST.p)


def waste_time(secret: str) -> None:
    """Spend what a real check costs, so a wrong name takes as long as a wrong password."""
    verify_secret(secret, f"scrypt${COST.n}${COST.r}${COST.p}${'00' * 16}${'00' * 32}")
