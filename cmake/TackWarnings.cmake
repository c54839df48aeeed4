# Warnings for Tack's own targets; third-party headers (Qt, SQLite, libsodium) come in as system includes.
function(tack_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    endif()
endfunction()
