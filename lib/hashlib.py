"""Secure hashes for pym: md5, sha1, sha224, sha256 and sha512 from the C
module _hashlib (written for pym; no OpenSSL).  Left out: sha384, the
sha3/blake2/shake families, pbkdf2_hmac and scrypt."""

import _hashlib

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha512'))
algorithms_available = set(algorithms_guaranteed)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha512 = _hashlib.openssl_sha512

_constructors = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256,
                 'sha512': sha512, 'MD5': md5, 'SHA1': sha1, 'SHA224': sha224,
                 'SHA256': sha256, 'SHA512': sha512}


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm; optionally initialized with data (which must be a
    bytes-like object)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    try:
        constructor = _constructors[name]
    except KeyError:
        raise ValueError('unsupported hash type ' + name) from None
    return constructor(data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, "getbuffer"):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
