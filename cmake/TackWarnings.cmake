# Warnings for Tack's own targets; third-party headers (Qt, SQLite, libsodium) come in as system includes.
function(tack_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # clang (the fuzz and sanitizer builds) has no -Wshadow=local.
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    endif()
endfunction()
