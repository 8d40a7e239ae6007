// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
#ifndef REDISQMLGLOBAL_H
#define REDISQMLGLOBAL_H

#include <QtCore/qglobal.h>

#if defined(QTREDISQML_BUILD_LIBRARY)
#  define QTREDISQML_EXPORT Q_DECL_EXPORT
#else
#  define QTREDISQML_EXPORT Q_DECL_IMPORT
#endif

#endif // REDISQMLGLOBAL_H
