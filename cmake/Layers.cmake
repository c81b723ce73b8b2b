# invitedesk_add_layer(TARGET FOLDER SOURCES … [PUBLIC deps…] [PRIVATE deps…])
#
# One static library per layer (docs/ARCHITECTURE.md). A layer's headers are included as
# "FOLDER/file.h", but only through its own include root in the build tree
# (build/layers/FOLDER/FOLDER links to the source folder), so a library sees the headers
# of exactly the layers it links: a header used across an edge the design does not have
# fails to compile. PUBLIC links are the layers its own headers need; PRIVATE ones are
# used by its sources only and stay invisible to the layers above.
function(invitedesk_add_layer target folder)
  cmake_parse_arguments(PARSE_ARGV 2 layer "" "" "SOURCES;PUBLIC;PRIVATE")
  add_library(${target} STATIC ${layer_SOURCES})
  set(root ${CMAKE_BINARY_DIR}/layers/${folder})
  file(MAKE_DIRECTORY ${root})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${folder} SYMBOLIC)
  target_include_directories(${target} PUBLIC ${root})
  target_link_libraries(${target} PUBLIC ${layer_PUBLIC} PRIVATE InviteDesk::settings ${layer_PRIVATE})
endfunction()
