"""How deeply a DER value nests, found without recursion, before a recursive parser sees it.

asn1crypto parses a certificate by recursing into every constructed value; a hostile
certificate of 0.5 MB nesting 100,000 SEQUENCEs costs it hundreds of megabytes (and Python's
stack). :func:`nesting_depth_exceeds` walks the tag-length headers with an explicit stack and
stops at the first level past the limit; a malformed header ends the walk (the parser reports
that itself).
"""

from __future__ import annotations

#: Real certificates nest about 10 levels (extensions inside TBSCertificate); 64 is generous.
MAX_DER_DEPTH = 64


def nesting_depth_exceeds(der: bytes, limit: int = MAX_DER_DEPTH) -> bool:
    """Does any value in ``der`` sit more than ``limit`` constructed values deep?"""
    ends = [len(der)]  # end offsets of the constructed values we are inside
    offset = 0
    size = len(der)
    while offset < size:
        while offset >= ends[-1] and len(ends) > 1:
            ends.pop()
        if offset + 2 > size:
            return False
        tag = der[offset]
        offset += 1
        if tag & 0x1F == 0x1F:  # high tag number: base-128 continuation bytes
            while offset < size and der[offset] & 0x80:
                offset += 1
            offset += 1
        if offset >= size:
            return False
        first = der[offset]
        offset += 1
        if first < 0x80:
            length = first
        elif first == 0x80:  # indefinite length (BER): not DER; nesting counted until EOC
            length = -1
        else:
            count = first & 0x7F
            if count > 8 or offset + count > size:
                return False
            length = int.from_bytes(der[offset:offset + count], "big")
            offset += count
        if tag & 0x20:  # constructed: step inside
            end = ends[-1] if length < 0 else min(offset + length, ends[-1])
            ends.append(end)
            if len(ends) - 1 > limit:
                return True
        else:
            if length < 0:
                return False
            offset += length
    return False
