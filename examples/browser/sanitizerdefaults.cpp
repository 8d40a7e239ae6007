// Copyright (C) QtRedis authors. SPDX-License-Identifier: MIT
// Only in a build with AddressSanitizer (-DQTREDIS_SANITIZE=ON): Qt 6.4.2
// leaks the images that QQuickColorImage recolours (the indicators of the
// Fusion style: check boxes, combo boxes, the tree's arrows) and the textures
// made of them; later Qt releases free them. These suppressions keep that
// out of LeakSanitizer's report, so that a leak of our own still fails the
// run. The slow unwinder is needed for the stacks to reach the Qt functions
// that the suppressions name (Qt is built without frame pointers). Linked
// into qtredis-browser and tst_browser; the environment's ASAN_OPTIONS and
// LSAN_OPTIONS still apply on top.
#if defined(__SANITIZE_ADDRESS__)
#  define QTREDIS_BROWSER_ASAN 1
#elif defined(__has_feature)
#  if __has_feature(address_sanitizer)
#    define QTREDIS_BROWSER_ASAN 1
#  endif
#endif

#ifdef QTREDIS_BROWSER_ASAN
extern "C" __attribute__((visibility("default"), used)) const char *__lsan_default_suppressions()
{
    return "leak:QQuickColorImage::pixmapChange\n"
           "leak:QSGRenderContext::textureForFactory\n";
}

extern "C" __attribute__((visibility("default"), used)) const char *__asan_default_options()
{
    return "fast_unwind_on_malloc=0";
}
#endif
