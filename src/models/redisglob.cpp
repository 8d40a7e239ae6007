// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#include "models/redisglob_p.h"

#include <utility>

namespace QtRedisPrivate {

namespace {

// Both arrays are NUL-terminated past their length (QByteArray guarantees
// it), which the algorithm relies on the way the server's does.
bool matchFrom(const char *pattern, qsizetype patternLen, const char *string, qsizetype stringLen,
               bool *skipLongerMatches, int nesting)
{
    if (nesting > 1000)
        return false;
    while (patternLen && stringLen) {
        switch (pattern[0]) {
        case '*':
            while (patternLen > 1 && pattern[1] == '*') {
                ++pattern;
                --patternLen;
            }
            if (patternLen == 1)
                return true;
            while (stringLen) {
                if (matchFrom(pattern + 1, patternLen - 1, string, stringLen, skipLongerMatches, nesting + 1))
                    return true;
                if (*skipLongerMatches)
                    return false;
                ++string;
                --stringLen;
            }
            *skipLongerMatches = true;
            return false;
        case '?':
            ++string;
            --stringLen;
            break;
        case '[': {
            ++pattern;
            --patternLen;
            const bool negate = pattern[0] == '^';
            if (negate) {
                ++pattern;
                --patternLen;
            }
            bool match = false;
            for (;;) {
                if (pattern[0] == '\\' && patternLen >= 2) {
                    ++pattern;
                    --patternLen;
                    if (pattern[0] == string[0])
                        match = true;
                } else if (pattern[0] == ']') {
                    break;
                } else if (patternLen == 0) {
                    --pattern;
                    ++patternLen;
                    break;
                } else if (patternLen >= 3 && pattern[1] == '-') {
                    int start = static_cast<signed char>(pattern[0]);
                    int end = static_cast<signed char>(pattern[2]);
                    const int c = static_cast<signed char>(string[0]);
                    if (start > end)
                        std::swap(start, end);
                    pattern += 2;
                    patternLen -= 2;
                    if (c >= start && c <= end)
                        match = true;
                } else if (pattern[0] == string[0]) {
                    match = true;
                }
                ++pattern;
                --patternLen;
            }
            if (negate)
                match = !match;
            if (!match)
                return false;
            ++string;
            --stringLen;
            break;
        }
        case '\\':
            if (patternLen >= 2) {
                ++pattern;
                --patternLen;
            }
            Q_FALLTHROUGH();
        default:
            if (pattern[0] != string[0])
                return false;
            ++string;
            --stringLen;
            break;
        }
        ++pattern;
        --patternLen;
        if (stringLen == 0) {
            while (patternLen > 0 && *pattern == '*') {
                ++pattern;
                --patternLen;
            }
            break;
        }
    }
    return patternLen == 0 && stringLen == 0;
}

} // namespace

bool globMatch(const QByteArray &pattern, const QByteArray &string)
{
    bool skipLongerMatches = false;
    return matchFrom(pattern.constData(), pattern.size(), string.constData(), string.size(),
                     &skipLongerMatches, 0);
}

} // namespace QtRedisPrivate
